// Daylight saving and yearly blocks together, end to end (bill spec §5a, §9): the UK Economy 7
// tariff on the Europe/London clock with yearly blocks added, two consecutive local days (24
// October 2026 and the 25-hour day of 25 October) proven on the zone + yearly instance the SDK
// picks and settled through `settleYearly` on Hardhat's in-process EVM, with real Groth16 proofs.
// The second bill crosses the first block; a stale (fresh) and a forged opening on the change day
// are refused by the contract.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Consumer,
  ContractRevertError,
  chooseCircuit,
  decodeBillSignals,
  Meter,
  MeteringAuthority,
  Regulator,
  Retailer,
  shutdownProver,
  type BillProof,
  type SettleReceipt,
  type SignedPeriod,
  type Tariff,
} from '../../sdk/src/index.js';
import { computeBill, ytdCommitment } from '../../core/src/bill/index.js';
import { parseTariff, parseTariffJson } from '../../core/src/tariff/index.js';
import { startDevChain, type DevChain } from '../../cli/src/devchain.js';
import { DST_DAY_START, DST_TARIFF_FILE, dstDayReadings } from '../../cli/src/demo/dst.js';
import { repoRoot } from '../../cli/src/paths.js';
import { audit, AuditIndex } from '../../sdk/src/audit/index.js';
import { loadPublishedKeys } from '../../sdk/src/audit/published.js';
import { Collector } from '../../sdk/src/collector/collector.js';

const CIRCUIT = 'bill_1d_30m_zone_yearly';
const METER = 4_100_230_177n;
/** Local midnight of 24 October 2026 in Europe/London (BST): 23 October 23:00 UTC. */
const DAY1_START = DST_DAY_START - 86400;
const YEAR_START_DAY = Date.UTC(2026, 0, 1) / 86_400_000;
/** A first block of 20 kWh a year (scaled down so that two daily bills cross it), +0.10 GBP/kWh above. */
const BLOCK1 = 20_000n;

let dev: DevChain;
let tariff: Tariff;
let consumer: Consumer;
let days: SignedPeriod[];
const proofs: BillProof[] = [];
const receipts: SettleReceipt[] = [];
const refused: string[] = [];

beforeAll(async () => {
  dev = await startDevChain(CIRCUIT);
  const a = dev.addresses;
  const [asAuthority, asRetailer, asRegulator, asConsumer] = await Promise.all([
    dev.connect(dev.accounts.authority),
    dev.connect(dev.accounts.retailer),
    dev.connect(dev.accounts.regulator),
    dev.connect(dev.accounts.consumer),
  ]);
  consumer = new Consumer(asConsumer);
  const retailer = new Retailer(asRetailer);
  const economy7 = parseTariffJson(await readFile(join(repoRoot(), DST_TARIFF_FILE), 'utf8'), DST_TARIFF_FILE);
  tariff = parseTariff({
    ...economy7,
    name: 'UK Economy 7 with yearly blocks (test)',
    tierBasis: 'year',
    yearStart: '2026-01-01',
    tiers: [{ upToWhPerYear: Number(BLOCK1), price: 0n }, { price: 100_000n }],
    salt: 1177n,
  });
  const meter = Meter.fromPrivateKey(METER, '2e'.repeat(32));
  const day2 = dstDayReadings();
  const day1 = { imports: day2.imports.slice(0, 48), exports: day2.exports.slice(0, 48) };
  days = [
    await meter.sign({ meterId: METER, periodStart: DAY1_START, intervalSeconds: 1800, ...day1 }),
    await meter.sign({ meterId: METER, periodStart: DST_DAY_START, intervalSeconds: 1800, ...day2 }),
  ];
  const end = BigInt(DST_DAY_START + 50 * 1800);
  await dev.advanceTo(end);
  await new MeteringAuthority(asAuthority).registerMeter({ meter, consumer: a.consumer, retailer: a.retailer, firstPeriodStart: DAY1_START });
  await retailer.registerTariff(tariff, { validFrom: DAY1_START, validUntil: end + 30n * 86400n });
  await new Regulator(asRegulator).approveTariff(tariff);
  await retailer.offerTariff(METER, tariff);
  await consumer.acceptTariff(METER, tariff);
  await dev.mint(a.consumer, 100n * 10n ** 6n);
  await consumer.deposit(50n * 10n ** 6n);

  // bill 1: the first of the tariff year on chain (no opening)
  proofs.push(await consumer.proveBill(tariff, days[0]!, { circuit: CIRCUIT, yearToDate: { opening: undefined } }));
  receipts.push(await consumer.settle(proofs[0]!));
  // the change day, honestly
  proofs.push(await consumer.proveBill(tariff, days[1]!, { circuit: CIRCUIT, yearToDate: { opening: proofs[0]!.yearToDate } }));
  // two cheats first: the old commitment (signal 5) of a restarted year (a fresh opening: 0) and of a forged
  // opening (no kWh so far this year). The contract sees of an opening only that signal, and refuses either
  // before it verifies the proof; test/contracts/yearly.test.ts shows it with valid proofs of such openings,
  // which here would be two more zone + yearly proofs (~5 CPU-s).
  const cheats = [0n, await ytdCommitment({ ...proofs[0]!.yearToDate!, wh: 0n })];
  for (const old of cheats) {
    const cheat = { ...proofs[1]!, publicSignals: proofs[1]!.publicSignals.map((v, i) => (i === 5 ? String(old) : v)) } as BillProof;
    await consumer.settle(cheat).then(
      () => refused.push('SETTLED'),
      (e: unknown) => refused.push(e instanceof ContractRevertError ? e.errorName : String(e)),
    );
  }
  receipts.push(await consumer.settle(proofs[1]!));
}, 600_000);

