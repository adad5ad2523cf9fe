// DisclosedSettlement (contracts/DisclosedSettlement.sol) with real proofs of bill_1d_30m_disclose on
// Hardhat's EVM (construction v3, docs/disclosure-spec.md §10: five disclosure signals): the honest round
// trip (settle, then the regulator decrypts the details from the calldata), a prover that used (-x, y),
// and the adversarial cases: a proof encrypting to another key (its y refused), to an expired epoch's
// key, a posted ciphertext word other than the proven one (each word: the proof is the ciphertext's only
// integrity now), a disclosure signal out of the field, and the non-disclosing entry points closed.
import { beforeAll, describe, expect, it } from 'vitest';
import { billDetails, decryptBillDisclosure, deriveEphemeralSecret, disclosureNonce, disclosureSignalsOf } from '../../core/src/bill/disclosure.js';
import { computeBill } from '../../core/src/bill/compute.js';
import { settlementDomain } from '../../core/src/bill/signals.js';
import { type CurvePoint, generateDisclosureKey, negatePoint } from '../../core/src/crypto/disclosure.js';
import { signPeriod } from '../../core/src/meter/index.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { buildBillInput } from '../../prover/src/bill-input.js';
import { toSolidityArgs } from '../../prover/src/groth16.js';
import { fullProveCached } from '../../prover/src/proof-cache.js';
import { audit } from '../../sdk/src/audit/audit.js';
import { auditDisclosures } from '../../sdk/src/audit/disclosure-audit.js';
import { type DisclosedSettlementClient, disclosureFromCalldata } from '../../sdk/src/chain/disclosed-settlement.js';
import { DisclosureKeysClient } from '../../sdk/src/chain/disclosure-keys.js';
import { expectRevert } from './fixtures.js';
import { afterDay, createDisclosedWorld, DAY, KEY_1, KEY_2, ledgerAs, METER_1, METER_2, provider, proveBill, readings, type World } from './world.js';

const CIRCUIT = 'bill_1d_30m_disclose';
const CONSUMER_SECRET = 0xc0ffeen;

