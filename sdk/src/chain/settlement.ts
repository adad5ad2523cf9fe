/**
 * Typed client of the Settlement contract: the escrow ledger and proof-checked settlement.
 * @packageDocumentation
 */
import type { BigNumberish, ContractRunner, Log, Provider, Signer } from 'ethers';
import { IERC20__factory, IMeterRegistry__factory, ISettlement__factory, Settlement__factory, type Settlement } from '../../../typechain-types/index.js';
import { settlementDomain } from '../../../core/src/bill/signals.js';
import { ChainError } from '../../../core/src/errors.js';
import { AdminClient } from './admin.js';
import { chainCall } from './errors.js';
import { send, sendTx, type TxResult } from './tx.js';
import { connectContract, sharedInterface } from './contracts.js';

/** A proof in the generated verifier's argument layout (G2 coordinates already swapped). */
export interface SettlementProof {
  a: readonly [BigNumberish, BigNumberish];
  b: readonly [readonly [BigNumberish, BigNumberish], readonly [BigNumberish, BigNumberish]];
  c: readonly [BigNumberish, BigNumberish];
  /** [keyHash, tariffCommitment, period, amounts, domain] (bill spec section 7). */
  signals: readonly BigNumberish[];
}

/** A settled bill's proof points, in the verifier's argument layout (G2 coordinates swapped). */
export interface SettledProof {
  a: [bigint, bigint];
  b: [[bigint, bigint], [bigint, bigint]];
  c: [bigint, bigint];
}

/**
 * One settled bill, decoded from a Settled event and, for the proof (which the event does not log),
 * from its transaction's calldata: everything an auditor needs to re-verify it.
 */
export interface SettledBill {
  meterId: bigint;
  retailer: string;
  consumer: string;
  periodStart: bigint;
  periodEnd: bigint;
  tariffCommitment: bigint;
  charge: bigint;
  credit: bigint;
  /** Moved from the consumer's escrow to the retailer. */
  paid: bigint;
  /** Net charge the escrow could not cover, added to the meter's arrears. */
  arrearsAdded: bigint;
  /** Moved from the retailer to the consumer (export credit above the charge). */
  refunded: bigint;
  /** Meter arrears cleared by export credit above the charge. */
  arrearsCleared: bigint;
  /** Export credit above the charge the retailer's balance could not pay: now its debt to the consumer. */
  creditOwed: bigint;
  /** Net charge offset against the retailer's debt to the consumer. */
  debtCleared: bigint;
  /**
   * The proof, read from the transaction's calldata (the event does not log it); undefined when the
   * decoder was not given the calldata or the calldata does not carry these signals after a proof.
   */
  proof?: SettledProof;
  publicSignals: bigint[];
  /**
   * Position of the bill in its settleBatch call, for a bill logged by `BatchSettled` (one event per batch; its
   * signals and proof are read from the calldata); undefined for a bill of a `Settled` event.
   */
  batchIndex?: number;
  /** Where the event is (a batched bill: its batch's `BatchSettled`). */
  txHash: string;
  blockNumber: number;
  logIndex: number;
}

/** A bill settleBatch skipped: it failed one of settle's checks (a `BillSkipped` event). */
export interface SkippedBill {
  /** Position of the bill in the batch. */
  index: number;
  meterId: bigint;
  /** The custom error of the failed check (e.g. `PeriodOverlap`), or the raw selector when unknown. */
  reason: string;
  /** The 4-byte selector the contract logged (`0x00000000` when the check's call ran out of gas). */
  selector: string;
  txHash: string;
}

/** The outcome of one settleBatch transaction. */
export interface BatchSettlement {
  txHash: string;
  blockNumber: number;
  gasUsed: bigint;
  /** Bills settled, in batch order, each with its position in the batch. */
  settled: (SettledBill & { index: number })[];
  skipped: SkippedBill[];
}

/** An account's position in the ledger. */
export interface LedgerPosition {
  balance: bigint;
  /** Withdrawable: balance minus the arrears of the account's meters and its debts as a retailer. */
  free: bigint;
  /** Sum of the arrears of the account's meters. */
  arrears: bigint;
  /** Export credit the account owes its meters' consumers, as a retailer. */
  debt: bigint;
}

/** Roles of the Settlement contract. */
export type SettlementRole = 'DEFAULT_ADMIN_ROLE' | 'PAUSER_ROLE';

/** Filter for {@link SettlementClient.settlements}; omitted fields match everything. */
export interface SettlementFilter {
  meterId?: bigint;
  retailer?: string;
  consumer?: string;
  fromBlock?: number;
  toBlock?: number;
}

const settlementInterface = sharedInterface(ISettlement__factory);

/**
 * The proof settled with `signals`, found in a transaction's calldata: the ABI encodes settle's arguments (and
 * those of any contract that forwards them) as a, b, c and then the five signals, 13 consecutive words
 * (MarketSettlement.settle: the seven signals of a market bill, 15 words), so the 8 words before the signals' are
 * the proof. (settleBatch's bills carry four signals, no domain: batchFromCalldata reads them.) Undefined when the
 * signals are not there. Every occurrence must carry the same proof (a bill's signals appear once per
 * submission; two different proofs of the same signals in one call would be ambiguous).
 * @param input - the transaction's calldata, 0x-hex
 */
