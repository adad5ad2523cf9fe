// The bill with the regulator's disclosure (bill_1d_30m_disclose; docs/disclosure-spec.md §4-§5, §10):
// the circuit encrypts exactly the engine's details to the key whose y it publishes, the regulator and
// the consumer decrypt them (also when the prover used (-x, y)), and a cheating prover cannot publish a
// ciphertext of other details, to another key, under another settlement's nonce, or with a foreign
// ephemeral key.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BILL_CIPHERTEXT_LENGTH,
  billDetails,
  decryptBillDisclosure,
  deriveEphemeralSecret,
  DISCLOSURE_SIGNAL_COUNT,
  DISCLOSURE_SIGNAL_OFFSET,
  disclosureNonce,
  disclosureSignalsOf,
  encryptBillDetails,
  openBillDisclosure,
  settlementSharedPoint,
  type BillDetails,
} from '../../core/src/bill/disclosure.js';
import { disclosurePublicKey, generateDisclosureKey, negatePoint } from '../../core/src/crypto/disclosure.js';
import { buildBillInput, expectedPublicSignals } from '../../prover/src/bill-input.js';
import { billCase, DOMAIN, dayProfile, fullTariff, midnight, type BillCase } from './cases.js';
import { loadCircuit, tamper, type CircuitUnderTest } from './harness.js';

const SHAPE = { name: 'bill_1d_30m_disclose', intervalsPerDay: 48, maxDays: 1 };
type Input = Record<string, string | string[]>;

