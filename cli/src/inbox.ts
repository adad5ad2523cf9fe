/**
 * The collector's HTTP inbox: consumers' wallets post bill proofs (`handToCollector` in the SDK), the
 * inbox files each well-formed one into a directory, and `wattproof collect submit` (or the demo)
 * settles the directory in batches. Served by `wattproof collect serve` and by the demo.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ValidationError } from '../../core/src/errors.js';
import { toJson, writeText } from './files.js';
import { parseBillProof } from './proof-file.js';

/** Largest proof body the inbox accepts (a proof file is about 1.5 KiB). */
export const MAX_PROOF_BODY = 256 * 1024;

/** A running inbox. */
export interface Inbox {
  /** Base URL, e.g. `http://127.0.0.1:8547` (post to `<url>/proofs`). */
  url: string;
  port: number;
  /** Stops listening. */
  close(): Promise<void>;
}

/**
 * Any page may post a proof (a proof is public data, bound to one deployment, and is only filed
 * here): the wallet is served from another origin than the inbox.
 */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '600',
};

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', ...CORS });
  res.end(toJson(body));
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_PROOF_BODY) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Starts an inbox filing proofs into `dir`:
 *   POST /proofs  body: a bill proof document (any content type) -> 202 {"id": FILE}, 400 {"error"}, 413
 *   GET /health   -> 200;  OPTIONS (CORS preflight) -> 204
 * Only the document's shape is checked here (the collector verifies the proof); files are named by
 * meter, period start and a hash of the content, so a proof posted twice is filed once.
 * @param opts.port - 0 for any free port
 * @throws ValidationError when it cannot listen
 */
export async function startInbox(opts: { dir: string; host?: string; port?: number; onFiled?: (id: string) => void }): Promise<Inbox> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS);
        res.end();
        return;
      }
      if (req.method === 'GET' && req.url === '/health') return reply(res, 200, { ok: true });
      if (req.method !== 'POST' || req.url !== '/proofs') return reply(res, 404, { error: 'POST /proofs or GET /health' });
      const text = await readBody(req);
      if (text === undefined) return reply(res, 413, { error: `body above ${MAX_PROOF_BODY} bytes` });
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
      await writeText(join(opts.dir, name), text.endsWith('\n') ? text : `${text}\n`);
      opts.onFiled?.(name);
      return reply(res, 202, { id: name });
    })().catch((e: unknown) => reply(res, 500, { error: e instanceof Error ? e.message : String(e) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) =>
      reject(new ValidationError('--port', `cannot listen on ${host}:${opts.port ?? 0} (${(e as NodeJS.ErrnoException).code ?? String(e)})`)),
    );
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : (opts.port ?? 0);
  return {
    url: `http://${host}:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
