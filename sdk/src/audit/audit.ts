/**
 * The regulator's audit: re-verify every settlement from chain data alone.
 *
 * For a block range it walks the Settlement contract's `Settled` events and the bills of its `BatchSettled`
 * events (settleBatch logs one per batch: each bill's meter and movement; the audit reads the bills' signals and
 * proofs from the batch's calldata and their parties from the meter registry, and reports a batch event that does
 * not fit its calldata), and, for each bill,
 * checks that the event's decoded fields are the ones its public signals encode, that the
 * signals are bound to this chain and contract, that the ledger movement adds up, that the key
 * in the proof belongs to the meter, that periods of one meter never overlap, and re-verifies
 * the Groth16 proof off-chain with the published verification key (the proof is read from the
 * transaction's calldata, where the ABI puts it just before the signals: the event does not log
 * it). Once per audit it also
 * checks that the deployed verifier is the one generated from that key, and walks the meter
 * registry's cursor moves (`PeriodClaimed`, which `claimPeriod` emits) of the range: every move must
 * come with a `Settled` event of the contract that made it, in the same transaction, for the same meter
 * and period; a move without one (a `SETTLEMENT_ROLE` holder moving a cursor without a proof) is
 * reported, as is every repair by the metering authority (`CursorRepaired`). A settlement's own move
 * (`claimSettlement`) emits no `PeriodClaimed` (issue 15: its `Settled` event logs the same meter and
 * period), so the audit also follows each audited meter's cursor through the range
 * ({@link auditCursorChain}): every step must start where the last one ended and the cursor at the range's
 * end must be where the last step left it; a jump is a move nobody evented (a silent `claimSettlement` by
 * another `SETTLEMENT_ROLE` holder) and is reported as an unexplained move.
 *
 * A yearly-block deployment (`settleYearly`, bill spec §9): its proofs have eight public signals, the
 * event logs five; the audit reads the three year-to-date signals from the calldata after the five
 * (`yearToDateFromCalldata`), checks them against the `YearToDateReplaced` event of the same
 * transaction, re-verifies the proof with all eight, and checks per meter that the commitments chain:
 * each bill consumes the commitment the meter's previous bill left (same tariff year), or starts a
 * later tariff year fresh (old commitment 0).
 *
 * A DisclosedSettlement (docs/disclosure-spec.md): its proofs have ten public signals (thirteen with
 * the hours of the day); the audit reads the disclosure signals from the calldata after the five
 * (`disclosureFromCalldata`) and re-verifies the proof with all of them, so a node that serves altered
 * disclosure words fails the proof check here as it fails the decryption in `audit --disclose`.
 * @packageDocumentation
 */
import type { Log, Provider } from 'ethers';
import { unpackAmounts, unpackPeriod } from '../../../core/src/bill/signals.js';
import { FIELD_P } from '../../../core/src/crypto/field.js';
import { MeterRegistryClient } from '../chain/meter-registry.js';
import {
  billsOfLogs,
  decodeSettled,
  SettlementClient,
  withProofs,
  yearToDateFromCalldata,
  type SettledBill,
  type SettledProof,
  type YearToDateSignals,
} from '../chain/settlement.js';
import { chainCall } from '../chain/errors.js';
import { ValidationError } from '../../../core/src/errors.js';
import { verify, type Groth16Proof } from '../../../prover/src/groth16.js';
import { loadPublishedKeys, type PublishedKey } from './published.js';
import { checkVerifierCode, type VerifierCheck } from './verifier-code.js';
import { checkSetup, type SetupReport } from './setup.js';
import { auditTariffs, isTariffFinding, type AuditedTariff } from './tariffs.js';
import type { DocumentFetcher } from '../roles/tariff-visibility.js';
import { IMeterRegistry__factory, ISettlement__factory } from '../../../typechain-types/index.js';
import {
  BILL_SIGNAL_COUNT,
  DISCLOSED_BILL_SIGNAL_COUNT,
  DISCLOSED_HOURLY_BILL_SIGNAL_COUNT,
  YEARLY_BILL_SIGNAL_COUNT,
} from '../../../prover/src/verify-bill.js';
import type { DisclosureLayout } from '../../../core/src/bill/disclosure.js';
import { disclosureFromCalldata } from '../chain/disclosed-settlement.js';
import { eventLogs, eventLogsWhere, settledLogs } from './logs.js';
import { proofFromEvent } from './proof-from-event.js';
import { connectContract, sharedInterface } from '../chain/contracts.js';

export { settledLogs } from './logs.js';

/** Names of the per-settlement checks, in the order they run. */
export type AuditCheck = 'event' | 'signals' | 'domain' | 'fields' | 'movement' | 'key' | 'continuity' | 'yearToDate' | 'proof';

