import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBillInput, expectedPublicSignals } from '../../prover/src/bill-input.js';
import { computeBill, settlementDomain, unpackAmounts, unpackPeriod } from '../../core/src/bill/index.js';
import { generateMeterKey, keyHash } from '../../core/src/crypto/index.js';
import { disclosurePublicKey } from '../../core/src/crypto/disclosure.js';
import { ValidationError } from '../../core/src/errors.js';
import { signPeriod, type SignedPeriod } from '../../core/src/meter/index.js';
import { tariffCommitment } from '../../core/src/tariff/index.js';
import { makePeriod, midnight, rejected, touTariff } from './helpers.js';

const domain = settlementDomain(31337, '0x5FbDB2315678afecb367f032d93F642f64180aa3');
const tariff = touTariff({
  slotsPerDay: 48,
  workBands: [
    { from: '00:00', to: '07:00', band: 0 },
    { from: '07:00', to: '23:00', band: 1 },
    { from: '23:00', to: '24:00', band: 0 },
  ],
  holidays: ['2025-01-01'],
});
const opts = { intervalsPerDay: 48, maxDays: 1, domain };
let sp: SignedPeriod;

beforeAll(async () => {
  sp = await signPeriod(
    generateMeterKey(),
    makePeriod({ start: midnight('2025-01-06'), days: 1, intervalsPerDay: 48, imports: (i) => 100 + i, exports: (i) => (i > 20 && i < 30 ? 300 : 0) }),
  );
});

/**
 * Input signal names declared in the circuit source, so the builder cannot drift from it. The input names of circuits/bill/bill.circom: those of its `if (DISCLOSE >= 1)` block only when
 * `disclose`, the yearly-block ones (spec §9) only when `yearly`, the zone ones (spec §5a) only when `zone`, the
 * export slot sums and series digest (spec §3, statement v3) only without `zone`.
 */
function circuitInputNames(disclose = false, yearly = false, zone = false): string[] {
  const src = readFileSync(new URL('../../circuits/bill/bill.circom', import.meta.url), 'utf8');
  const from = src.indexOf('if (DISCLOSE >= 1)');
  const to = src.indexOf('if (YEARLY == 1)', from);
  expect(from).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  const kept = disclose ? src : src.slice(0, from) + src.slice(to);
  // the YEARLY inputs: sized by YEARLY (empty arrays otherwise) or declared in its block
  const isYearly = (m: RegExpMatchArray) => /YEARLY/.test(m[2] ?? '') || /^ytd(Old|New|Year)$/.test(m[1]!);
  // ZONE inputs: sized by ZONE; fixed-offset-only ones (statement v3's export slot sums): by (1 - ZONE)
  const isNotZone = (m: RegExpMatchArray) => /1 - ZONE/.test(m[2] ?? '');
  const isZone = (m: RegExpMatchArray) => /ZONE/.test(m[2] ?? '') && !isNotZone(m);
  return [...kept.matchAll(/signal input (\w+)(\[[^\]]*\])?/g)]
    .filter((m) => (yearly || !isYearly(m)) && (zone ? !isNotZone(m) : !isZone(m)))
    .map((m) => m[1]!);
}