export function proofFromCalldata(input: string, signals: readonly bigint[]): SettledProof | undefined {
  // five signals for a bill, seven for a market bill (MarketSettlement.settle: a, b, c, then the seven), six for a
  // public-price bill (SpotSettlement.settle and DisclosedSpotSettlement.settleDisclosed)
  if (signals.length < 5 || signals.length > 7) return undefined;
  const hex = input.toLowerCase().replace(/^0x/, '');
  const needle = signals.map((v) => v.toString(16).padStart(64, '0')).join('');
  let found: SettledProof | undefined;
  let key: string | undefined;
  for (let at = hex.indexOf(needle); at !== -1; at = hex.indexOf(needle, at + 2)) {
    if (at % 2 !== 0 || at < 8 * 64) continue;
    const w = (k: number) => BigInt(`0x${hex.slice(at - (8 - k) * 64, at - (7 - k) * 64)}`);
    const proof: SettledProof = {
      a: [w(0), w(1)],
      b: [
        [w(2), w(3)],
        [w(4), w(5)],
      ],
      c: [w(6), w(7)],
    };
    const k = hex.slice(at - 8 * 64, at);
    if (key !== undefined && key !== k) return undefined;
    key = k;
    found = proof;
  }
  return found;
}

/** A yearly bill's three year-to-date signals (bill spec §7, §9), as settleYearly received them. */
export interface YearToDateSignals {
  /** The commitment the bill consumed (0: the first bill of its tariff year). */
  old: bigint;
  /** The commitment it left. */
  new: bigint;
  /** The tariff year's first local day. */
  year: bigint;
}

/**
 * The year-to-date signals settled with the five `signals`, found in a transaction's calldata: the ABI
 * encodes settleYearly(a, b, c, publicSignals, extraSignals) as the 13 static words of settle, then the
 * offset of the dynamic `extraSignals` (from the start of the arguments, 8 words before the signals),
 * where its length (3) and its three words are. Undefined when the signals are not followed by such an
 * array (a plain settle or settleBatch), or when two occurrences disagree.
 * @param input - the transaction's calldata, 0x-hex
 */
export function yearToDateFromCalldata(input: string, signals: readonly bigint[]): YearToDateSignals | undefined {
  if (signals.length !== 5) return undefined;
  const hex = input.toLowerCase().replace(/^0x/, '');
  const needle = signals.map((v) => v.toString(16).padStart(64, '0')).join('');
  const word = (at: number): bigint | undefined => (at + 64 <= hex.length ? BigInt(`0x${hex.slice(at, at + 64)}`) : undefined);
  let found: YearToDateSignals | undefined;
  for (let at = hex.indexOf(needle); at !== -1; at = hex.indexOf(needle, at + 2)) {
    if (at % 2 !== 0 || at < 8 * 64) continue;
    const argsStart = at - 8 * 64;
    const offset = word(at + needle.length);
    // the array follows the 14 head words (a, b, c, five signals, its offset): offset 14 * 32
    if (offset !== 14n * 32n) continue;
    const lengthAt = argsStart + Number(offset) * 2;
    if (word(lengthAt) !== 3n) continue;
    const [o, n, y] = [word(lengthAt + 64), word(lengthAt + 128), word(lengthAt + 192)];
    if (o === undefined || n === undefined || y === undefined) continue;
    if (found !== undefined && (found.old !== o || found.new !== n || found.year !== y)) return undefined;
    found = { old: o, new: n, year: y };
  }
  return found;
}

/** A transaction's calldata by hash, each transaction fetched once (undefined when the node does not know it). */
function calldataReader(provider: { getTransaction(hash: string): Promise<{ data: string } | null> }): (hash: string) => Promise<string | undefined> {
  const inputs = new Map<string, Promise<string | undefined>>();
  return (hash) => {
    let p = inputs.get(hash);
    if (p === undefined) {
      p = chainCall(`transaction ${hash}`, async () => (await provider.getTransaction(hash))?.data);
      inputs.set(hash, p);
    }
    return p;
  };
}

/**
 * Fill in the proofs of settled bills from their transactions' calldata (one getTransaction per
 * transaction). A bill whose calldata does not carry its signals keeps `proof` undefined.
 */
export async function withProofs(
  provider: { getTransaction(hash: string): Promise<{ data: string } | null> },
  bills: readonly SettledBill[],
): Promise<SettledBill[]> {
  const inputOf = calldataReader(provider);
  return Promise.all(
    bills.map(async (bill) => {
      if (bill.proof !== undefined) return bill;
      const input = await inputOf(bill.txHash);
      const proof = input === undefined ? undefined : proofFromCalldata(input, bill.publicSignals);
      return proof === undefined ? bill : { ...bill, proof };
    }),
  );
}

