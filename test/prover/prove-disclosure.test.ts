// proveBill on a circuit with the regulator's disclosure (bill_1d_30m_disclose): the ten public
// signals are checked against the engine, a missing disclosure is refused before proving, and
// verifyBill accepts the proof only with the proven ciphertext. (The constraint-level tests are in
// test/circuits/bill-disclosure.test.ts, which the mutant tool runs without proving keys.)
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEphemeralSecret, disclosureNonce } from '../../core/src/bill/disclosure.js';
import { generateDisclosureKey } from '../../core/src/crypto/disclosure.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { expectedPublicSignals } from '../../prover/src/bill-input.js';
import { proveBill } from '../../prover/src/prove-bill.js';
import { verifyBill } from '../../prover/src/verify-bill.js';
import { billCase, DOMAIN, dayProfile, fullTariff, midnight, type BillCase } from '../circuits/cases.js';
import { PROOF_CACHE_ENV } from '../../prover/src/proof-cache.js';

// These tests exercise proving itself (the worker, its phases and timings): never a proof from the run's cache.
delete process.env[PROOF_CACHE_ENV];

const SHAPE = { name: 'bill_1d_30m_disclose' };

describe('proveBill with disclosure', () => {
  const regulator = generateDisclosureKey();
  let base: BillCase;
  let e: bigint;
  let expected: string[];

  beforeAll(async () => {
    base = await billCase({ name: 'bill_1d_30m', intervalsPerDay: 48, maxDays: 1 }, fullTariff(48), {
      start: midnight('2026-03-04', 3600),
      ...dayProfile(48, 1, 2),
    });
    e = await deriveEphemeralSecret(99n, disclosureNonce(base.signed.meterId, base.signed.periodStart));
    expected = await expectedPublicSignals(base.tariff, base.signed, {
      intervalsPerDay: 48,
      maxDays: 1,
      domain: DOMAIN,
      disclose: true,
      disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: e },
    });
  });

  it('proveBill proves it (eleven signals checked against the engine) and verifyBill accepts only the proven ones', async () => {
    const common = { tariff: base.tariff, signedPeriod: base.signed, circuit: SHAPE.name, domain: DOMAIN, inline: true };
    await expect(proveBill(common)).rejects.toThrow(/options\.disclosure: is required/);
    const p = await proveBill({ ...common, disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: e } });
    expect(p.publicSignals).toEqual(expected);
    const { vkey } = await loadCircuitArtifacts(SHAPE.name);
    expect(await verifyBill({ proof: p.proof, publicSignals: p.publicSignals, vkey })).toBe(true);
    const tampered = p.publicSignals.map((v, i) => (i === 9 ? (BigInt(v) + 1n).toString() : v));
    expect(await verifyBill({ proof: p.proof, publicSignals: tampered, vkey })).toBe(false);
  }, 240_000);
});
