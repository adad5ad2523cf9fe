// DisclosedSettlement with the hourly layout (bill_1d_30m_disclose_hourly, docs/disclosure-spec.md §8) on
// Hardhat's EVM with real proofs: the deployment takes its layout from the verifier (eight disclosure
// signals, construction v3), settles through settleDisclosedHourly only, refuses a tampered sixth ciphertext word, a word
// out of the field and another key, and the regulator's audit reads the hours of the day from calldata
// into the market summary per band and hour. A layout v1 deployment refuses the hourly entry point, and a
// verifier of neither layout cannot be deployed.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  billDetails,
  decryptBillDisclosure,
  deriveEphemeralSecret,
  disclosureNonce,
  disclosureSignalsOf,
  hourlyImportWh,
} from '../../core/src/bill/disclosure.js';
import { computeBill } from '../../core/src/bill/compute.js';
import { settlementDomain } from '../../core/src/bill/signals.js';
import { type CurvePoint, generateDisclosureKey } from '../../core/src/crypto/disclosure.js';
import { signPeriod } from '../../core/src/meter/index.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { buildBillInput } from '../../prover/src/bill-input.js';
import { toSolidityArgs } from '../../prover/src/groth16.js';
import { fullProveCached } from '../../prover/src/proof-cache.js';
import { audit } from '../../sdk/src/audit/audit.js';
import { AuditIndex } from '../../sdk/src/audit/audit-index.js';
import { auditDisclosures } from '../../sdk/src/audit/disclosure-audit.js';
import { DisclosedSettlementClient, disclosureFromCalldata } from '../../sdk/src/chain/disclosed-settlement.js';
import { sendTx } from '../../sdk/src/chain/tx.js';
import { Bill1d30mBatchVerifier__factory, Bill1d30mDiscloseBatchVerifier__factory, DisclosedSettlement__factory } from '../../typechain-types/index.js';
import { expectRevert } from './fixtures.js';
import { afterDay, createDisclosedWorld, DAY, type DisclosedWorld, KEY_1, METER_1, provider, readings, type World } from './world.js';

const CIRCUIT = 'bill_1d_30m_disclose_hourly';
const CONSUMER_SECRET = 0x40_0e1n;