/**
 * Decode a Settled log; undefined if the log is another event.
 * @param input - the transaction's calldata, if at hand: the proof is read from it (see proofFromCalldata)
 */
export function decodeSettled(log: Log, input?: string): SettledBill | undefined {
  let parsed;
  try {
    parsed = settlementInterface.parseLog({ topics: [...log.topics], data: log.data });
  } catch {
    return undefined;
  }
  if (parsed === null || parsed.name !== 'Settled') return undefined;
  const e = parsed.args;
  const signals = [...(e.publicSignals as bigint[])];
  const claim = claimOfSignals(signals);
  const movement = movementOf(e.movement as bigint, claim.charge, claim.credit);
  const proof = input === undefined ? undefined : proofFromCalldata(input, signals);
  return {
    meterId: e.meterId as bigint,
    retailer: e.retailer as string,
    consumer: e.consumer as string,
    periodStart: claim.periodStart,
    periodEnd: claim.periodEnd,
    tariffCommitment: claim.tariffCommitment,
    charge: claim.charge,
    credit: claim.credit,
    ...movement,
    ...(proof === undefined ? {} : { proof }),
    publicSignals: signals,
    txHash: log.transactionHash,
    blockNumber: log.blockNumber,
    logIndex: log.index,
  };
}

const LOW128 = (1n << 128n) - 1n;
const LOW96 = (1n << 96n) - 1n;
const LOW64 = (1n << 64n) - 1n;

/** A `BatchSettled` event (ISettlement.BatchSettled), its words unpacked. */
export interface BatchSettledLog {
  /** Calldata positions of the settled bills, ascending (the event's bitmap). */
  indexes: number[];
  /** One entry per settled bill, in the same order: its meter and its Settled movement word. */
  entries: { meterId: bigint; movement: bigint }[];
}

/**
 * Decode a BatchSettled log's words; undefined if the log is another event. `indexes` and `entries` differ in
 * length when the log is not one the contract wrote (the contract sets one bit per word): callers refuse it.
 */
export function decodeBatchSettledLog(log: Pick<Log, 'topics' | 'data'>): BatchSettledLog | undefined {
  let parsed;
  try {
    parsed = settlementInterface.parseLog({ topics: [...log.topics], data: log.data });
  } catch {
    return undefined;
  }
  if (parsed === null || parsed.name !== 'BatchSettled') return undefined;
  const bitmap = [...(parsed.args.settled as bigint[])];
  const indexes: number[] = [];
  bitmap.forEach((word, w) => {
    for (let bit = 0; bit < 256; bit++) if ((word >> BigInt(bit)) & 1n) indexes.push(w * 256 + bit);
  });
  const entries = (parsed.args.bills as bigint[]).map((word) => ({
    meterId: word & LOW64,
    // first | second << 128, as Settled logs it (ISettlement.BatchSettled)
    movement: ((word >> 64n) & LOW96) | ((word >> 160n) << 128n),
  }));
  return { indexes, entries };
}

/** The bills of a settleBatch call as its calldata carries them (proof points, four signals), with the domain. */
interface CalldataBill {
  proof: SettledProof;
  signals: bigint[];
}

/**
 * The bills of the settleBatch call in a transaction's calldata that a BatchSettled event logged: the call is found
 * at any byte offset (settleBatch sent directly, or forwarded as bytes by a multisig or an account contract), and
 * it must hold a bill at every logged position whose signals name the logged meter. Undefined when no settleBatch
 * call in the calldata fits (a contract that built the call from its own data: the audit reports its bills as
 * unverified), or when two calls fit with different bills. A bill's calldata carries its first four signals: its
 * fifth, the domain, is the contract's (settleBatch checks every proof against it), re-inserted here so that the
 * bill re-verifies as the contract verified it.
 * @param input - the transaction's calldata, 0x-hex
 * @param domain - the domain of the contract that logged `event` (chain id << 160 | its address)
 */
