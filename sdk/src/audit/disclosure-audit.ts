/**
 * The regulator's disclosure audit (docs/disclosure-spec.md; `wattproof audit --disclose`): for every
 * settlement of a DisclosedSettlement in a block range, read the disclosure signals (five, or eight with
 * the hours of the day, §8) from the
 * transaction's calldata, check they were encrypted to the key in force for the period, decrypt them
 * with the regulator's secret of that epoch, and recompute charge and credit from the disclosed
 * details against the approved tariff document. A settlement that does not decrypt, names another
 * key, or whose recomputed amounts differ from the settled ones is reported with its reasons. The
 * proof itself was verified by the contract over all its signals. Construction v3 (§10) has no
 * authentication element: the ciphertext's integrity off chain is that proof, so given the instance's
 * verification key this audit re-verifies each proof with the disclosure words it read (a node that
 * serves altered calldata is caught there); without it, run the ordinary audit (`audit`), which
 * re-verifies the same proofs. The market summary sums the details
 * across all meters: energy per band, and with layout v2 per hour of the local day and per band and hour.
 * @packageDocumentation
 */
import type { Provider } from 'ethers';
import {
  addBandHour,
  attributeHours,
  type BandHourWh,
  type BillDetails,
  decryptBillDisclosure,
  emptyBandHour,
  HOURS_PER_DAY,
  disclosureNonce,
  disclosureSignalCount,
  disclosureSignalsOf,
  type RecomputedBill,
  recomputeFromDetails,
} from '../../../core/src/bill/disclosure.js';
import { unpackPeriod } from '../../../core/src/bill/signals.js';
import { secretsByKeyY } from '../../../core/src/crypto/disclosure.js';
import { ValidationError, WattproofError } from '../../../core/src/errors.js';
import type { Tariff } from '../../../core/src/tariff/schema.js';
import { tariffCommitment } from '../../../core/src/tariff/index.js';
import { disclosureFromCalldata } from '../chain/disclosed-settlement.js';
import { DisclosureKeysClient } from '../chain/disclosure-keys.js';
import { chainCall } from '../chain/errors.js';
import { decodeSettled, type SettledBill } from '../chain/settlement.js';
import { verify } from '../../../prover/src/groth16.js';
import { proofFromEvent } from './proof-from-event.js';
import { settledLogs } from './logs.js';

/** One settlement as the regulator reads it. */
export interface DisclosedSettlementView {
  bill: SettledBill;
  /** The decrypted details; undefined when they could not be read. */
  details?: BillDetails;
  /** Charge, credit and tier energies recomputed from the details and the tariff document. */
  recomputed?: RecomputedBill;
  /** Layout v2: the hour sums attributed to the tariff's bands (see `attributeHours`). */
  bandHour?: BandHourWh;
  /** Empty when everything agrees. */
  mismatches: string[];
}

/** What {@link auditDisclosures} needs. */
export interface DisclosureAuditOptions {
  provider: Provider;
  /** The DisclosedSettlement's address. */
  settlement: string;
  /** The DisclosureKeys registry the settlement checks against. */
  disclosureKeys: string;
  /** The regulator's secrets (any epochs); the one whose public key is in force for a period decrypts it. */
  regulatorSecrets: readonly bigint[];
  /** Approved tariff documents the regulator holds (matched by commitment). */
  tariffs: readonly Tariff[];
  /**
   * The disclosed instance's Groth16 verification key (snarkjs JSON): each settlement's proof is then
   * re-verified over its five signals and the disclosure words read from calldata, the ciphertext's
   * integrity (construction v3 has no authentication element, docs/disclosure-spec.md §10). Without it
   * the proofs are not re-verified here (`audit` does it).
   */
  verificationKey?: Record<string, unknown>;
  fromBlock?: number;
  toBlock?: number;
}