describe('DisclosedSettlement, hourly layout: eight disclosure signals, the hours of the day in the audit', () => {
  let w: World;
  let ledger: DisclosedSettlementClient;
  let address: string;
  let keysAddress: string;
  const k0 = generateDisclosureKey();
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
      disclosureLayout: 2,
      disclosure: { regulatorKey, ephemeralSecret: await deriveEphemeralSecret(CONSUMER_SECRET, nonce) },
    });
    const { proof, publicSignals } = await fullProveCached(input, await artifacts);
    const args = toSolidityArgs(proof, publicSignals);
    return { proof: { a: args.a, b: args.b, c: args.c, signals: args.signals }, signed, nonce };
  }
  const cursor = () => ledger.contract.balanceOf(w.s.consumer.address);
  let deployOn: DisclosedWorld['deployOn'];

  beforeAll(async () => {
    ({ w, keysAddress, address, ledger, deployOn } = await createDisclosedWorld({ circuit: CIRCUIT, key: k0.publicKey }));
  }, 240_000);

  it('takes its layout from the verifier; a v1 deployment refuses the hourly entry point; another verifier is refused at deployment', async () => {
    expect(await ledger.disclosed.disclosureSignalCount()).toBe(8n);
    expect(await ledger.disclosureLayout()).toBe(2);
    const v1Verifier = await new Bill1d30mDiscloseBatchVerifier__factory(w.s.admin).deploy();
    await v1Verifier.waitForDeployment();
    const v1 = new DisclosedSettlementClient(await deployOn(await v1Verifier.getAddress()), w.s.consumer);
    expect(await v1.disclosureLayout()).toBe(1);
    const zero = [0n, 0n] as [bigint, bigint];
    const eight = new Array<bigint>(8).fill(0n) as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    const five = [0n, 0n, 0n, 0n, 0n] as [bigint, bigint, bigint, bigint, bigint];
    await expect(v1.disclosed.settleDisclosedHourly(zero, [zero, zero], zero, five, eight)).rejects.toThrow(/DisclosureLayoutMismatch|0x/);
    const err = await v1.disclosed.settleDisclosedHourly.staticCall(zero, [zero, zero], zero, five, eight).catch((e: { data?: string }) => e.data);
    expect(v1.disclosed.interface.parseError(err as string)?.name).toBe('DisclosureLayoutMismatch');
    // a plain bill circuit's verifier has no disclosure signals: no DisclosedSettlement on it
    const plain = await new Bill1d30mBatchVerifier__factory(w.s.admin).deploy();
    await plain.waitForDeployment();
    const factory = new DisclosedSettlement__factory(w.s.admin);
    await expect(
      factory.deploy(w.s.admin.address, await plain.getAddress(), w.d.addresses.meterRegistry, w.d.addresses.tariffRegistry, w.d.addresses.token, keysAddress),
    ).rejects.toThrow(/DisclosureLayoutMismatch|reverted/);
  }, 240_000);

  it('settles through settleDisclosedHourly only; refuses a tampered word, a word out of the field and another key', async () => {
    const p = await prove(0, k0.publicKey);
    await afterDay(w, 0);
    const five = p.proof.signals.slice(0, 5) as [bigint, bigint, bigint, bigint, bigint];
    // the v1 entry point on an hourly deployment
    const v1Words = p.proof.signals.slice(5, 10) as [bigint, bigint, bigint, bigint, bigint];
    await expectRevert(
      cursor,
      () => sendTx('settleDisclosed', () => ledger.disclosed.settleDisclosed(p.proof.a, p.proof.b, p.proof.c, five, v1Words)),
      'DisclosureLayoutMismatch',
      {
        expected: 8n,
        given: 5n,
      },
    );
    const other = await prove(0, stranger.publicKey);
    await expectRevert(cursor, () => ledger.settleDisclosed(other.proof), 'WrongDisclosureKey', {
      expected: k0.publicKey.y,
      actual: stranger.publicKey.y,
      epoch: 0n,
    });
    // the last ciphertext word (the hours' block; no authentication element follows it) changed: the proof fails
    const tampered = { ...p.proof, signals: p.proof.signals.map((v, i) => (i === 12 ? v + 1n : v)) };
    await expectRevert(cursor, () => ledger.settleDisclosed(tampered), 'InvalidProof');
    // an hour word (ciphertext element 4, signal 11) changed
    const hour = { ...p.proof, signals: p.proof.signals.map((v, i) => (i === 11 ? v + 1n : v)) };
    await expectRevert(cursor, () => ledger.settleDisclosed(hour), 'InvalidProof');
    const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
    const big = { ...p.proof, signals: p.proof.signals.map((v, i) => (i === 12 ? v + R : v)) };
    await expectRevert(cursor, () => ledger.settleDisclosed(big), 'SignalOutOfField', { index: 12n });

    const settled = await ledger.settleDisclosed(p.proof);
    expect(settled.charge).toBe(computeBill(w.tariff, p.signed).charge);
    const tx = await provider.getTransaction(settled.txHash);
    const words = disclosureFromCalldata(tx!.data, p.proof.signals.slice(0, 5));
    expect(words).toEqual(p.proof.signals.slice(5));
    const seen = decryptBillDisclosure(disclosureSignalsOf([...p.proof.signals.slice(0, 5), ...words!], 2), k0.secret, p.nonce);
    expect(seen).toEqual(billDetails(computeBill(w.tariff, p.signed), p.signed.statement, { hourWh: hourlyImportWh(w.tariff, p.signed) }));

    const next = await prove(1, k0.publicKey);
    await afterDay(w, 1);
    const kept = await ledger.settleDisclosed(next.proof);
    console.log(`gas: settleDisclosedHourly (${CIRCUIT}) ${kept.gasUsed} with the kept base point (first of its key and tariff: ${settled.gasUsed})`);
  }, 240_000);

  it('the audit reads the hours of the day: per hour and per band and hour across the settlements', async () => {
    const verificationKey = (await artifacts).vkey as Record<string, unknown>;
    const report = await auditDisclosures({
      provider,
      settlement: address,
      disclosureKeys: keysAddress,
      regulatorSecrets: [k0.secret],
      tariffs: [w.tariff],
      verificationKey,
    });
    expect(report.flagged).toBe(0);
    expect(report.summary.settlements).toBe(2);
    expect(report.summary.hourlySettlements).toBe(2);
    const total = report.settlements.reduce((a, s) => a + s.recomputed!.totalImportWh, 0n);
    expect(report.summary.hourWh.reduce((a, b) => a + b, 0n)).toBe(total);
    // every Wh of an hour lands in one band or, where the tariff changes band inside the hour, in mixed
    const attributed = report.summary.bandHour.bandHourWh.flat().reduce((a, b) => a + b, 0n) + report.summary.bandHour.mixedHourWh.reduce((a, b) => a + b, 0n);
    expect(attributed).toBe(total);
    for (let h = 0; h < 24; h++) {
      const cell = report.summary.bandHour.bandHourWh.reduce((a, band) => a + band[h]!, 0n) + report.summary.bandHour.mixedHourWh[h]!;
      expect(cell).toBe(report.summary.hourWh[h]);
    }
    // the world's tariff changes band on the hour and each bill is one day: every hour is attributed exactly,
    // peak (band 2) is 17:00-21:00 on work days
    expect(report.summary.bandHour.mixedHourWh.every((x) => x === 0n)).toBe(true);
    expect(report.summary.bandHour.bandHourWh[2]![18]).toBe(report.summary.hourWh[18]);
    expect(report.summary.bandHour.bandHourWh[2]![12]).toBe(0n);
    // per band: the attributed cells never exceed the band's disclosed total
    report.summary.importBandWh.forEach((wh, b) => expect(report.summary.bandHour.bandHourWh[b]!.reduce((a, x) => a + x, 0n) <= wh).toBe(true));
  }, 240_000);

  it('the ordinary audit re-verifies each proof off-chain with its thirteen signals, and a node serving altered disclosure words fails it', async () => {
    const report = await audit({ provider, settlement: address, circuits: [CIRCUIT] });
    expect(report.verifier.matches, report.verifier.reason).toBe(true);
    expect(report.settlements.length).toBe(2);
    for (const s of report.settlements) {
      expect(s.checks.proof, s.reasons.join('; ')).toBe(true);
      expect(s.verified, s.reasons.join('; ')).toBe(true);
    }
    // the last calldata word is the last ciphertext word: flipped, the proof does not verify against it
    const lying = new Proxy(provider, {
      get(target, prop) {
        if (prop !== 'getTransaction') {
          const v = Reflect.get(target, prop, target) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        }
        return async (hash: string) => {
          const tx = await target.getTransaction(hash);
          if (tx === null) return null;
          const hex = tx.data;
          return { ...tx, data: `${hex.slice(0, -64)}${(BigInt(`0x${hex.slice(-64)}`) ^ 1n).toString(16).padStart(64, '0')}` };
        };
      },
    });
    const bad = await audit({ provider: lying as typeof provider, settlement: address, circuits: [CIRCUIT] });
    expect(bad.settlements.every((s) => s.checks.proof === false)).toBe(true);
    expect(bad.settlements[0]!.reasons.join()).toMatch(/does not verify with the published bill_1d_30m_disclose_hourly/);
    // the audit index (audit --index) re-verifies them the same way, in its worker pool
    const index = await AuditIndex.open({ location: ':memory:', provider, settlement: address, circuits: [CIRCUIT], workers: 1 });
    try {
      const sync = await index.sync({ confirmations: 0 });
      expect(sync.indexed).toBe(2);
      expect(sync.verified).toBe(2);
    } finally {
      await index.close();
    }
    const badIndex = await AuditIndex.open({ location: ':memory:', provider: lying as typeof provider, settlement: address, circuits: [CIRCUIT], workers: 1 });
    try {
      const sync = await badIndex.sync({ confirmations: 0 });
      expect(sync.indexed).toBe(2);
      expect(sync.verified).toBe(0);
    } finally {
      await badIndex.close();
    }
  }, 240_000);
});
