// Shared setup of the SDK end-to-end and CLI tests: the demo's tariff at 48 slots, a household's
// signed days, and a JSON-RPC bridge (a real HTTP server in front of Hardhat's in-process EVM)
// that can inject transport failures.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTariff, type Tariff } from '../../core/src/tariff/index.js';
import { householdSeries, localMidnightOf, type MeterPeriod } from '../../core/src/meter/index.js';
import { exampleTariffDraft } from '../../core/src/tariff/examples.js';

export const CIRCUIT = 'bill_1d_30m';
export const TZ = 3600;
export const METER_ID = 4_100_230_017n;
/**
 * The household meter's private key (hex). Every file that proves the household's days on the
 * development chain's deployment uses it (with {@link tariff}), so that a day proved by one file is
 * the same statement in the others, which the run's proof cache then proves once.
 */
export const METER_KEY = '11'.repeat(32);
/** Thursday 4 June 2026 (a holiday in the tariff), then Friday and Saturday. */
export const FIRST_DAY = '2026-06-04';
export const UNIT = 1_000_000n;

/** The demo's time-of-use tariff at 30-minute resolution, with a fixed salt. */
export function tariff(): Tariff {
  return createTariff({ ...exampleTariffDraft({ slotsPerDay: 48, tzOffsetSeconds: TZ, holidays: [FIRST_DAY] }), salt: 987654321n });
}

/** `days` daily periods of a household with solar, from FIRST_DAY. */
export function days(n: number): MeterPeriod[] {
  const start = localMidnightOf(FIRST_DAY, TZ);
  const s = householdSeries({ days: n, intervalsPerDay: 48, seed: 42, solarKwp: 4.8, startDate: FIRST_DAY });
  return Array.from({ length: n }, (_, d) => ({
    meterId: METER_ID,
    periodStart: start + d * 86400,
    intervalSeconds: 1800,
    imports: s.imports.slice(d * 48, (d + 1) * 48),
    exports: s.exports.slice(d * 48, (d + 1) * 48),
  }));
}

/** What the bridge should do with one incoming request. */
export type Fault = 'ok' | 'http503' | 'http429' | 'reset' | 'lose-answer';

/** The JSON-RPC bridge: counts requests by method and applies scripted faults. */
export interface Bridge {
  url: string;
  /** Methods of every request received, in order (batches flattened). */
  seen: string[];
  /** Faults to apply to the next requests (consumed in order; default 'ok'). */
  faults: Fault[];
  /** Apply a fault only to requests of this method (others pass). */
  faultMethod?: string;
  close(): Promise<void>;
}

interface Eip1193 {
  request(a: { method: string; params?: unknown[] }): Promise<unknown>;
}

type RpcRequest = { id: unknown; method: string; params?: unknown[] };

async function answer(provider: Eip1193, req: RpcRequest): Promise<unknown> {
  try {
    const result = await provider.request({ method: req.method, params: req.params ?? [] });
    return { jsonrpc: '2.0', id: req.id, result };
  } catch (e) {
    const err = e as { code?: number; message?: string; data?: unknown };
    return { jsonrpc: '2.0', id: req.id, error: { code: err.code ?? -32603, message: err.message ?? String(e), data: err.data } };
  }
}

/** Starts the bridge on 127.0.0.1 (random port) in front of `provider`. */
export async function startBridge(provider: Eip1193): Promise<Bridge> {
  const bridge: Bridge = { url: '', seen: [], faults: [], close: async () => undefined };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      void (async () => {
        const payload = JSON.parse(body) as RpcRequest | RpcRequest[];
        const list = Array.isArray(payload) ? payload : [payload];
        bridge.seen.push(...list.map((p) => p.method));
        const applies = bridge.faultMethod === undefined || list.some((p) => p.method === bridge.faultMethod);
        const fault: Fault = applies ? (bridge.faults.shift() ?? 'ok') : 'ok';
        if (fault === 'http503') {
          res.writeHead(503, { 'content-type': 'text/plain' }).end('service unavailable');
          return;
        }
        if (fault === 'http429') {
          res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '0' }).end('slow down');
          return;
        }
        if (fault === 'reset') {
          req.socket.destroy();
          return;
        }
        const answers = await Promise.all(list.map((p) => answer(provider, p)));
        if (fault === 'lose-answer') {
          // The node did the work (e.g. took the transaction) but the answer never arrives.
          req.socket.destroy();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(Array.isArray(payload) ? answers : answers[0]));
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  bridge.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  bridge.close = () => new Promise<void>((r) => server.close(() => r()));
  return bridge;
}
