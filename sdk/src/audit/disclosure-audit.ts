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
  type BillDisclosureSignals,
  decryptBillDisclosure,
  emptyBandHour,
  HOURS_PER_DAY,
  disclosureNonce,
  openWithCombinedPoint,
  disclosureSignalCount,
  disclosureSignalsOf,
  type RecomputedBill,
  recomputeFromDetails,
} from '../../../core/src/bill/disclosure.js';
import { unpackPeriod } from '../../../core/src/bill/signals.js';
import { type CurvePoint, secretsByKeyY } from '../../../core/src/crypto/disclosure.js';
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
  /**
   * The regulator's secrets (any epochs); the one whose public key is in force for a period decrypts it.
   * Give either these or {@link DisclosureAuditOptions.combined}.
   */
  regulatorSecrets?: readonly bigint[];
  /**
   * For a key split 2-of-3 among supervisory bodies (docs/disclosure-spec.md §9): the combined key's y
   * and, by ephemeral key y, the shared points two bodies' verified partial decryptions combined into
   * (`combineRangePartials` in ./threshold-audit.ts). Nobody holds the secret, so nothing else opens.
   */
  combined?: { keyY: bigint; sharedPoints: ReadonlyMap<bigint, CurvePoint> };
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
  const open = openerOf(opts);
  const tariffs = new Map<bigint, Tariff>();
  for (const t of opts.tariffs) tariffs.set(await tariffCommitment(t), t);
  const keys = new DisclosureKeysClient(opts.disclosureKeys, opts.provider);
  const range = await disclosedSettlements(opts.provider, opts.settlement, opts.fromBlock, opts.toBlock);
  const settlements: DisclosedSettlementView[] = [];
  for (const { bill, data } of range.settlements) settlements.push(await readOne(bill, data, open, tariffs, keys, opts.verificationKey));
  return {
    fromBlock: range.fromBlock,
    toBlock: range.toBlock,
    settlements,
    flagged: settlements.filter((s) => s.mismatches.length > 0).length,
    summary: summarizeDisclosures(settlements),
  };
}

/**
 * Opens one settlement's signals: its details, or why there is nothing to open them with (a mismatch).
 * @throws WattproofError (FAILED) when the key or shared point at hand does not decrypt them
 */
type Opener = (signals: BillDisclosureSignals, nonce: bigint, epoch: bigint) => BillDetails | string;

function openerOf(opts: DisclosureAuditOptions): Opener {
  if ((opts.regulatorSecrets === undefined) === (opts.combined === undefined)) {
    throw new ValidationError('regulatorSecrets', "give either the regulator secrets or the supervisory bodies' combined shared points");
  }
  if (opts.combined !== undefined) {
    const { keyY, sharedPoints } = opts.combined;
    return (s, nonce) => {
      if (s.regulatorKeyY !== keyY) return `encrypted to the key with y ${s.regulatorKeyY}, not to the bodies' combined key (y ${keyY})`;
      const shared = sharedPoints.get(s.ephemeralKeyY);
      if (shared === undefined)
        return `no partial decryptions of two bodies for ephemeral key y ${s.ephemeralKeyY} (a body skipped it, or their block ranges differ)`;
      return openWithCombinedPoint(s, shared, nonce);
    };
  }
  // Each secret by the y of its public key: the epoch's key y picks the secret (construction v3).
  const secrets = secretsByKeyY(opts.regulatorSecrets ?? []);
  return (s, nonce, epoch) => {
    // keys are named by y (construction v3): the secret of (x, y) also opens what was encrypted to (-x, y)
    const secret = secrets.get(s.regulatorKeyY);
    if (secret === undefined) return `no secret given for key y ${s.regulatorKeyY} (epoch ${epoch})`;
    return decryptBillDisclosure(s, secret, nonce);
  };
}

/** The Settled events of a block range, each decoded with its transaction's calldata (which carries the proof and the disclosure words). */
export async function disclosedSettlements(
  provider: Provider,
  settlement: string,
  fromBlockOpt?: number,
  toBlockOpt?: number,
): Promise<{ fromBlock: number; toBlock: number; settlements: { bill: SettledBill; data: string }[] }> {
  const fromBlock = fromBlockOpt ?? 0;
  const toBlock = toBlockOpt ?? (await chainCall('latest block', () => provider.getBlockNumber()));
  if (fromBlock < 0 || toBlock < fromBlock) throw new ValidationError('blocks', `fromBlock ${fromBlock} .. toBlock ${toBlock} is not a range`);
  const logs = await settledLogs(provider, settlement, fromBlock, toBlock);
  const calldata = new Map<string, string>();
  const settlements: { bill: SettledBill; data: string }[] = [];
  for (const log of logs) {
    const event = decodeSettled(log);
    if (event === undefined) continue;
    let data = calldata.get(event.txHash);
    if (data === undefined) {
      const tx = await chainCall(`transaction ${event.txHash}`, () => provider.getTransaction(event.txHash));
      data = tx?.data ?? '0x';
      calldata.set(event.txHash, data);
    }
    // decoded again with the calldata: the proof's points, which the event does not log
    settlements.push({ bill: decodeSettled(log, data) ?? event, data });
  }
  return { fromBlock, toBlock, settlements };
}

/**
 * One settlement's disclosure signals from its calldata, re-verified with its proof when `vkey` is
 * given (without an authentication element, only the proof says the words read are the proven ones);
 * or why they cannot be used.
 */
export async function provenDisclosure(bill: SettledBill, data: string, vkey: Record<string, unknown> | undefined): Promise<BillDisclosureSignals | string> {
  // five words after settleDisclosed's signals, eight after settleDisclosedHourly's (by the selector)
  const words = disclosureFromCalldata(data, bill.publicSignals);
  if (words === undefined) return "the transaction's calldata does not carry this settlement's disclosure after its signals";
  const signals = disclosureSignalsOf([...bill.publicSignals, ...words], words.length === disclosureSignalCount(2) ? 2 : 1);
  if (vkey !== undefined) {
    const proven = bill.proof !== undefined && (await verify(vkey, proofFromEvent(bill.proof), [...bill.publicSignals, ...words].map(String)));
    if (!proven) return 'the proof does not verify with these disclosure words (the calldata read is not what the chain verified)';
  }
  return signals;
}

async function readOne(
  bill: SettledBill,
  data: string,
  open: Opener,
  tariffs: Map<bigint, Tariff>,
  keys: DisclosureKeysClient,
  vkey: Record<string, unknown> | undefined,
): Promise<DisclosedSettlementView> {
  const mismatches: string[] = [];
  const view: DisclosedSettlementView = { bill, mismatches };
  const signals = await provenDisclosure(bill, data, vkey);
  if (typeof signals === 'string') {
    mismatches.push(signals);
    return view;
  }
  const inForce = await keys.contract.keyAt(bill.periodStart);
  if (signals.regulatorKeyY !== inForce.keyY) {
    mismatches.push(
      `encrypted to the key with y ${signals.regulatorKeyY}, not to the one with y ${inForce.keyY} in force (epoch ${inForce.epoch}) for the period`,
    );
  }
  try {
    const opened = open(signals, disclosureNonce(bill.meterId, bill.periodStart), inForce.epoch);
    if (typeof opened === 'string') {
      mismatches.push(opened);
      return view;
    }
    view.details = opened;
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
