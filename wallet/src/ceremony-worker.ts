/**
 * Web Worker of the contribution page: one snarkjs phase-2 contribution on in-memory files.
 * The entropy arrives in the message and dies with the worker (the page terminates it after).
 * @packageDocumentation
 */
/// <reference lib="webworker" />
import * as snarkjs from 'snarkjs';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** What the page sends. */
export interface ContributeRequest {
  zkey: Uint8Array;
  name: string;
  entropy: string;
}

/** What the worker posts back. */
export type ContributeMessage =
  | { type: 'progress'; section: string; done: number; total: number }
  | { type: 'done'; zkey: Uint8Array; hash: string }
  | { type: 'error'; message: string };

const post = (m: ContributeMessage, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

scope.addEventListener(
  'message',
  (e: MessageEvent<ContributeRequest>) => {
    void (async () => {
      try {
        const logger = {
          debug: (m: string) => {
            // snarkjs: "Applying key: L Section: 1024/13135"
            const p = /Applying key: (\w+) Section: (\d+)\/(\d+)/.exec(String(m));
            if (p) post({ type: 'progress', section: p[1]!, done: Number(p[2]), total: Number(p[3]) });
          },
          info: () => undefined,
          log: () => undefined,
          warn: () => undefined,
          error: (m: string) => post({ type: 'error', message: String(m) }),
        };
        const out: { type: 'mem'; data?: Uint8Array } = { type: 'mem' };
        const hash = (await snarkjs.zKey.contribute({ type: 'mem', data: e.data.zkey }, out, e.data.name, e.data.entropy, logger)) as Uint8Array;
        if (!(hash instanceof Uint8Array) || out.data === undefined) throw new Error('snarkjs did not contribute (is it a Groth16 zkey?)');
        const hex = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
        const data = out.data.slice();
        post({ type: 'done', zkey: data, hash: hex }, [data.buffer]);
      } catch (err) {
        post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
      }
    })();
  },
  { once: true },
);