/** One audited settlement. */
export interface AuditedSettlement {
  txHash: string;
  blockNumber: number;
  logIndex: number;
  /** The bill's position in its settleBatch call (a bill of a `BatchSettled` event: one entry per bill). */
  batchIndex?: number;
  /** Decoded event fields (undefined if the log is not a decodable Settled event). */
  meterId?: bigint;
  periodStart?: bigint;
  periodEnd?: bigint;
  tariffCommitment?: bigint;
  charge?: bigint;
  credit?: bigint;
  /**
   * Intervals of the period that were not actual meter reads (estimated, substituted, filled), as
   * the meter signed and the proof made public (statement v2, spec §3); undefined if the period
   * signal does not decode.
   */
  nonActualCount?: number;
  /**
   * A yearly bill's year-to-date signals (read from the calldata of its settleYearly); undefined for
   * a plain deployment, or when the calldata does not carry them (then `proof` fails).
   */
  yearToDate?: YearToDateSignals;
  /** True when every check passed. */
  verified: boolean;
  /** Outcome of each check that ran. */
  checks: Partial<Record<AuditCheck, boolean>>;
  /** Why it is not verified (empty when verified). */
  reasons: string[];
}

/** A move of a meter's billing cursor by a settlement contract (a `PeriodClaimed` event). */
export interface CursorMove {
  meterId: bigint;
  /** The contract that moved it (holder of SETTLEMENT_ROLE). */
  settlement: string;
  periodStart: bigint;
  periodEnd: bigint;
  txHash: string;
  blockNumber: number;
  /** True when the same transaction has a matching `Settled` event of that contract. */
  settled: boolean;
  /** Why it is not explained by a settlement (absent when settled). */
  reason?: string;
}

/** A repair of a meter's billing cursor by the metering authority (a `CursorRepaired` event). */
export interface CursorRepair {
  meterId: bigint;
  authority: string;
  from: bigint;
  to: bigint;
  keyValidFrom: bigint;
  reason: string;
  txHash: string;
  blockNumber: number;
}

/** What an audit found. */
export interface AuditReport {
  settlement: string;
  chainId: bigint;
  fromBlock: number;
  toBlock: number;
  /** The circuit whose published key the verifier matches (undefined when none does). */
  circuit?: string;
  /** Whether that key is a development (insecure) one. */
  insecureKey?: boolean;
  verifier: VerifierCheck;
  /**
   * The trusted setup of the matched key: the ceremony transcript it came from, its contribution
   * hashes, whether the key is the final zkey's, and whether it is INSECURE (development).
   */
  setup?: SetupReport;
  settlements: AuditedSettlement[];
  verified: number;
  failed: number;
  /** Every cursor move of the meter registry in the range, each checked against a Settled event. */
  cursorMoves: CursorMove[];
  /** Cursor moves without a matching Settled event (each one a period moved past without a proof). */
  unexplainedMoves: number;
  /** Cursor repairs by the metering authority in the range (evented, listed for review). */
  repairs: CursorRepair[];
  /**
   * Every tariff the settlements used, public or private; a public one's document is fetched and
   * checked against its commitment (a reachable document that is not the commitment fails the audit).
   */
  tariffs: AuditedTariff[];
  /** True when the verifier matches, every settlement is verified, every cursor move is explained and
   *  every public tariff's document is its commitment. */
  ok: boolean;
}

/** Options of {@link audit} and {@link auditLogs}. */
export interface AuditOptions {
  /** The provider to read the chain with. */
  provider: Provider;
  /** The Settlement contract audited. */
  settlement: string;
  /** Published keys to try; default all circuits in build/manifest.json. */
  keys?: PublishedKey[];
  /** Build directory holding manifest.json (when `keys` is not given). */
  buildDir?: string;
  /** Limit to these circuits (when `keys` is not given). */
  circuits?: readonly string[];
  /** A ceremony transcript to check the verifier's key against (default: the one the manifest names). */
  transcript?: string;
  /** Reads public tariffs' documents (default: fetch, for http:, https:, data:). */
  documentFetcher?: DocumentFetcher;
  /** Progress: called after each settlement is audited. */
  onProgress?: (done: number, total: number) => void;
}

/** Blocks per eth_getLogs request; many public nodes refuse larger ranges. */

const TWO160 = 1n << 160n;

export { proofFromEvent };

/**
 * Finds the published key whose regenerated verifier is the deployed code at `verifierAddress`
 * (shared by {@link auditLogs} and the audit index).
 */
export async function identifyVerifier(
  provider: Provider,
  verifierAddress: string,
  keys: PublishedKey[],
  signalCounts: readonly number[] = [BILL_SIGNAL_COUNT],
): Promise<{ key?: PublishedKey; check: VerifierCheck }> {
  // Compiling a verifier takes seconds: try first the keys whose constants appear in the code.
  const code = (await chainCall(`eth_getCode(${verifierAddress})`, () => provider.getCode(verifierAddress))).toLowerCase();
  const candidates = keys
    .filter((k) => signalCounts.includes(k.publicSignals))
    .map((k) => ({ k, hit: keyConstantsIn(code, k.vkey) }))
    .sort((x, y) => Number(y.hit) - Number(x.hit))
    .map((x) => x.k);
  let last: VerifierCheck | undefined;
  for (const key of candidates) {
    const check = await checkVerifierCode(provider, verifierAddress, key.vkey);
    if (check.matches) return { key, check };
    last = check;
    if (check.reason?.startsWith('no contract')) break;
  }
  const reason =
    last?.reason?.startsWith('no contract') === true
      ? last.reason
      : `the code at ${verifierAddress} is not the verifier of any published bill circuit (tried ${candidates.map((k) => k.circuit).join(', ') || 'none'})`;
  return { check: { address: verifierAddress, matches: false, reason, codeSha256: last?.codeSha256 ?? '' } };
}

