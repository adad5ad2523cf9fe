// The SDK's public API end to end on Hardhat's in-process EVM, with real bill_1d_30m proofs: every
// role, two consecutive daily bills (arrears, then repayment), the idempotent settle after a crash
// mid-send, a replay, the retailer's view, the regulator's audit (and what it flags), and the
// retrying JSON-RPC transport.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HDNodeWallet, type Log } from 'ethers';
import {
  AlreadySettledError,
  ChainError,
  Consumer,
  ContractRevertError,
  ImportError,
  Meter,
  MeteringAuthority,
  Regulator,
  Retailer,
  TariffAuthoring,
  ValidationError,
  VERIFIER_COMPILER,
  WattproofConnection,
  auditLogs,
  connectRpc,
  decodeBillSignals,
  deployWattproof,
  isTransientError,
  loadPublishedKeys,
  settledLogs,
  shutdownProver,
  toSettlementArgs,
  unpackAmounts,
  withRetry,
  type BillProof,
  type SignedPeriod,
  type Tariff,
} from '../../sdk/src/index.js';
import { loadHardhat, startDevChain, type DevChain } from '../../cli/src/devchain.js';
import { CIRCUIT, METER_ID, METER_KEY, UNIT, days, startBridge, tariff } from './world.js';

const HARDHAT_MNEMONIC = 'test test test test test test test test test test test junk';

let dev: DevChain;
let t: Tariff;
let meter: Meter;
let signed: SignedPeriod[];
let proofs: BillProof[];
let consumer: Consumer;
let retailer: Retailer;
let regulator: Regulator;

beforeAll(async () => {
  dev = await startDevChain(CIRCUIT);
  const a = dev.addresses;
  consumer = new Consumer(await dev.connect(dev.accounts.consumer));
  retailer = new Retailer(await dev.connect(dev.accounts.retailer));
  regulator = new Regulator(await dev.connect(dev.accounts.regulator));
  const authority = new MeteringAuthority(await dev.connect(dev.accounts.authority));

  t = tariff();
  meter = Meter.fromPrivateKey(METER_ID, METER_KEY);
  signed = await meter.signAll(days(2));
  const end = BigInt(signed[1]!.periodStart + 86400);
  await dev.advanceTo(end);

  await authority.registerMeter({ meter, consumer: a.consumer, retailer: a.retailer, firstPeriodStart: signed[0]!.periodStart });
  await retailer.registerTariff(t, { validFrom: signed[0]!.periodStart, validUntil: end + 30n * 86400n });
  await regulator.approveTariff(t);
  await retailer.offerTariff(METER_ID, t);
  await consumer.acceptTariff(METER_ID, t);

  proofs = [];
  for (const sp of signed) proofs.push(await consumer.proveBill(t, sp, { circuit: CIRCUIT }));
});

afterAll(async () => {
  await shutdownProver();
});

describe('roles', () => {
  it('the meter signs what the engine bills, and its key file round-trips', async () => {
    const again = await Meter.fromKeyFile(JSON.stringify(await meter.toKeyFile()));
    expect(await again.keyHash()).toBe(await meter.keyHash());
    const bill = TariffAuthoring.referenceBill(t, signed[0]!);
    const claim = decodeBillSignals(proofs[0]!.publicSignals);
    expect(claim.charge).toBe(bill.charge);
    expect(claim.credit).toBe(bill.credit);
    expect(claim.meterId).toBe(METER_ID);
    expect(claim.tariffCommitment).toBe(await TariffAuthoring.commit(t));
    await expect(meter.sign({ ...days(1)[0]!, meterId: 7n })).rejects.toThrow(/period.meterId: is 7, but this is meter 4100230017/);
  });

  it('imports CSV through the meter role and rejects a malformed file naming the line', () => {
    const data = Meter.importCsv('timestamp,import_wh,export_wh\n2026-06-03T23:00:00Z,100,0\n2026-06-03T23:30:00Z,120,5\n', { file: 'a.csv' });
    expect(data.imports).toEqual([100, 120]);
    expect(data.intervalSeconds).toBe(1800);
    const bad = () => Meter.importCsv('timestamp,import_wh\n2026-06-03T23:00:00Z,100\n2026-06-03T23:30:00Z,-3\n', { file: 'b.csv' });
    expect(bad).toThrow(ImportError);
    expect(bad).toThrow(/^b\.csv:3: .*negative value -3/);
  });

  it('the consumer refuses a tariff document that is not the offered commitment', async () => {
    const other = TariffAuthoring.build({ ...TariffAuthoring.toJSON(t), salt: 5n } as never);
    await expect(consumer.acceptTariff(METER_ID, other)).rejects.toMatchObject({ code: 'TARIFF_MISMATCH' });
  });

  it('the regulator refuses to approve an unregistered tariff', async () => {
    await expect(regulator.approveTariff(123n)).rejects.toMatchObject({ code: 'TARIFF_UNKNOWN' });
  });
});

