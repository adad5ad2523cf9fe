// prover/src/batch-verifier.ts renders a bill's (5 signals) and a market bill's (7 signals) batch
// verifier from one template; only the market one folds the key and terms (foldBase) and skips zero sums.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type Groth16VerificationKey, renderBatchVerifierSource } from '../../prover/src/batch-verifier.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';

const vkeyOf = async (circuit: string) => (await loadCircuitArtifacts(circuit)).vkey as unknown as Groth16VerificationKey;

describe('batch verifier rendering', () => {
  it('a market key renders seven signals, the domain folded, foldBase and verifyWithFoldedBase', async () => {
    const src = renderBatchVerifierSource(await vkeyOf('mkt_cfd_1d_60m'), 'X');
    expect(src).toContain('uint256[7] publicSignals;');
    expect(src).toContain('IC0 + domain * IC7 for proofs bound to `domain` (public signal 6)');
    expect(src).toContain('function foldBase(uint256 domain, uint256 keyHash, uint256 terms)');
    expect(src).toContain('function verifyWithFoldedBase(');
    // six multiplied signals, each skipped when its sum is zero
    expect(src.match(/if t \{ ok := and\(ok, mulAcc\(io, vk, IC\dX/g)).toHaveLength(6);
    // 15-word proofs in calldata, 14 words (a, b, c, signals 0-5) copied
    expect(src).toContain('calldatacopy(dst, add(proofs.offset, mul(i, 480)), 448)');
  });

  it('a bill key renders exactly the bill verifier the build wrote (no market functions)', async () => {
    const src = renderBatchVerifierSource(await vkeyOf('bill_1d_30m'), 'Bill1d30mBatchVerifier');
    expect(src).not.toContain('foldBase');
    const written = await readFile(new URL('../../contracts/generated/Bill1d30mBatchVerifier.sol', import.meta.url), 'utf8');
    // the written file has a provenance header after its SPDX line; the contract body is identical
    expect(written.slice(written.indexOf('pragma'))).toBe(src.slice(src.indexOf('pragma')));
  });

  it('refuses a key with fewer signals than a bill, or an IC list that does not match its count', async () => {
    const vkey = await vkeyOf('mkt_cfd_1d_60m');
    expect(() => renderBatchVerifierSource({ ...vkey, nPublic: 4, IC: vkey.IC.slice(0, 5) }, 'X')).toThrow(/at least 5 public signals/);
    expect(() => renderBatchVerifierSource({ ...vkey, nPublic: 7, IC: vkey.IC.slice(0, 7) }, 'X')).toThrow(/public signals/);
  });
});
