// prover/src/batch-verifier.ts renders a bill's (5 signals, or more after the domain) and a market bill's (7
// signals) batch verifier. The market one folds the key and terms (foldBase); the bill one folds any signals
// (foldSignals), checks one proof against a folded point (verifyWithFolded) and gives its key to Settlement
// (verifyingKey). Both skip a zero sum (0 * P is the identity).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type Groth16VerificationKey, renderBatchVerifierSource } from '../../prover/src/batch-verifier.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';

const vkeyOf = async (circuit: string) => (await loadCircuitArtifacts(circuit)).vkey as unknown as Groth16VerificationKey;

describe('batch verifier rendering', () => {
  it('a market key renders seven signals, the domain folded, foldBase and verifyWithFoldedBase', async () => {
    const src = renderBatchVerifierSource(await vkeyOf('mkt_cfd_1d_60m'), 'X');
    // a batch's proofs carry the six multiplied signals, not the domain (the caller's, folded into the base)
    expect(src).toContain('uint256[6] signals;');
    expect(src).not.toContain('uint256[7] publicSignals;');
    expect(src).toContain('IC0 + domain * IC7 for proofs bound to `domain` (public signal 6)');
    expect(src).toContain('function foldBase(uint256 domain, uint256 keyHash, uint256 terms)');
    expect(src).toContain('function verifyWithFoldedBase(');
    // six multiplied signals, each skipped when its sum is zero
    expect(src.match(/if t \{ ok := and\(ok, mulAcc\(io, vk, IC\dX/g)).toHaveLength(6);
    // 14-word proofs in calldata (a, b, c, signals 0-5), copied once (hashed for the seed), then each included
    // proof moved down in place over the excluded ones into `words`
    expect(src).toContain('let len := mul(n, 448)');
    expect(src).toContain('let src := add(m, mul(i, 448))');
    expect(src).toContain('if iszero(eq(dst, src)) { mcopy(dst, src, 448) }');
    expect(src).not.toContain('new uint256[](count *');
  });

  it('a bill key renders exactly the bill verifier the build wrote (no market functions)', async () => {
    const src = renderBatchVerifierSource(await vkeyOf('bill_1d_30m'), 'Bill1d30mBatchVerifier');
    expect(src).not.toContain('foldBase');
    expect(src).toContain('function foldSignals(uint256[] calldata signals)');
    expect(src).toContain('function verifyWithFolded(');
    expect(src).toContain('function verifyingKey() external pure returns (uint256[14] memory pairing, uint256[2][] memory ic)');
    // each of the five signals is folded or multiplied when it is not zero; the key lists IC0..IC5
    expect(src.match(/if \(s\[\d\] != 0\)/g)).toHaveLength(5);
    expect(src).toContain('ic[5] = [IC5X, IC5Y];');
    expect(src.match(/if t \{ ok := and\(ok, mulAcc\(io, vk, IC\dX/g)).toHaveLength(4);
    // a batch's 12-word proofs: the four multiplied signals, no domain (Settlement's, folded into the base)
    expect(src).toContain('uint256[4] signals;');
    expect(src).toContain('function verifyBatch(BatchProof[] calldata proofs, uint256[] calldata include, uint256[2] calldata base)');
    expect(src).toContain('let len := mul(n, 384)');
    const written = await readFile(new URL('../../contracts/generated/Bill1d30mBatchVerifier.sol', import.meta.url), 'utf8');
    // the written file has a provenance header after its SPDX line; the contract body is identical
    expect(written.slice(written.indexOf('pragma'))).toBe(src.slice(src.indexOf('pragma')));
  });

  it('one template renders both layouts: the market and yearly verifiers are exactly the ones the build wrote', async () => {
    for (const [circuit, name] of [
      ['mkt_cfd_1d_60m', 'MktCfd1d60mBatchVerifier'],
      ['bill_1d_30m_yearly', 'Bill1d30mYearlyBatchVerifier'],
      ['bill_1d_30m_disclose', 'Bill1d30mDiscloseBatchVerifier'],
    ] as const) {
      const src = renderBatchVerifierSource(await vkeyOf(circuit), name);
      const written = await readFile(new URL(`../../contracts/generated/${name}.sol`, import.meta.url), 'utf8');
      expect(written.slice(written.indexOf('pragma'))).toBe(src.slice(src.indexOf('pragma')));
    }
  });

  it('refuses a key with fewer signals than a bill, or an IC list that does not match its count', async () => {
    const vkey = await vkeyOf('mkt_cfd_1d_60m');
    expect(() => renderBatchVerifierSource({ ...vkey, nPublic: 4, IC: vkey.IC.slice(0, 5) }, 'X')).toThrow(/at least 5 public signals/);
    expect(() => renderBatchVerifierSource({ ...vkey, nPublic: 7, IC: vkey.IC.slice(0, 7) }, 'X')).toThrow(/public signals/);
  });
});