describe('buildBillInput', () => {
  it('a zone circuit (spec §5a) takes the committed transitions and one more packed element', async () => {
    const input = await buildBillInput(tariff, sp, { ...opts, zone: true });
    expect(Object.keys(input).sort()).toEqual(circuitInputNames(false, false, true).sort());
    expect(input.imports).toHaveLength(48 + 12);
    expect(input.zoneAt).toEqual(['0', '0', '0', '0']);
  });

  it('produces exactly the circuit input names, as decimal strings, padded to MAXD * I', async () => {
    const input = await buildBillInput(tariff, sp, opts);
    expect(Object.keys(input).sort()).toEqual(circuitInputNames().sort());
    for (const v of Object.values(input)) {
      for (const s of Array.isArray(v) ? v : [v]) expect(s).toMatch(/^(0|[1-9]\d*)$/);
    }
    expect(input['imports']).toHaveLength(48);
    expect(input['workBands']).toHaveLength(48);
    expect(input['holidays']).toHaveLength(16);
    expect(input['holidays']![0]).toBe('20089');
    expect(input['tzBiased']).toBe('50400');
    expect(input['restDays']).toBe(String(0b1000001));
    expect(input['dayCount']).toBe('1');
    expect(input['tierAllowances']).toEqual(['5000', '8000', String((1 << 24) - 1)]);
    expect(input['domain']).toBe(domain.toString());
    expect(input['S']).toBe(sp.signature.S.toString());
    // with the regulator's disclosure: exactly the names of the DISCLOSE = 1 block more
    const regulatorKey = disclosurePublicKey(7n);
    const disclosed = await buildBillInput(tariff, sp, { ...opts, disclose: true, disclosure: { regulatorKey, ephemeralSecret: 11n } });
    expect(Object.keys(disclosed).sort()).toEqual(circuitInputNames(true).sort());
    expect(disclosed['disclosureCiphertext']).toHaveLength(3);
    expect(disclosed['regulatorKeyY']).toBe(regulatorKey.y.toString());
  });

  it('zero-pads shorter periods for a longer circuit', async () => {
    const input = await buildBillInput(tariff, sp, { ...opts, maxDays: 3 });
    const imports = input['imports'] as string[];
    expect(imports).toHaveLength(144);
    expect(imports.slice(0, 48)).toEqual(sp.imports.map(String));
    expect(imports.slice(48).every((x) => x === '0')).toBe(true);
  });

  it('rejects what the circuit would reject, naming the field', async () => {
    const two = await signPeriod(generateMeterKey(), makePeriod({ start: midnight('2025-01-06'), days: 2, intervalsPerDay: 48 }));
    const cases: [Promise<unknown>, string][] = [
      [buildBillInput(tariff, two, opts), "signedPeriod.imports: covers 2 days, more than this circuit's 1"],
      [buildBillInput(tariff, sp, { ...opts, intervalsPerDay: 24 }), 'tariff.slotsPerDay: is 48, but this circuit takes 24 intervals per day'],
      [
        buildBillInput(touTariff(), sp, { ...opts, intervalsPerDay: 24 }),
        'signedPeriod.intervalSeconds: is 1800 s, but the tariff has 24 slots per day, so intervals must be 3600 s',
      ],
      [
        buildBillInput(tariff, { ...sp, imports: sp.imports.map((r, i) => (i === 47 ? r + 1 : r)) }, opts),
        'signedPeriod.statement: does not match the readings (the period was altered after signing)',
      ],
      [buildBillInput(tariff, sp, { ...opts, readingBits: 7 }), "signedPeriod.imports[28]: 128 Wh does not fit the circuit's 7-bit readings"],
      [buildBillInput(tariff, sp, { ...opts, domain: 2n ** 224n }), 'domain: must be chainId * 2^160 + address with chainId < 2^64'],
      [buildBillInput(tariff, sp, { ...opts, maxDays: 32 }), 'options.maxDays: must be 1..31'],
      [
        buildBillInput(touTariff({ slotsPerDay: 48, workBands: new Array(48).fill(0), tzOffsetSeconds: 3600 }), sp, opts),
        `signedPeriod.periodStart: ${sp.periodStart} is not local midnight in the tariff's time zone (UTC+01:00)`,
      ],
    ];
    for (const [p, message] of cases) {
      const e = await rejected(p);
      expect(e).toBeInstanceOf(ValidationError);
      expect(e.message).toBe(message);
    }
  });
});

describe('expectedPublicSignals', () => {
  it('returns [keyHash, tariffCommitment, period, amounts, domain] as decimal strings', async () => {
    const signals = await expectedPublicSignals(tariff, sp, opts);
    expect(signals).toHaveLength(5);
    const bill = computeBill(tariff, sp);
    expect(signals[0]).toBe((await keyHash(sp.publicKey)).toString());
    expect(signals[1]).toBe((await tariffCommitment(tariff)).toString());
    expect(unpackPeriod(signals[2])).toEqual({ meterId: sp.meterId, periodStart: sp.periodStart, intervalCount: 48, intervalSeconds: 1800, nonActualCount: 0 });
    expect(unpackAmounts(signals[3])).toEqual({ charge: bill.charge, credit: bill.credit });
    expect(bill.charge).toBeGreaterThan(0n);
    expect(bill.credit).toBe(roundCredit(9 * 300 * 40));
    expect(signals[4]).toBe(domain.toString());
    expect(await expectedPublicSignals(tariff, sp, { domain })).toEqual(signals);
  });
});

function roundCredit(milli: number): bigint {
  return (BigInt(milli) + 500n) / 1000n;
}