/** The regulator's disclosure audit of one block range. */
export interface DisclosureAuditReport {
  fromBlock: number;
  toBlock: number;
  settlements: DisclosedSettlementView[];
  /** How many settlements have at least one mismatch. */
  flagged: number;
  /** Market statistics over the settlements that decrypted (hours of the day from layout v2 settlements only). */
  summary: DisclosureSummary;
}

/** Energy per band across all meters of the range, from the disclosed details. */
export interface DisclosureSummary {
  /** Settlements whose details decrypted. */
  settlements: number;
  /** Import energy per price band 0..7, Wh (band numbers are each tariff's own). */
  importBandWh: bigint[];
  /** Export energy per export band 0..7, Wh. */
  exportBandWh: bigint[];
  /** Highest disclosed demand peak, Wh in one interval. */
  maxPeakWh: bigint;
  /** Settlements whose details carry the hours of the day (layout v2). */
  hourlySettlements: number;
  /** Import per hour of the local day 0..23 across those settlements, Wh (each at its tariff's local clock). */
  hourWh: bigint[];
  /**
   * Import per band and hour across the hourly settlements whose tariff document the regulator holds
   * (`bandHourWh[band][hour]`), with the hours no band can be told apart in (`mixedHourWh`).
   */
  bandHour: BandHourWh;
}

/** Sums the decrypted details of `views` (market statistics without any raw reading). */
export function summarizeDisclosures(views: readonly DisclosedSettlementView[]): DisclosureSummary {
  const summary: DisclosureSummary = {
    settlements: 0,
    importBandWh: new Array<bigint>(8).fill(0n),
    exportBandWh: new Array<bigint>(8).fill(0n),
    maxPeakWh: 0n,
    hourlySettlements: 0,
    hourWh: new Array<bigint>(HOURS_PER_DAY).fill(0n),
    bandHour: emptyBandHour(),
  };
  for (const v of views) {
    if (v.details === undefined) continue;
    summary.settlements++;
    if (v.details.hourWh !== undefined) {
      summary.hourlySettlements++;
      v.details.hourWh.forEach((wh, h) => (summary.hourWh[h] = (summary.hourWh[h] ?? 0n) + wh));
    }
    if (v.bandHour !== undefined) addBandHour(summary.bandHour, v.bandHour);
    v.details.bandWh.forEach((wh, b) => (summary.importBandWh[b] = (summary.importBandWh[b] ?? 0n) + wh));
    v.details.exportBandWh.forEach((wh, b) => (summary.exportBandWh[b] = (summary.exportBandWh[b] ?? 0n) + wh));
    if (v.details.peakWh > summary.maxPeakWh) summary.maxPeakWh = v.details.peakWh;
  }
  return summary;
}

/**
 * Decrypts and checks every settlement of `settlement` in the block range.
 * @throws ValidationError on a bad range or secret; ChainError when the chain cannot be read
 */
export async function auditDisclosures(opts: DisclosureAuditOptions): Promise<DisclosureAuditReport> {
  const fromBlock = opts.fromBlock ?? 0;
  const toBlock = opts.toBlock ?? (await chainCall('latest block', () => opts.provider.getBlockNumber()));
  if (fromBlock < 0 || toBlock < fromBlock) throw new ValidationError('blocks', `fromBlock ${fromBlock} .. toBlock ${toBlock} is not a range`);
  // Each secret by the y of its public key: the epoch's key y picks the secret (construction v3).
  const secrets = secretsByKeyY(opts.regulatorSecrets);
  const tariffs = new Map<bigint, Tariff>();
  for (const t of opts.tariffs) tariffs.set(await tariffCommitment(t), t);
  const keys = new DisclosureKeysClient(opts.disclosureKeys, opts.provider);
  const logs = await settledLogs(opts.provider, opts.settlement, fromBlock, toBlock);
  const calldata = new Map<string, string>();
  const settlements: DisclosedSettlementView[] = [];
  for (const log of logs) {
    const event = decodeSettled(log);
    if (event === undefined) continue;
    let data = calldata.get(event.txHash);
    if (data === undefined) {
      const tx = await chainCall(`transaction ${event.txHash}`, () => opts.provider.getTransaction(event.txHash));
      data = tx?.data ?? '0x';
      calldata.set(event.txHash, data);
    }
    // decoded again with the calldata: the proof's points, which the event does not log
    const bill = decodeSettled(log, data) ?? event;
    settlements.push(await readOne(bill, data, secrets, tariffs, keys, opts.verificationKey));
  }
  return { fromBlock, toBlock, settlements, flagged: settlements.filter((s) => s.mismatches.length > 0).length, summary: summarizeDisclosures(settlements) };
}