export function batchFromCalldata(input: string, event: BatchSettledLog, domain: bigint): CalldataBill[] | undefined {
  const hex = input.toLowerCase().replace(/^0x/, '');
  const selector = settlementInterface.getFunction('settleBatch')!.selector.slice(2);
  let found: CalldataBill[] | undefined;
  for (let at = hex.indexOf(selector); at !== -1; at = hex.indexOf(selector, at + 2)) {
    if (at % 2 !== 0) continue;
    let bills: { a: bigint[]; b: bigint[][]; c: bigint[]; signals: bigint[] }[];
    try {
      bills = settlementInterface.decodeFunctionData('settleBatch', `0x${hex.slice(at)}`)[0] as typeof bills;
    } catch {
      continue;
    }
    const picked: CalldataBill[] = [];
    for (const [k, i] of event.indexes.entries()) {
      // (an ethers Result throws past its end)
      const bill = i < bills.length ? bills[i] : undefined;
      if (bill === undefined) break;
      const signals = [...bill.signals, domain];
      if (claimOfSignals(signals).meterId !== event.entries[k]?.meterId) break;
      picked.push({
        proof: {
          a: [bill.a[0]!, bill.a[1]!],
          b: [
            [bill.b[0]![0]!, bill.b[0]![1]!],
            [bill.b[1]![0]!, bill.b[1]![1]!],
          ],
          c: [bill.c[0]!, bill.c[1]!],
        },
        signals,
      });
    }
    if (picked.length !== event.indexes.length || picked.length !== event.entries.length) continue;
    if (
      found !== undefined &&
      JSON.stringify(found, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) !==
        JSON.stringify(picked, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
    )
      return undefined;
    found = picked;
  }
  return found;
}

/** A meter's consumer and retailer (MeterRegistry.parties: fixed at registration). */
export type MeterParties = { consumer: string; retailer: string };

/**
 * The settled bills of a BatchSettled log, each as the Settled event settle would have logged for it: the meter
 * and movement from the event, signals and proof from the calldata (`input`), consumer and retailer from
 * `partiesOf` (the registry's; a meter's parties never change). Undefined if the log is another event; `{ error }`
 * when the event does not fit its calldata (no settleBatch call with bills of the logged meters at the logged
 * positions) or names a meter without parties. `domain` is the logging contract's (its bills' fifth signal, which
 * their calldata does not carry).
 */
export function decodeBatchSettled(
  log: Log,
  input: string | undefined,
  domain: bigint,
  partiesOf: (meterId: bigint) => MeterParties | undefined,
): { bills: SettledBill[] } | { error: string } | undefined {
  const event = decodeBatchSettledLog(log);
  if (event === undefined) return undefined;
  if (event.indexes.length !== event.entries.length)
    return { error: `event: BatchSettled sets ${event.indexes.length} positions for ${event.entries.length} bills` };
  if (input === undefined) return { error: `event: the calldata of tx ${log.transactionHash} is not available` };
  const calls = batchFromCalldata(input, event, domain);
  if (calls === undefined)
    return { error: `event: the calldata of tx ${log.transactionHash} carries no settleBatch call with bills of the logged meters at the logged positions` };
  const bills: SettledBill[] = [];
  for (const [k, call] of calls.entries()) {
    const { meterId, movement } = event.entries[k]!;
    const parties = partiesOf(meterId);
    if (parties === undefined) return { error: `event: meter ${meterId} of BatchSettled has no registered parties` };
    const claim = claimOfSignals(call.signals);
    bills.push({
      meterId,
      retailer: parties.retailer,
      consumer: parties.consumer,
      periodStart: claim.periodStart,
      periodEnd: claim.periodEnd,
      tariffCommitment: claim.tariffCommitment,
      charge: claim.charge,
      credit: claim.credit,
      ...movementOf(movement, claim.charge, claim.credit),
      proof: call.proof,
      publicSignals: call.signals,
      batchIndex: event.indexes[k]!,
      txHash: log.transactionHash,
      blockNumber: log.blockNumber,
      logIndex: log.index,
    });
  }
  return { bills };
}

/** One log's settled bills (a Settled log: one; a BatchSettled log: its batch's), or why they could not be read. */
export interface LogBills {
  log: Log;
  /** Undefined when the log is neither event or does not decode (see `error`). */
  bills?: SettledBill[];
  error?: string;
}

/**
 * The settled bills of `logs` (Settled and BatchSettled; other logs get `error`), in log order and, within a batch,
 * in calldata order. A Settled bill keeps `proof` undefined (see withProofs); a batched bill has it from the
 * calldata, read once per transaction, and its parties from `meterRegistry` (one view call per meter).
 * @param meterRegistry - the MeterRegistry the settlement contract claims through (Settlement.meters)
 */
export async function billsOfLogs(provider: Provider, meterRegistry: string, logs: readonly Log[]): Promise<LogBills[]> {
  const registry = connectContract(IMeterRegistry__factory, meterRegistry, provider);
  const inputOf = calldataReader(provider);
  const parties = new Map<bigint, MeterParties | undefined>();
  const out: LogBills[] = [];
  let chainId: bigint | undefined;
  for (const log of logs) {
    const single = decodeSettledSafe(log);
    if (single !== undefined) {
      out.push({ log, bills: [single] });
      continue;
    }
    const event = decodeBatchSettledLog(log);
    if (event === undefined) {
      out.push({ log, error: 'event: not a decodable Settled or BatchSettled event' });
      continue;
    }
    await readParties(registry, event, parties);
    // the domain of the logging contract: its bills' fifth signal, which settleBatch's calldata does not carry
    chainId ??= await chainCall('chain id', async () => (await provider.getNetwork()).chainId);
    const domain = settlementDomain(chainId, log.address);
    const decoded = decodeBatchSettled(log, await inputOf(log.transactionHash), domain, (m) => parties.get(m));
    out.push(decoded === undefined ? { log, error: 'event: not a decodable BatchSettled event' } : { log, ...decoded });
  }
  return out;
}

/** Adds the parties of the meters `event` names to `cache` (one registry view call per meter not in it yet). */
async function readParties(
  registry: { parties(meterId: bigint): Promise<[string, string] & { consumer: string; retailer: string }> },
  event: BatchSettledLog,
  cache: Map<bigint, MeterParties | undefined>,
): Promise<void> {
  for (const { meterId } of event.entries) {
    if (cache.has(meterId)) continue;
    const [consumer, retailer] = await chainCall(`MeterRegistry.parties(${meterId})`, () => registry.parties(meterId));
    // an unregistered meter has no parties (a log the contract did not write)
    cache.set(meterId, /^0x0{40}$/i.test(consumer) ? undefined : { consumer, retailer });
  }
}

function decodeSettledSafe(log: Log): SettledBill | undefined {
  try {
    return decodeSettled(log);
  } catch {
    return undefined;
  }
}

/** A bill's ledger movement (see {@link SettledBill}). */
export interface SettledMovement {
  paid: bigint;
  arrearsAdded: bigint;
  refunded: bigint;
  arrearsCleared: bigint;
  creditOwed: bigint;
  debtCleared: bigint;
}

/**
 * The six movement amounts of a `Settled` event's one movement word (ISettlement.Settled): for net = charge -
 * credit >= 0 the word is `paid | arrearsAdded << 128` and debtCleared is the rest of net; for net < 0 it is
 * `refunded | arrearsCleared << 128` and creditOwed the rest of -net. The ledger books exactly |net|, so the
 * contract does not log the third amount (two words of log data per bill). A word whose two amounts exceed
 * |net| gives a negative third, which the audit's movement check refuses.
 * @param word - the event's movement word
 * @param charge - the bill's charge (amounts signal)
 * @param credit - the bill's credit (amounts signal)
 */
export function movementOf(word: bigint, charge: bigint, credit: bigint): SettledMovement {
  const [lo, hi] = [word & LOW128, word >> 128n];
  return charge >= credit
    ? { paid: lo, arrearsAdded: hi, refunded: 0n, arrearsCleared: 0n, creditOwed: 0n, debtCleared: charge - credit - lo - hi }
    : { paid: 0n, arrearsAdded: 0n, refunded: lo, arrearsCleared: hi, creditOwed: credit - charge - lo - hi, debtCleared: 0n };
}

/**
 * What the Settlement contract reads from a bill's public signals (bill spec section 7), decoded as it
 * decodes them: period `meterId + 2^64 start + 2^104 count + 2^120 seconds`, amounts `charge + 2^96 credit`.
 * The Settled event does not repeat these; they are the signals'.
 */
export function claimOfSignals(signals: readonly bigint[]): {
  meterId: bigint;
  tariffCommitment: bigint;
  periodStart: bigint;
  periodEnd: bigint;
  charge: bigint;
  credit: bigint;
} {
  const period = signals[2] ?? 0n;
  const amounts = signals[3] ?? 0n;
  const start = (period >> 64n) & ((1n << 40n) - 1n);
  const count = (period >> 104n) & 0xffffn;
  const seconds = (period >> 120n) & 0xffffffn;
  return {
    meterId: period & ((1n << 64n) - 1n),
    tariffCommitment: signals[1] ?? 0n,
    periodStart: start,
    periodEnd: start + count * seconds,
    charge: amounts & ((1n << 96n) - 1n),
    credit: amounts >> 96n,
  };
}

/**
 * The proof of a settled bill in snarkjs's own layout (decimal strings, projective z = 1, G2
 * coordinates un-swapped), ready for `snarkjs.groth16.verify(vkey, publicSignals, proof)`: the
 * auditor's off-chain re-verification from the event's signals and the proof read from calldata.
 */
export function toSnarkjsProof(proof: SettledProof): {
  pi_a: [string, string, string];
  pi_b: [[string, string], [string, string], [string, string]];
  pi_c: [string, string, string];
  protocol: 'groth16';
  curve: 'bn128';
} {
  const d = (v: bigint) => v.toString();
  return {
    pi_a: [d(proof.a[0]), d(proof.a[1]), '1'],
    pi_b: [
      [d(proof.b[0][1]), d(proof.b[0][0])],
      [d(proof.b[1][1]), d(proof.b[1][0])],
      ['1', '0'],
    ],
    pi_c: [d(proof.c[0]), d(proof.c[1]), '1'],
    protocol: 'groth16',
    curve: 'bn128',
  };
}

/** Plain JSON form of a settled bill: every number as a decimal string. */
export function settledBillToJSON(bill: SettledBill): Record<string, unknown> {
  const dec = (v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : Array.isArray(v) ? v.map(dec) : v && typeof v === 'object' ? objDec(v) : v);
  const objDec = (o: object): Record<string, unknown> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, dec(v)]));
  return objDec(bill);
}

