// Issue 12, done-when: a utility's one-year hourly Green Button export with DST artefacts (the
// spring-forward day's block repeats the next midnight with another value; the fall-back day's
// last hour is missing) imports with --repair's rules, cuts into twelve monthly periods that the
// meter signs (statement v2, counting the repaired intervals), and each period's bill_31d_60m
// witness satisfies every constraint with the public signals the engine expects.
import { beforeAll, describe, expect, it } from 'vitest';
import { unpackPeriod } from '../../core/src/bill/signals.js';
import { parseGreenButtonXml, splitBillingPeriods } from '../../core/src/meter/index.js';
import { nonActualCount } from '../../core/src/meter/quality.js';
import { signPeriod, type SignedPeriod } from '../../core/src/meter/sign.js';
import { buildBillInput, expectedPublicSignals } from '../../prover/src/bill-input.js';
import { toGreenButton, utilityExport } from '../support/meter-exports.js';
import { DOMAIN, fullTariff, METER_KEY, MONTH_HOURLY } from './cases.js';
import { loadCircuit, type CircuitUnderTest } from './harness.js';

const TZ = -8 * 3600; // the tariff's fixed offset: Pacific standard time
let c: CircuitUnderTest;
let signed: SignedPeriod[];

beforeAll(async () => {
  c = await loadCircuit(MONTH_HOURLY.name);
  const year = toGreenButton(utilityExport({ startDate: '2025-01-01', days: 365, intervalsPerDay: 24 }));
  expect(() => parseGreenButtonXml(year, { file: 'year.xml' })).toThrow(/--on-conflict.*--fill-gaps/);
  const data = parseGreenButtonXml(year, { file: 'year.xml', onConflict: 'last', fillGaps: 'linear' });
  const periods = splitBillingPeriods(data, { meterId: 4242n, tzOffsetSeconds: TZ });
  signed = await Promise.all(periods.map((p) => signPeriod(METER_KEY, p)));
}, 120_000);

describe('a year with DST artefacts: twelve monthly periods, signed and witnessed (bill_31d_60m)', () => {
  it('twelve calendar months; March and November carry their repaired interval in the signed count', () => {
    expect(signed.map((p) => p.imports.length / 24)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(signed.map((p) => nonActualCount(p.quality))).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
  });

  it.each(Array.from({ length: 12 }, (_, m) => m))('month %i: the witness satisfies the circuit and publishes the count', async (m) => {
    const tariff = fullTariff(24, { tzOffsetSeconds: TZ });
    const sp = signed[m]!;
    const opts = { intervalsPerDay: 24, maxDays: 31, domain: DOMAIN };
    const [input, expected] = await Promise.all([buildBillInput(tariff, sp, opts), expectedPublicSignals(tariff, sp, opts)]);
    const w = await c.witness(input);
    expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(expected);
    expect(unpackPeriod(expected[2]!).nonActualCount).toBe(m === 2 || m === 10 ? 1 : 0);
    if (m === 10) expect(c.violated(w)).toEqual([]);
  });
});
