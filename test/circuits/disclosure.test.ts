// Verifiable disclosure (circuits/lib/disclosure.circom, docs/disclosure-spec.md, construction v3 of
// §10): the circuit and its TypeScript twin (core/src/crypto/disclosure.ts, on @zk-kit/poseidon-cipher)
// agree on random inputs, the recipient decrypts what the circuit encrypted (also when the prover
// used (-x, y) for its key), and a prover cannot post a ciphertext, an ephemeral key or a recipient
// other than the proven ones. `Disclosure(5, 1)`: the general caller's variant, with the nonce's
// 2^128 range check and x != 0 as constraints.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CurvePoint,
  decryptDetails,
  decryptWithSharedY,
  encryptDetails,
  generateDisclosureKey,
  negatePoint,
  randomScalar,
  sharedPoint,
} from '../../core/src/crypto/disclosure.js';
import { FIELD_P } from './harness.js';
import { libCircuit, str } from './lib-harness.js';

const L = 5;
const CT = 6; // 3 * ceil(5 / 3): no authentication element

function input(details: bigint[], recipient: CurvePoint, e: bigint, nonce: bigint) {
  return {
    details: details.map(str),
    recipient: [str(recipient.x), str(recipient.y)],
    ephemeralSecret: str(e),
    nonce: str(nonce),
  };
}

const fieldArb = fc.bigInt({ min: 0n, max: FIELD_P - 1n });
const nonceArb = fc.bigInt({ min: 0n, max: (1n << 128n) - 1n });

