// The regulator's key split 2-of-3 among supervisory bodies (core/src/crypto/threshold.ts,
// docs/disclosure-spec.md §9): a key generation without a dealer, the combined key registered like any
// other, and a real bill_1d_30m_disclose_hourly witness encrypted to it. Any two bodies open the
// settlement by threshold ECDH; one body alone cannot; a dealer's bad share and a body's wrong partial
// decryption are caught by their proofs.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  billDetails,
  deriveEphemeralSecret,
  disclosureNonce,
  disclosureSignalsOf,
  ephemeralKeyCandidates,
  hourlyImportWh,
  openWithCombinedPoint,
  type BillDisclosureSignals,
} from '../../core/src/bill/disclosure.js';
import { addPoint, mulPointEscalar, type Point } from '@zk-kit/baby-jubjub';
import { generateDisclosureKey, isCurvePoint, negatePoint, randomScalar } from '../../core/src/crypto/disclosure.js';
import { addAffine, mulPoint } from '../../core/src/crypto/eddsa.js';
import { BABYJUB_SUBORDER } from '../../core/src/crypto/field.js';
import {
  combineKeyShares,
  combinePartials,
  dealKeyShares,
  inSubgroup,
  type KeyDeal,
  publicSharesMatch,
  type KeyShare,
  partialDecrypt,
  verifyPartial,
} from '../../core/src/crypto/threshold.js';
import { buildBillInput } from '../../prover/src/bill-input.js';
import { billCase, DOMAIN, dayProfile, fullTariff, midnight, type BillCase } from './cases.js';
import { loadCircuit } from './harness.js';

