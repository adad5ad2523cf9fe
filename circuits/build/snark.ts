/**
 * Typed wrappers around the parts of snarkjs the setup pipeline calls.
 * snarkjs is untyped (types/zk-modules.d.ts); keeping every call here means a
 * snarkjs upgrade touches one file.
 */
import * as snarkjs from 'snarkjs';
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

/** BN254 ("bn128" in snarkjs), the curve Ethereum's pairing precompile supports. */
export async function bn128(): Promise<Curve> {
  return (await snarkjs.curves.getCurveFromName('bn128')) as Curve;
}

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
  snarkjs.powersOfTau.contribute(inp, out, name, entropy, quiet(log));

export const ptauBeacon = (inp: string, out: string, name: string, beaconHex: string, iterExp: number, log: SnarkLogger): Promise<unknown> =>
  snarkjs.powersOfTau.beacon(inp, out, name, beaconHex, iterExp, quiet(log));

export const ptauPreparePhase2 = (inp: string, out: string, log: SnarkLogger): Promise<unknown> => snarkjs.powersOfTau.preparePhase2(inp, out, quiet(log));

export const ptauVerify = (file: string, log: SnarkLogger): Promise<boolean> => closingLeftovers([file], () => snarkjs.powersOfTau.verify(file, quiet(log)));

export const zkeyNew = (r1cs: string, ptau: string, out: string, log: SnarkLogger): Promise<unknown> => snarkjs.zKey.newZKey(r1cs, ptau, out, quiet(log));

export const zkeyContribute = (inp: string, out: string, name: string, entropy: string, log: SnarkLogger): Promise<unknown> =>
  snarkjs.zKey.contribute(inp, out, name, entropy, quiet(log));

export const zkeyVerifyFromR1cs = (r1cs: string, ptau: string, zkey: string, log: SnarkLogger): Promise<boolean> =>
  closingLeftovers([r1cs, ptau, zkey], () => snarkjs.zKey.verifyFromR1cs(r1cs, ptau, zkey, quiet(log)));

export const zkeyExportVerificationKey = (zkey: string, log?: SnarkLogger): Promise<Record<string, unknown>> =>
  snarkjs.zKey.exportVerificationKey(zkey, log && quiet(log));

export const zkeyExportSolidityVerifier = (zkey: string, templates: { groth16: string }, log?: SnarkLogger): Promise<string> =>
  snarkjs.zKey.exportSolidityVerifier(zkey, templates, log && quiet(log));
