/**
 * `wattproof collect submit | serve`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ValidationError, WattproofError } from '../../../core/src/errors.js';
import { loadPublishedKeys } from '../../../sdk/src/audit/published.js';
import { VerifyPool } from '../../../sdk/src/audit/verify-pool.js';
import { Collector, type CollectedProof, type CollectorOptions, type CollectReport, type DroppedProof } from '../../../sdk/src/collector/index.js';
import { connectRole } from '../chain.js';
import { startInbox } from '../inbox.js';
import { flag, need, str, type RunContext } from '../command.js';
import { readText, toJson, writeText } from '../files.js';
import { NegativeResult, UsageError } from '../output.js';
import { parseBillProof } from '../proof-file.js';

/** Reads an inbox directory's proof files (unreadable ones dropped as malformed). */
export async function readInbox(dir: string): Promise<{ items: CollectedProof[]; dropped: DroppedProof[]; circuits: Set<string> }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
  } catch (e) {
    throw new ValidationError('--inbox', `${dir} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const items: CollectedProof[] = [];
  const dropped: DroppedProof[] = [];
  const circuits = new Set<string>();
  for (const name of names) {
    try {
      const p = parseBillProof(await readText(join(dir, name)), name);
      circuits.add(p.circuit);
      items.push({ id: name, proof: p.proof, publicSignals: p.publicSignals });
    } catch (e) {
      dropped.push({ id: name, code: 'malformed', reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { items, dropped, circuits };
}

function reportJson(r: CollectReport): Record<string, unknown> {
  return {
    received: r.received,
    settled: r.settled.map((s) => ({
      id: s.id,
      meterId: s.meterId,
      periodStart: s.periodStart,
      status: s.status,
      txHash: s.txHash,
      ...(s.bill === undefined ? {} : { charge: s.bill.charge, credit: s.bill.credit, paid: s.bill.paid, arrearsAdded: s.bill.arrearsAdded }),
    })),
    dropped: r.dropped,
    batches: r.batches,
    pending: r.pending.map((b) => ({ id: b.id, meterId: b.claim.meterId, periodStart: b.claim.periodStart })),
  };
}

/** `submit`: see the command's help in ./collect.ts. */
export async function submit({ values, out }: RunContext): Promise<void> {
  const cmd = 'collect submit';
  const inbox = need(values, 'inbox', cmd);
  const gasText = str(values, 'gas-limit');
  if (gasText !== undefined && !/^[1-9][0-9]{5,8}$/.test(gasText))
    throw new ValidationError('--gas-limit', 'must be a whole number of gas between 100000 and 999999999');
  const dryRun = flag(values, 'dry-run');
  const { items, dropped: unreadable, circuits } = await readInbox(inbox);
  const chain = await connectRole(values, out, cmd, !dryRun);
  try {
    const circuit = str(values, 'circuit') ?? chain.record.circuit ?? (circuits.size === 1 ? [...circuits][0] : undefined);
    if (circuit === undefined)
      throw new UsageError(`${cmd}: give --circuit NAME (the deployment record names none, and the inbox has proofs of ${circuits.size} circuits)`, cmd);
    const [key] = await loadPublishedKeys({ only: [circuit] });
    if (key === undefined)
      throw new WattproofError('ARTIFACT', `no verification key of circuit ${circuit} in build/manifest.json: run "npm run build -- --only ${circuit}"`);
    // Many proofs are verified on worker threads (one per core); a few are not worth starting them.
    const pool = items.length >= 16 ? new VerifyPool() : undefined;
    const collector = new Collector(chain.conn, {
      vkey: key.vkey,
      ...(gasText === undefined ? {} : { gasLimit: BigInt(gasText) }),
      ...(pool === undefined ? {} : { verifyMany: pool.verifyAll.bind(pool) as NonNullable<CollectorOptions['verifyMany']> }),
      log: (line) => out.progress(line),
    });
    const report = await collector.collect(items, { dryRun }).finally(() => pool?.close());
    report.received += unreadable.length;
    report.dropped.unshift(...unreadable);
    const reportFile = str(values, 'report');
    if (reportFile !== undefined) await writeText(reportFile, toJson(reportJson(report)));
    out.result(reportJson(report));
    for (const s of report.settled) out.line(`${s.id}: ${s.status} (meter ${s.meterId}, period ${s.periodStart}, tx ${s.txHash})`);
    for (const p of report.pending) out.line(`${p.id}: ready (dry run, not sent)`);
    for (const d of report.dropped) out.line(`${d.id}: dropped, ${d.code}: ${d.reason}`);
    for (const b of report.batches) out.line(`batch ${b.txHash}: ${b.settled}/${b.size} settled, ${b.gasUsed} gas (${b.gasPerBill} per bill)`);
    if (report.dropped.length > 0) throw new NegativeResult(`${report.dropped.length} of ${report.received} proofs were dropped`);
  } finally {
    chain.close();
  }
}

/** `serve`: see the command's help in ./collect.ts. */
export async function serve({ values, out }: RunContext): Promise<void> {
  const cmd = 'collect serve';
  const inbox = need(values, 'inbox', cmd);
  const portText = str(values, 'port') ?? '8547';
  if (!/^[0-9]{1,5}$/.test(portText) || Number(portText) > 65535) throw new ValidationError('--port', 'must be a port number (0-65535)');
  const host = str(values, 'host') ?? '127.0.0.1';
  const inboxServer = await startInbox({ dir: inbox, host, port: Number(portText), onFiled: (name) => out.progress(`filed ${name}`) });
  out.result({ listening: inboxServer.url, inbox });
  out.line(`collector inbox: ${inboxServer.url}/proofs -> ${inbox} (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void inboxServer.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
