/**
 * The snarkjs proof object of a settled proof (the calldata's a, b, c), for re-verification. Its own
 * module, without the audit's Node-only imports, so that the browser's disclosure audit can use it.
 * @packageDocumentation
 */
import type { Groth16Proof } from '../../../prover/src/groth16.js';
import type { SettledProof } from '../chain/settlement.js';

/** snarkjs proof from the settled proof's Solidity-order points (undoing the G2 coordinate swap). */
export function proofFromEvent(p: SettledProof): Groth16Proof {
  const s = (v: bigint): string => v.toString();
  return {
    pi_a: [s(p.a[0]), s(p.a[1]), '1'],
    pi_b: [
      [s(p.b[0][1]), s(p.b[0][0])],
      [s(p.b[1][1]), s(p.b[1][0])],
      ['1', '0'],
    ],
    pi_c: [s(p.c[0]), s(p.c[1]), '1'],
    protocol: 'groth16',
    curve: 'bn128',
  };
}