afterAll(async () => {
  await shutdownProver();
});

describe('a zone + yearly tariff settled by settleYearly', () => {
  it('the SDK picks the zone + yearly instance for both days', async () => {
    for (const day of days) expect((await chooseCircuit(tariff, day)).name).toBe(CIRCUIT);
    expect(days[1]!.imports).toHaveLength(50);
    expect(proofs.map((p) => p.publicSignals.length)).toEqual([8, 8]);
  });

  it('each bill settles what the engine billed with the carried year to date, and the chain keeps the new commitment', async () => {
    let ytd = 0n;
    for (const [k, day] of days.entries()) {
      const bill = computeBill(tariff, day, { ytdWh: ytd });
      expect(receipts[k]!.status).toBe('settled');
      expect(receipts[k]!.bill.charge).toBe(bill.charge);
      const signals = proofs[k]!.publicSignals;
      expect(signals[5]).toBe(k === 0 ? '0' : String(await ytdCommitment(proofs[0]!.yearToDate!)));
      expect(signals[7]).toBe(String(YEAR_START_DAY));
      ytd += bill.totalImportWh;
      expect(proofs[k]!.yearToDate).toMatchObject({ meterId: METER, yearStartDay: YEAR_START_DAY, wh: ytd });
    }
    expect(decodeBillSignals(proofs[1]!.publicSignals).intervalCount).toBe(50);
    expect(await consumer.conn.settlement.yearToDateOf(METER)).toEqual({ commitment: BigInt(proofs[1]!.publicSignals[6]!), yearStart: YEAR_START_DAY });
  });

  it('the change day crosses the first block: plain arithmetic for the premium, the repeated hour counted', () => {
    const e1 = days[0]!.imports.reduce((a, r) => a + BigInt(r), 0n);
    const e2 = days[1]!.imports.reduce((a, r) => a + BigInt(r), 0n);
    expect(e1).toBeLessThan(BLOCK1);
    expect(e1 + e2).toBeGreaterThan(BLOCK1);
    const bill = computeBill(tariff, days[1]!, { ytdWh: e1 });
    expect(bill.items.tiers.map((t) => t.wh)).toEqual([BLOCK1 - e1, e1 + e2 - BLOCK1]);
    // 16 night half-hours (the repeated hour twice) at 0.14, 34 by day at 0.30, the premium, standing, 5 % VAT
    const milli = 16n * 600n * 140_000n + 34n * 150n * 300_000n + (e1 + e2 - BLOCK1) * 100_000n + 550_000n * 1000n;
    expect(bill.charge).toBe((milli * 10_500n + 5_000_000n) / 10_000_000n);
  });

  it('a restarted year and a forged opening on the change day are refused by the contract', () => {
    expect(refused).toEqual(['YearToDateNotFresh', 'YearToDateMismatch']);
  });
});