/** Whether the key's alpha and first IC point appear as 32-byte constants in the code (a hint, not a proof). */
function keyConstantsIn(code: string, vkey: Record<string, unknown>): boolean {
  const hex = (v: unknown) => {
    try {
      return BigInt(String(v)).toString(16).padStart(64, '0');
    } catch {
      return 'no';
    }
  };
  const alpha = vkey.vk_alpha_1 as unknown[] | undefined;
  const ic0 = (vkey.IC as unknown[][] | undefined)?.[0];
  const values = [alpha?.[0], alpha?.[1], ic0?.[0], ic0?.[1]];
  return values.every((v) => v !== undefined && code.includes(hex(v)));
}

/** What the per-settlement checks need to know of the deployment. */
export interface AuditContext {
  chainId: bigint;
  settlement: string;
  key?: PublishedKey;
  meters?: MeterRegistryClient;
}

/** The deployment's key has a yearly circuit's eight signals (its bills settle with settleYearly). */
function yearlyKey(ctx: AuditContext): boolean {
  return ctx.key?.publicSignals === YEARLY_BILL_SIGNAL_COUNT;
}

/**
 * The deployment's key has a disclosure circuit's signals (its bills settle with settleDisclosed: ten,
 * layout v1; or settleDisclosedHourly: thirteen, layout v2): the layout, else undefined.
 */
function disclosedLayout(ctx: AuditContext): DisclosureLayout | undefined {
  const n = ctx.key?.publicSignals;
  return n === DISCLOSED_BILL_SIGNAL_COUNT ? 1 : n === DISCLOSED_HOURLY_BILL_SIGNAL_COUNT ? 2 : undefined;
}

function nonActualOf(signal: bigint | undefined): number | undefined {
  try {
    return unpackPeriod(signal ?? 0n).nonActualCount;
  } catch {
    return undefined;
  }
}

/**
 * The checks of one settlement that need no chain access: signals are field elements, the domain is
 * this chain and contract, the event fields are the signals', the ledger movement adds up.
 */
export function fieldChecks(bill: SettledBill, ctx: AuditContext, reasons: string[], checks: AuditedSettlement['checks']): void {
  const s = bill.publicSignals;
  checks.signals = s.length === 5 && s.every((v) => v >= 0n && v < FIELD_P);
  if (!checks.signals) reasons.push('public signals: not five field elements');

  const expectedDomain = ctx.chainId * TWO160 + BigInt(ctx.settlement);
  checks.domain = s[4] === expectedDomain;
  if (!checks.domain) reasons.push(`domain: signal ${s[4]} is not chain ${ctx.chainId} and contract ${ctx.settlement}`);

  const mismatches: string[] = [];
  try {
    const period = unpackPeriod(s[2] ?? 0n);
    const end = BigInt(period.periodStart) + BigInt(period.intervalCount) * BigInt(period.intervalSeconds);
    if (period.meterId !== bill.meterId) mismatches.push(`meterId ${bill.meterId} (signal says ${period.meterId})`);
    if (BigInt(period.periodStart) !== bill.periodStart) mismatches.push(`periodStart ${bill.periodStart} (signal says ${period.periodStart})`);
    if (end !== bill.periodEnd) mismatches.push(`periodEnd ${bill.periodEnd} (signal says ${end})`);
  } catch (e) {
    mismatches.push(`period signal: ${e instanceof ValidationError ? e.reason : String(e)}`);
  }
  try {
    const amounts = unpackAmounts(s[3] ?? 0n);
    if (amounts.charge !== bill.charge) mismatches.push(`charge ${bill.charge} (signal says ${amounts.charge})`);
    if (amounts.credit !== bill.credit) mismatches.push(`credit ${bill.credit} (signal says ${amounts.credit})`);
  } catch (e) {
    mismatches.push(`amounts signal: ${e instanceof ValidationError ? e.reason : String(e)}`);
  }
  if (s[1] !== bill.tariffCommitment) mismatches.push(`tariffCommitment ${bill.tariffCommitment} (signal says ${s[1]})`);
  checks.fields = mismatches.length === 0;
  if (!checks.fields) reasons.push(`event fields differ from the proven public signals: ${mismatches.join('; ')}`);

  const { charge, credit, paid, arrearsAdded, refunded, arrearsCleared, creditOwed, debtCleared } = bill;
  // The event logs two amounts and the third is derived from the signals (movementOf): one that comes out
  // negative means the logged two exceed |net|.
  checks.movement =
    [paid, arrearsAdded, refunded, arrearsCleared, creditOwed, debtCleared].every((v) => v >= 0n) &&
    (charge >= credit
      ? debtCleared + paid + arrearsAdded === charge - credit && refunded === 0n && arrearsCleared === 0n && creditOwed === 0n
      : arrearsCleared + refunded + creditOwed === credit - charge && paid === 0n && arrearsAdded === 0n && debtCleared === 0n);
  if (!checks.movement) {
    reasons.push(
      `movement: debt cleared ${debtCleared} + paid ${paid} + arrears ${arrearsAdded} / arrears cleared ${arrearsCleared} + refunded ${refunded} + credit owed ${creditOwed} does not settle charge ${charge} - credit ${credit}`,
    );
  }
}

