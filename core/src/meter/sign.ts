/**
 * Signed meter periods: what a meter (or its head-end system) hands the consumer.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { meterPublicKey, signStatement, verifyStatementSignature, type MeterPublicKey, type StatementSignature } from '../crypto/eddsa.js';
import { periodStatement } from './digest.js';
import { parseMeterPeriod, type MeterPeriod } from './period.js';

/** A meter period with the meter's public key, the statement and its EdDSA-Poseidon signature. */
export interface SignedPeriod extends MeterPeriod {
  /** The meter's public key `(Ax, Ay)`. */
  publicKey: MeterPublicKey;
  /** {@link periodStatement} of the period (carried for convenience; always re-derived when checked). */
  statement: bigint;
  /** Signature of `statement` under `publicKey`. */
  signature: StatementSignature;
}

/** Signs a period with the meter's private key. The period is validated first. */
export async function signPeriod(privKey: Uint8Array, period: MeterPeriod): Promise<SignedPeriod> {
  const p = parseMeterPeriod(period);
  const statement = await periodStatement(p);
  const [publicKey, signature] = await Promise.all([meterPublicKey(privKey), signStatement(privKey, statement)]);
  return { ...p, publicKey, statement, signature };
}

/** Why a signed period is not acceptable, or `undefined` if it is. */
export async function signedPeriodProblem(sp: SignedPeriod, root = 'signedPeriod'): Promise<{ field: string; reason: string } | undefined> {
  let statement: bigint;
  try {
    statement = await periodStatement(sp);
  } catch (e) {
    if (e instanceof ValidationError) return { field: e.field.replace(/^period/, root), reason: e.reason };
    throw e;
  }
  if (statement !== sp.statement) return { field: `${root}.statement`, reason: 'does not match the readings (the period was altered after signing)' };
  if (!(await verifyStatementSignature(sp.publicKey, statement, sp.signature))) {
    return { field: `${root}.signature`, reason: 'does not verify under the meter public key' };
  }
  return undefined;
}

/** True iff the statement matches the readings and the signature verifies under the public key. */
export async function verifySignedPeriod(sp: SignedPeriod): Promise<boolean> {
  return (await signedPeriodProblem(sp)) === undefined;
}

/** Like {@link verifySignedPeriod} but throws a ValidationError naming what is wrong. */
export async function assertSignedPeriod(sp: SignedPeriod, root = 'signedPeriod'): Promise<void> {
  const problem = await signedPeriodProblem(sp, root);
  if (problem !== undefined) throw new ValidationError(problem.field, problem.reason);
}