describe('settlement', () => {
  it('after a crash mid-send, settle finds the mined transaction and never pays twice', async () => {
    const start = await consumer.position();
    const deposit = 10n * UNIT;
    await dev.mint(dev.addresses.consumer, 100n * UNIT);
    await consumer.deposit(deposit);
    // The "crashed" run: its transaction was mined, but it never saw the receipt.
    const crashed = await consumer.conn.settlement.settle(toSettlementArgs(proofs[0]!));
    const afterCrash = await consumer.position();

    const rerun = await consumer.settle(proofs[0]!);
    expect(rerun.status).toBe('already-settled');
    expect(rerun.txHash).toBe(crashed.txHash);
    expect(rerun.sameProof).toBe(true);
    expect(rerun.gasUsed).toBe(crashed.gasUsed);
    expect(await consumer.position()).toEqual(afterCrash);
    const net = crashed.charge - crashed.credit;
    expect(afterCrash.balance).toBe(start.balance + deposit - net);
  });

  it('a replay is rejected by the contract; the SDK reports the existing settlement instead', async () => {
    const err = await consumer.conn.settlement.settle(toSettlementArgs(proofs[0]!)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContractRevertError);
    expect((err as ContractRevertError).errorName).toBe('PeriodOverlap');
    // Same period, other public signals (a different bill): an error, never a second payment.
    const amounts = unpackAmounts(proofs[0]!.publicSignals[3]);
    const altered = { ...proofs[0]!, publicSignals: [...proofs[0]!.publicSignals] as (typeof proofs)[0]['publicSignals'] };
    altered.publicSignals[3] = (amounts.charge + 1n + (amounts.credit << 96n)).toString();
    const conflict = await consumer.settle(altered).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(AlreadySettledError);
    expect((conflict as AlreadySettledError).code).toBe('ALREADY_SETTLED');
  });

  it('a bill larger than the escrow goes to arrears, which the consumer repays', async () => {
    const { free } = await consumer.position();
    await consumer.withdraw(free); // empty escrow: the whole second bill becomes arrears
    const receipt = await consumer.settle(proofs[1]!);
    expect(receipt.status).toBe('settled');
    const net = receipt.bill.charge - receipt.bill.credit;
    expect(net).toBeGreaterThan(0n);
    expect(receipt.bill.paid).toBe(0n);
    expect(receipt.bill.arrearsAdded).toBe(net);
    expect(await consumer.arrears(METER_ID)).toBe(net);
    expect((await consumer.position()).arrears).toBe(net);

    const retailerBefore = (await retailer.position()).balance;
    await consumer.deposit(net);
    const paid = await consumer.payArrears(METER_ID);
    expect(paid.amount).toBe(net);
    expect(await consumer.arrears(METER_ID)).toBe(0n);
    expect((await retailer.position()).balance).toBe(retailerBefore + net);
    await expect(consumer.payArrears(METER_ID)).rejects.toMatchObject({ code: 'NOTHING_TO_PAY' });
  });

  it('the retailer lists its settlements from events and withdraws its earnings', async () => {
    const list = await retailer.settlements({ meterIds: [METER_ID] });
    expect(list.map((s) => s.periodStart)).toEqual(signed.map((s) => BigInt(s.periodStart)));
    expect(await retailer.settlements({ meterIds: [1n] })).toEqual([]);
    const { free } = await retailer.position();
    const before = await consumer.conn.tokenBalance(dev.addresses.retailer);
    const w = await retailer.withdraw();
    expect(w.amount).toBe(free);
    expect(await consumer.conn.tokenBalance(dev.addresses.retailer)).toBe(before + free);
  });

  it('the regulator pauses settlement and resumes it', async () => {
    await regulator.pause();
    const err = await consumer.conn.settlement.settle(toSettlementArgs(proofs[0]!)).catch((e: unknown) => e);
    expect((err as ContractRevertError).errorName).toBe('EnforcedPause');
    await regulator.unpause();
    expect(await consumer.conn.settlement.paused()).toBe(false);
  });

  it('a proof made for another deployment is refused before anything is sent', async () => {
    const other = await deployWattproof(dev.accounts.admin, { verifierName: CIRCUIT });
    const elsewhere = new Consumer(await WattproofConnection.fromDeployment(other, dev.accounts.consumer));
    const err = await elsewhere.settle(proofs[0]!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).field).toBe('publicSignals[4]');
  });
});

