// The foundation's end-to-end check: a real circom circuit (circuits/test/foundation_tiny.circom),
// built by `npm run build`, proven with snarkjs, verified off-chain and by its generated
// Solidity verifier on Hardhat's in-process EVM.
import { BrowserProvider, type Eip1193Provider } from 'ethers';
import hre from 'hardhat';
import * as snarkjs from 'snarkjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCircuitArtifacts, type CircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { fullProve, ProvingError, shutdownProver, toSolidityArgs, verify, type Groth16Proof } from '../../prover/src/groth16.js';
import { FoundationTinyVerifier__factory, type FoundationTinyVerifier } from '../../typechain-types/index.js';

/** BN254 scalar field order; public signals must be below it. */
const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
/** BN254 base field order; negating a G1 point maps y to Q - y. */
const Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583n;

const input = { secretA: 3n, secretB: 11n, domain: 424242n };

let artifacts: CircuitArtifacts;
let proof: Groth16Proof;
let publicSignals: string[];
let verifier: FoundationTinyVerifier;

type Signals = [bigint, bigint, bigint];

async function onChain(p: Groth16Proof, signals: string[]): Promise<boolean> {
  const args = toSolidityArgs(p, signals);
  return verifier.verifyProof(args.a, args.b, args.c, args.signals as Signals);
}

function clone<T>(x: T): T {
  return structuredClone(x);
}

beforeAll(async () => {
  artifacts = await loadCircuitArtifacts('foundation_tiny');
  ({ proof, publicSignals } = await fullProve(input, artifacts));
  // An EIP-1193 BrowserProvider over Hardhat's in-process network: hre.ethers is typed against
  // ethers' CommonJS build, TypeChain's factories against its ESM build.
  const provider = new BrowserProvider(hre.network.provider as unknown as Eip1193Provider);
  const signer = await provider.getSigner(0);
  verifier = await new FoundationTinyVerifier__factory(signer).deploy();
  await verifier.waitForDeployment();
});

afterAll(async () => {
  await shutdownProver();
});

describe('foundation_tiny: Groth16 off-chain and on-chain', () => {
  it('orders public signals as outputs then public inputs', () => {
    // digest = Poseidon2(3, 11) is checked by the proof; product and domain are plain values.
    expect(publicSignals).toHaveLength(3);
    expect(publicSignals[1]).toBe('33');
    expect(publicSignals[2]).toBe('424242');
  });

  it('accepts a valid proof off-chain', async () => {
    expect(await verify(artifacts.vkey, proof, publicSignals)).toBe(true);
  });

  it('accepts a valid proof in the generated Solidity verifier', async () => {
    expect(await onChain(proof, publicSignals)).toBe(true);
  });

  it('encodes arguments exactly as snarkjs exportSolidityCallData does', async () => {
    const calldata: string = await snarkjs.groth16.exportSolidityCallData(proof, publicSignals);
    const [a, b, c, s] = JSON.parse(`[${calldata}]`) as [string[], string[][], string[], string[]];
    const args = toSolidityArgs(proof, publicSignals);
    expect(args.a).toEqual(a.map(BigInt));
    expect(args.b).toEqual(b.map((pair) => pair.map(BigInt)));
    expect(args.c).toEqual(c.map(BigInt));
    expect(args.signals).toEqual(s.map(BigInt));
  });

  it('rejects a tampered proof (negated A, still a curve point)', async () => {
    const bad = clone(proof);
    bad.pi_a[1] = (Q - BigInt(bad.pi_a[1])).toString();
    expect(await verify(artifacts.vkey, bad, publicSignals)).toBe(false);
    expect(await onChain(bad, publicSignals)).toBe(false);
  });

  it('rejects a tampered proof (C replaced by A)', async () => {
    const bad = clone(proof);
    bad.pi_c = [...proof.pi_a];
    expect(await verify(artifacts.vkey, bad, publicSignals)).toBe(false);
    expect(await onChain(bad, publicSignals)).toBe(false);
  });

  it('rejects a proof whose point is not on the curve', async () => {
    const bad = clone(proof);
    bad.pi_a[0] = (BigInt(bad.pi_a[0]) + 1n).toString();
    expect(await verify(artifacts.vkey, bad, publicSignals)).toBe(false);
    expect(await onChain(bad, publicSignals)).toBe(false);
  });

  it('rejects a tampered public input (domain)', async () => {
    const bad = [...publicSignals];
    bad[2] = (BigInt(bad[2]!) + 1n).toString();
    expect(await verify(artifacts.vkey, proof, bad)).toBe(false);
    expect(await onChain(proof, bad)).toBe(false);
  });

  it('rejects a tampered public output (product)', async () => {
    const bad = [...publicSignals];
    bad[1] = '34';
    expect(await verify(artifacts.vkey, proof, bad)).toBe(false);
    expect(await onChain(proof, bad)).toBe(false);
  });

  it('rejects a public signal shifted by the field order (same value mod r)', async () => {
    const bad = [...publicSignals];
    bad[2] = (BigInt(bad[2]!) + R).toString();
    expect(await onChain(proof, bad)).toBe(false);
  });

  it('refuses to prove an input that does not satisfy the circuit', async () => {
    await expect(fullProve({ secretA: 1n, secretB: 2n }, artifacts)).rejects.toThrow(ProvingError);
  });

  it('proves with one witness calculator per loaded circuit: concurrent proofs get their own witnesses, and a refused input spoils none', async () => {
    // fullProve keeps the calculator of `artifacts.wasm` across proofs and queues its calls (prover/src/groth16.ts)
    const inputs = [5n, 7n, 9n].map((b) => ({ secretA: 3n, secretB: b, domain: 424242n }));
    const [refused, ...proved] = await Promise.allSettled([fullProve({ secretA: 1n, secretB: 2n }, artifacts), ...inputs.map((i) => fullProve(i, artifacts))]);
    expect(refused!.status).toBe('rejected');
    for (const [k, p] of proved.entries()) {
      if (p.status !== 'fulfilled') throw p.reason;
      expect(p.value.publicSignals.slice(1)).toEqual([String(3n * inputs[k]!.secretB), '424242']);
      expect(await verify(artifacts.vkey, p.value.proof, p.value.publicSignals)).toBe(true);
    }
    // after a refused input, the same circuit proves again
    await expect(fullProve({ secretA: 1n, secretB: 2n }, artifacts)).rejects.toThrow(ProvingError);
    const again = await fullProve(input, artifacts);
    expect(again.publicSignals).toEqual(publicSignals);
  });
});
