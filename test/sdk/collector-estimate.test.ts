// The collector's gas estimate of a batch (Collector.estimateOrLimit), against a stub settlement client:
// when the node's estimator fails a large batch without a reason, the batch is sent whole only if a call
// with the collector's gas limit succeeds; a revert is never papered over.
import { describe, expect, it } from 'vitest';
import { ChainError } from '../../core/src/errors.js';
import { ContractRevertError } from '../../sdk/src/chain/errors.js';
import type { SettlementProof } from '../../sdk/src/chain/settlement.js';
import { Collector } from '../../sdk/src/collector/collector.js';

const proof: SettlementProof = {
  a: [1n, 2n],
  b: [
    [3n, 4n],
    [5n, 6n],
  ],
  c: [7n, 8n],
  signals: [1n, 2n, 3n, 4n, 5n],
};
const LIMIT = 15_000_000n;

function collector(estimate: () => Promise<bigint>, check: () => Promise<void>) {
  const calls = { estimate: 0, check: 0, estimateCap: undefined as bigint | undefined, checkGas: undefined as bigint | undefined };
  const settlement = {
    estimateSettleBatch: (_p: unknown, opts: { gasLimit?: bigint }) => {
      calls.estimate++;
      calls.estimateCap = opts.gasLimit;
      return estimate();
    },
    checkSettleBatch: (_p: unknown, gas: bigint) => {
      calls.check++;
      calls.checkGas = gas;
      return check();
    },
  };
  const c = new Collector({ settlement } as never, { vkey: {}, gasLimit: LIMIT });
  return { c, calls };
}

const noReason = () => Promise.reject(new ChainError('settleBatch (estimate) failed: missing revert data'));
const reverts = () => Promise.reject(new ContractRevertError('settleBatch', 'InvalidProof', {}, '0x09bde339', undefined));

describe('Collector.estimateOrLimit', () => {
  it("returns the node's estimate, asked with the collector's limit as the cap", async () => {
    const { c, calls } = collector(
      () => Promise.resolve(4_000_000n),
      () => Promise.resolve(),
    );
    expect(await c.estimateOrLimit([proof, proof])).toBe(4_000_000n);
    expect(calls).toMatchObject({ estimate: 1, check: 0, estimateCap: LIMIT });
  });

  it('sends a batch the node cannot estimate with the limit, when a call with the limit succeeds', async () => {
    const { c, calls } = collector(noReason, () => Promise.resolve());
    expect(await c.estimateOrLimit([proof, proof])).toBe(LIMIT);
    expect(calls).toMatchObject({ estimate: 1, check: 1, checkGas: LIMIT });
  });

  it("throws the call's revert when the call with the limit reverts (the caller splits the batch)", async () => {
    const { c } = collector(noReason, reverts);
    await expect(c.estimateOrLimit([proof, proof])).rejects.toBeInstanceOf(ContractRevertError);
  });

  it('throws the estimate error, not a revert, when the call with the limit fails on the link (the caller retries)', async () => {
    const lost = () => Promise.reject(new ChainError('settleBatch (call) failed: socket hang up'));
    const { c } = collector(noReason, lost);
    const e = await c.estimateOrLimit([proof, proof]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChainError);
    expect(e).not.toBeInstanceOf(ContractRevertError);
    expect((e as Error).message).toMatch(/missing revert data/);
  });

  it('never retries a revert with a reason, nor a single bill', async () => {
    const a = collector(reverts, () => Promise.resolve());
    await expect(a.c.estimateOrLimit([proof, proof])).rejects.toBeInstanceOf(ContractRevertError);
    expect(a.calls.check).toBe(0);
    const b = collector(noReason, () => Promise.resolve());
    await expect(b.c.estimateOrLimit([proof])).rejects.toThrow(/missing revert data/);
    expect(b.calls.check).toBe(0);
  });
});
