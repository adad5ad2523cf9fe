// Daylight saving end to end (bill spec §5a): the UK Economy 7 tariff on the Europe/London clock,
// its 25-hour day of 25 October 2026 proven on the zone circuit the SDK picks and settled through
// the normal Settlement on Hardhat's in-process EVM, with a real Groth16 proof.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseCircuit, decodeBillSignals, shutdownProver, TariffAuthoring, ValidationError } from '../../sdk/src/index.js';
import { DST_CIRCUIT, DST_DAY_START, type DstDayResult, settleDstDay } from '../../cli/src/demo/dst.js';
import { parseTariff } from '../../core/src/tariff/index.js';
import { computeBill } from '../../core/src/bill/index.js';

let leg: DstDayResult;

beforeAll(async () => {
  leg = await settleDstDay();
});

afterAll(async () => {
  await shutdownProver();
});

describe('settleDstDay: the 25-hour day on the zone circuit', () => {
  it('the SDK picks the zone instance for a tariff that commits to DST transitions', () => {
    expect(leg.circuit).toBe(DST_CIRCUIT);
    expect(leg.tariff.zone).toBe('Europe/London');
    expect(leg.intervals).toBe(50);
    // 01:00 UTC = 02:00 BST becomes 01:00 GMT after the fourth half-hour
    expect(leg.bill.transition).toMatchObject({ interval: 4, delta: -2 });
  });

  it('settles what the engine billed, by hand: 16 night half-hours (the repeated hour twice), 34 by day', () => {
    const milli = 16n * 600n * 140_000n + 34n * 150n * 300_000n + 550_000n * 1000n;
    const charge = (milli * 10_500n + 5_000_000n) / 10_000_000n; // 5% VAT, spec §6 rounding
    expect(leg.bill.charge).toBe(charge);
    expect(leg.receipt.status).toBe('settled');
    expect(leg.receipt.bill.charge).toBe(charge);
    expect(leg.receipt.bill.credit).toBe(leg.bill.credit);
    const claim = decodeBillSignals(leg.proof.publicSignals);
    expect(claim.periodStart).toBe(DST_DAY_START);
    expect(claim.intervalCount).toBe(50);
  });

  it('the commitment settled is the tariff document the regulator approved', async () => {
    expect(decodeBillSignals(leg.proof.publicSignals).tariffCommitment).toBe(await TariffAuthoring.commit(leg.tariff));
  });

  it('a fixed-offset circuit is refused for this tariff, and a fixed-offset tariff keeps the plain instance', async () => {
    // the same tariff without its zone: a fixed UTC+0 clock, no transitions
    const { zone: _z, zoneValidFrom: _f, zoneValidUntil: _u, zoneTransitions: _t, ...fixed } = leg.tariff;
    const plain = parseTariff({ ...fixed, tzOffsetSeconds: 0 });
    const day = {
      meterId: 1n,
      periodStart: DST_DAY_START + 3600,
      intervalSeconds: 1800,
      imports: new Array<number>(48).fill(100),
      exports: new Array<number>(48).fill(0),
    };
    expect(computeBill(plain, day).transition).toBeUndefined();
    expect((await chooseCircuit(plain, day)).name).toBe('bill_1d_30m');
    // a day of the DST tariff outside the change still goes to the zone instance (the commitment
    // covers the transitions, which a fixed-offset circuit cannot reproduce)
    const ordinary = { ...day, periodStart: DST_DAY_START + 25 * 3600 };
    expect((await chooseCircuit(leg.tariff, ordinary)).name).toBe(DST_CIRCUIT);
    const { buildBillInput } = await import('../../prover/src/bill-input.js');
    const err = await buildBillInput(leg.tariff, await signedDay(ordinary), { intervalsPerDay: 48, maxDays: 1, domain: 1n, zone: false }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect(String(err)).toMatch(
      /tariff\.zoneTransitions: commits to 2 daylight-saving transitions of Europe\/London, but this circuit has a fixed-offset clock \(use an instance with "zone": 1\)/,
    );
  });
});

async function signedDay(p: { meterId: bigint; periodStart: number; intervalSeconds: number; imports: number[]; exports: number[] }) {
  const { signPeriod } = await import('../../core/src/meter/sign.js');
  return signPeriod(new Uint8Array(32).fill(3), p);
}

describe('instance choice for a daylight-saving tariff', () => {
  it('a longer half-hourly period goes to bill_31d_30m_zone, or the error names what to build', async () => {
    // two local days of half-hours: bill_1d_30m_zone is too short (bill_31d_30m_zone is built on demand, not by npm test)
    const day = {
      meterId: 1n,
      periodStart: DST_DAY_START + 25 * 3600,
      intervalSeconds: 1800,
      imports: new Array<number>(96).fill(100),
      exports: new Array<number>(96).fill(0),
    };
    const picked = await chooseCircuit(leg.tariff, day).then(
      (c) => c.name,
      (e: unknown) => String(e),
    );
    expect(picked).toMatch(
      /^bill_31d_30m_zone$|no built circuit bills this period on a daylight-saving clock; run `npm run build -- --only bill_31d_30m_zone`/,
    );
  });

  it('a demand tariff on a daylight-saving clock has no instance, and a demand circuit refuses the change day', async () => {
    const demand = parseTariff({ ...leg.tariff, demand: { pricePerKw: 1000n, workSlots: new Array(48).fill(1), restSlots: new Array(48).fill(1) } });
    const changeDay = {
      meterId: 1n,
      periodStart: DST_DAY_START,
      intervalSeconds: 1800,
      imports: new Array<number>(50).fill(100),
      exports: new Array<number>(50).fill(0),
    };
    const err = await chooseCircuit(demand, changeDay).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(String(err)).toMatch(/daylight-saving clock with a demand charge/);
    // and a demand circuit given the change day (bill_31d_30m_demand's parameters): split the period
    const { buildBillInput } = await import('../../prover/src/bill-input.js');
    const refused = await buildBillInput(demand, await signedDay(changeDay), { intervalsPerDay: 48, maxDays: 31, domain: 1n, demand: true, zone: true }).catch(
      (e: unknown) => e,
    );
    expect(String(refused)).toMatch(/signedPeriod\.periodStart: holds a daylight-saving change .* split the period at the change day/);
  });
});
