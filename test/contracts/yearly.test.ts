// Yearly blocks on chain (bill spec §9): Settlement keeps each meter's year-to-date commitment and
// tariff year, and a yearly bill consumes and replaces it in the same call as the period cursor.
// Real proofs of bill_1d_30m_yearly; every refused bill leaves the ledger, the cursors and the
// stored commitment as they were.
import { beforeAll, describe, expect, it } from 'vitest';
import { settlementDomain } from '../../core/src/bill/signals.js';
import { ytdCommitment, type YearToDateOpening } from '../../core/src/bill/ytd.js';
import { signPeriod } from '../../core/src/meter/index.js';
import { createTariff, dayNumberToIsoDate, tariffCommitment, type Tariff } from '../../core/src/tariff/index.js';
import { buildBillInput, yearToDateAfter } from '../../prover/src/bill-input.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { toSolidityArgs } from '../../prover/src/groth16.js';
import { fullProveCached } from '../../prover/src/proof-cache.js';
import type { SettlementProof } from '../../sdk/src/chain/settlement.js';
import { afterDay, createWorld, DAY, expectRevert, KEY_1, ledgerAs, ledgerState, METER_1, readings, tariffsAs, TZ, type World } from './fixtures.js';

const CIRCUIT = 'bill_1d_30m_yearly';
/** Tariff year 1 starts on day 3 of the billing calendar: days 0-2 are in year 0. */
const NEW_YEAR_DAY = 3;

type Proof = SettlementProof & { signals: bigint[] };