describe("the regulator's audit", () => {
  let logs: Log[];

  it('verifies every settlement and the deployed verifier', async () => {
    const report = await regulator.audit();
    expect(report.verifier.matches).toBe(true);
    expect(report.circuit).toBe(CIRCUIT);
    expect(report.settlements).toHaveLength(2);
    expect(report.settlements.every((s) => s.verified)).toBe(true);
    expect(report.ok).toBe(true);
    logs = await settledLogs(dev.provider, dev.deployment.addresses.settlement, 0, await dev.provider.getBlockNumber());
    expect(logs).toHaveLength(2);
  });

  it('flags a settlement whose event data was altered', async () => {
    const keys = await loadPublishedKeys({ only: [CIRCUIT] });
    const log = logs[0]!;
    const bill = (await auditLogs([log], { provider: dev.provider, settlement: dev.deployment.addresses.settlement, keys })).settlements[0]!;
    expect(bill.verified).toBe(true);
    const hex = (v: bigint) => v.toString(16).padStart(64, '0');
    // The event's meter (an indexed topic), as if an indexer or RPC had changed it. (Charge, credit,
    // period and tariff are not separate event fields: they are decoded from the proven signals.)
    const alteredCharge = { ...log, topics: [log.topics[0]!, `0x${hex(bill.meterId! + 1n)}`, ...log.topics.slice(2)] } as unknown as Log;
    // A public signal inside the event (the amounts): the proof no longer verifies.
    const amounts = BigInt(proofs[0]!.publicSignals[3]);
    const alteredSignal = { ...log, data: log.data.replace(hex(amounts), hex(amounts + 1n)) } as Log;
    expect(alteredCharge.topics).not.toEqual(log.topics);
    expect(alteredSignal.data).not.toBe(log.data);
    const report = await auditLogs([alteredCharge, alteredSignal], { provider: dev.provider, settlement: dev.deployment.addresses.settlement, keys });
    const [a, b] = report.settlements;
    expect(report.ok).toBe(false);
    expect(a!.verified).toBe(false);
    expect(a!.checks.fields).toBe(false);
    expect(a!.checks.proof).toBe(true);
    expect(a!.reasons.join()).toMatch(/meterId \d+ \(signal says \d+\)/);
    expect(b!.verified).toBe(false);
    expect(b!.checks.proof).toBe(false);
    expect(b!.reasons.join()).toMatch(/proof: does not verify/);
  });

  it('flags a period settled twice and a log from another contract', async () => {
    const keys = await loadPublishedKeys({ only: [CIRCUIT] });
    const dup = { ...logs[0]!, transactionHash: `0x${'ab'.repeat(32)}` } as Log;
    const foreign = { ...logs[1]!, address: dev.deployment.addresses.token } as Log;
    const report = await auditLogs([logs[0]!, dup, foreign], { provider: dev.provider, settlement: dev.deployment.addresses.settlement, keys });
    expect(report.settlements.map((s) => s.verified)).toEqual([true, false, false]);
    expect(report.settlements[1]!.checks.continuity).toBe(false);
    expect(report.settlements[2]!.checks.event).toBe(false);
  });

  it('detects a Settlement whose verifier is not the published circuit', async () => {
    const rogue = await deployWattproof(dev.accounts.admin, { verifierAddress: dev.deployment.addresses.token });
    const conn = await WattproofConnection.fromDeployment(rogue, dev.provider);
    // The key of the circuit this deployment claims (as `wattproof audit --circuit` gives it): with every
    // published key, the audit would compile each bill circuit's verifier to compare with code that holds
    // none of their constants (~2.6 CPU-s); this one's compile is the case above's.
    const report = await new Regulator(conn).audit({ keys: await loadPublishedKeys({ only: [CIRCUIT] }) });
    expect(report.verifier.matches).toBe(false);
    expect(report.verifier.reason).toMatch(/not the verifier of any published bill circuit \(tried bill_1d_30m\)/);
    expect(report.ok).toBe(false);
  });

  it("compiles the regenerated verifier with Hardhat's settings", async () => {
    const hre = (await loadHardhat()) as unknown as { config: { solidity: { compilers: { settings: Record<string, unknown> }[] } } };
    const settings = hre.config.solidity.compilers[0]!.settings;
    expect(settings.optimizer).toMatchObject(VERIFIER_COMPILER.optimizer);
    expect(settings.evmVersion).toBe(VERIFIER_COMPILER.evmVersion);
  });
});

