// Issue 17 item 14: a black-holed node (accepts the connection, never answers) fails within the
// request's total time budget (default twice the per-request timeout), not after every attempt's
// full timeout plus back-off (156 s with the 30 s default before).
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChainError } from '../../core/src/errors.js';
import { connectRpc } from '../../sdk/src/net/provider.js';
import { TransientRpcError, withRetry } from '../../sdk/src/net/retry.js';

let server: Server;
let url: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = createServer((s) => void sockets.push(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  url = `http://127.0.0.1:${typeof a === 'object' && a !== null ? a.port : 0}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});

describe('RPC time budget', () => {
  it('connectRpc to a black-holed node fails within twice the per-request timeout', async () => {
    const started = Date.now();
    const e = await connectRpc(url, { timeoutMs: 300, retry: { baseDelayMs: 100 } }).then(
      () => undefined,
      (err: unknown) => err,
    );
    const ms = Date.now() - started;
    expect(e).toBeInstanceOf(ChainError);
    expect((e as ChainError).code).toBe('CHAIN_RPC');
    expect((e as Error).message).toMatch(/timeout/i);
    expect(ms).toBeLessThan(1200); // budget 600 ms; five full attempts would take 1.5 s plus back-off
  }, 10_000);

  it('withRetry starts no retry that would end past the deadline, and cuts the last attempt to what is left', async () => {
    let clock = 0;
    const seen: number[] = [];
    const e = await withRetry(
      'eth_call',
      async (_attempt, remainingMs) => {
        seen.push(remainingMs);
        clock += Math.min(400, remainingMs); // each attempt times out
        throw new TransientRpcError('timeout');
      },
      { attempts: 10, baseDelayMs: 100, maxDelayMs: 100, deadlineMs: 1000, now: () => clock, sleep: async (ms) => void (clock += ms) },
    ).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(TransientRpcError);
    expect(seen.length).toBeLessThan(10);
    expect(seen[0]).toBe(1000);
    expect(clock).toBeLessThanOrEqual(1000);
    // Without a deadline, attempts alone bound it (unchanged behaviour).
    let n = 0;
    await withRetry(
      'x',
      async () => {
        n++;
        throw new TransientRpcError('down');
      },
      { attempts: 3, sleep: async () => undefined },
    ).catch(() => undefined);
    expect(n).toBe(3);
  });
});