async function readOne(
  bill: SettledBill,
  data: string,
  secrets: Map<bigint, bigint>,
  tariffs: Map<bigint, Tariff>,
  keys: DisclosureKeysClient,
  vkey: Record<string, unknown> | undefined,
): Promise<DisclosedSettlementView> {
  const mismatches: string[] = [];
  const view: DisclosedSettlementView = { bill, mismatches };
  // five words after settleDisclosed's signals, eight after settleDisclosedHourly's (by the selector)
  const words = disclosureFromCalldata(data, bill.publicSignals);
  if (words === undefined) {
    mismatches.push("the transaction's calldata does not carry this settlement's disclosure after its signals");
    return view;
  }
  const signals = disclosureSignalsOf([...bill.publicSignals, ...words], words.length === disclosureSignalCount(2) ? 2 : 1);
  if (vkey !== undefined) {
    // the words decrypted below must be the proven ones: without an authentication element, only the proof says so
    const proven = bill.proof !== undefined && (await verify(vkey, proofFromEvent(bill.proof), [...bill.publicSignals, ...words].map(String)));
    if (!proven) {
      mismatches.push('the proof does not verify with these disclosure words (the calldata read is not what the chain verified)');
      return view;
    }
  }
  const inForce = await keys.contract.keyAt(bill.periodStart);
  if (signals.regulatorKeyY !== inForce.keyY) {
    mismatches.push(
      `encrypted to the key with y ${signals.regulatorKeyY}, not to the one with y ${inForce.keyY} in force (epoch ${inForce.epoch}) for the period`,
    );
  }
  // keys are named by y (construction v3): the secret of (x, y) also opens what was encrypted to (-x, y)
  const secret = secrets.get(signals.regulatorKeyY);
  if (secret === undefined) {
    mismatches.push(`no secret given for key y ${signals.regulatorKeyY} (epoch ${inForce.epoch})`);
    return view;
  }
  try {
    view.details = decryptBillDisclosure(signals, secret, disclosureNonce(bill.meterId, bill.periodStart));
  } catch (e) {
    if (!(e instanceof WattproofError)) throw e;
    mismatches.push(`the disclosure does not decrypt: ${e.message}`);
    return view;
  }
  const tariff = tariffs.get(bill.tariffCommitment);
  if (tariff === undefined) {
    mismatches.push(`no approved tariff document for commitment ${bill.tariffCommitment}`);
    return view;
  }
  const { intervalCount } = unpackPeriod(bill.publicSignals[2]!);
  const dayCount = intervalCount / tariff.slotsPerDay;
  if (!Number.isInteger(dayCount)) {
    mismatches.push(`${intervalCount} intervals are not whole days of the tariff's ${tariff.slotsPerDay} slots`);
    return view;
  }
  view.recomputed = recomputeFromDetails(tariff, view.details, { dayCount, intervalsPerDay: tariff.slotsPerDay });
  if (view.details.hourWh !== undefined) view.bandHour = attributeHours(tariff, view.details, { periodStart: bill.periodStart, dayCount });
  if (view.recomputed.charge !== bill.charge) mismatches.push(`charge ${bill.charge} settled, ${view.recomputed.charge} recomputed from the disclosed details`);
  if (view.recomputed.credit !== bill.credit) mismatches.push(`credit ${bill.credit} settled, ${view.recomputed.credit} recomputed from the disclosed details`);
  return view;
}
