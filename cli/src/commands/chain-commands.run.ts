/**
 * `wattproof settle` and `wattproof audit`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { rm } from 'node:fs/promises';
import { parseUnits } from 'ethers';
import { keyHash } from '../../../core/src/crypto/eddsa.js';
import { ValidationError } from '../../../core/src/errors.js';
import type { SignedPeriod } from '../../../core/src/meter/sign.js';
import { builtBillCircuits } from '../../../sdk/src/roles/circuits.js';
import { shortUri } from '../../../sdk/src/roles/tariff-visibility.js';
import { loadPublishedKeys } from '../../../sdk/src/audit/published.js';
import { decodeBillSignals } from '../../../prover/src/verify-bill.js';
import { resolveChain, type CliChain } from '../chain.js';
import { flag, str, uint, type RunContext, type Values } from '../command.js';
import { readText, writeText, writeTextSync } from '../files.js';
import { gas, localTime, money, short, table } from '../../../core/src/format.js';
import { NegativeResult, UsageError, type Output } from '../output.js';
import { parseBillProof, type BillProofFile } from '../proof-file.js';
import { readAnyPeriod } from './meter.run.js';

function parseAmount(text: string, decimals: number, option: string): bigint {
  try {
    const v = parseUnits(text.trim(), decimals);
    if (v < 0n) throw new Error('negative');
    return v;
  } catch {
    throw new ValidationError(`--${option}`, `'${text}' is not an amount in token units (e.g. 150 or 12.5)`);
  }
}

/** Sets up the fresh in-process deployment so that this proof can settle: meter, tariff, funds. */
async function prepareDevSettlement(chain: CliChain, p: BillProofFile, values: Values, out: Output): Promise<void> {
  const dev = chain.dev!;
  const periodFile = str(values, 'period')!;
  const { period, signed } = await readAnyPeriod(periodFile);
  if (!signed) throw new ValidationError('--period', `${periodFile} is not a signed period`);
  const sp = period as SignedPeriod;
  const claim = decodeBillSignals(p.publicSignals);
  if ((await keyHash(sp.publicKey)) !== claim.keyHash || sp.meterId !== claim.meterId || sp.periodStart !== claim.periodStart) {
    throw new ValidationError('--period', `${periodFile} is not the period the proof is for (meter ${claim.meterId}, start ${claim.periodStart})`);
  }
  const start = BigInt(claim.periodStart);
  const end = start + BigInt(claim.intervalCount * claim.intervalSeconds);
  const { authority, retailer, regulator } = dev.accounts;
  const asAuthority = await dev.connect(authority);
  const asRetailer = await dev.connect(retailer);
  const asRegulator = await dev.connect(regulator);
  const token = await chain.conn.token();
  await asAuthority.meters.registerMeter({
    meterId: claim.meterId,
    publicKey: sp.publicKey,
    consumer: dev.addresses.consumer,
    retailer: dev.addresses.retailer,
    firstPeriodStart: start,
  });
  await asRetailer.tariffs.registerTariff(claim.tariffCommitment, start, end);
  await asRegulator.tariffs.approveTariff(claim.tariffCommitment);
  await asRetailer.tariffs.offerTariff(claim.meterId, claim.tariffCommitment);
  await chain.conn.tariffs.acceptTariff(claim.meterId, claim.tariffCommitment);
  const depositText = str(values, 'deposit');
  const net = claim.charge > claim.credit ? claim.charge - claim.credit : 0n;
  const deposit = depositText === undefined ? net : parseAmount(depositText, token.decimals, 'deposit');
  if (deposit > 0n) {
    await dev.mint(dev.addresses.consumer, deposit);
    await chain.conn.settlement.deposit(deposit);
  }
  if (claim.credit > claim.charge) {
    await dev.mint(dev.addresses.retailer, claim.credit - claim.charge);
    await asRetailer.settlement.deposit(claim.credit - claim.charge);
  }
  await dev.advanceTo(end);
  out.progress(
    `dev setup: meter ${claim.meterId} registered, tariff approved and accepted, consumer deposited ${money(deposit, token.decimals, token.symbol)}`,
  );
}

const TX_HASH = /^0x[0-9a-fA-F]{64}$/;
const NOTHING_SENT = '# wattproof settle: no transaction sent yet\n';

/**
 * The settle journal, PROOF.pending: the hash of the transaction in flight, so that a re-run
 * after a crash waits for it instead of sending a second one. Its location is proven writable
 * before anything is sent; once a transaction is sent, a failure to record it is a warning
 * (the transaction stands), never the command's failure.
 */
export class SettleJournal {
  #recorded = false;