/** Decode a BillSkipped log; undefined if the log is another event. */
export function decodeSkipped(log: Log): SkippedBill | undefined {
  let parsed;
  try {
    parsed = settlementInterface.parseLog({ topics: [...log.topics], data: log.data });
  } catch {
    return undefined;
  }
  if (parsed === null || parsed.name !== 'BillSkipped') return undefined;
  const selector = (parsed.args.reason as string).toLowerCase();
  return {
    index: Number(parsed.args.index as bigint),
    meterId: parsed.args.meterId as bigint,
    reason: errorNameOf(selector),
    selector,
    txHash: log.transactionHash,
  };
}

/** The name of the Settlement custom error with 4-byte `selector` (the selector itself when none has it). */
export function errorNameOf(selector: string): string {
  try {
    return settlementInterface.getError(selector)?.name ?? selector;
  } catch {
    return selector;
  }
}

/** The proof points of a submitted proof, as the Settled bill carries them. */
function settledProofOf(p: SettlementProof): SettledProof {
  const n = (v: BigNumberish) => BigInt(v);
  return {
    a: [n(p.a[0]), n(p.a[1])],
    b: [
      [n(p.b[0][0]), n(p.b[0][1])],
      [n(p.b[1][0]), n(p.b[1][1])],
    ],
    c: [n(p.c[0]), n(p.c[1])],
  };
}

