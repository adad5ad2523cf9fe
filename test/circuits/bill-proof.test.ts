// A real Groth16 proof of a bill binds every public signal: changing, swapping or dropping
// any of them makes verification fail.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCircuitArtifacts, type CircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { fullProve, verify, type Groth16Proof } from '../../prover/src/groth16.js';
import { billCase, dayProfile, fullTariff, midnight, ONE_DAY } from './cases.js';

describe('bill_1d_30m proof binds its public signals', () => {
  let artifacts: CircuitArtifacts;
  let proof: Groth16Proof;
  let signals: string[];

  beforeAll(async () => {
    artifacts = await loadCircuitArtifacts(ONE_DAY.name);
    const bc = await billCase(ONE_DAY, fullTariff(48), { start: midnight('2026-03-04', 3600), ...dayProfile(48, 1, 2) });
    ({ proof, publicSignals: signals } = await fullProve(bc.input, artifacts));
    expect(signals).toEqual(bc.expected);
  });

  it('the honest proof verifies', async () => {
    expect(await verify(artifacts.vkey, proof, signals)).toBe(true);
  });

  it.each([0, 1, 2, 3, 4])('public signal %i changed by one fails', async (i) => {
    const changed = signals.map((s, j) => (j === i ? String(BigInt(s) + 1n) : s));
    expect(await verify(artifacts.vkey, proof, changed)).toBe(false);
  });

  it('swapped signals, another domain, or a zero domain fail', async () => {
    const swapped = [signals[1]!, signals[0]!, ...signals.slice(2)];
    expect(await verify(artifacts.vkey, proof, swapped)).toBe(false);
    const otherChain = [...signals.slice(0, 4), String((1n << 160n) + (BigInt(signals[4]!) & ((1n << 160n) - 1n)))];
    expect(await verify(artifacts.vkey, proof, otherChain)).toBe(false);
    expect(await verify(artifacts.vkey, proof, [...signals.slice(0, 4), '0'])).toBe(false);
  });
});
