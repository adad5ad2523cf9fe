/**
 * Meter keys and EdDSA-Poseidon signatures on BabyJubJub, compatible with circomlib's
 * `EdDSAPoseidonVerifier`. Browser-safe: randomness from `crypto.getRandomValues`, no Buffer in
 * this module.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { BABYJUB_SUBORDER, bytesToHex, hexToBytes, isFieldElement } from './field.js';
import { poseidon } from './poseidon.js';
let instance;
function getEddsa() {
    // Imported on first use, like Poseidon (see poseidon.ts).
    instance ??= import('circomlibjs').then(({ buildEddsa }) => buildEddsa());
    return instance;
}
/** Length in bytes of a meter private key. */
export const METER_KEY_BYTES = 32;
/** A fresh random meter private key (32 bytes from the platform CSPRNG). */
export function generateMeterKey() {
    const key = new Uint8Array(METER_KEY_BYTES);
    globalThis.crypto.getRandomValues(key);
    return key;
}
/** Hex form of a private key, for key files. */
export function meterKeyToHex(priv) {
    checkPrivateKey(priv);
    return bytesToHex(priv);
}
/** Parses a private key from hex (64 hex digits, optional `0x`). */
export function meterKeyFromHex(hex, field = 'meterKey') {
    const bytes = hexToBytes(hex.trim());
    if (bytes === undefined || bytes.length !== METER_KEY_BYTES) {
        throw new ValidationError(field, `must be ${METER_KEY_BYTES * 2} hex digits`);
    }
    return bytes;
}
function checkPrivateKey(priv, field = 'privateKey') {
    if (!(priv instanceof Uint8Array) || priv.length !== METER_KEY_BYTES) {
        throw new ValidationError(field, `must be ${METER_KEY_BYTES} bytes`);
    }
}
function checkField(v, field) {
    if (typeof v !== 'bigint' || !isFieldElement(v))
        throw new ValidationError(field, 'must be a field element (0 <= v < p)');
}
/** The public key `(Ax, Ay)` of a meter private key. */
export async function meterPublicKey(priv) {
    checkPrivateKey(priv);
    const eddsa = await getEddsa();
    const [x, y] = eddsa.prv2pub(priv);
    return { x: eddsa.F.toObject(x), y: eddsa.F.toObject(y) };
}
/** The meter's key hash, `Poseidon2(Ax, Ay)` (public signal 0). */
export async function keyHash(pub) {
    return poseidon([pub.x, pub.y]);
}
/** Signs a statement (a field element) with EdDSA-Poseidon. */
export async function signStatement(priv, statement) {
    checkPrivateKey(priv);
    checkField(statement, 'statement');
    const eddsa = await getEddsa();
    const sig = eddsa.signPoseidon(priv, eddsa.F.e(statement));
    return { R8x: eddsa.F.toObject(sig.R8[0]), R8y: eddsa.F.toObject(sig.R8[1]), S: BigInt(sig.S) };
}
/**
 * True iff `signature` is a valid EdDSA-Poseidon signature of `statement` under `pub`, with every
 * value canonical (so the circuit's verifier accepts the same triple). Never throws on bad values.
 */
export async function verifyStatementSignature(pub, statement, signature) {
    const fieldValues = [pub.x, pub.y, statement, signature.R8x, signature.R8y];
    if (!fieldValues.every((v) => typeof v === 'bigint' && isFieldElement(v)))
        return false;
    if (typeof signature.S !== 'bigint' || signature.S < 0n || signature.S >= BABYJUB_SUBORDER)
        return false;
    const eddsa = await getEddsa();
    const A = [eddsa.F.e(pub.x), eddsa.F.e(pub.y)];
    const R8 = [eddsa.F.e(signature.R8x), eddsa.F.e(signature.R8y)];
    return eddsa.verifyPoseidon(eddsa.F.e(statement), { R8, S: signature.S }, A);
}
//# sourceMappingURL=eddsa.js.map