function args(proof: SettlementProof, extra = 0) {
  if (proof.signals.length !== 5 + extra) {
    throw new ChainError(`settle: expected ${5 + extra} public signals, got ${proof.signals.length}`);
  }
  const s = proof.signals;
  const a: [BigNumberish, BigNumberish] = [proof.a[0], proof.a[1]];
  const b: [[BigNumberish, BigNumberish], [BigNumberish, BigNumberish]] = [
    [proof.b[0][0], proof.b[0][1]],
    [proof.b[1][0], proof.b[1][1]],
  ];
  const c: [BigNumberish, BigNumberish] = [proof.c[0], proof.c[1]];
  const signals: [BigNumberish, BigNumberish, BigNumberish, BigNumberish, BigNumberish] = [s[0]!, s[1]!, s[2]!, s[3]!, s[4]!];
  return [a, b, c, signals] as const;
}

/**
 * settleBatch's bills: each proof's points and first four signals (a BatchProof). The fifth, the domain, is the
 * contract's own, against which it checks every proof: a proof made for another domain would revert the whole batch
 * (InvalidProof), so it is refused here, naming the bill.
 * @param domain - the contract's domain (Settlement.domain)
 * @throws ChainError for a proof without five signals or made for another domain
 */
export function batchArgs(proofs: readonly SettlementProof[], domain: bigint) {
  return proofs.map((p, i) => {
    const [a, b, c, s] = args(p);
    const carried = BigInt(s[4]);
    if (carried !== domain) {
      throw new ChainError(
        `settleBatch: bill ${i} was made for domain 0x${carried.toString(16)}, not this contract's 0x${domain.toString(16)} (its proof would fail the batch)`,
      );
    }
    return { a, b, c, signals: [s[0], s[1], s[2], s[3]] as [BigNumberish, BigNumberish, BigNumberish, BigNumberish] };
  });
}

/** Client of one Settlement deployment. Every call throws ChainError (ContractRevertError on a revert). */
export class SettlementClient extends AdminClient<Settlement, SettlementRole> {
  private readonly runner: ContractRunner;

  constructor(address: string, runner: ContractRunner) {
    super(connectContract(Settlement__factory, address, runner), 'Settlement');
    this.runner = runner;
  }

  /** The domain a proof must carry to settle here (public signal 4). */
  domain(): Promise<bigint> {
    return chainCall('Settlement.domain', () => this.contract.domain());
  }

  /** The settlement token's address. */
  token(): Promise<string> {
    return chainCall('Settlement.token', () => this.contract.token());
  }

  /** The verifier contract's address. */
  verifier(): Promise<string> {
    return chainCall('Settlement.verifier', () => this.contract.verifier());
  }

  /**
   * A meter's year-to-date commitment and the first local day of its tariff year (yearly blocks,
   * bill spec §9); `{ commitment: 0n, yearStart: 0 }` before its first yearly bill.
   */
  async yearToDateOf(meterId: bigint): Promise<{ commitment: bigint; yearStart: number }> {
    const [commitment, yearStart] = await chainCall('Settlement.yearToDateOf', () => this.contract.yearToDateOf(meterId));
    return { commitment, yearStart: Number(yearStart) };
  }

  /**
   * Settle a bill (anyone may send it). Returns the decoded Settled event.
   * @throws ContractRevertError naming the failed check, e.g. `PeriodOverlap` or `InvalidProof`
   */
  async settle(proof: SettlementProof): Promise<SettledBill & { gasUsed: bigint }> {
    // A yearly-block circuit's proof has its year-to-date signals after the five: settleYearly.
    const extra = proof.signals.length - 5;
    const [a, b, c, s] = args(proof, Math.max(0, extra));
    const receipt =
      extra > 0
        ? await sendTx('settleYearly', () => this.contract.settleYearly(a, b, c, s, proof.signals.slice(5)))
        : await sendTx('settle', () => this.contract.settle(a, b, c, s));
    for (const log of receipt.logs) {
      if (log.address.toLowerCase() !== this.address.toLowerCase()) continue;
      const bill = decodeSettled(log);
      if (bill !== undefined) return { ...bill, proof: settledProofOf(proof), gasUsed: receipt.gasUsed };
    }
    throw new ChainError(`settle: transaction ${receipt.hash} emitted no Settled event`);
  }