describe('2-of-3 supervisory bodies open a disclosed settlement by threshold ECDH', () => {
  let deals: KeyDeal[];
  let bodies: KeyShare[];
  let base: BillCase;
  let signals: BillDisclosureSignals;
  let nonce: bigint;
  let E: { x: bigint; y: bigint };

  beforeAll(async () => {
    deals = [1, 2, 3].map((j) => dealKeyShares(j));
    bodies = [1, 2, 3].map((j) => combineKeyShares(j, deals));
    base = await billCase({ name: 'bill_1d_30m', intervalsPerDay: 48, maxDays: 1 }, fullTariff(48), {
      start: midnight('2026-03-04', 3600),
      ...dayProfile(48, 1, 2),
    });
    nonce = disclosureNonce(base.signed.meterId, base.signed.periodStart);
    const c = await loadCircuit('bill_1d_30m_disclose_hourly');
    const input = await buildBillInput(base.tariff, base.signed, {
      intervalsPerDay: 48,
      maxDays: 1,
      domain: DOMAIN,
      disclose: true,
      disclosureLayout: 2,
      disclosure: { regulatorKey: bodies[0]!.publicKey, ephemeralSecret: await deriveEphemeralSecret(0x7e5en, nonce) },
    });
    const w = await c.witness(input);
    expect(c.violated(w)).toEqual([]);
    // what the chain would carry: the proof's public signals
    signals = disclosureSignalsOf(
      c.publicIndexes.map((i) => w[i]!),
      2,
    );
    E = ephemeralKeyCandidates(signals.ephemeralKeyY)[0]!;
  });

  it('every body derives the same public key (registered as usual) and public shares; nobody holds the secret', async () => {
    for (const b of bodies) {
      expect(b.publicKey).toEqual(bodies[0]!.publicKey);
      expect(b.publicShares).toEqual(bodies[0]!.publicShares);
    }
    expect(isCurvePoint(bodies[0]!.publicKey) && inSubgroup(bodies[0]!.publicKey)).toBe(true);
    expect(signals.regulatorKeyY).toBe(bodies[0]!.publicKey.y);
    expect(new Set(bodies.map((b) => b.share)).size).toBe(3);
  });

  it('any two bodies open the settlement: the details of the proof, hours of the day included', async () => {
    const want = billDetails(base.bill, base.signed.statement, { hourWh: hourlyImportWh(base.tariff, base.signed) });
    const partials = await Promise.all(bodies.map((b) => partialDecrypt(b, E)));
    for (const pair of [
      [0, 1],
      [0, 2],
      [2, 1],
    ]) {
      const shared = await combinePartials(
        pair.map((k) => partials[k]!),
        bodies[0]!.publicShares,
        E,
      );
      expect(openWithCombinedPoint(signals, shared, nonce)).toEqual(want);
      // only its y is the cipher key: the combination on the other x of E.y (-(rE)) opens it as well
      expect(openWithCombinedPoint(signals, negatePoint(shared), nonce)).toEqual(want);
    }
  });

  it('one body alone cannot: its partial point is no shared point of the settlement', async () => {
    const one = await partialDecrypt(bodies[1]!, E);
    expect(() => openWithCombinedPoint(signals, one.point, nonce)).toThrow(/does not open/);
    await expect(combinePartials([one], bodies[0]!.publicShares, E)).rejects.toThrow(/need 2 bodies/);
    await expect(combinePartials([one, one], bodies[0]!.publicShares, E)).rejects.toThrow(/need 2 bodies/);
  });

  it("a body's wrong partial decryption is caught by its proof, before it can spoil the combination", async () => {
    const honest = await partialDecrypt(bodies[0]!, E);
    // another share's point under this body's proof, or this point with a proof of another body
    const other = await partialDecrypt(bodies[2]!, E);
    const forged = { ...honest, point: other.point };
    expect(await verifyPartial(honest, bodies[0]!.publicShares[0]!, E)).toBe(true);
    expect(await verifyPartial(forged, bodies[0]!.publicShares[0]!, E)).toBe(false);
    expect(await verifyPartial({ ...other, index: 1 }, bodies[0]!.publicShares[0]!, E)).toBe(false);
    expect(await verifyPartial({ ...honest, proof: { ...honest.proof, z: honest.proof.z + 1n } }, bodies[0]!.publicShares[0]!, E)).toBe(false);
    await expect(combinePartials([forged, other], bodies[0]!.publicShares, E)).rejects.toThrow(/body 1's partial decryption does not verify/);
    // a point outside the prime-order subgroup is refused (it would leak the share modulo the cofactor)
    const lowOrder = { x: 0n, y: 21888242871839275222246405745257275088548364400416034343698204186575808495616n };
    await expect(partialDecrypt(bodies[0]!, lowOrder)).rejects.toThrow(/prime-order subgroup/);
  });

  it("the split's point arithmetic (extended coordinates) is zk-kit's, on random and edge scalars and a low-order point", () => {
    const lowOrder: Point<bigint> = [0n, 21888242871839275222246405745257275088548364400416034343698204186575808495616n];
    const p = generateDisclosureKey().publicKey;
    const P: Point<bigint> = [p.x, p.y];
    for (const s of [0n, 1n, 2n, BABYJUB_SUBORDER - 1n, BABYJUB_SUBORDER, BABYJUB_SUBORDER + 1n, randomScalar(), randomScalar()]) {
      expect(mulPoint(P, s)).toEqual(mulPointEscalar(P, s));
      expect(mulPoint(lowOrder, s)).toEqual(mulPointEscalar(lowOrder, s));
    }
    const q = generateDisclosureKey().publicKey;
    expect(addAffine(P, [q.x, q.y])).toEqual(addPoint(P, [q.x, q.y]));
    expect(addAffine(P, P)).toEqual(addPoint(P, P));
    expect(
      addAffine(P, [
        (21888242871839275222246405745257275088548364400416034343698204186575808495617n - p.x) %
          21888242871839275222246405745257275088548364400416034343698204186575808495617n,
        p.y,
      ]),
    ).toEqual([0n, 1n]);
  });

  it("a combined key file's public shares must be one split's: swapped or altered shares, another key", () => {
    const { publicKey, publicShares } = bodies[0]!;
    expect(publicSharesMatch(publicKey, publicShares)).toBe(true);
    expect(publicSharesMatch(publicKey, [publicShares[0]!, publicShares[2]!, publicShares[1]!])).toBe(false);
    expect(publicSharesMatch(publicKey, [publicShares[0]!, publicShares[1]!, negatePoint(publicShares[2]!)])).toBe(false);
    expect(publicSharesMatch(generateDisclosureKey().publicKey, publicShares)).toBe(false);
    expect(publicSharesMatch(publicKey, publicShares.slice(0, 2))).toBe(false);
  });

  it("a dealer's share that does not match its commitments is refused by the receiving body", () => {
    const bad = deals.map((d) => (d.dealer === 2 ? { ...d, shares: d.shares.map((s, k) => (k === 0 ? s + 1n : s)) } : d));
    expect(() => combineKeyShares(1, bad)).toThrow(/deals\[2\]\.shares\[1\]: does not match dealer 2's commitments/);
    // the other bodies' shares from that dealer are fine
    expect(combineKeyShares(3, bad).publicKey).toEqual(bodies[0]!.publicKey);
    expect(() => combineKeyShares(1, deals.slice(0, 2))).toThrow(/one deal from each/);
  });
});
