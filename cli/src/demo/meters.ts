/**
 * The demos' meters, salts and secrets. Each is derived from what it belongs to instead of
 * drawn at random: a demo is a public fixture (its chain accounts are Hardhat's well-known ones
 * too, its tariffs' salts fixed), and so a demo proves the same statements on every run (on a
 * fresh chain the contracts land at the same addresses); a development proof cache
 * (`WATTPROOF_PROOF_CACHE`, on in `npm test`) then proves each of them once, and the in-process and
 * the JSON-RPC runs of a demo share their proofs. A real meter's key comes from `wattproof meter
 * keygen`, a real salt or secret from fresh randomness.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { FIELD_P } from '../../../core/src/crypto/field.js';
import { Meter } from '../../../sdk/src/roles/meter.js';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** The demo meter `meterId`, its key sha256("wattproof demo meter <id>"). */
export function demoMeter(meterId: bigint): Meter {
  return Meter.fromPrivateKey(meterId, new Uint8Array(digest(`wattproof demo meter ${meterId}`)));
}

/**
 * A demo's salt or secret named `label` (a year-to-date commitment's, an agreement's terms', a
 * disclosure key's), a field element below `modulus` (default the BN254 scalar field) and nonzero.
 */
export function demoSecret(label: string, modulus: bigint = FIELD_P): bigint {
  return (BigInt(`0x${digest(`wattproof demo ${label}`).toString('hex')}`) % (modulus - 1n)) + 1n;
}