  /**
   * Settle many bills in one transaction (anyone may send it). Each bill passes exactly settle's
   * checks or is skipped (returned in `skipped` with the failed check); the proofs of the bills that
   * pass are checked together, and if they do not all verify the whole transaction reverts
   * (`InvalidProof`). Bills of one meter settle in the order given, each starting where the last ended.
   * @param opts.gasLimit - gas limit of the transaction (default: the node's estimate)
   * @throws ContractRevertError, e.g. `InvalidProof`, `EnforcedPause`, `EmptyBatch`
   */
  async settleBatch(proofs: readonly SettlementProof[], opts: { gasLimit?: bigint } = {}): Promise<BatchSettlement> {
    const domain = await this.domain();
    const bills = batchArgs(proofs, domain);
    const overrides = opts.gasLimit === undefined ? {} : { gasLimit: opts.gasLimit };
    const receipt = await sendTx(`settleBatch(${proofs.length})`, () => this.contract.settleBatch(bills, overrides));
    const settled: BatchSettlement['settled'] = [];
    const skipped: SkippedBill[] = [];
    const skippedIdx = new Set<number>();
    for (const log of receipt.logs) {
      if (log.address.toLowerCase() !== this.address.toLowerCase()) continue;
      const skip = decodeSkipped(log);
      if (skip !== undefined) {
        skipped.push(skip);
        skippedIdx.add(skip.index);
      }
    }
    // One BatchSettled logs the settled bills (their meters and movements); their signals and proofs are the ones
    // sent, their parties the registry's.
    const data = this.contract.interface.encodeFunctionData('settleBatch', [bills]);
    const registry = await chainCall('Settlement.meters', () => this.contract.meters());
    for (const log of receipt.logs) {
      if (log.address.toLowerCase() !== this.address.toLowerCase()) continue;
      if (decodeBatchSettledLog(log) === undefined) continue;
      const parties = await this.#partiesOf(registry, log);
      const decoded = decodeBatchSettled(log, data, domain, (m) => parties.get(m));
      if (decoded === undefined || 'error' in decoded) throw new ChainError(`settleBatch: transaction ${receipt.hash}: ${decoded?.error ?? 'no BatchSettled'}`);
      for (const bill of decoded.bills) {
        if (skippedIdx.has(bill.batchIndex!))
          throw new ChainError(`settleBatch: transaction ${receipt.hash} logs bill ${bill.batchIndex} as settled and skipped`);
        settled.push({ ...bill, proof: settledProofOf(proofs[bill.batchIndex!]!), index: bill.batchIndex! });
      }
    }
    return { txHash: receipt.hash, blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed, settled, skipped };
  }

  /**
   * The gas settleBatch of `proofs` would use now (the node's estimate; throws the revert it would hit).
   * @param opts.gasLimit - the most gas the estimate may try (default: the node's cap, e.g. the block's
   *   gas limit, which can exceed the transaction gas cap of EIP-7825 and fail large batches)
   */
  async estimateSettleBatch(proofs: readonly SettlementProof[], opts: { gasLimit?: bigint } = {}): Promise<bigint> {
    const bills = batchArgs(proofs, await this.domain());
    const overrides = opts.gasLimit === undefined ? {} : { gasLimit: opts.gasLimit };
    return chainCall('settleBatch (estimate)', () => this.contract.settleBatch.estimateGas(bills, overrides));
  }

  /**
   * Run settleBatch of `proofs` as a call (nothing is sent) with `gasLimit` gas; throws the revert the
   * transaction would hit with that much gas.
   */
  async checkSettleBatch(proofs: readonly SettlementProof[], gasLimit: bigint): Promise<void> {
    const bills = batchArgs(proofs, await this.domain());
    await chainCall('settleBatch (dry run)', () => this.contract.settleBatch.staticCall(bills, { gasLimit }));
  }

  /** Check a settlement without sending it; throws the revert the transaction would hit. */
  async checkSettle(proof: SettlementProof): Promise<void> {
    const [a, b, c, s] = args(proof);
    await chainCall('settle (dry run)', () => this.contract.settle.staticCall(a, b, c, s));
  }

  /**
   * Deposit `amount` tokens into the caller's ledger balance. With `approve` (default) an ERC-20
   * allowance is granted first when the current one is too small.
   */
  async deposit(amount: bigint, opts: { approve?: boolean } = {}): Promise<TxResult> {
    if (opts.approve ?? true) {
      const owner = await this.signerAddress('deposit');
      const token = connectContract(IERC20__factory, await this.token(), this.runner);
      const allowance = await chainCall('token.allowance', () => token.allowance(owner, this.address));
      if (allowance < amount) await send('token.approve', () => token.approve(this.address, amount));
    }
    return send('deposit', () => this.contract.deposit(amount));
  }