async function auditOne(
  bill: SettledBill,
  ctx: AuditContext,
  reasons: string[],
  checks: AuditedSettlement['checks'],
  ytd: YearToDateSignals | undefined,
  disclosure?: bigint[],
): Promise<void> {
  fieldChecks(bill, ctx, reasons, checks);
  if (ctx.meters !== undefined) {
    const key = await ctx.meters.getKey(bill.publicSignals[0] ?? 0n);
    checks.key = key !== undefined && key.meterId === bill.meterId;
    if (!checks.key) {
      reasons.push(
        key === undefined ? `key: ${bill.publicSignals[0]} is not a registered meter key` : `key: belongs to meter ${key.meterId}, not ${bill.meterId}`,
      );
    }
  }
  if (ctx.key === undefined) {
    checks.proof = false;
    reasons.push('proof: not checked, no published verification key matches the deployed verifier');
    return;
  }
  if (bill.proof === undefined) {
    checks.proof = false;
    reasons.push(`proof: does not verify: the calldata of tx ${bill.txHash} carries no proof of these public signals`);
    return;
  }
  let signals = bill.publicSignals;
  if (yearlyKey(ctx)) {
    if (ytd === undefined) {
      checks.proof = false;
      reasons.push(`proof: does not verify: the calldata of tx ${bill.txHash} carries no year-to-date signals after these five (not a settleYearly)`);
      return;
    }
    signals = [...signals, ytd.old, ytd.new, ytd.year];
  }
  // A DisclosedSettlement's proof covers the disclosure signals too: the calldata carries them after the five.
  if (disclosedLayout(ctx) !== undefined) {
    if (disclosure === undefined) {
      checks.proof = false;
      reasons.push(`proof: does not verify: the calldata of tx ${bill.txHash} carries no disclosure signals after these five (not a settleDisclosed)`);
      return;
    }
    signals = [...signals, ...disclosure];
  }
  checks.proof = await verify(ctx.key.vkey, proofFromEvent(bill.proof), signals.map(String));
  if (!checks.proof) reasons.push(`proof: does not verify with the published ${ctx.key.circuit} verification key`);
}

/** A `YearToDateReplaced` event: what the contract stored for a meter in a transaction. */
interface YearToDateEvent {
  meterId: bigint;
  yearStart: bigint;
  old: bigint;
  new: bigint;
}

/**
 * The year-to-date chain of each meter (bill spec §9): in period order, a bill consumes the commitment
 * the previous one left, in the same tariff year, or starts a later tariff year fresh (old 0); the
 * calldata's signals are what the transaction's `YearToDateReplaced` event says was stored. A meter's
 * first bill in the range must be fresh when the range starts at the deployment (`fromStart`); else
 * its predecessor is outside the range and only the rest of its chain is checked.
 */
function yearToDateChain(items: { bill?: SettledBill; result: AuditedSettlement }[], events: ReadonlyMap<string, YearToDateEvent[]>, fromStart: boolean): void {
  const byMeter = new Map<bigint, { bill: SettledBill; result: AuditedSettlement }[]>();
  for (const it of items) {
    if (it.bill === undefined) continue;
    const list = byMeter.get(it.bill.meterId) ?? [];
    list.push({ bill: it.bill, result: it.result });
    byMeter.set(it.bill.meterId, list);
  }
  for (const list of byMeter.values()) {
    list.sort((x, y) => (x.bill.periodStart < y.bill.periodStart ? -1 : x.bill.periodStart > y.bill.periodStart ? 1 : 0));
    let prev: YearToDateSignals | undefined;
    for (const [i, { bill, result }] of list.entries()) {
      const y = result.yearToDate;
      const fail = (why: string) => {
        result.checks.yearToDate = false;
        result.reasons.push(`year to date: ${why}`);
      };
      result.checks.yearToDate = true;
      if (y === undefined) {
        fail(`tx ${bill.txHash} carries no year-to-date signals for meter ${bill.meterId}`);
        prev = undefined;
        continue;
      }
      const stored = (events.get(bill.txHash) ?? []).filter((e) => e.meterId === bill.meterId);
      if (stored.length !== 1 || stored[0]!.old !== y.old || stored[0]!.new !== y.new || stored[0]!.yearStart !== y.year) {
        fail(
          stored.length === 0
            ? `tx ${bill.txHash} emitted no YearToDateReplaced event for meter ${bill.meterId}`
            : `the YearToDateReplaced event of tx ${bill.txHash} (old ${stored[0]!.old}, new ${stored[0]!.new}, year ${stored[0]!.yearStart}) is not the proof's signals (old ${y.old}, new ${y.new}, year ${y.year})`,
        );
      }
      if (prev === undefined) {
        if (i === 0 && fromStart && y.old !== 0n) fail(`meter ${bill.meterId}'s first yearly bill consumes commitment ${y.old}, not a fresh start (0)`);
      } else if (y.old === 0n) {
        if (y.year <= prev.year) fail(`a fresh start (old commitment 0) within tariff year ${prev.year}: the year to date was reset mid-year`);
      } else if (y.old !== prev.new || y.year !== prev.year) {
        fail(
          `consumes commitment ${y.old} of tariff year ${y.year}, but meter ${bill.meterId}'s previous bill left ${prev.new} of tariff year ${prev.year} (a stale, replayed or forged commitment)`,
        );
      }
      prev = y;
    }
  }
}

