/**
 * The daylight-saving leg of the demo (bill spec §5a): a consumer on the UK Economy 7 tariff,
 * which follows the Europe/London wall clock, proves the 25-hour day of 25 October 2026 (50
 * half-hours, the repeated 01:00-02:00 hour billed twice at the night rate) on the zone circuit
 * and settles it through the normal `Settlement`. Self-contained: it registers its own meter and
 * tariff on the chain it is given (or on a fresh one).
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Consumer,
  chooseCircuit,
  Meter,
  MeteringAuthority,
  parseTariffJson,
  Regulator,
  Retailer,
  type Bill,
  type BillProof,
  type SettleReceipt,
  type Tariff,
} from '../../../sdk/src/index.js';
import { money } from '../../../core/src/format.js';
import { startDevChain, type DevChain } from '../devchain.js';
import type { Output } from '../output.js';
import { repoRoot } from '../paths.js';

/** The zone circuit that proves a day of half-hours on a daylight-saving clock. */
export const DST_CIRCUIT = 'bill_1d_30m_zone';

/** The gallery tariff the leg bills (examples/tariffs/). */
export const DST_TARIFF_FILE = 'examples/tariffs/uk-economy7-london.json';

/** Local midnight of 25 October 2026 in Europe/London: 00:00 BST = 24 October 23:00 UTC. */
export const DST_DAY_START = Date.parse('2026-10-24T23:00:00Z') / 1000;

/** Where the leg runs. */
export interface DstDayWorld {
  /**
   * A chain deployed with {@link DST_CIRCUIT}'s verifier (`startDevChain('bill_1d_30m_zone')`); a
   * fresh one when absent. A deployment has one verifier, so the fixed-offset demo's chain does not do.
   */
  dev?: DevChain;
  /** The meter this leg registers (default 4100230099; must not be registered yet on `dev`). */
  meterId?: bigint;
  /** Narration, one line a step (silent when absent). */
  out?: Output;
}

/** What the leg did. */
export interface DstDayResult {
  /** The chain it ran on (the given one, or the one it started). */
  dev: DevChain;
  tariff: Tariff;
  /** The circuit the SDK chose for the tariff and period. */
  circuit: string;
  /** Readings the meter signed for the local day: 50 half-hours. */
  intervals: number;
  /** The engine's itemized bill (its `transition` is the change inside the day). */
  bill: Bill;
  proof: BillProof;
  receipt: SettleReceipt;
}

/** A household with storage heaters: 600 Wh a half-hour on the night rate (00:30-07:30), 150 by day, 100 exported 10:00-14:00. */
export function dstDayReadings(): { imports: number[]; exports: number[] } {
  // the wall clock of 25 October: 00:00 .. 01:30 BST, then 01:00 .. 23:30 GMT (slots 2, 3 repeated)
  const slots = [0, 1, 2, 3, ...Array.from({ length: 46 }, (_, k) => k + 2)];
  return {
    imports: slots.map((s) => (s >= 1 && s < 15 ? 600 : 150)),
    exports: slots.map((s) => (s >= 20 && s < 28 ? 100 : 0)),
  };
}

/**
 * Plays the daylight-saving leg: registers a meter and the UK Economy 7 (Europe/London) tariff,
 * signs the 25-hour day of 25 October 2026, proves it on the circuit the SDK picks for a tariff
 * that commits to DST transitions ({@link DST_CIRCUIT}) and settles it.
 * @example
 * ```ts
 * const leg = await settleDstDay({ out });
 * // leg.intervals === 50, leg.bill.transition?.delta === -2, leg.receipt.status === 'settled'
 * ```
 * @throws ChainError when the zone circuit's verifier is not compiled (run `npm run build -- --only bill_1d_30m_zone`);
 *   ArtifactError when its proving artifacts are not built
 */
export async function settleDstDay(world: DstDayWorld = {}): Promise<DstDayResult> {
  const say = (line: string): void => world.out?.line(line);
  const dev = world.dev ?? (await startDevChain(DST_CIRCUIT));
  const meterId = world.meterId ?? 4_100_230_099n;
  const a = dev.addresses;
  const [asAuthority, asRetailer, asRegulator, asConsumer] = await Promise.all([
    dev.connect(dev.accounts.authority),
    dev.connect(dev.accounts.retailer),
    dev.connect(dev.accounts.regulator),
    dev.connect(dev.accounts.consumer),
  ]);
  const consumer = new Consumer(asConsumer);
  const retailer = new Retailer(asRetailer);
  const { symbol, decimals } = await asConsumer.token();

  const tariff = parseTariffJson(await readFile(join(repoRoot(), DST_TARIFF_FILE), 'utf8'), DST_TARIFF_FILE);
  const meter = Meter.fromPrivateKey(meterId, '2d'.repeat(32));
  const signed = await meter.sign({ meterId, periodStart: DST_DAY_START, intervalSeconds: 1800, ...dstDayReadings() });
  const end = BigInt(DST_DAY_START + signed.imports.length * 1800);
  await dev.advanceTo(end);
  say(`DST: ${tariff.name} (${tariff.zone}); 25 October 2026 is a 25-hour day: the meter signs ${signed.imports.length} half-hours`);

  await new MeteringAuthority(asAuthority).registerMeter({ meter, consumer: a.consumer, retailer: a.retailer, firstPeriodStart: DST_DAY_START });
  await retailer.registerTariff(tariff, { validFrom: DST_DAY_START, validUntil: end + 30n * 86400n });
  await new Regulator(asRegulator).approveTariff(tariff);
  await retailer.offerTariff(meterId, tariff);
  await consumer.acceptTariff(meterId, tariff);

  const bill = consumer.computeBill(tariff, signed);
  const circuit = (await chooseCircuit(tariff, signed)).name;
  say(`DST: the tariff commits to ${tariff.zoneTransitions?.length ?? 0} transitions, so the SDK proves on ${circuit}`);
  const proof = await consumer.proveBill(tariff, signed, { circuit });
  await dev.mint(a.consumer, bill.charge + 10n ** BigInt(decimals));
  await consumer.deposit(bill.charge);
  const receipt = await consumer.settle(proof);
  say(
    `DST: settled ${money(receipt.bill.charge, decimals, symbol)} (credit ${money(receipt.bill.credit, decimals, symbol)}) in ${receipt.txHash.slice(0, 10)}…, gas ${receipt.gasUsed}`,
  );
  return { dev, tariff, circuit, intervals: signed.imports.length, bill, proof, receipt };
}