  /** Withdraw `amount` of the caller's free balance. */
  withdraw(amount: bigint): Promise<TxResult> {
    return send('withdraw', () => this.contract.withdraw(amount));
  }

  /** Pay `amount` of a meter's arrears from the caller's ledger balance. */
  payArrears(meterId: bigint, amount: bigint): Promise<TxResult> {
    return send(`payArrears(${meterId})`, () => this.contract.payArrears(meterId, amount));
  }

  /**
   * Pay `amount` of the export credit a meter's retailer owes the meter's consumer, from the
   * retailer's ledger balance (anyone may send it: the retailer after a deposit, or the consumer).
   */
  payCreditDebt(meterId: bigint, amount: bigint): Promise<TxResult> {
    return send(`payCreditDebt(${meterId})`, () => this.contract.payCreditDebt(meterId, amount));
  }

  /** An account's ledger balance, free balance, arrears (as a consumer) and debt (as a retailer). */
  async position(account: string): Promise<LedgerPosition> {
    return chainCall(`position(${account})`, async () => {
      const [balance, free, arrears, debt] = await Promise.all([
        this.contract.balanceOf(account),
        this.contract.freeBalanceOf(account),
        this.contract.consumerArrearsOf(account),
        this.contract.retailerDebtOf(account),
      ]);
      return { balance, free, arrears, debt };
    });
  }

  /** An account's ledger balance. */
  balanceOf(account: string): Promise<bigint> {
    return chainCall(`balanceOf(${account})`, () => this.contract.balanceOf(account));
  }

  /** A meter's unpaid arrears. */
  arrearsOf(meterId: bigint): Promise<bigint> {
    return chainCall(`arrearsOf(${meterId})`, () => this.contract.arrearsOf(meterId));
  }

  /** Export credit a meter's retailer owes the meter's consumer. */
  creditOwedOf(meterId: bigint): Promise<bigint> {
    return chainCall(`creditOwedOf(${meterId})`, () => this.contract.creditOwedOf(meterId));
  }

  /**
   * Settled bills matching `filter`, oldest first, decoded from events: each `Settled` (filtered by its topics) and
   * each bill of a `BatchSettled` (every batch of the range is read, its bills from the transaction's calldata and
   * their parties from the meter registry, then filtered). A batch whose calldata does not carry its bills is
   * skipped here (the audit reports it). Needs a runner with a provider for the batches and the proofs.
   */
  async settlements(filter: SettlementFilter = {}): Promise<SettledBill[]> {
    const f = this.contract.filters.Settled(filter.meterId, filter.retailer, filter.consumer);
    const [from, to] = [filter.fromBlock ?? 0, filter.toBlock ?? 'latest'];
    const logs = await chainCall('Settled events', () => this.contract.queryFilter(f, from, to));
    const bills = logs.map((l) => decodeSettled(l)).filter((b): b is SettledBill => b !== undefined);
    const provider = this.contract.runner?.provider;
    if (!provider) return bills;
    const batchLogs = await chainCall('BatchSettled events', () => this.contract.queryFilter(this.contract.filters.BatchSettled(), from, to));
    const batched: SettledBill[] = [];
    if (batchLogs.length > 0) {
      const registry = await chainCall('Settlement.meters', () => this.contract.meters());
      const same = (a: string, b: string | undefined) => b === undefined || a.toLowerCase() === b.toLowerCase();
      for (const entry of await billsOfLogs(provider, registry, batchLogs)) {
        for (const b of entry.bills ?? []) {
          if ((filter.meterId === undefined || b.meterId === filter.meterId) && same(b.retailer, filter.retailer) && same(b.consumer, filter.consumer))
            batched.push(b);
        }
      }
    }
    const all = [...(await withProofs(provider, bills)), ...batched];
    return all.sort((x, y) => x.blockNumber - y.blockNumber || x.logIndex - y.logIndex || (x.batchIndex ?? 0) - (y.batchIndex ?? 0));
  }

  /** The parties of the meters a BatchSettled log names (one registry view call per meter). */
  async #partiesOf(registry: string, log: Log): Promise<Map<bigint, MeterParties | undefined>> {
    const out = new Map<bigint, MeterParties | undefined>();
    const event = decodeBatchSettledLog(log);
    if (event !== undefined) await readParties(connectContract(IMeterRegistry__factory, registry, this.runner), event, out);
    return out;
  }

  private async signerAddress(action: string): Promise<string> {
    const signer = this.runner as Partial<Signer>;
    if (typeof signer.getAddress !== 'function') {
      throw new ChainError(`${action}: the client was built with a provider, not a signer`);
    }
    return chainCall(`${action}: signer address`, () => signer.getAddress!());
  }
}