/** The `YearToDateReplaced` events of the transactions of `bills`, by transaction hash. */
async function yearToDateEvents(provider: Provider, settlement: string, bills: readonly SettledBill[]): Promise<Map<string, YearToDateEvent[]>> {
  const iface = sharedInterface(ISettlement__factory);
  const topic = iface.getEvent('YearToDateReplaced').topicHash;
  const out = new Map<string, YearToDateEvent[]>();
  for (const hash of new Set(bills.map((b) => b.txHash))) {
    const receipt = await chainCall(`eth_getTransactionReceipt(${hash})`, () => provider.getTransactionReceipt(hash));
    const list: YearToDateEvent[] = [];
    for (const log of receipt?.logs ?? []) {
      if (log.address.toLowerCase() !== settlement.toLowerCase() || log.topics[0] !== topic) continue;
      const e = iface.parseLog({ topics: [...log.topics], data: log.data })!.args;
      list.push({ meterId: e.meterId as bigint, yearStart: e.yearStart as bigint, old: e.oldCommitment as bigint, new: e.newCommitment as bigint });
    }
    out.set(hash, list);
  }
  return out;
}

/** Flags settlements of one meter whose periods overlap (a period billed twice). */
function continuity(items: { bill?: SettledBill; result: AuditedSettlement }[]): void {
  const byMeter = new Map<bigint, { bill: SettledBill; result: AuditedSettlement }[]>();
  for (const it of items) {
    if (it.bill === undefined) continue;
    const list = byMeter.get(it.bill.meterId) ?? [];
    list.push({ bill: it.bill, result: it.result });
    byMeter.set(it.bill.meterId, list);
  }
  for (const list of byMeter.values()) {
    list.sort((x, y) => (x.bill.periodStart < y.bill.periodStart ? -1 : x.bill.periodStart > y.bill.periodStart ? 1 : 0));
    for (const [i, it] of list.entries()) {
      it.result.checks.continuity = true;
      const prev = list[i - 1];
      if (prev !== undefined && it.bill.periodStart < prev.bill.periodEnd) {
        it.result.checks.continuity = false;
        it.result.reasons.push(`continuity: period overlaps the settlement in tx ${prev.bill.txHash} (meter ${it.bill.meterId} billed twice)`);
      }
    }
  }
}

/**
 * Audits the given logs (normally the Settled logs of a block range; any log may be passed, e.g.
 * one kept from elsewhere, and a log that does not decode is reported as not verified).
 */
