// The collector's HTTP inbox (cli/src/inbox.ts) and the wallet's hand-off to it (sdk handToCollector):
// in-process, on loopback, no chain. The collector's verification and batching are tested in
// test/contracts/batch.test.ts; here only the transport.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInbox, type Inbox } from '../../cli/src/inbox.js';
import { parseBillProof } from '../../cli/src/proof-file.js';
import { ChainError, ValidationError } from '../../core/src/errors.js';
import { handToCollector } from '../../sdk/src/collector/handoff.js';

// The shape of a bill proof (the inbox checks only the shape; the collector verifies the proof).
const meterId = 4_100_230_017n;
const start = 1_782_860_400n;
const period = meterId + (start << 64n) + (48n << 104n) + (1800n << 120n);
const BILL = {
  circuit: 'bill_1d_30m',
  publicSignals: ['11', '22', period.toString(), '44', '55'] as [string, string, string, string, string],
  proof: {
    protocol: 'groth16' as const,
    curve: 'bn128' as const,
    pi_a: ['1', '2', '1'],
    pi_b: [
      ['1', '0'],
      ['0', '1'],
      ['1', '0'],
    ],
    pi_c: ['1', '2', '1'],
  },
};

let dir: string;
let inbox: Inbox;
const filed: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-inbox-'));
  inbox = await startInbox({ dir, port: 0, onFiled: (id) => filed.push(id) });
});

afterAll(async () => {
  await inbox.close();
  await rm(dir, { recursive: true, force: true });
});

describe('collector inbox', () => {
  it('files a handed-over proof once, named by meter and period, as a proof file the collector reads', async () => {
    const first = await handToCollector(inbox.url, BILL as never);
    const again = await handToCollector(`${inbox.url}/`, BILL as never);
    expect(first.id).toMatch(new RegExp(`^${meterId}-${start}-[0-9a-f]{12}\\.json$`));
    expect(again.id).toBe(first.id);
    expect(first.url).toBe(`${inbox.url}/proofs`);
    expect(await readdir(dir)).toEqual([first.id]);
    expect(filed).toEqual([first.id, first.id]);
    const parsed = parseBillProof(await readFile(join(dir, first.id), 'utf8'), first.id);
    expect(parsed.publicSignals).toEqual(BILL.publicSignals);
    expect(parsed.proof.pi_a).toEqual(BILL.proof.pi_a);
  });

  it('answers a browser wallet of another origin (CORS preflight and headers)', async () => {
    const pre = await fetch(`${inbox.url}/proofs`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    const health = await fetch(`${inbox.url}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses what is not a bill proof with the reason, and says so through handToCollector', async () => {
    const bad = await fetch(`${inbox.url}/proofs`, { method: 'POST', body: '{"format":"something else"}' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/format/);
    const wrongSignals = { ...BILL, publicSignals: ['1', '2', '3'] };
    const e = await handToCollector(inbox.url, wrongSignals as never).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChainError);
    expect((e as ChainError).retryable).toBe(false);
    expect((e as Error).message).toMatch(/refused the proof \(HTTP 400\)/);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('fails clearly on a bad URL and on a collector that is not there (retryable)', async () => {
    await expect(handToCollector('ftp://example.org', BILL as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(handToCollector('not a url', BILL as never)).rejects.toBeInstanceOf(ValidationError);
    const closed = await startInbox({ dir, port: 0 });
    await closed.close();
    const e = await handToCollector(closed.url, BILL as never, { timeoutMs: 5000 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChainError);
    expect((e as ChainError).retryable).toBe(true);
    expect((e as Error).message).toMatch(/cannot be reached/);
  });
});