  constructor(readonly path: string) {}

  /** The hash an earlier run recorded, if any. */
  async pending(): Promise<string | undefined> {
    const text = await readText(this.path).catch(() => undefined);
    const hash = text
      ?.split('\n')
      .map((l) => l.trim())
      .find((l) => TX_HASH.test(l));
    return hash;
  }

  /**
   * Writes the journal before sending (keeping an earlier run's hash), proving the location is
   * writable. @throws ImportError naming the file; nothing has been sent then
   */
  async prepare(pending: string | undefined): Promise<void> {
    try {
      await writeText(this.path, pending === undefined ? NOTHING_SENT : `${pending}\n`);
    } catch (e) {
      if (e instanceof Error)
        e.message = `${e.message}; settle keeps the hash of its transaction there while it is in flight, so nothing was sent (make the location writable and re-run)`;
      throw e;
    }
  }

  /** Records a sent transaction. @returns a warning when the journal could not be written (never throws) */
  record(hash: string): string | undefined {
    try {
      writeTextSync(this.path, `${hash}\n`);
      this.#recorded = true;
      return undefined;
    } catch (e) {
      return `transaction ${hash} was sent, but ${e instanceof Error ? e.message : String(e)}; if this run is interrupted, look the transaction up by its hash before settling again`;
    }
  }

  /** Removes the journal: the outcome is known (or nothing was sent and nothing was pending). */
  async remove(): Promise<void> {
    await rm(this.path, { force: true }).catch(() => undefined);
  }

  /** True once a sent transaction's hash is in the journal. */
  get recorded(): boolean {
    return this.#recorded;
  }
}

/** `settle`: see the command's help in ./chain-commands.ts. */
export async function settle({ values, positionals, out }: RunContext): Promise<void> {
  const file = positionals[0]!;
  const p = parseBillProof(await readText(file), file);
  if (values.rpc === undefined && str(values, 'period') === undefined) {
    throw new UsageError(
      'settle: without --rpc, settle sets up a fresh development deployment and needs --period SIGNED (the signed period the proof was made from: the meter public key is registered from it)',
      'settle',
    );
  }
  // Before any chain work: if the journal cannot be written, say so while nothing is sent.
  const journal = new SettleJournal(`${file}.pending`);
  const pending = await journal.pending();
  await journal.prepare(pending);
  let sent: string | undefined;
  let journalWarning: string | undefined;
  let chain: CliChain;
  try {
    chain = await resolveChain(values as Record<string, string | undefined>, out, p.circuit);
  } catch (e) {
    if (pending === undefined) await journal.remove();
    throw e;
  }
  try {
    if (chain.dev !== undefined) await prepareDevSettlement(chain, p, values, out);
    const { Consumer } = await import('../../../sdk/src/roles/consumer.js');
    const consumer = new Consumer(chain.conn);
    if (pending !== undefined) out.progress(`found ${journal.path}: waiting for transaction ${pending} from an earlier run`);
    let receipt;
    try {
      receipt = await consumer.settle(p, {
        ...(pending === undefined ? {} : { pendingTxHash: pending }),
        onSubmitted: (hash) => {
          sent = hash;
          out.progress(`sent ${hash}`);
          // Written before waiting for the receipt: a re-run after a crash waits for this transaction.
          journalWarning = journal.record(hash);
          if (journalWarning !== undefined) out.progress(`warning: ${journalWarning}`);
        },
      });
    } catch (e) {
      if (sent !== undefined && e instanceof Error) {
        // Never report a sent transaction as if nothing happened.
        e.message = `transaction ${sent} was sent, but its outcome is not known: ${e.message}${journal.recorded ? `; its hash is in ${journal.path}: re-run to wait for it` : ''}`;
      } else if (sent === undefined && pending === undefined) {
        await journal.remove();
      }
      throw e;
    }
    await journal.remove();
    // A yearly bill: the chain now stores its new commitment, so the pending opening becomes the
    // consumer's (done after the receipt, never before: a failed settle leaves the old opening).
    let ytd: { store: string; confirmed: boolean } | undefined;
    if (p.publicSignals.length > 5 && chain.dev === undefined) {
      const { confirmYearToDate } = await import('../../../sdk/src/roles/ytd-store.js');
      const { ytdStorePath } = await import('./bill.run.js');
      const store = ytdStorePath(values, receipt.bill.meterId);
      const onChain = await chain.conn.settlement.yearToDateOf(receipt.bill.meterId);
      const confirmed = (await confirmYearToDate(store, receipt.bill.meterId, onChain)) === 'confirmed';
      ytd = { store, confirmed };
      out.progress(
        confirmed
          ? `year to date: the new opening is now ${store} (the chain stores its commitment)`
          : `year to date: no pending opening in ${store}.pending opens the chain's commitment (proven elsewhere? keep that prover's opening)`,
      );
    }
    const { symbol, decimals } = await chain.conn.token();
    const m = (v: bigint) => money(v, decimals, symbol);
    const b = receipt.bill;
    const position = await consumer.position();
    out.line(
      `${receipt.status === 'settled' ? 'settled' : 'already settled (nothing sent)'}: meter ${b.meterId}, ${localTime(b.periodStart)} .. ${localTime(b.periodEnd)} UTC`,
    );
    out.line(
      table(
        ['', { header: 'value', align: 'right' }],
        [
          ['transaction', receipt.txHash],
          ['block', receipt.blockNumber],
          ['gas', gas(receipt.gasUsed)],
          ['charge', m(b.charge)],
          ['export credit', m(b.credit)],
          ['paid from escrow', m(b.paid)],
          ['added to arrears', m(b.arrearsAdded)],
          ['refunded by retailer', m(b.refunded)],
          ['arrears cleared', m(b.arrearsCleared)],
          ['consumer balance', m(position.balance)],
          ['consumer arrears', m(position.arrears)],
        ],
      ),
    );
    out.result({
      status: receipt.status,
      txHash: receipt.txHash,
      blockNumber: receipt.blockNumber,
      gasUsed: receipt.gasUsed,
      sameProof: receipt.sameProof,
      settlement: chain.conn.addresses.settlement,
      meterId: b.meterId,
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      charge: b.charge,
      credit: b.credit,
      paid: b.paid,
      arrearsAdded: b.arrearsAdded,
      refunded: b.refunded,
      arrearsCleared: b.arrearsCleared,
      consumer: position,
      ...(ytd === undefined ? {} : { yearToDate: ytd }),
      ...(journalWarning === undefined ? {} : { warning: journalWarning }),
    });
  } finally {
    chain.close();
  }
}

