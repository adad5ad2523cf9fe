/**
 * Where a transaction's gas goes, from Hardhat's `debug_traceTransaction` (struct logs): intrinsic
 * gas and calldata, each call the top-level contract makes (its whole cost: call, cold account, the
 * callee's execution), its events, its storage and what is left (its own code, ABI, memory).
 * Used by bench/market.ts for the market settle breakdown in contracts/README.md.
 * @packageDocumentation
 */

/** One EVM step as Hardhat's struct logger reports it. */
interface StructLog {
  depth: number;
  gas: number;
  gasCost: number;
  op: string;
  stack?: string[];
}

/** A named share of a transaction's gas. */
export interface GasShare {
  what: string;
  gas: number;
}

/** The breakdown of one transaction; `total` equals the receipt's gasUsed minus refunds. */
export interface GasBreakdown {
  gasUsed: number;
  shares: GasShare[];
}

type Send = (method: string, params: unknown[]) => Promise<unknown>;

/** Intrinsic gas of a call: 21000 plus 16 per non-zero and 4 per zero calldata byte. */
export function calldataGas(data: string): number {
  let g = 0;
  for (let i = 2; i < data.length; i += 2) g += data.slice(i, i + 2) === '00' ? 4 : 16;
  return g;
}

/**
 * Breaks down transaction `hash` (a call of one contract). `names` labels the callees by lowercase
 * address and the top-level function's calls are attributed in order (a name seen twice is summed).
 */
export async function gasBreakdown(send: Send, hash: string, names: Record<string, string>): Promise<GasBreakdown> {
  const tx = (await send('eth_getTransactionByHash', [hash])) as { input: string };
  const rc = (await send('eth_getTransactionReceipt', [hash])) as { gasUsed: string };
  const trace = (await send('debug_traceTransaction', [hash, { disableMemory: true, disableStorage: true }])) as { structLogs: StructLog[] };
  const logs = trace.structLogs;
  const shares = new Map<string, number>();
  const add = (what: string, g: number) => shares.set(what, (shares.get(what) ?? 0) + g);
  add('intrinsic (21,000)', 21_000);
  add('calldata', calldataGas(tx.input));
  const top = logs[0]?.depth ?? 1;
  let own = 0;
  for (let i = 0; i < logs.length; i++) {
    const l = logs[i]!;
    if (l.depth !== top) continue;
    if (l.op === 'CALL' || l.op === 'STATICCALL' || l.op === 'DELEGATECALL') {
      // whole cost of the call: gas before it minus gas at the next step of this frame
      let j = i + 1;
      while (j < logs.length && logs[j]!.depth !== top) j++;
      const after = j < logs.length ? logs[j]!.gas : l.gas - l.gasCost;
      const stack = l.stack ?? [];
      const to = `0x${(stack[stack.length - 2] ?? '').replace(/^0x/, '').padStart(40, '0').slice(-40)}`.toLowerCase();
      add(`call ${names[to] ?? to}`, l.gas - after);
      i = j - 1;
    } else if (l.op.startsWith('LOG')) {
      add('events (this contract)', l.gasCost);
    } else if (l.op === 'SLOAD' || l.op === 'SSTORE' || l.op === 'TLOAD' || l.op === 'TSTORE') {
      add('storage (this contract)', l.gasCost);
    } else {
      own += l.gasCost;
    }
  }
  add('own code, ABI, memory', own);
  const gasUsed = Number(rc.gasUsed);
  const counted = [...shares.values()].reduce((a, b) => a + b, 0);
  // refunds (storage restored within the transaction) are taken off the receipt's gasUsed
  if (counted !== gasUsed) add('refund', gasUsed - counted);
  return { gasUsed, shares: [...shares].map(([what, gas]) => ({ what, gas })) };
}

/** Where the gas of one callee frame goes: precompiles, cold/warm storage, events, the rest. */
export async function frameDetail(send: Send, hash: string): Promise<Record<string, Record<string, number>>> {
  const trace = (await send('debug_traceTransaction', [hash, { disableMemory: true, disableStorage: true }])) as { structLogs: StructLog[] };
  const out: Record<string, Record<string, number>> = {};
  const logs = trace.structLogs;
  // per depth-2 call index: counts of cold SLOADs, SSTOREs, LOGs
  let frame = -1;
  for (let i = 0; i < logs.length; i++) {
    const l = logs[i]!;
    if (l.depth === 1 && (l.op === 'CALL' || l.op === 'STATICCALL')) frame++;
    if (l.depth < 2) continue;
    const key = `frame ${frame}`;
    const o = (out[key] ??= {});
    const k = l.op === 'SLOAD' ? (l.gasCost >= 2100 ? 'SLOAD cold' : 'SLOAD warm') : l.op;
    if (['SLOAD', 'SSTORE', 'LOG1', 'LOG2', 'LOG3', 'LOG4', 'STATICCALL', 'CALL'].includes(l.op)) {
      o[k] = (o[k] ?? 0) + l.gasCost;
      o[`${k} #`] = (o[`${k} #`] ?? 0) + 1;
    }
  }
  return out;
}