describe('Disclosure(5): circuit and TypeScript twin', () => {
  const t = libCircuit('lib_disclosure');
  const regulator = generateDisclosureKey();

  it('agree on random details, keys and nonces, and the recipient decrypts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fieldArb, { minLength: L, maxLength: L }), nonceArb, async (details, nonce) => {
        const e = randomScalar();
        const w = await t.ok(input(details, regulator.publicKey, e, nonce));
        const ts = await encryptDetails(details, regulator.publicKey, e, nonce);
        expect(Array.from({ length: CT }, (_, k) => t.out(w, `ciphertext[${k}]`))).toEqual(ts.ciphertext);
        expect([t.out(w, 'ephemeralKey[0]'), t.out(w, 'ephemeralKey[1]')]).toEqual([ts.ephemeralKey.x, ts.ephemeralKey.y]);
        expect(ts.recipientY).toBe(regulator.publicKey.y);
        expect(decryptDetails(ts, regulator.secret, nonce, L)).toEqual(details);
      }),
      { numRuns: 6 },
    );
  });

  it('nobody else decrypts: another key, another nonce, a tampered element (the zero padding of the last block refuses them)', async () => {
    const details = [1n, 2n, 3n, 4n, 5n];
    const d = await encryptDetails(details, regulator.publicKey, randomScalar(), 77n);
    expect(() => decryptDetails(d, generateDisclosureKey().secret, 77n, L)).toThrow(/does not decrypt/);
    expect(() => decryptDetails(d, regulator.secret, 78n, L)).toThrow(/does not decrypt/);
    for (const k of [2, CT - 1]) {
      const tampered = { ...d, ciphertext: d.ciphertext.map((c, i) => (i === k ? (c + 1n) % FIELD_P : c)) };
      expect(() => decryptDetails(tampered, regulator.secret, 77n, L), `ciphertext[${k}]`).toThrow(/does not decrypt/);
    }
  });

  it('a prover that encrypts to (-x, y) posts what the regulator decrypts all the same (one y, one cipher key)', async () => {
    const e = randomScalar();
    const details = [31n, 41n, 59n, 26n, 53n];
    const w = await t.ok(input(details, negatePoint(regulator.publicKey), e, 12n));
    const honest = await encryptDetails(details, regulator.publicKey, e, 12n);
    // the same ciphertext as to (x, y): the key is the shared point's y, and e(-R) = -(eR)
    expect(Array.from({ length: CT }, (_, k) => t.out(w, `ciphertext[${k}]`))).toEqual(honest.ciphertext);
    expect(decryptDetails(honest, regulator.secret, 12n, L)).toEqual(details);
    // and the regulator may take either x of the published ephemeral y
    expect(decryptDetails({ ...honest, ephemeralKey: negatePoint(honest.ephemeralKey) }, regulator.secret, 12n, L)).toEqual(details);
  });

  it('the consumer opens one settlement for an ombudsman with the shared point alone', async () => {
    const e = randomScalar();
    const details = [9n, 8n, 7n, 6n, 5n];
    const d = await encryptDetails(details, regulator.publicKey, e, 5n);
    // The consumer knows e, so the shared point; it reveals neither e nor any long-term key.
    expect(decryptWithSharedY(d.ciphertext, sharedPoint(e, regulator.publicKey).y, 5n, L)).toEqual(details);
  });

  it('a reused ephemeral secret under another nonce (another meter-period) gives an unrelated key stream', async () => {
    const e = randomScalar();
    const same = [100n, 200n, 300n, 400n, 500n];
    const a = await encryptDetails(same, regulator.publicKey, e, 1n);
    const b = await encryptDetails(same, regulator.publicKey, e, 2n);
    // Equal plaintexts would give equal ciphertexts under one stream; here no element matches.
    for (let k = 0; k < CT; k++) expect(a.ciphertext[k]).not.toBe(b.ciphertext[k]);
  });

  it('refuses a nonce of 2^128 or more, a recipient off the curve and a recipient with x = 0 (no witness)', async () => {
    await t.rejected(input([1n, 2n, 3n, 4n, 5n], regulator.publicKey, randomScalar(), 1n << 128n));
    await t.rejected(input([1n, 2n, 3n, 4n, 5n], { x: regulator.publicKey.x, y: regulator.publicKey.y + 1n }, randomScalar(), 1n));
    // the identity and the point of order 2: on the curve, but their shared point ignores e
    await t.rejected(input([1n, 2n, 3n, 4n, 5n], { x: 0n, y: 1n }, randomScalar(), 1n));
    await t.rejected(input([1n, 2n, 3n, 4n, 5n], { x: 0n, y: FIELD_P - 1n }, randomScalar(), 1n));
  });

  describe('a cheating prover (witness re-derived from the R1CS) cannot', () => {
    const details = [11n, 22n, 33n, 44n, 55n];
    const honest = () => t.ok(input(details, regulator.publicKey, randomScalar(), 9n));

    it('post a ciphertext element other than the proven one', async () => {
      const w = await honest();
      for (const k of [0, 4, CT - 1]) {
        const cheat = t.cheat(w, { [`ciphertext[${k}]`]: t.out(w, `ciphertext[${k}]`) + 1n });
        expect(t.c.violated(cheat).length, `ciphertext[${k}]`).toBeGreaterThan(0);
      }
    });

    it('keep the posted ciphertext while encrypting other details', async () => {
      const w = await honest();
      const keep = Object.fromEntries(Array.from({ length: CT }, (_, k) => [`ciphertext[${k}]`, t.out(w, `ciphertext[${k}]`)]));
      for (const i of [0, L - 1]) {
        const cheat = t.cheat(w, { ...keep, [`details[${i}]`]: details[i]! + 1n });
        expect(t.c.violated(cheat).length, `details[${i}]`).toBeGreaterThan(0);
      }
    });

    it('post an ephemeral key that is not its secret times the base point', async () => {
      const w = await honest();
      const other = generateDisclosureKey().publicKey;
      const cheat = t.cheat(w, { 'ephemeralKey[0]': other.x, 'ephemeralKey[1]': other.y });
      expect(t.c.violated(cheat).length).toBeGreaterThan(0);
    });

    it("name the regulator's y while encrypting to another key", async () => {
      const w = await honest();
      const other = generateDisclosureKey().publicKey;
      // the ciphertext kept, the recipient's y replaced (x re-derived where the R1CS allows)
      const keep = Object.fromEntries(Array.from({ length: CT }, (_, k) => [`ciphertext[${k}]`, t.out(w, `ciphertext[${k}]`)]));
      const cheat = t.cheat(w, { ...keep, 'recipient[1]': other.y });
      expect(t.c.violated(cheat).length).toBeGreaterThan(0);
    });

    it('use a recipient with x = 0 (x * xInv = 1 is violated whatever xInv)', async () => {
      const w = await honest();
      for (const xInv of [0n, 1n, t.out(w, 'recipientXInv')]) {
        const cheat = t.cheat(w, { 'recipient[0]': 0n, 'recipient[1]': 1n, recipientXInv: xInv });
        expect(t.c.violated(cheat).length, `xInv ${xInv}`).toBeGreaterThan(0);
      }
    });
  });
});