describe('DisclosedSettlement: the regulator key in force, the proven ciphertext', () => {
  let w: World;
  let ledger: DisclosedSettlementClient;
  let address: string;
  let keysAddress: string;
  const k0 = generateDisclosureKey();
  const k1 = generateDisclosureKey();
  const stranger = generateDisclosureKey();
  const artifacts = loadCircuitArtifacts(CIRCUIT);

  async function prove(day: number, regulatorKey: CurvePoint) {
    const signed = await signPeriod(KEY_1, { meterId: METER_1, periodStart: w.d0 + day * DAY, intervalSeconds: DAY / 48, ...readings('base', 48, 1) });
    const nonce = disclosureNonce(METER_1, signed.periodStart);
    const input = await buildBillInput(w.tariff, signed, {
      intervalsPerDay: 48,
      maxDays: 1,
      domain: settlementDomain(w.chainId, address),
      disclose: true,
      disclosure: { regulatorKey, ephemeralSecret: await deriveEphemeralSecret(CONSUMER_SECRET, nonce) },
    });
    const { proof, publicSignals } = await fullProveCached(input, await artifacts);
    const args = toSolidityArgs(proof, publicSignals);
    return { proof: { a: args.a, b: args.b, c: args.c, signals: args.signals }, signed, nonce };
  }
  const cursor = () => ledger.contract.balanceOf(w.s.consumer.address);

  beforeAll(async () => {
    ({ w, keysAddress, address, ledger } = await createDisclosedWorld({ circuit: CIRCUIT, key: k0.publicKey }));
    // k1 is in force from day 1 of the billing calendar: day 0 discloses to k0, day 1 on to k1.
    await new DisclosureKeysClient(keysAddress, w.s.regulator).setKey(k1.publicKey, BigInt(w.d0 + DAY));
  }, 240_000);

  it('settles a bill whose proof discloses to the key in force, and the regulator reads it from calldata', async () => {
    const p = await prove(0, k0.publicKey);
    await afterDay(w, 0);
    const other = await prove(0, stranger.publicKey);
    // another key (one the regulator never registered): refused before the proof is checked
    await expectRevert(cursor, () => ledger.settleDisclosed(other.proof), 'WrongDisclosureKey', {
      expected: k0.publicKey.y,
      actual: stranger.publicKey.y,
      epoch: 0n,
    });
    // the registered key's y posted with a proof to another key: the proof fails (its signal 5 is the other y)
    const renamed = { ...other.proof, signals: other.proof.signals.map((v, i) => (i === 5 ? k0.publicKey.y : v)) };
    await expectRevert(cursor, () => ledger.settleDisclosed(renamed), 'InvalidProof');
    // a posted ciphertext other than the proven one, any of its three words: the proof fails
    for (const k of [7, 8, 9]) {
      const tampered = { ...p.proof, signals: p.proof.signals.map((v, i) => (i === k ? v + 1n : v)) };
      await expectRevert(cursor, () => ledger.settleDisclosed(tampered), 'InvalidProof');
    }
    // another ephemeral key (a curve point's y, as a prover could post) with this ciphertext: the proof fails
    const mixed = { ...p.proof, signals: p.proof.signals.map((v, i) => (i === 6 ? k1.publicKey.y : v)) };
    await expectRevert(cursor, () => ledger.settleDisclosed(mixed), 'InvalidProof');
    // a disclosure signal at or above the field size is refused by index
    const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
    const big = { ...p.proof, signals: p.proof.signals.map((v, i) => (i === 9 ? v + R : v)) };
    await expectRevert(cursor, () => ledger.settleDisclosed(big), 'SignalOutOfField', { index: 9n });
    // the non-disclosing entry points are closed
    await expectRevert(cursor, () => ledger.settle({ ...p.proof, signals: p.proof.signals.slice(0, 5) }), 'DisclosureRequired');

    const settled = await ledger.settleDisclosed(p.proof);
    expect(settled.charge).toBe(computeBill(w.tariff, p.signed).charge);
    // the same bill of the other meter on the world's plain Settlement, for the gas comparison
    const plain = await ledgerAs(w, w.s.consumer2).settle((await proveBill(w, { key: KEY_2, meterId: METER_2 })).proof);
    console.log(`gas: settleDisclosed (bill_1d_30m_disclose) ${settled.gasUsed}, settle (bill_1d_30m) ${plain.gasUsed}`);
    // the regulator: the Settled event's five signals locate the five disclosure signals in calldata
    const tx = await provider.getTransaction(settled.txHash);
    const words = disclosureFromCalldata(tx!.data, p.proof.signals.slice(0, 5));
    expect(words).toEqual(p.proof.signals.slice(5));
    expect(words?.length).toBe(5);
    const seen = decryptBillDisclosure(disclosureSignalsOf([...p.proof.signals.slice(0, 5), ...words!]), k0.secret, p.nonce);
    expect(seen).toEqual(billDetails(computeBill(w.tariff, p.signed), p.signed.statement));
  }, 240_000);

  it("refuses day 1 disclosed to the expired epoch's key, and settles it under the key in force", async () => {
    const expired = await prove(1, k0.publicKey);
    await afterDay(w, 1);
    await expectRevert(cursor, () => ledger.settleDisclosed(expired.proof), 'WrongDisclosureKey', {
      expected: k1.publicKey.y,
      actual: k0.publicKey.y,
      epoch: 1n,
    });
    // a prover that encrypts to (-x, y) of the key in force: the same y on chain, and the regulator decrypts
    const current = await prove(1, negatePoint(k1.publicKey));
    const settled = await ledger.settleDisclosed(current.proof);
    expect(settled.periodStart).toBe(BigInt(w.d0 + DAY));
    expect(() => decryptBillDisclosure(disclosureSignalsOf(current.proof.signals), k0.secret, current.nonce)).toThrow(/does not decrypt/);
    expect(decryptBillDisclosure(disclosureSignalsOf(current.proof.signals), k1.secret, current.nonce).statement).toBe(current.signed.statement);
    // day 2, the same meter key, tariff and regulator key: checked against the base point day 1 kept
    const next = await prove(2, k1.publicKey);
    await afterDay(w, 2);
    const tampered = { ...next.proof, signals: next.proof.signals.map((v, i) => (i === 8 ? v + 1n : v)) };
    await expectRevert(cursor, () => ledger.settleDisclosed(tampered), 'InvalidProof');
    // settleYearly would take the disclosure signals for year-to-date ones: closed
    // (the SDK's settle sends a proof with signals past the fifth to settleYearly)
    await expectRevert(cursor, () => ledger.settle(next.proof), 'DisclosureRequired');
    const kept = await ledger.settleDisclosed(next.proof);
    console.log(`gas: settleDisclosed with the kept base point ${kept.gasUsed} (first of its key and tariff: ${settled.gasUsed})`);
  }, 240_000);

  it('the disclosure audit decrypts every settlement, recomputes its amounts, and flags tampered chain data', async () => {
    const verificationKey = (await artifacts).vkey as Record<string, unknown>;
    const opts = { provider, settlement: address, disclosureKeys: keysAddress, regulatorSecrets: [k0.secret, k1.secret], tariffs: [w.tariff], verificationKey };
    const report = await auditDisclosures(opts);
    expect(report.settlements.length).toBe(3);
    expect(report.flagged).toBe(0);
    // market statistics: per-band sums across the settlements, nothing per reading
    expect(report.summary.settlements).toBe(3);
    expect(report.summary.importBandWh.reduce((a, b) => a + b, 0n)).toBe(report.settlements.reduce((a, s) => a + s.recomputed!.totalImportWh, 0n));
    for (const s of report.settlements) {
      expect(s.recomputed?.charge).toBe(s.bill.charge);
      expect(s.recomputed?.credit).toBe(s.bill.credit);
      expect(s.recomputed?.tierWh.reduce((a, b) => a + b, 0n)).toBe(s.recomputed?.totalImportWh);
    }
    // a node that serves altered calldata (the last ciphertext word changed): the proof does not verify with it.
    // (That word is the statement's: it would decrypt to another statement with no redundancy to refuse it,
    // which is why construction v3 leans on the proof for the ciphertext's integrity, §10.)
    const lying = new Proxy(provider, {
      get(target, prop) {
        if (prop !== 'getTransaction') {
          // bound to the real provider: its methods use private fields
          const v = Reflect.get(target, prop, target) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        }
        return async (hash: string) => {
          const tx = await target.getTransaction(hash);
          if (tx === null) return null;
          const hex = tx.data;
          const last = hex.slice(-64);
          return { data: `${hex.slice(0, -64)}${(BigInt(`0x${last}`) ^ 1n).toString(16).padStart(64, '0')}` };
        };
      },
    });
    const bad = await auditDisclosures({ ...opts, provider: lying as typeof provider });
    expect(bad.flagged).toBe(3);
    expect(bad.settlements[0]!.mismatches.join()).toMatch(/proof does not verify with these disclosure words/);
    // and the ordinary audit, re-verifying with the words it reads, flags every one as well
    const ordinary = await audit({ provider: lying as typeof provider, settlement: address, circuits: [CIRCUIT] });
    for (const s of ordinary.settlements) expect(s.verified).toBe(false);
    // without the epoch's secret, or without the approved tariff document, the regulator says so
    const partial = await auditDisclosures({ ...opts, regulatorSecrets: [k0.secret], tariffs: [] });
    expect(partial.settlements[0]!.mismatches.join()).toMatch(/no approved tariff document/);
    expect(partial.settlements[1]!.mismatches.join()).toMatch(/no secret given/);
  }, 240_000);

  it('the ordinary audit identifies the batch verifier of the disclose key and re-verifies every proof with its ten signals', async () => {
    const report = await audit({ provider, settlement: address, circuits: [CIRCUIT] });
    expect(report.verifier.matches, report.verifier.reason).toBe(true);
    expect(report.settlements.length).toBe(3);
    for (const s of report.settlements) expect(s.verified, s.reasons.join('; ')).toBe(true);
  }, 240_000);
});
