/**
 * Signed meter periods: what a meter (or its head-end system) hands the consumer.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { meterPublicKey, signStatement, verifyStatementSignature, } from '../crypto/eddsa.js';
import { periodStatement } from './digest.js';
import { parseMeterPeriod } from './period.js';
/** Signs a period with the meter's private key. The period is validated first. */
export async function signPeriod(privKey, period) {
    const p = parseMeterPeriod(period);
    const statement = await periodStatement(p);
    const [publicKey, signature] = await Promise.all([meterPublicKey(privKey), signStatement(privKey, statement)]);
    return { ...p, publicKey, statement, signature };
}
/** Why a signed period is not acceptable, or `undefined` if it is. */
export async function signedPeriodProblem(sp, root = 'signedPeriod') {
    let statement;
    try {
        statement = await periodStatement(sp);
    }
    catch (e) {
        if (e instanceof ValidationError)
            return { field: e.field.replace(/^period/, root), reason: e.reason };
        throw e;
    }
    if (statement !== sp.statement)
        return { field: `${root}.statement`, reason: 'does not match the readings (the period was altered after signing)' };
    if (!(await verifyStatementSignature(sp.publicKey, statement, sp.signature))) {
        return { field: `${root}.signature`, reason: 'does not verify under the meter public key' };
    }
    return undefined;
}
/** True iff the statement matches the readings and the signature verifies under the public key. */
export async function verifySignedPeriod(sp) {
    return (await signedPeriodProblem(sp)) === undefined;
}
/** Like {@link verifySignedPeriod} but throws a ValidationError naming what is wrong. */
export async function assertSignedPeriod(sp, root = 'signedPeriod') {
    const problem = await signedPeriodProblem(sp, root);
    if (problem !== undefined)
        throw new ValidationError(problem.field, problem.reason);
}
//# sourceMappingURL=sign.js.map