/**
 * Typed wrappers around the parts of snarkjs the setup pipeline calls.
 * snarkjs is untyped (types/zk-modules.d.ts); keeping every call here means a
 * snarkjs upgrade touches one file.
 */
import * as snarkjs from 'snarkjs';
import { buildBn128Curve, installBn128 } from '../../prover/src/bn128-curve.js';
import { closingLeftovers } from './fd-guard.js';
import type { SnarkLogger } from './log.js';

type Curve = { terminate(): Promise<void> };

/**
 * snarkjs reports routine steps and multi-line hashes at `info`; the build
 * shows them as throttled progress instead, keeping warnings and errors.
 */
function quiet(log: SnarkLogger): SnarkLogger {
  const flat = (m: string) => String(m).replace(/\s+/g, ' ').trim();
  return {
    log: (m) => log.debug(flat(m)),
    debug: (m) => log.debug(flat(m)),
    info: (m) => log.debug(flat(m)),
    warn: (m) => log.warn(flat(m)),
    error: (m) => log.error(flat(m)),
  };
}

/**
 * BN254 ("bn128" in snarkjs), the curve Ethereum's pairing precompile supports: the shared
 * multi-threaded one, built from the checked cached wasm (prover/src/bn128-curve.ts).
 */
export async function bn128(): Promise<Curve> {
  return buildBn128Curve(false);
}

/** Run a snarkjs call that builds its curve itself, with the cached-wasm curve in its place first. */
const curved = <T>(call: () => Promise<T>): Promise<T> => installBn128().then(call);

/**
 * Stop ffjavascript's worker threads. snarkjs caches one multi-threaded curve
 * in a global; until it is terminated the Node process cannot exit.
 */
export async function terminateCurves(): Promise<void> {
  const g = globalThis as { curve_bn128?: Curve | null };
  if (g.curve_bn128) await g.curve_bn128.terminate();
}

export const ptauNew = (power: number, out: string, log: SnarkLogger): Promise<unknown> =>
  bn128().then((curve) => snarkjs.powersOfTau.newAccumulator(curve, power, out, quiet(log)));

export const ptauContribute = (inp: string, out: string, name: string, entropy: string, log: SnarkLogger): Promise<unknown> =>
  curved(() => snarkjs.powersOfTau.contribute(inp, out, name, entropy, quiet(log)));

export const ptauBeacon = (inp: string, out: string, name: string, beaconHex: string, iterExp: number, log: SnarkLogger): Promise<unknown> =>
  curved(() => snarkjs.powersOfTau.beacon(inp, out, name, beaconHex, iterExp, quiet(log)));

export const ptauPreparePhase2 = (inp: string, out: string, log: SnarkLogger): Promise<unknown> =>
  curved(() => snarkjs.powersOfTau.preparePhase2(inp, out, quiet(log)));

export const ptauVerify = (file: string, log: SnarkLogger): Promise<boolean> =>
  closingLeftovers([file], () => curved(() => snarkjs.powersOfTau.verify(file, quiet(log))));

export const zkeyNew = (r1cs: string, ptau: string, out: string, log: SnarkLogger): Promise<unknown> =>
  curved(() => snarkjs.zKey.newZKey(r1cs, ptau, out, quiet(log)));

export const zkeyContribute = (inp: string, out: string, name: string, entropy: string, log: SnarkLogger): Promise<unknown> =>
  curved(() => snarkjs.zKey.contribute(inp, out, name, entropy, quiet(log)));

export const zkeyVerifyFromR1cs = (r1cs: string, ptau: string, zkey: string, log: SnarkLogger): Promise<boolean> =>
  closingLeftovers([r1cs, ptau, zkey], () => curved(() => snarkjs.zKey.verifyFromR1cs(r1cs, ptau, zkey, quiet(log))));

export const zkeyExportVerificationKey = (zkey: string, log?: SnarkLogger): Promise<Record<string, unknown>> =>
  curved(() => snarkjs.zKey.exportVerificationKey(zkey, log && quiet(log)));

export const zkeyExportSolidityVerifier = (zkey: string, templates: { groth16: string }, log?: SnarkLogger): Promise<string> =>
  curved(() => snarkjs.zKey.exportSolidityVerifier(zkey, templates, log && quiet(log)));

/** A phase-2 contribution; resolves to snarkjs's 64-byte contribution hash. */
export const zkeyContributeHash = (inp: string | MemFile, out: string | MemFile, name: string, entropy: string, log: SnarkLogger): Promise<Uint8Array> =>
  curved(() => snarkjs.zKey.contribute(inp, out, name, entropy, quiet(log))) as Promise<Uint8Array>;

/**
 * A random-beacon contribution (`numIterationsExp` between 10 and 63); resolves to its contribution
 * hash, or `false` when snarkjs refuses the beacon (it logs why).
 */
export const zkeyBeacon = (inp: string, out: string, name: string, beaconHex: string, iterExp: number, log: SnarkLogger): Promise<Uint8Array | false> =>
  curved(() => snarkjs.zKey.beacon(inp, out, name, beaconHex, iterExp, quiet(log))) as Promise<Uint8Array | false>;

/** `zkey verify` against an initial zkey (made by `zkey new` from the r1cs and the ptau). */
export const zkeyVerifyFromInit = (init: string, ptau: string, zkey: string, log: SnarkLogger): Promise<boolean> =>
  closingLeftovers([init, ptau, zkey], () => curved(() => snarkjs.zKey.verifyFromInit(init, ptau, zkey, quiet(log))));

/** An in-memory file as snarkjs's fastfile takes it. */
export interface MemFile {
  type: 'mem';
  data?: Uint8Array;
}