/** A time option: unix seconds, or an ISO date / date-time (UTC unless it says otherwise). */
function parseTime(text: string, option: string): bigint {
  if (/^[0-9]+$/.test(text)) return BigInt(text);
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(ms)) throw new ValidationError(`--${option}`, `'${text}' is neither unix seconds nor an ISO date`);
  return BigInt(Math.floor(ms / 1000));
}

/** `audit --index`: sync the audit index, then answer from it. */
async function auditFromIndex(values: Values, out: Output, location: string): Promise<void> {
  const circuitOpt = str(values, 'circuit');
  const chain = await resolveChain(
    values as Record<string, string | undefined>,
    out,
    circuitOpt ?? (await builtBillCircuits()).sort((a, b) => a.constraints - b.constraints)[0]?.name ?? '',
  );
  const { AuditIndex } = await import('../../../sdk/src/audit/audit-index.js');
  const { isAddress } = await import('ethers');
  const retailer = str(values, 'retailer');
  if (retailer !== undefined && !isAddress(retailer)) throw new ValidationError('--retailer', `'${retailer}' is not an address`);
  const meterText = str(values, 'meter');
  const fromText = str(values, 'period-from');
  const toText = str(values, 'period-to');
  const confText = str(values, 'confirmations');
  const rangeText = str(values, 'range-blocks');
  const rangeBlocks = rangeText === undefined ? undefined : Number(uint(rangeText, 'range-blocks'));
  if (rangeBlocks !== undefined && (rangeBlocks < 1 || rangeBlocks > 1_000_000))
    throw new ValidationError('--range-blocks', `must be between 1 and 1000000, got ${rangeText}`);
  // Test only: stop dead (no exit, no cleanup) once this many settlements are committed, so that a
  // test can kill the process with SIGKILL at a known point and check the resume.
  const stallAfter = Number(process.env.WATTPROOF_TEST_INDEX_STALL_AFTER ?? 0);
  const buildDirOpt = str(values, 'build-dir');
  const filter = {
    ...(meterText === undefined ? {} : { meterId: uint(meterText, 'meter') }),
    ...(retailer === undefined ? {} : { retailer }),
    ...(fromText === undefined ? {} : { periodFrom: parseTime(fromText, 'period-from') }),
    ...(toText === undefined ? {} : { periodTo: parseTime(toText, 'period-to') }),
  };
  const blockText = str(values, 'from');
  out.progress(`audit index ${location.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, '$1:***@')}: opening …`);
  const index = await AuditIndex.open({
    location,
    provider: chain.conn.provider,
    settlement: chain.conn.addresses.settlement,
    fromBlock: blockText === undefined ? chain.conn.fromBlock : Number(uint(blockText, 'from')),
    ...(circuitOpt === undefined
      ? {}
      : { keys: await loadPublishedKeys({ only: [circuitOpt], ...(buildDirOpt === undefined ? {} : { buildDir: buildDirOpt }) }) }),
    ...(buildDirOpt === undefined ? {} : { buildDir: buildDirOpt }),
  });
  try {
    let sync: Awaited<ReturnType<typeof index.sync>> | undefined;
    let committed = 0;
    if (!flag(values, 'offline')) {
      sync = await index.sync({
        ...(confText === undefined ? {} : { confirmations: Number(uint(confText, 'confirmations')) }),
        ...(rangeBlocks === undefined ? {} : { rangeBlocks }),
        onRange: (r) => {
          out.progress(`  blocks ${r.fromBlock}..${r.toBlock}: ${r.settlements} settlement(s), ${r.verified} verified`);
          committed += r.settlements;
          if (stallAfter > 0 && committed >= stallAfter) {
            out.progress(`  stalled after ${committed} committed settlement(s) (WATTPROOF_TEST_INDEX_STALL_AFTER)`);
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
          }
        },
      });
      if (sync.rolledBack !== undefined) out.line(`  reorganisation: blocks after ${sync.rolledBack.forkBlock} rolled back and read again`);
      out.line(
        `  synced blocks ${sync.fromBlock}..${sync.toBlock}: ${sync.indexed} new settlement(s), ${sync.proofsVerified} proof(s) verified in ${(sync.ms / 1000).toFixed(1)} s`,
      );
    }
    const report = await index.report(filter);
    const { symbol, decimals } = await chain.conn.token();
    out.line(`audit of Settlement ${report.settlement} on chain ${report.chainId} from the index, blocks ${report.fromBlock}..${report.syncedTo}`);
    out.line(
      report.verifier.matches
        ? `  verifier ${report.verifier.address}: matches the published ${report.circuit} key`
        : `  verifier ${report.verifier.address}: DOES NOT MATCH: ${report.verifier.reason}`,
    );
    if (report.settlements.length > 0) {
      out.line(
        table(
          ['block', 'tx', 'meter', 'period start (UTC)', { header: 'charge', align: 'right' }, { header: 'credit', align: 'right' }, 'result'],
          report.settlements.map((s) => [
            s.blockNumber,
            short(s.txHash, 6),
            s.meterId,
            localTime(s.periodStart),
            money(s.charge, decimals, symbol),
            money(s.credit, decimals, symbol),
            s.verified ? 'verified' : `NOT VERIFIED: ${s.reasons.join('; ')}`,
          ]),
        ),
      );
    }
    for (const m of report.unexplainedMoves) out.line(`  UNEXPLAINED CURSOR MOVE: ${m.reason ?? `meter ${m.meter_id} in tx ${m.tx_hash}`}`);
    out.line(`  ${report.verified} verified, ${report.failed} not verified${report.ok ? '' : ' -- AUDIT FAILED'}`);
    const { auditReportToJSON } = await import('../../../sdk/src/audit/audit.js');
    out.result(auditReportToJSON({ ...report, ...(sync === undefined ? {} : { sync }) } as never));
    if (!report.ok) throw new NegativeResult('the audit found problems');
  } finally {
    await index.close();
    chain.close();
  }
}

