/**
 * The `hardhat node` of a test file: its own process (the tests drive it over JSON-RPC, as a user's
 * node), one per test worker rather than one per file. A worker runs its files one after another in
 * one process (`isolate: false` in vitest.config.ts); the first file that asks starts the node, and
 * every file that asks gets it reset to its genesis state (`hardhat_reset`: no contracts, the
 * accounts' nonces and balances of hardhat.config.cjs, its clock and automine), as a node started for
 * the file would be. A node start costs ~0.8 CPU-s (node, Hardhat's runtime and the config loaded in
 * a new process); a reset ~10 ms.
 *
 * The node ends with the worker: vitest stops a worker with SIGTERM, and the node leaves when its
 * parent is gone (wallet/server/exit-with-parent.cjs). Files do not stop it.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHardhatNode, type HardhatNode } from '../../wallet/server/hardhat-node.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The worker's node, kept across the files of the worker (this module is evaluated anew for each). */
interface WorkerNodeGlobal {
  __wattproofHardhatNode?: Promise<HardhatNode>;
}

async function post(url: string, method: string): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: [] }),
  });
  const body = (await res.json()) as { result?: unknown; error?: { message: string } };
  if (body.error !== undefined) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

/** What a file gets of the node: where it listens (it does not stop it). */
export type NodeOfFile = Pick<HardhatNode, 'url' | 'port' | 'pid'>;

/** The node this file drives, at its genesis state; its url is `http://127.0.0.1:<port>`. */
export async function hardhatNodeForFile(): Promise<NodeOfFile> {
  const g = globalThis as WorkerNodeGlobal;
  const started = g.__wattproofHardhatNode;
  if (started !== undefined) {
    const node = await started;
    try {
      if ((await post(node.url, 'hardhat_reset')) === true) return node;
    } catch {
      // gone (killed, crashed): a new one below
    }
    await node.stop();
  }
  const fresh = startHardhatNode(ROOT);
  g.__wattproofHardhatNode = fresh;
  fresh.catch(() => {
    if (g.__wattproofHardhatNode === fresh) delete g.__wattproofHardhatNode;
  });
  return fresh;
}