describe('the regulator audits the zone + yearly bills', () => {
  const openIndex = async () =>
    AuditIndex.open({
      location: ':memory:',
      provider: dev.provider,
      settlement: dev.deployment.addresses.settlement,
      keys: await loadPublishedKeys({ only: [CIRCUIT, 'bill_1d_30m'] }),
      workers: 1,
    });

  it('the log-walking audit and the index both re-verify the eight signals and the year-to-date chain', async () => {
    const keys = await loadPublishedKeys({ only: [CIRCUIT, 'bill_1d_30m'] });
    const walked = await audit({ provider: dev.provider, settlement: dev.deployment.addresses.settlement, keys });
    expect(walked.ok).toBe(true);
    expect(walked.circuit).toBe(CIRCUIT);
    const index = await openIndex();
    try {
      const sync = await index.sync({ confirmations: 0 });
      expect(sync).toMatchObject({ indexed: 2, verified: 2, proofsVerified: 2 });
      const report = await index.report({ meterId: METER });
      expect(report.ok).toBe(true);
      expect(report.circuit).toBe(CIRCUIT);
      expect(report.settlements.map((x) => [x.checks.proof, x.checks.yearToDate])).toEqual([
        [true, true],
        [true, true],
      ]);
      expect(report.settlements.map((x) => x.yearToDate)).toEqual(walked.settlements.map((x) => x.yearToDate));
      expect(report.settlements[1]!.yearToDate).toEqual({
        old: BigInt(proofs[1]!.publicSignals[5]!),
        new: BigInt(proofs[1]!.publicSignals[6]!),
        year: BigInt(YEAR_START_DAY),
      });
    } finally {
      await index.close();
    }
  });

  it('the index flags a broken year-to-date chain: the first bill left another commitment than the second consumed', async () => {
    const index = await openIndex();
    try {
      await index.sync({ confirmations: 0, toBlock: receipts[0]!.blockNumber });
      // a stale or forged link, as a chain that let one through would show it: the row of bill 1 left another commitment
      const [row] = await index.store.query<{ public_signals: string }>('SELECT public_signals FROM settlements');
      const signals = JSON.parse(row!.public_signals) as string[];
      signals[6] = '12345';
      await index.store.query('UPDATE settlements SET public_signals = ?', [JSON.stringify(signals)]);
      await index.sync({ confirmations: 0 });
      const second = (await index.report({ meterId: METER })).settlements[1]!;
      expect(second.checks.proof).toBe(true);
      expect(second.checks.yearToDate).toBe(false);
      expect(second.verified).toBe(false);
      expect(second.reasons.join('\n')).toMatch(
        /year to date: consumes commitment \d+ of tariff year \d+, but meter \d+'s previous bill .* left 12345 .*stale, replayed or forged/,
      );
    } finally {
      await index.close();
    }
  });
});

describe('a collector given a yearly proof', () => {
  it('drops it before verifying or sending anything, saying the consumer settles it by settleYearly', async () => {
    const key = (await loadPublishedKeys({ only: [CIRCUIT] }))[0]!;
    let verified = 0;
    const collector = new Collector(consumer.conn, {
      vkey: key.vkey,
      verifyMany: async (_vkey, jobs) => {
        verified += jobs.length;
        return jobs.map(() => true);
      },
    });
    const { ready, dropped, settled } = await collector.check([{ id: 'day2.proof.json', proof: proofs[1]!.proof, publicSignals: proofs[1]!.publicSignals }]);
    expect(ready).toEqual([]);
    expect(settled).toEqual([]);
    expect(verified).toBe(0);
    expect(dropped).toEqual([
      expect.objectContaining({
        id: 'day2.proof.json',
        code: 'yearly',
        meterId: METER,
        periodStart: DST_DAY_START,
        reason: expect.stringMatching(/settleYearly.*ExtraSignalsRequired.*wattproof settle/),
      }),
    ]);
  });
});