describe('bill_1d_30m_disclose: the details encrypted to the regulator, inside the proof', () => {
  const regulator = generateDisclosureKey();
  const consumerSecret = 0x5eed_c0de_1234n;
  let c: CircuitUnderTest;
  let base: BillCase;
  let input: Input;
  let expected: string[];
  let w: bigint[];
  let e: bigint;
  let nonce: bigint;
  let honestDetails: BillDetails;
  const sig = (name: string) => c.signal(`main.${name}`);
  const ctIndexes = () => Array.from({ length: BILL_CIPHERTEXT_LENGTH }, (_, k) => sig(`disclosureCiphertext[${k}]`));

  beforeAll(async () => {
    c = await loadCircuit(SHAPE.name);
    base = await billCase({ name: 'bill_1d_30m', intervalsPerDay: 48, maxDays: 1 }, fullTariff(48), {
      start: midnight('2026-03-04', 3600),
      ...dayProfile(48, 1, 2),
    });
    nonce = disclosureNonce(base.signed.meterId, base.signed.periodStart);
    e = await deriveEphemeralSecret(consumerSecret, nonce);
    const opts = { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN, disclose: true, disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: e } };
    [input, expected] = await Promise.all([buildBillInput(base.tariff, base.signed, opts), expectedPublicSignals(base.tariff, base.signed, opts)]);
    honestDetails = billDetails(base.bill, base.signed.statement);
    w = await c.witness(input);
    expect(c.violated(w)).toEqual([]);
  });

  it('publishes signals 0-4 unchanged and five disclosure signals after them, as the engine computes', () => {
    expect(c.publicIndexes.length).toBe(DISCLOSURE_SIGNAL_OFFSET + DISCLOSURE_SIGNAL_COUNT);
    expect(c.publicIndexes.map((i) => w[i]!.toString())).toEqual(expected);
    expect(expected.slice(0, 5)).toEqual(base.expected);
    expect(sig('domain')).toBe(5);
    expect(sig('regulatorKeyY')).toBe(6);
    expect(DISCLOSURE_SIGNAL_COUNT).toBe(5);
  });

  it('the regulator decrypts the bill details, and the consumer opens its own copy from its secret', async () => {
    const s = disclosureSignalsOf(expected);
    expect(s.regulatorKeyY).toBe(regulator.publicKey.y);
    const seen = decryptBillDisclosure(s, regulator.secret, nonce);
    expect(seen).toEqual(honestDetails);
    // what the engine itemizes: per-band energy adds up to the bill's totals
    expect(seen.bandWh.reduce((a, b) => a + b, 0n)).toBe(base.bill.totalImportWh);
    expect(seen.exportBandWh.reduce((a, b) => a + b, 0n)).toBe(base.bill.totalExportWh);
    expect(seen.bandWh.filter((x) => x > 0n).length).toBeGreaterThan(1);
    expect(seen.statement).toBe(base.signed.statement);
    // the consumer re-derives e from its one secret; the shared point opens this settlement only
    const shared = settlementSharedPoint(await deriveEphemeralSecret(consumerSecret, nonce), regulator.publicKey);
    expect(openBillDisclosure(s, shared, nonce)).toEqual(honestDetails);
    expect(() => openBillDisclosure(s, shared, nonce + 1n)).toThrow(/does not open/);
    expect(() => decryptBillDisclosure(s, generateDisclosureKey().secret, nonce)).toThrow(/does not decrypt/);
  });

  it('the witness calculator refuses posted disclosure signals other than the computed ones', async () => {
    const bad = JSON.parse(JSON.stringify(input)) as Input;
    (bad.disclosureCiphertext as string[])[1] = (BigInt((bad.disclosureCiphertext as string[])[1]!) + 1n).toString();
    await expect(c.witness(bad)).rejects.toThrow(/Assert Failed/);
    // another key's y with this key's x: not a curve point
    const otherY = { ...input, regulatorKeyY: generateDisclosureKey().publicKey.y.toString() };
    await expect(c.witness(otherY)).rejects.toThrow(/Assert Failed/);
  });

  it('a prover that encrypts to (-x, y) publishes the very same signals, which the regulator decrypts', async () => {
    const neg = await buildBillInput(base.tariff, base.signed, {
      intervalsPerDay: 48,
      maxDays: 1,
      domain: DOMAIN,
      disclose: true,
      disclosure: { regulatorKey: negatePoint(regulator.publicKey), ephemeralSecret: e },
    });
    expect(neg.regulatorKeyX).not.toBe(input.regulatorKeyX);
    const wn = await c.witness(neg);
    expect(c.violated(wn)).toEqual([]);
    // e(-R) = -(eR): the same y, the same cipher key, the same ciphertext; the chain sees no difference
    expect(c.publicIndexes.map((i) => wn[i]!.toString())).toEqual(expected);
    expect(decryptBillDisclosure(disclosureSignalsOf(expected), regulator.secret, nonce)).toEqual(honestDetails);
  });

  it('no valid witness for a ciphertext of other details (a band moved, the peak, the statement)', async () => {
    const variants: BillDetails[] = [
      { ...honestDetails, bandWh: honestDetails.bandWh.map((x, b) => (b === 0 ? x - 1n : b === 1 ? x + 1n : x)) },
      { ...honestDetails, exportBandWh: honestDetails.exportBandWh.map((x, b) => (b === 1 ? x + 5n : x)) },
      { ...honestDetails, peakWh: 1n },
      { ...honestDetails, statement: honestDetails.statement + 1n },
    ];
    for (const d of variants) {
      const lie = await encryptBillDetails(d, regulator.publicKey, e, nonce);
      const fixed = new Map(ctIndexes().map((idx, k) => [idx, lie.ciphertext[k]!] as [number, bigint]));
      expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
      expect(c.violated(tamper(w, [...fixed])).length).toBeGreaterThan(0);
    }
  });

  it("no valid witness encrypting to another key under the registered key's y", async () => {
    const other = generateDisclosureKey();
    const lie = await encryptBillDetails(honestDetails, other.publicKey, e, nonce);
    for (const x of [other.publicKey.x, regulator.publicKey.x]) {
      const fixed = new Map<number, bigint>([
        [sig('regulatorKeyX'), x],
        [sig('regulatorKeyY'), regulator.publicKey.y],
        ...ctIndexes().map((idx, k) => [idx, lie.ciphertext[k]!] as [number, bigint]),
      ]);
      expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
    }
    // and honestly encrypting to the other key publishes the other key's y (the chain refuses it)
    const honestOther = await buildBillInput(base.tariff, base.signed, {
      intervalsPerDay: 48,
      maxDays: 1,
      domain: DOMAIN,
      disclose: true,
      disclosure: { regulatorKey: other.publicKey, ephemeralSecret: e },
    });
    const w2 = await c.witness(honestOther);
    expect(w2[sig('regulatorKeyY')]).toBe(other.publicKey.y);
  });

  it("a reused ephemeral secret never reuses a key stream: another settlement's nonce is refused", async () => {
    const otherNonce = disclosureNonce(base.signed.meterId, base.signed.periodStart + 86400);
    const lie = await encryptBillDetails(honestDetails, regulator.publicKey, e, otherNonce);
    const fixed = new Map(ctIndexes().map((idx, k) => [idx, lie.ciphertext[k]!] as [number, bigint]));
    expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
    // the same e and details for the next day: linkable (same ephemeral key), but no element repeats
    const honest = disclosureSignalsOf(expected);
    expect(lie.ephemeralKeyY).toBe(honest.ephemeralKeyY);
    for (const x of lie.ciphertext) expect(honest.ciphertext).not.toContain(x);
  });

  it('no valid witness with an ephemeral key that is not e * Base8', async () => {
    const foreign = disclosurePublicKey(e + 1n).y;
    expect(c.violated(c.solve(w, new Map([[sig('ephemeralKeyY'), foreign]]))).length).toBeGreaterThan(0);
    expect(c.violated(tamper(w, [[sig('disclosureSecret'), e + 1n]])).length).toBeGreaterThan(0);
  });

  it('refuses bad disclosure options with the field named', async () => {
    const opts = { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN };
    await expect(buildBillInput(base.tariff, base.signed, { ...opts, disclose: true })).rejects.toThrow(/options\.disclosure: is required/);
    await expect(
      buildBillInput(base.tariff, base.signed, { ...opts, disclose: true, disclosure: { regulatorKey: { x: 1n, y: 2n }, ephemeralSecret: e } }),
    ).rejects.toThrow(/regulatorKey: is not a BabyJubJub point/);
    await expect(
      buildBillInput(base.tariff, base.signed, { ...opts, disclose: true, disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: 0n } }),
    ).rejects.toThrow(/ephemeralSecret/);
    await expect(buildBillInput(base.tariff, base.signed, { ...opts, disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: e } })).rejects.toThrow(
      /has no disclosure/,
    );
  });
});
