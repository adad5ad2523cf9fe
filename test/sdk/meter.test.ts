import { describe, expect, it } from 'vitest';
import { generateMeterKey, meterPublicKey } from '../../core/src/crypto/index.js';
import { ImportError, ValidationError } from '../../core/src/errors.js';
import {
  assertSignedPeriod,
  parseMeterPeriod,
  parseMeterPeriodJson,
  parseSignedPeriodJson,
  periodStatement,
  serializeMeterPeriod,
  serializeSignedPeriod,
  signedPeriodProblem,
  signPeriod,
  verifySignedPeriod,
} from '../../core/src/meter/index.js';
import { makePeriod, midnight, rejected, thrown } from './helpers.js';

const period = makePeriod({
  start: midnight('2025-03-03'),
  days: 2,
  intervalsPerDay: 48,
  imports: (i) => 100 + (i % 17),
  exports: (i) => (i % 48 > 20 && i % 48 < 30 ? 250 : 0),
});

describe('signed periods', () => {
  it('sign and verify; the statement and public key are carried along', async () => {
    const priv = generateMeterKey();
    const sp = await signPeriod(priv, period);
    expect(sp.statement).toBe(await periodStatement(period));
    expect(sp.publicKey).toEqual(await meterPublicKey(priv));
    expect(await verifySignedPeriod(sp)).toBe(true);
    await assertSignedPeriod(sp);
  });

  it('fail verification after any change, naming what is wrong', async () => {
    const sp = await signPeriod(generateMeterKey(), period);
    const tampered = [
      { ...sp, imports: sp.imports.map((r, i) => (i === 95 ? r + 1 : r)) },
      { ...sp, exports: sp.exports.map((r, i) => (i === 0 ? r + 1 : r)) },
      { ...sp, meterId: 43n },
      { ...sp, periodStart: sp.periodStart + 86400 },
      { ...sp, imports: sp.imports.slice(0, 48), exports: sp.exports.slice(0, 48) },
    ];
    for (const t of tampered) {
      expect(await verifySignedPeriod(t)).toBe(false);
      expect(await signedPeriodProblem(t)).toEqual({
        field: 'signedPeriod.statement',
        reason: 'does not match the readings (the period was altered after signing)',
      });
    }
    // Re-deriving the statement honestly does not help without the meter key.
    const forged = { ...tampered[0]!, statement: await periodStatement(tampered[0]!) };
    expect(await signedPeriodProblem(forged)).toEqual({ field: 'signedPeriod.signature', reason: 'does not verify under the meter public key' });
    const other = await meterPublicKey(generateMeterKey());
    const e = await rejected(assertSignedPeriod({ ...sp, publicKey: other }));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toBe('signedPeriod.signature: does not verify under the meter public key');
    expect(await signedPeriodProblem({ ...sp, imports: [...sp.imports.slice(1), 70000] })).toEqual({
      field: 'signedPeriod.imports[95]',
      reason: 'must be a whole number of Wh in 0..65535, got 70000',
    });
  });

  it('round-trip through JSON documents and still verify', async () => {
    const sp = await signPeriod(generateMeterKey(), period);
    const text = serializeSignedPeriod(sp);
    expect(text).toContain('"format": "wattproof.signed-period.v4"');
    const back = parseSignedPeriodJson(text);
    expect(back).toEqual(sp);
    expect(await verifySignedPeriod(back)).toBe(true);
    expect(parseMeterPeriodJson(serializeMeterPeriod(period))).toEqual(period);
  });

  it('reject malformed documents with the field or file and line', async () => {
    const sp = await signPeriod(generateMeterKey(), period);
    const doc = JSON.parse(serializeSignedPeriod(sp)) as Record<string, unknown>;
    const parse = (patch: Record<string, unknown>): Error => thrown(() => parseSignedPeriodJson(JSON.stringify({ ...doc, ...patch })));
    expect(parse({ signature: { R8x: '1', R8y: '2' } }).message).toBe('signedPeriod.signature.S: must be an integer (number, bigint or decimal string)');
    expect(parse({ statment: '1' }).message).toBe('signedPeriod.statment: is not a known field (check the spelling)');
    expect(parse({ exports: [1, 2] }).message).toBe('signedPeriod.exports: must have as many readings as imports (96), got 2');
    expect(parse({ publicKey: { x: '-1', y: '1' } }).message).toBe('signedPeriod.publicKey.x: must be >= 0');
    const bad = thrown(() => parseSignedPeriodJson('{"meterId": 1,,}', 'meter-7.json'));
    expect(bad).toBeInstanceOf(ImportError);
    expect(bad.message).toMatch(/^meter-7\.json:1: not valid JSON/);
  });
});

describe('meter period validation', () => {
  it('defaults exports to zeros and normalizes integer forms', () => {
    const p = parseMeterPeriod({ meterId: '7', periodStart: 86400n, intervalSeconds: 3600, imports: [1, 2] });
    expect(p).toEqual({ meterId: 7n, periodStart: 86400, intervalSeconds: 3600, imports: [1, 2], exports: [0, 0] });
  });

  it('names the field and the reason', () => {
    const ok = { meterId: 1, periodStart: 0, intervalSeconds: 3600, imports: [1] };
    const cases: [Record<string, unknown>, string][] = [
      [{ intervalSeconds: 7 }, 'period.intervalSeconds: must divide a day (86400 s)'],
      [{ periodStart: 2 ** 40 }, 'period.periodStart: must be unix seconds in 0..2^40-1, got 1099511627776'],
      [{ imports: [] }, 'period.imports: needs at least one reading'],
      [{ imports: [1, 2.5] }, 'period.imports[1]: must be an integer'],
      [{ imports: [1, -2] }, 'period.imports[1]: must be a whole number of Wh in 0..65535, got -2'],
      [{ meterId: undefined }, 'period.meterId: must be an integer (number, bigint or decimal string)'],
    ];
    for (const [patch, message] of cases) expect(thrown(() => parseMeterPeriod({ ...ok, ...patch })).message).toBe(message);
  });
});