export async function auditLogs(logs: readonly Log[], opts: AuditOptions & { fromBlock?: number; toBlock?: number }): Promise<AuditReport> {
  const { provider } = opts;
  const settlementClient = new SettlementClient(opts.settlement, provider);
  const [network, verifierAddress, metersAddress] = await Promise.all([
    chainCall('eth_chainId', () => provider.getNetwork()),
    settlementClient.verifier(),
    chainCall('Settlement.meters', () => settlementClient.contract.meters()),
  ]);
  const keys = opts.keys ?? (await loadPublishedKeys({ buildDir: opts.buildDir, only: opts.circuits }));
  // A yearly deployment's verifier is a yearly circuit's (eight signals): its bills are settleYearly's; a
  // DisclosedSettlement's a disclosure circuit's (ten or thirteen): its bills are settleDisclosed's.
  const { key, check } = await identifyVerifier(provider, verifierAddress, keys, [
    BILL_SIGNAL_COUNT,
    YEARLY_BILL_SIGNAL_COUNT,
    DISCLOSED_BILL_SIGNAL_COUNT,
    DISCLOSED_HOURLY_BILL_SIGNAL_COUNT,
  ]);
  const ctx: AuditContext = {
    chainId: network.chainId,
    settlement: opts.settlement,
    meters: new MeterRegistryClient(metersAddress, provider),
  };
  if (key !== undefined) ctx.key = key;

  const ours = (log: Log) => log.address.toLowerCase() === opts.settlement.toLowerCase();
  // One entry per settled bill: a Settled log is one, a BatchSettled log one per bill of its batch (their signals
  // and proofs from the calldata, their parties from the registry); a log that does not decode is one entry.
  const read = await billsOfLogs(provider, metersAddress, logs.filter(ours));
  const entries: { log: Log; bill?: SettledBill; error?: string }[] = [];
  let nextRead = 0;
  for (const log of logs) {
    if (!ours(log)) {
      entries.push({ log, error: `event: emitted by ${log.address}, not the audited Settlement ${opts.settlement}` });
      continue;
    }
    const r = read[nextRead++]!;
    if (r.bills === undefined) entries.push({ log, error: r.error ?? 'event: not a decodable Settled event' });
    else for (const bill of r.bills) entries.push({ log, bill });
  }
  // The Settled event does not log the proof: read it from the calldata, once per transaction.
  const proven = await withProofs(
    provider,
    entries.flatMap((e) => (e.bill === undefined ? [] : [e.bill])),
  );
  let nextProven = 0;
  const yearly = yearlyKey(ctx);
  // A yearly bill's three year-to-date signals: from its calldata, after the five (one read per tx).
  const inputs = new Map<string, Promise<string | undefined>>();
  const inputOf = (bill: SettledBill): Promise<string | undefined> => {
    let input = inputs.get(bill.txHash);
    if (input === undefined) {
      input = chainCall(`transaction ${bill.txHash}`, async () => (await provider.getTransaction(bill.txHash))?.data);
      inputs.set(bill.txHash, input);
    }
    return input;
  };
  const ytdOf = async (bill: SettledBill): Promise<YearToDateSignals | undefined> => {
    const data = await inputOf(bill);
    return data === undefined ? undefined : yearToDateFromCalldata(data, bill.publicSignals);
  };
  // A disclosed bill's disclosure signals: from its calldata too, after the five (six, or nine).
  const layout = disclosedLayout(ctx);
  const disclosureOf = async (bill: SettledBill): Promise<bigint[] | undefined> => {
    const data = await inputOf(bill);
    return data === undefined || layout === undefined ? undefined : disclosureFromCalldata(data, bill.publicSignals, layout);
  };
  const items: { bill?: SettledBill; result: AuditedSettlement }[] = [];
  for (const [i, entry] of entries.entries()) {
    const { log } = entry;
    const reasons: string[] = [];
    const checks: AuditedSettlement['checks'] = {};
    const bill = entry.bill === undefined ? undefined : proven[nextProven++];
    const base = {
      txHash: log.transactionHash,
      blockNumber: log.blockNumber,
      logIndex: log.index,
      ...(bill?.batchIndex === undefined ? {} : { batchIndex: bill.batchIndex }),
    };
    if (entry.error !== undefined) reasons.push(entry.error);
    checks.event = bill !== undefined && reasons.length === 0;
    const result: AuditedSettlement = { ...base, verified: false, checks, reasons };
    if (bill !== undefined) {
      Object.assign(result, {
        meterId: bill.meterId,
        periodStart: bill.periodStart,
        periodEnd: bill.periodEnd,
        tariffCommitment: bill.tariffCommitment,
        charge: bill.charge,
        credit: bill.credit,
        nonActualCount: nonActualOf(bill.publicSignals[2]),
      });
      const ytd = yearly ? await ytdOf(bill) : undefined;
      if (ytd !== undefined) result.yearToDate = ytd;
      const disclosure = layout === undefined ? undefined : await disclosureOf(bill);
      if (checks.event) await auditOne(bill, ctx, reasons, checks, ytd, disclosure);
    }
    items.push(bill === undefined ? { result } : { bill, result });
    opts.onProgress?.(i + 1, entries.length);
  }
  continuity(items);
  if (yearly) {
    const billsOf = items.flatMap((it) => (it.bill === undefined ? [] : [it.bill]));
    yearToDateChain(items, await yearToDateEvents(provider, opts.settlement, billsOf), (opts.fromBlock ?? 0) === 0);
  }
  const settlements = items.map(({ result }) => {
    result.verified = result.reasons.length === 0 && Object.values(result.checks).every((v) => v === true);
    return result;
  });
  const verified = settlements.filter((s) => s.verified).length;
  const blocks = logs.map((l) => l.blockNumber);
  const fromBlock = opts.fromBlock ?? (blocks.length > 0 ? Math.min(...blocks) : 0);
  const toBlock = opts.toBlock ?? (blocks.length > 0 ? Math.max(...blocks) : 0);
  const { moves, repairs } = await auditCursorMoves(provider, metersAddress, fromBlock, toBlock);
  const billsInRange = items.flatMap((it) => (it.bill === undefined ? [] : [it.bill]));
  moves.push(...(await auditCursorChain(provider, metersAddress, billsInRange, fromBlock, toBlock, { checkEnd: true })));
  const unexplainedMoves = moves.filter((m) => !m.settled).length;
  const tariffRegistry = await chainCall('Settlement.tariffs', () => settlementClient.contract.tariffs());
  const used = items.flatMap((it) => (it.bill === undefined ? [] : [it.bill]));
  const tariffs = await auditTariffs(provider, tariffRegistry, used, opts.documentFetcher);
  const report: AuditReport = {
    settlement: opts.settlement,
    chainId: network.chainId,
    fromBlock,
    toBlock,
    verifier: check,
    settlements,
    verified,
    failed: settlements.length - verified,
    cursorMoves: moves,
    unexplainedMoves,
    repairs,
    tariffs,
    ok: check.matches && verified === settlements.length && unexplainedMoves === 0 && !tariffs.some(isTariffFinding),
  };
  if (key !== undefined) {
    report.circuit = key.circuit;
    report.setup = await checkSetup(key, opts.transcript);
    report.insecureKey = key.insecure || report.setup.insecure;
    if (report.setup.problems.length > 0) report.ok = false;
  }
  return report;
}

/**
 * The meter registry's cursor moves and repairs over a block range. Each move (`PeriodClaimed`) is
 * matched with a `Settled` event that the moving contract emitted in the same transaction for the
 * same meter and period; a move without one is returned with `settled: false` and a reason.
 */