describe('transient RPC failures', () => {
  it('classifies: network trouble, 429 and 5xx retry; reverts and user errors never do', () => {
    expect(isTransientError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientError({ code: 'SERVER_ERROR', info: { responseStatus: '503 Service Unavailable' } })).toBe(true);
    expect(isTransientError({ code: 'SERVER_ERROR', info: { responseStatus: '429 Too Many Requests' } })).toBe(true);
    expect(isTransientError({ code: 'SERVER_ERROR', info: { responseStatus: '400 Bad Request' } })).toBe(false);
    expect(isTransientError({ code: 'TIMEOUT' })).toBe(true);
    expect(isTransientError({ code: 'CALL_EXCEPTION', message: 'execution reverted' })).toBe(false);
    expect(isTransientError(new ChainError('x reverted', { code: 'CHAIN_REVERTED', retryable: true }))).toBe(false);
    expect(isTransientError(new ValidationError('f', 'bad'))).toBe(false);
  });

  it('withRetry gives up after the policy and never retries a revert', async () => {
    let calls = 0;
    const transient = Object.assign(new Error('reset'), { code: 'ECONNRESET' });
    await expect(
      withRetry(
        'x',
        async () => {
          calls++;
          throw transient;
        },
        { attempts: 3, sleep: async () => undefined },
      ),
    ).rejects.toBe(transient);
    expect(calls).toBe(3);
    calls = 0;
    const revert = { code: 'CALL_EXCEPTION', message: 'execution reverted' };
    await expect(
      withRetry(
        'x',
        async () => {
          calls++;
          throw revert;
        },
        { sleep: async () => undefined },
      ),
    ).rejects.toBe(revert);
    expect(calls).toBe(1);
  });

  it('over HTTP: retries 503, 429 and dropped connections, recovers a lost send, never retries a revert', async () => {
    const hre = (await loadHardhat()) as unknown as { network: { provider: { request(a: { method: string; params?: unknown[] }): Promise<unknown> } } };
    const bridge = await startBridge(hre.network.provider);
    const retries: string[] = [];
    try {
      const rpc = await connectRpc(bridge.url, { retry: { baseDelayMs: 1, onRetry: (i) => retries.push(i.reason) }, pollingIntervalMs: 50 });
      const signer = await rpc.getSigner(dev.addresses.consumer);
      const conn = await WattproofConnection.connect(signer, dev.deployment.addresses.settlement);
      const me = new Consumer(conn);

      bridge.faults.push('http503', 'reset', 'http429');
      expect((await me.position()).balance).toBeGreaterThanOrEqual(0n);
      expect(retries).toHaveLength(3);

      // A revert comes back as a JSON-RPC answer: exactly one request, no retry.
      retries.length = 0;
      bridge.seen.length = 0;
      const err = await me.withdraw(10n ** 30n).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ContractRevertError);
      expect((err as ContractRevertError).errorName).toBe('InsufficientFreeBalance');
      expect(retries).toHaveLength(0);

      // The node takes a signed transaction but its answer is lost: the retry finds it by hash.
      const wallet = HDNodeWallet.fromPhrase(HARDHAT_MNEMONIC, undefined, "m/44'/60'/0'/0/4").connect(rpc);
      expect(wallet.address).toBe(dev.addresses.consumer);
      const byWallet = new Consumer(await WattproofConnection.connect(wallet, dev.deployment.addresses.settlement));
      await dev.mint(dev.addresses.consumer, 5n * UNIT);
      const before = (await byWallet.position()).balance;
      retries.length = 0;
      bridge.seen.length = 0;
      bridge.faultMethod = 'eth_sendRawTransaction';
      bridge.faults.push('lose-answer');
      await byWallet.deposit(UNIT);
      expect(retries).toHaveLength(1);
      expect((await byWallet.position()).balance).toBe(before + UNIT);

      // eth_sendTransaction (the node signs) is not idempotent: a lost answer is not retried.
      retries.length = 0;
      bridge.seen.length = 0;
      bridge.faultMethod = 'eth_sendTransaction';
      bridge.faults.push('lose-answer');
      const lost = await me.deposit(UNIT).catch((e: unknown) => e);
      expect(lost).toBeInstanceOf(ChainError);
      expect(retries).toHaveLength(0);
      expect(bridge.seen.filter((m) => m === 'eth_sendTransaction')).toHaveLength(1);
      rpc.destroy();
    } finally {
      await bridge.close();
    }
  });

  it('an unreachable node fails fast with a clear ChainError', async () => {
    const err = await connectRpc('http://127.0.0.1:9', { retry: { attempts: 2, baseDelayMs: 1 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChainError);
    expect((err as ChainError).message).toMatch(/cannot reach the node at http:\/\/127\.0\.0\.1:9/);
  });
});
