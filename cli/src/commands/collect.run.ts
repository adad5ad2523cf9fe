/**
 * `wattproof collect submit | serve`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ValidationError, WattproofError } from '../../../core/src/errors.js';
import { loadPublishedKeys } from '../../../sdk/src/audit/published.js';
import { Collector, type CollectedProof, type CollectReport, type DroppedProof } from '../../../sdk/src/collector/index.js';
import { connectRole } from '../chain.js';
import { flag, need, str, type RunContext } from '../command.js';
import { readText, toJson, writeText } from '../files.js';
import { NegativeResult, UsageError } from '../output.js';
import { parseBillProof } from '../proof-file.js';

/** Largest proof body `serve` accepts (a proof file is about 1.5 KiB). */
const MAX_BODY = 256 * 1024;

async function readInbox(dir: string): Promise<{ items: CollectedProof[]; dropped: DroppedProof[]; circuits: Set<string> }> {
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
    const collector = new Collector(chain.conn, {
      vkey: key.vkey,
      ...(gasText === undefined ? {} : { gasLimit: BigInt(gasText) }),
      log: (line) => out.progress(line),
    });
    const report = await collector.collect(items, { dryRun });
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
  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(toJson(body));
  };
  const readBody = (req: IncomingMessage): Promise<string | undefined> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          resolve(undefined);
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'GET' && req.url === '/health') return reply(res, 200, { ok: true });
      if (req.method !== 'POST' || req.url !== '/proofs') return reply(res, 404, { error: 'POST /proofs or GET /health' });
      const text = await readBody(req);
      if (text === undefined) return reply(res, 413, { error: `body above ${MAX_BODY} bytes` });
      let name: string;
      try {
        const p = parseBillProof(text, 'body');
        const period = BigInt(p.publicSignals[2]);
        const meterId = period & ((1n << 64n) - 1n);
        const start = (period >> 64n) & ((1n << 40n) - 1n);
        const digest = createHash('sha256').update(text).digest('hex').slice(0, 12);
        name = `${meterId}-${start}-${digest}.json`;
      } catch (e) {
        return reply(res, 400, { error: e instanceof Error ? e.message : String(e) });
      }
      await writeText(join(inbox, name), text.endsWith('\n') ? text : `${text}\n`);
      out.progress(`filed ${name}`);
      return reply(res, 202, { id: name });
    })().catch((e: unknown) => reply(res, 500, { error: e instanceof Error ? e.message : String(e) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) =>
      reject(new ValidationError('--port', `cannot listen on ${host}:${portText} (${(e as NodeJS.ErrnoException).code ?? String(e)})`)),
    );
    server.listen(Number(portText), host, () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : Number(portText);
  out.result({ listening: `http://${host}:${port}`, inbox });
  out.line(`collector inbox: http://${host}:${port}/proofs -> ${inbox} (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