export async function auditCursorMoves(
  provider: Provider,
  meterRegistry: string,
  fromBlock: number,
  toBlock: number,
): Promise<{ moves: CursorMove[]; repairs: CursorRepair[] }> {
  const iface = sharedInterface(IMeterRegistry__factory);
  const [claimed, repaired] = await Promise.all([
    eventLogs(provider, meterRegistry, iface.getEvent('PeriodClaimed').topicHash, fromBlock, toBlock),
    eventLogs(provider, meterRegistry, iface.getEvent('CursorRepaired').topicHash, fromBlock, toBlock),
  ]);
  const receipts = new Map<string, Promise<readonly Log[]>>();
  const txLogs = (hash: string) => {
    let r = receipts.get(hash);
    if (r === undefined) {
      r = chainCall(`eth_getTransactionReceipt(${hash})`, async () => (await provider.getTransactionReceipt(hash))?.logs ?? []);
      receipts.set(hash, r);
    }
    return r;
  };
  const moves: CursorMove[] = [];
  for (const log of claimed) {
    const e = iface.parseLog({ topics: [...log.topics], data: log.data })!.args;
    const move: CursorMove = {
      meterId: e.meterId as bigint,
      settlement: e.settlement as string,
      periodStart: e.periodStart as bigint,
      periodEnd: e.periodEnd as bigint,
      txHash: log.transactionHash,
      blockNumber: log.blockNumber,
      settled: false,
    };
    const match = (await txLogs(log.transactionHash)).some((l) => {
      if (l.address.toLowerCase() !== move.settlement.toLowerCase()) return false;
      const bill = decodeSettled(l);
      return bill !== undefined && bill.meterId === move.meterId && bill.periodStart === move.periodStart && bill.periodEnd === move.periodEnd;
    });
    move.settled = match;
    if (!match) {
      move.reason = `cursor of meter ${move.meterId} moved over [${move.periodStart}, ${move.periodEnd}) by ${move.settlement} with no Settled event of that contract in tx ${move.txHash}`;
    }
    moves.push(move);
  }
  const repairs: CursorRepair[] = repaired.map((log) => {
    const e = iface.parseLog({ topics: [...log.topics], data: log.data })!.args;
    return {
      meterId: e.meterId as bigint,
      authority: e.authority as string,
      from: e.from as bigint,
      to: e.to as bigint,
      keyValidFrom: e.keyValidFrom as bigint,
      reason: e.reason as string,
      txHash: log.transactionHash,
      blockNumber: log.blockNumber,
    };
  });
  return { moves, repairs };
}

/** One move of a meter's cursor as the chain logged it, in chain order. */
interface CursorStep {
  from: bigint;
  to: bigint;
  txHash: string;
  blockNumber: number;
  index: number;
  /** A batched bill's position in its batch (the batch's bills share one log). */
  batchIndex?: number;
  what: string;
}

/**
 * Follows the billing cursor of each meter that `bills` settle through blocks `fromBlock..toBlock`: its steps
 * are every `Settled` event of any contract for the meter (a settlement's move: `claimSettlement` emits no
 * `PeriodClaimed`), the registry's `PeriodClaimed` (claimPeriod: market settlements, anything else) and
 * `CursorRepaired` (from, to), and with a range from block 0 its `MeterRegistered` (the first period start). The
 * registry moves a cursor only from where it is, so in chain order each step starts where the last ended; a
 * step that starts later reveals a move that no event logged (a `SETTLEMENT_ROLE` holder calling
 * `claimSettlement` and emitting no `Settled`), returned as an unexplained move over the jump, attributed to
 * the transaction that revealed it. With `checkEnd`, the cursor at `toBlock` (read at that block, when the node holds that state) must also be
 * where the last step left it. A `Settled` event of another contract is taken at its word, as the
 * `PeriodClaimed` check takes the mover's: audit that contract too.
 * @returns the unexplained moves (`settled: false`), empty when every meter's cursor is accounted for
 */