/** `auditCmd`: see the command's help in ./chain-commands.ts. */
export async function auditCmd(ctx: RunContext): Promise<void> {
  const { values, out } = ctx;
  if (flag(values, 'disclose')) return (await import('./audit-disclose.run.js')).auditDisclose(ctx);
  for (const o of ['key', 'tariff', 'partial', 'partials', 'regulator-key', 'out', 'force']) {
    if (values[o] !== undefined) throw new UsageError(`audit: --${o} needs --disclose`, 'audit');
  }
  const indexLocation = str(values, 'index');
  if (indexLocation !== undefined) return auditFromIndex(values, out, indexLocation);
  for (const o of ['meter', 'retailer', 'period-from', 'period-to', 'confirmations', 'range-blocks', 'offline']) {
    if (values[o] !== undefined) throw new UsageError(`audit: --${o} needs --index DB`, 'audit');
  }
  const circuitOpt = str(values, 'circuit');
  let devCircuit = circuitOpt;
  if (devCircuit === undefined && values.rpc === undefined) {
    const built = await builtBillCircuits();
    devCircuit = built.sort((a, b) => a.constraints - b.constraints)[0]?.name;
    if (devCircuit === undefined) throw new UsageError('audit: no bill circuit is built; run "wattproof build"', 'audit');
  }
  const chain = await resolveChain(values as Record<string, string | undefined>, out, devCircuit ?? '');
  try {
    const fromText = str(values, 'from');
    const toText = str(values, 'to');
    const buildDirOpt = str(values, 'build-dir');
    const transcriptOpt = str(values, 'transcript');
    out.progress('auditing: regenerating and compiling the verifier from the published key …');
    const { Regulator } = await import('../../../sdk/src/roles/regulator.js');
    const { auditReportToJSON } = await import('../../../sdk/src/audit/audit.js');
    const report = await new Regulator(chain.conn).audit({
      ...(fromText === undefined ? {} : { fromBlock: Number(uint(fromText, 'from')) }),
      ...(toText === undefined ? {} : { toBlock: Number(uint(toText, 'to')) }),
      ...(circuitOpt === undefined
        ? {}
        : { keys: await loadPublishedKeys({ only: [circuitOpt], ...(buildDirOpt === undefined ? {} : { buildDir: buildDirOpt }) }) }),
      ...(buildDirOpt === undefined ? {} : { buildDir: buildDirOpt }),
      ...(transcriptOpt === undefined ? {} : { transcript: transcriptOpt }),
      documentFetcher: (await import('../../../sdk/src/net/document-fetch.js')).nodeDocumentFetcher(),
      onProgress: (done, total) => out.progress(`  verified ${done}/${total}`),
    });
    const { symbol, decimals } = await chain.conn.token();
    out.line(`audit of Settlement ${report.settlement} on chain ${report.chainId}, blocks ${report.fromBlock}..${report.toBlock}`);
    out.line(
      report.verifier.matches
        ? `  verifier ${report.verifier.address}: matches the published ${report.circuit} key${report.insecureKey ? ' (INSECURE: development key)' : ''}`
        : `  verifier ${report.verifier.address}: DOES NOT MATCH: ${report.verifier.reason}`,
    );
    const setup = report.setup;
    if (setup !== undefined) {
      if (setup.transcript === undefined) {
        out.line(`  setup: ${setup.insecureReason ?? setup.origin}`);
      } else {
        const tr = setup.transcript;
        out.line(`  setup: ceremony transcript ${tr.path} (sha256 ${short(tr.sha256, 8)})${setup.insecure ? ` -- ${setup.insecureReason}` : ''}`);
        out.line(`    ptau ${tr.ptau.file} (${tr.ptau.source}${tr.ptau.published ? `, = published ${tr.ptau.published}` : ''})`);
        for (const c of tr.contributions) out.line(`    #${c.index} ${c.kind} ${c.name}: ${c.contributionHash}`);
        out.line(
          `    verifier key ${setup.keyFromFinalZkey === true ? 'is' : setup.keyFromFinalZkey === false ? 'is NOT' : 'not checked against'} the final zkey (sha256 ${short(tr.finalZkeySha256, 8)})`,
        );
      }
      for (const p of setup.problems) out.line(`    SETUP PROBLEM: ${p}`);
    }
    if (report.settlements.length > 0) {
      out.line(
        table(
          ['block', 'tx', 'meter', 'period start (UTC)', { header: 'charge', align: 'right' }, { header: 'credit', align: 'right' }, 'result'],
          report.settlements.map((s) => [
            s.blockNumber,
            short(s.txHash, 6),
            s.meterId ?? '?',
            s.periodStart === undefined ? '?' : localTime(s.periodStart),
            s.charge === undefined ? '?' : money(s.charge, decimals, symbol),
            s.credit === undefined ? '?' : money(s.credit, decimals, symbol),
            s.verified ? 'verified' : `NOT VERIFIED: ${s.reasons.join('; ')}`,
          ]),
        ),
      );
    }
    for (const t of report.tariffs) {
      const what =
        t.visibility === 'private'
          ? 'private (commitment only)'
          : t.verified
            ? `public, document at ${shortUri(t.uri ?? '')} verified`
            : `public, document NOT verified: ${t.reason}`;
      out.line(
        `  tariff ${short(t.commitment.toString(), 8)} of ${short(t.retailer, 6)} (${t.settlements} settlement${t.settlements === 1 ? '' : 's'}): ${what}`,
      );
    }
    out.line(`  ${report.verified} verified, ${report.failed} not verified${report.ok ? '' : ' -- AUDIT FAILED'}`);
    out.result(auditReportToJSON(report));
    if (!report.ok) throw new NegativeResult('the audit found problems');
  } finally {
    chain.close();
  }
}