describe('Settlement with a yearly-block circuit (year-to-date commitments)', () => {
  let w: World;
  let tariff: Tariff;
  let yearStart0: number;
  let yearStart1: number;
  const state = async () => ({ ledger: await ledgerState(w), ytd: await ledgerAs(w, w.s.consumer).yearToDateOf(METER_1) });

  /** A real proof of day `day`'s bill of METER_1 from `opening`, and the opening it leaves. */
  async function prove(day: number, opening: YearToDateOpening | undefined, salt: bigint): Promise<{ proof: Proof; after: YearToDateOpening }> {
    const signed = await signPeriod(KEY_1, { meterId: METER_1, periodStart: w.d0 + day * DAY, intervalSeconds: 1800, ...readings('base', 48, 1) });
    const yearToDate = { opening, newSalt: salt };
    const input = await buildBillInput(tariff, signed, {
      intervalsPerDay: 48,
      maxDays: 1,
      domain: settlementDomain(w.chainId, w.d.addresses.settlement),
      yearly: true,
      yearToDate,
    });
    const { proof, publicSignals } = await fullProveCached(input, await loadCircuitArtifacts(CIRCUIT));
    const args = toSolidityArgs(proof, publicSignals);
    return { proof: { a: args.a, b: args.b, c: args.c, signals: args.signals }, after: await yearToDateAfter(tariff, signed, yearToDate) };
  }
  const ledger = () => ledgerAs(w, w.s.relayer);
  const withSignal = (p: Proof, i: number, v: bigint): Proof => ({ ...p, signals: p.signals.map((s, k) => (k === i ? v : BigInt(s))) });

  // bills in order: day 0 (fresh), day 1 (carried), day 2 (carried), day 3 (fresh: tariff year 1)
  let bill0: Awaited<ReturnType<typeof prove>>;
  let bill1: Awaited<ReturnType<typeof prove>>;
  let bill2: Awaited<ReturnType<typeof prove>>;
  let bill3: Awaited<ReturnType<typeof prove>>;
  let stale2: Proof;
  let reset2: Proof;

  beforeAll(async () => {
    w = await createWorld({ circuit: CIRCUIT });
    // Tariff year 1 starts at local midnight of day 3; year 0 began a year before.
    const newYear = (w.d0 + TZ) / DAY + NEW_YEAR_DAY;
    const iso = dayNumberToIsoDate(newYear);
    const yearBefore = `${String(Number(iso.slice(0, 4)) - 1).padStart(4, '0')}${iso.slice(4)}`;
    tariff = createTariff({
      name: 'Yearly blocks',
      currency: { symbol: 'WTD', decimals: 6 },
      slotsPerDay: 48,
      tzOffsetSeconds: TZ,
      bandPrices: [150_000n, 260_000n],
      workBands: [
        { from: '00:00', to: '08:00', band: 0 },
        { from: '08:00', to: '24:00', band: 1 },
      ],
      tierBasis: 'year',
      yearStart: yearBefore.endsWith('-02-29') ? `${yearBefore.slice(0, 8)}28` : yearBefore,
      // a day of the 'base' profile imports ~19 kWh: the second day crosses the first block
      tiers: [{ upToWhPerYear: 30_000, price: 0n }, { upToWhPerYear: 4_800_000, price: 50_000n }, { price: 300_000n }],
      standingPerDay: 100_000n,
      taxBps: 1300,
      salt: 0xbeefn,
    });
    yearStart0 = Date.parse(`${tariff.yearStart}T00:00:00Z`) / 86_400_000;
    expect(yearStart0).toBeLessThan(newYear);
    const commitment = await tariffCommitment(tariff);
    const retailer = tariffsAs(w, w.s.retailer);
    await retailer.registerTariff(commitment, BigInt(w.d0 - 30 * DAY), BigInt(w.d0 + 60 * DAY));
    await tariffsAs(w, w.s.regulator).approveTariff(commitment, w.s.retailer.address);
    await retailer.offerTariff(METER_1, commitment);
    await tariffsAs(w, w.s.consumer).acceptTariff(METER_1, commitment);

    bill0 = await prove(0, undefined, 11n);
    bill1 = await prove(1, bill0.after, 12n);
    bill2 = await prove(2, bill1.after, 13n);
    yearStart1 = newYear;
    bill3 = await prove(3, bill2.after, 14n);
    stale2 = (await prove(2, bill0.after, 15n)).proof; // the opening of the commitment before last
    reset2 = (await prove(2, undefined, 16n)).proof; // a fresh start inside tariff year 0
    await afterDay(w, NEW_YEAR_DAY + 1);
  }, 600_000);

  it('reports its extra signals; a meter starts with no commitment', async () => {
    expect(await w.d.settlement.contract.extraSignalCount()).toBe(3n);
    expect(await ledger().yearToDateOf(METER_1)).toEqual({ commitment: 0n, yearStart: 0 });
    expect(bill0.proof.signals).toHaveLength(8);
    expect(bill3.after.yearStartDay).toBe(yearStart1);
  });

  it('refuses the plain entry points (settle, settleBatch) and a wrong number of extra signals', async () => {
    const { a, b, c, signals } = bill0.proof;
    const five = signals.slice(0, 5);
    // five signals: the client sends settle (and settleBatch), which a yearly deployment refuses
    await expectRevert(state, () => ledger().settle({ a, b, c, signals: five }), 'ExtraSignalsRequired', { expected: 3n, given: 0n });
    await expectRevert(state, () => ledger().settleBatch([{ a, b, c, signals: five }]), 'ExtraSignalsRequired');
    await expectRevert(state, () => ledger().settle({ a, b, c, signals: signals.slice(0, 7) }), 'ExtraSignalsRequired', { expected: 3n, given: 2n });
  });

  it('refuses extra signals out of the field, and a tariff year that is no local day number', async () => {
    const p = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
    await expectRevert(state, () => ledger().settle(withSignal(bill0.proof, 6, p)), 'SignalOutOfField', { index: 6n, value: p });
    await expectRevert(state, () => ledger().settle(withSignal(bill0.proof, 7, 1n << 24n)), 'MalformedSignal', { index: 7n });
  });

  it('the first bill of the year (fresh) settles and stores its new commitment with the tariff year', async () => {
    const r = await ledger().settle(bill0.proof);
    expect(r.meterId).toBe(METER_1);
    expect(await ledger().yearToDateOf(METER_1)).toEqual({ commitment: bill0.proof.signals[6], yearStart: yearStart0 });
    expect(bill0.proof.signals[6]).toBe(await ytdCommitment(bill0.after));
    const events = await w.d.settlement.contract.queryFilter(w.d.settlement.contract.filters.YearToDateReplaced(METER_1));
    expect(events.map((e) => [e.args.yearStart, e.args.oldCommitment, e.args.newCommitment])).toEqual([[BigInt(yearStart0), 0n, bill0.proof.signals[6]]]);
  });

  it('a fresh start again within the same tariff year is refused (no reset mid-year)', async () => {
    const fresh1 = await prove(1, undefined, 21n);
    await expectRevert(state, () => ledger().settle(fresh1.proof), 'YearToDateNotFresh', {
      meterId: METER_1,
      storedYear: BigInt(yearStart0),
      givenYear: BigInt(yearStart0),
    });
  });

  it('the next bill carries the year to date: it consumes the stored commitment and bills past the first block', async () => {
    await ledger().settle(bill1.proof);
    expect(await ledger().yearToDateOf(METER_1)).toEqual({ commitment: bill1.proof.signals[6], yearStart: yearStart0 });
    // day 1 pays the +50,000/kWh block on what passes 30 kWh of the year; day 0 paid none
    const E = BigInt(readings('base', 48, 1).imports.reduce((s, r) => s + r, 0));
    expect(bill1.after.wh).toBe(2n * E);
    expect(bill1.after.wh).toBeGreaterThan(30_000n);
  });

  it('reusing an old commitment (the one before last) is refused', async () => {
    await expectRevert(state, () => ledger().settle(stale2), 'YearToDateMismatch', {
      meterId: METER_1,
      stored: bill1.proof.signals[6],
      storedYear: BigInt(yearStart0),
      given: bill0.proof.signals[6],
      givenYear: BigInt(yearStart0),
    });
  });

  it('a fresh start within tariff year 0 after two bills is refused', async () => {
    await expectRevert(state, () => ledger().settle(reset2), 'YearToDateNotFresh');
  });

  it('a forged commitment: any other old value is refused before the proof; the stored value with a proof of another opening fails the proof', async () => {
    await expectRevert(state, () => ledger().settle(withSignal(bill2.proof, 5, 12345n)), 'YearToDateMismatch');
    // the stale proof re-labelled with the stored commitment passes the rule but not the verifier
    await expectRevert(state, () => ledger().settle(withSignal(stale2, 5, bill1.proof.signals[6]!)), 'InvalidProof');
    // a forged new commitment (e.g. one that opens to less) fails the proof
    await expectRevert(state, () => ledger().settle(withSignal(bill2.proof, 6, 777n)), 'InvalidProof');
    // the year relabelled
    await expectRevert(state, () => ledger().settle(withSignal(bill2.proof, 7, BigInt(yearStart0 + 1))), 'YearToDateMismatch');
  });

  it('skipping a bill does not skip the year to date: the period cursor refuses the gap', async () => {
    // day 3's bill (a fresh year) while day 2 is unbilled
    await expectRevert(state, () => ledger().settle(bill3.proof), 'PeriodGap');
  });

  it('the honest bill settles; replaying it is refused by the cursor; the new tariff year starts fresh', async () => {
    await ledger().settle(bill2.proof);
    await expectRevert(state, () => ledger().settle(bill2.proof), 'PeriodOverlap');
    expect(bill3.proof.signals[5]).toBe(0n);
    await ledger().settle(bill3.proof);
    expect(await ledger().yearToDateOf(METER_1)).toEqual({ commitment: bill3.proof.signals[6], yearStart: yearStart1 });
    expect(bill3.after.wh).toBe(BigInt(readings('base', 48, 1).imports.reduce((s, r) => s + r, 0)));
  });

  it('a meter that never billed yearly has no commitment', async () => {
    expect(await ledger().yearToDateOf(1002n)).toEqual({ commitment: 0n, yearStart: 0 });
  });
});