export async function auditCursorChain(
  provider: Provider,
  meterRegistry: string,
  bills: readonly SettledBill[],
  fromBlock: number,
  toBlock: number,
  opts: { checkEnd?: boolean; startOf?: (meterId: bigint) => number | undefined } = {},
): Promise<CursorMove[]> {
  const reg = sharedInterface(IMeterRegistry__factory);
  const settledTopic = sharedInterface(ISettlement__factory).getEvent('Settled').topicHash;
  const claimed = reg.getEvent('PeriodClaimed').topicHash;
  const repaired = reg.getEvent('CursorRepaired').topicHash;
  const registered = reg.getEvent('MeterRegistered').topicHash;
  const registry = connectContract(IMeterRegistry__factory, meterRegistry, provider);
  const out: CursorMove[] = [];
  // settleBatch's bills are logged by one BatchSettled per batch, whose topics name no meter: read every batch of
  // any contract over the widest range once, its bills from the calldata (a batch that does not decode is skipped
  // here: the audit of its own contract reports it).
  const meterIds = [...new Set(bills.map((b) => b.meterId))];
  const earliest = Math.min(fromBlock, ...meterIds.map((m) => opts.startOf?.(m) ?? fromBlock));
  const batchTopic = sharedInterface(ISettlement__factory).getEvent('BatchSettled').topicHash;
  const batched =
    meterIds.length === 0
      ? []
      : (await billsOfLogs(provider, meterRegistry, await eventLogsWhere(provider, { topics: [batchTopic] }, earliest, toBlock))).flatMap((r) =>
          (r.bills ?? []).map((bill) => ({ bill, address: r.log.address })),
        );
  for (const meterId of [...new Set(bills.map((b) => b.meterId))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) {
    const meterTopic = `0x${meterId.toString(16).padStart(64, '0')}`;
    const from = Math.min(fromBlock, opts.startOf?.(meterId) ?? fromBlock);
    const [own, settled] = await Promise.all([
      eventLogsWhere(provider, { address: meterRegistry, topics: [[claimed, repaired, registered], meterTopic] }, from, toBlock),
      eventLogsWhere(provider, { topics: [settledTopic, meterTopic] }, from, toBlock),
    ]);
    const steps: CursorStep[] = [];
    let start: bigint | undefined;
    for (const log of own) {
      const e = reg.parseLog({ topics: [...log.topics], data: log.data });
      if (e === null) continue;
      const at = { txHash: log.transactionHash, blockNumber: log.blockNumber, index: log.index };
      if (e.name === 'MeterRegistered') start = e.args.firstPeriodStart as bigint;
      else if (e.name === 'PeriodClaimed')
        steps.push({ ...at, from: e.args.periodStart as bigint, to: e.args.periodEnd as bigint, what: `claimPeriod by ${e.args.settlement}` });
      else steps.push({ ...at, from: e.args.from as bigint, to: e.args.to as bigint, what: 'repair' });
    }
    for (const log of settled) {
      const bill = decodeSettled(log);
      if (bill === undefined) continue;
      steps.push({
        from: bill.periodStart,
        to: bill.periodEnd,
        txHash: log.transactionHash,
        blockNumber: log.blockNumber,
        index: log.index,
        what: `settlement by ${log.address}`,
      });
    }
    for (const { bill, address } of batched) {
      if (bill.meterId !== meterId || bill.blockNumber < from) continue;
      steps.push({
        from: bill.periodStart,
        to: bill.periodEnd,
        txHash: bill.txHash,
        blockNumber: bill.blockNumber,
        index: bill.logIndex,
        batchIndex: bill.batchIndex ?? 0,
        what: `settlement (batched) by ${address}`,
      });
    }
    // A batch's bills share its log and moved the cursor in calldata order.
    steps.sort((x, y) => x.blockNumber - y.blockNumber || x.index - y.index || (x.batchIndex ?? 0) - (y.batchIndex ?? 0));
    // A settlement's step is logged after the registry moved the cursor, a claim's or repair's with it: the
    // chain order is the order of the moves.
    let cursor = start;
    let last: { blockNumber: number } | undefined;
    const jump = (to: bigint, txHash: string, blockNumber: number, why: string) => {
      out.push({
        meterId,
        settlement: 'unknown',
        periodStart: cursor!,
        periodEnd: to,
        txHash,
        blockNumber,
        settled: false,
        reason: `cursor of meter ${meterId} moved over [${cursor}, ${to}) with no event (no settlement, claim or repair logged it; between blocks ${last?.blockNumber ?? from} and ${blockNumber}): ${why}`,
      });
    };
    for (const step of steps) {
      // A step that starts before the cursor is a period billed twice (reported by the continuity check).
      if (cursor !== undefined && step.from > cursor) jump(step.from, step.txHash, step.blockNumber, `found at the ${step.what} in tx ${step.txHash}`);
      cursor = step.to;
      last = step;
    }
    if (opts.checkEnd === true && cursor !== undefined) {
      // The state at toBlock: a node without that block's state (not an archive node, an old range) cannot say,
      // and then only the jumps between logged steps are checked (a later audit or the index finds the rest).
      const meter = await registry.getMeter(meterId, { blockTag: toBlock }).catch(() => undefined);
      const now = meter === undefined ? undefined : BigInt(meter.nextPeriodStart);
      if (now !== undefined && now > cursor) jump(now, '', toBlock, `the registry's cursor at block ${toBlock} is ${now}`);
    }
  }
  return out;
}

/**
 * Audits the settlements of blocks `fromBlock..toBlock` (default: 0 to the latest block).
 * @returns a report with one entry per Settled event; `ok` is true when the verifier is the
 *   published circuit's and every settlement verified.
 */
export async function audit(opts: AuditOptions & { fromBlock?: number; toBlock?: number }): Promise<AuditReport> {
  const fromBlock = opts.fromBlock ?? 0;
  const toBlock = opts.toBlock ?? (await chainCall('eth_blockNumber', () => opts.provider.getBlockNumber()));
  if (fromBlock < 0 || toBlock < fromBlock) throw new ValidationError('blocks', `fromBlock ${fromBlock} .. toBlock ${toBlock} is not a range`);
  const logs = await settledLogs(opts.provider, opts.settlement, fromBlock, toBlock);
  return auditLogs(logs, { ...opts, fromBlock, toBlock });
}

/** Plain JSON form of a report (numbers as decimal strings). */
export function auditReportToJSON(report: AuditReport): Record<string, unknown> {
  const dec = (v: unknown): unknown =>
    typeof v === 'bigint'
      ? v.toString()
      : Array.isArray(v)
        ? v.map(dec)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, dec(x)]))
          : v;
  return dec(report) as Record<string, unknown>;
}
