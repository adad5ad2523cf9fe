// The regulator's audit index on Hardhat's in-process EVM with real bill_1d_30m proofs, on SQLite and
// on a real PostgreSQL server: the same answers as the log-walking audit, queries by meter, retailer
// and period, the confirmation depth, a reorganised block (evm_snapshot / evm_revert, then other
// blocks) rolled back and re-read, and a crash mid-sync resumed without re-verifying.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import {
  AuditIndex,
  Consumer,
  IndexError,
  Meter,
  MeteringAuthority,
  Regulator,
  Retailer,
  audit,
  shutdownProver,
  toSettlementArgs,
  type BillProof,
} from '../../sdk/src/index.js';
import { loadPublishedKeys, type PublishedKey } from '../../sdk/src/audit/published.js';
import { VerifyPool } from '../../sdk/src/audit/verify-pool.js';
import { loadHardhat, startDevChain, type DevChain } from '../../cli/src/devchain.js';
import { startPostgres, type PgServer } from '../support/postgres.js';
import { cliEntry, runCli } from '../support/cli.js';
import { MeterRegistry__factory } from '../../typechain-types/index.js';
import { CIRCUIT, METER_ID, METER_KEY, UNIT, days, startBridge, tariff } from './world.js';

let dev: DevChain;
let consumer: Consumer;
let proofs: BillProof[];
let keys: PublishedKey[];
let pgServer: PgServer | undefined;
let dir: string;
let dbCount = 0;
let rpc: (method: string, params?: unknown[]) => Promise<unknown>;
/**
 * The verification workers of every index this file opens: which thread verifies is not what these
 * cases check (the verification pool's own case does), and each index's own pool would start a
 * thread loading snarkjs and the curve again (~0.3 CPU-s each, a dozen times).
 */
const pool = new VerifyPool(1);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wattproof-index-'));
  pgServer = await startPostgres();
  dev = await startDevChain(CIRCUIT);
  const hre = await loadHardhat();
  rpc = (method, params = []) => hre.network.provider.request({ method, params });
  keys = await loadPublishedKeys({ only: [CIRCUIT] });
  const a = dev.addresses;
  consumer = new Consumer(await dev.connect(dev.accounts.consumer));
  const retailer = new Retailer(await dev.connect(dev.accounts.retailer));
  const regulator = new Regulator(await dev.connect(dev.accounts.regulator));
  const authority = new MeteringAuthority(await dev.connect(dev.accounts.authority));
  const t = tariff();
  const meter = Meter.fromPrivateKey(METER_ID, METER_KEY);
  const signed = await meter.signAll(days(3));
  const end = BigInt(signed[2]!.periodStart + 86400);
  await dev.advanceTo(end);
  await authority.registerMeter({ meter, consumer: a.consumer, retailer: a.retailer, firstPeriodStart: signed[0]!.periodStart });
  await retailer.registerTariff(t, { validFrom: signed[0]!.periodStart, validUntil: end + 30n * 86400n });
  await regulator.approveTariff(t);
  await retailer.offerTariff(METER_ID, t);
  await consumer.acceptTariff(METER_ID, t);
  await dev.mint(a.consumer, 100n * UNIT);
  await consumer.deposit(50n * UNIT);
  proofs = [];
  for (const sp of signed) proofs.push(await consumer.proveBill(t, sp, { circuit: CIRCUIT }));
  await consumer.settle(proofs[0]!);
  await consumer.settle(proofs[1]!);
});

afterAll(async () => {
  await pool.close();
  await shutdownProver();
  pgServer?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty index location of `kind`. */
async function freshLocation(kind: 'sqlite' | 'postgres'): Promise<string> {
  dbCount++;
  if (kind === 'sqlite') return join(dir, `index-${dbCount}.db`);
  const name = `wattproof_index_${dbCount}`;
  const client = new pg.Client({ connectionString: pgServer!.url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return pgServer!.url.replace(/\/postgres$/, `/${name}`);
}

const open = (location: string) => AuditIndex.open({ location, provider: dev.provider, settlement: dev.deployment.addresses.settlement, keys, pool });

const kinds = ['sqlite', 'postgres'] as const;

describe.each(kinds)('the audit index on %s', (kind) => {
  const skip = () => kind === 'postgres' && pgServer === undefined;

  it('answers by meter, retailer and period what the log-walking audit finds', async () => {
    if (skip()) return;
    const index = await open(await freshLocation(kind));
    try {
      const sync = await index.sync({ confirmations: 0 });
      expect(sync.indexed).toBe(2);
      expect(sync.verified).toBe(2);
      expect(sync.proofsVerified).toBe(2);
      const walked = await audit({ provider: dev.provider, settlement: dev.deployment.addresses.settlement, keys });
      const report = await index.report({ meterId: METER_ID });
      expect(report.ok).toBe(true);
      expect(report.verifier.matches).toBe(true);
      expect(report.circuit).toBe(CIRCUIT);
      expect(report.settlements.map((s) => s.txHash)).toEqual(walked.settlements.map((s) => s.txHash));
      expect(report.settlements.map((s) => s.charge)).toEqual(walked.settlements.map((s) => s.charge));
      expect(report.settlements.every((s) => s.verified && s.checks.proof === true && s.checks.continuity === true)).toBe(true);
      expect((await index.report({ retailer: dev.addresses.retailer.toUpperCase().replace('0X', '0x') })).settlements).toHaveLength(2);
      expect((await index.report({ retailer: dev.addresses.consumer })).settlements).toHaveLength(0);
      expect((await index.report({ meterId: METER_ID + 1n })).settlements).toHaveLength(0);
      const day1 = report.settlements[1]!;
      const byPeriod = await index.report({ periodFrom: day1.periodStart, periodTo: day1.periodEnd });
      expect(byPeriod.settlements.map((s) => s.txHash)).toEqual([day1.txHash]);
      expect(await index.counts({ consumer: dev.addresses.consumer })).toEqual({ total: 2, verified: 2 });
      // Nothing new: a second sync reads no settlement and verifies nothing.
      const again = await index.sync({ confirmations: 0 });
      expect(again.indexed).toBe(0);
      expect(again.proofsVerified).toBe(0);
    } finally {
      await index.close();
    }
  });

  it('leaves the last blocks unindexed until they are as deep as the confirmation depth', async () => {
    if (skip()) return;
    const index = await open(await freshLocation(kind));
    try {
      const head = await dev.provider.getBlockNumber();
      const r = await index.sync({ confirmations: head + 1 });
      expect(r.indexed).toBe(0);
      expect(await index.syncedTo()).toBe(-1);
      await index.sync({ confirmations: 3 });
      expect(await index.syncedTo()).toBe(head - 3);
    } finally {
      await index.close();
    }
  });

  it('resumes after a crash without re-verifying what it committed', async () => {
    if (skip()) return;
    const location = await freshLocation(kind);
    const firstSettled = (await index0Blocks())[0]!;
    let index = await open(location);
    const first = await index.sync({ confirmations: 0, toBlock: firstSettled });
    expect(first.proofsVerified).toBe(1);
    // A crash in the middle of the next range's write: its transaction is rolled back whole.
    await expect(
      index.sync({
        confirmations: 0,
        beforeCommit: () => {
          throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(await index.syncedTo()).toBe(firstSettled);
    expect((await index.counts()).total).toBe(1);
    await index.close();
    // A new process opens the same index: only the rest is read and verified.
    index = await open(location);
    try {
      const resumed = await index.sync({ confirmations: 0 });
      expect(resumed.fromBlock).toBe(firstSettled + 1);
      expect(resumed.proofsVerified).toBe(1);
      expect(await index.counts()).toEqual({ total: 2, verified: 2 });
    } finally {
      await index.close();
    }
  });

  it('refuses an index made for another contract', async () => {
    if (skip()) return;
    const location = await freshLocation(kind);
    await (await open(location)).close();
    const other = AuditIndex.open({ location, provider: dev.provider, settlement: dev.deployment.addresses.meterRegistry, keys });
    await expect(other).rejects.toBeInstanceOf(IndexError);
    await expect(other).rejects.toThrow(/is of Settlement 0x[0-9a-f]{40}, not/);
  });
});

/** Blocks of the Settled events so far, oldest first. */
async function index0Blocks(): Promise<number[]> {
  const report = await audit({ provider: dev.provider, settlement: dev.deployment.addresses.settlement, keys });
  return report.settlements.map((s) => s.blockNumber);
}

describe('the verification pool', () => {
  it('accepts a real proof and rejects it with one public signal changed, on worker threads', async () => {
    const pool = new VerifyPool(2);
    try {
      const good = { proof: proofs[0]!.proof as never, publicSignals: [...proofs[0]!.publicSignals] };
      const tampered = { ...good, publicSignals: good.publicSignals.map((v, i) => (i === 3 ? (BigInt(v) + 1n).toString() : v)) };
      const other = { proof: proofs[1]!.proof as never, publicSignals: [...proofs[0]!.publicSignals] };
      expect(await pool.verifyAll(keys[0]!.vkey, [good, tampered, other, good])).toEqual([true, false, false, true]);
    } finally {
      await pool.close();
    }
  });
});

describe('wattproof audit --index', () => {
  it('syncs the index over JSON-RPC and answers by meter, then offline; --meter alone is a usage error', async () => {
    const hre = await loadHardhat();
    const bridge = await startBridge(hre.network.provider);
    try {
      const db = join(dir, 'cli.db');
      const chain = ['--rpc', bridge.url, '--settlement', dev.deployment.addresses.settlement, '--json'];
      const first = await runCli(['audit', '--index', db, '--meter', String(METER_ID), '--confirmations', '0', ...chain], { cwd: dir });
      expect(first.code, first.stderr).toBe(0);
      expect(first.json.ok).toBe(true);
      expect(first.json.settlements.length).toBeGreaterThanOrEqual(2);
      expect(first.json.sync.proofsVerified).toBe(first.json.settlements.length);
      const other = await runCli(['audit', '--index', db, '--meter', '1', '--offline', ...chain], { cwd: dir });
      expect(other.code, other.stderr).toBe(0);
      expect(other.json.settlements).toEqual([]);
      expect(other.json.sync).toBeUndefined();
      const usage = await runCli(['audit', '--meter', '1', ...chain], { cwd: dir });
      expect(usage.code).toBe(2);
      expect(usage.stdout + usage.stderr).toMatch(/--meter needs --index DB/);
    } finally {
      await bridge.close();
    }
  });
});

describe('wattproof audit --index killed with SIGKILL', () => {
  it('resumes in a new process without re-verifying what the killed one committed', async () => {
    const hre = await loadHardhat();
    const bridge = await startBridge(hre.network.provider);
    try {
      const db = join(dir, 'killed.db');
      const total = (await index0Blocks()).length;
      expect(total).toBeGreaterThanOrEqual(2);
      const args = [
        'audit',
        '--index',
        db,
        '--confirmations',
        '0',
        '--range-blocks',
        '1',
        '--rpc',
        bridge.url,
        '--settlement',
        dev.deployment.addresses.settlement,
      ];
      // One block per transaction; the process stops dead after its first committed settlement and is killed.
      const child = spawn(process.execPath, [cliEntry(), ...args], {
        cwd: dir,
        env: { ...process.env, WATTPROOF_DEBUG: '', WATTPROOF_TEST_INDEX_STALL_AFTER: '1' },
      });
      let stderr = '';
      const stalled = new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          if (stderr.includes('stalled after')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`the audit exited (code ${code}) before stalling: ${stderr}`)));
      });
      await stalled;
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      // What the killed process committed is in the index, verified; nothing of a later range is.
      const index = await open(db);
      const kept = await index.counts();
      const syncedTo = await index.syncedTo();
      await index.close();
      expect(kept.total).toBeGreaterThanOrEqual(1);
      expect(kept.total).toBeLessThan(total);
      expect(kept.verified).toBe(kept.total);
      // A new process reads on from there and verifies only the rest.
      const resumed = await runCli([...args, '--json'], { cwd: dir, subprocess: true });
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.json.sync.fromBlock).toBe(syncedTo + 1);
      expect(resumed.json.sync.proofsVerified).toBe(total - kept.total);
      expect(resumed.json.settlements.length).toBe(total);
    } finally {
      await bridge.close();
    }
  });
});

// The silent cursor move and the batch run before the reorganisation, while days 0 and 1 are settled, each in a
// snapshot it reverts: the days they prove next are then day 2 (proved in beforeAll) and day 3, the same statements
// in both cases, which the run's proof cache proves once (after the reorganisation they were days 3 and 4).

// claimSettlement emits no PeriodClaimed (issue 15): a SETTLEMENT_ROLE holder that calls it and logs no Settled
// moves a cursor silently. The index follows each meter's cursor from its last indexed settlement, so the next
// settlement of the meter reveals the jump, which the report lists as an unexplained move (ok false).
describe('the audit index and a silent cursor move', () => {
  it('reports the jump over a period that a rogue claimSettlement moved past without any event', async () => {
    const snapshot = (await rpc('evm_snapshot')) as string;
    const index = await open(await freshLocation('sqlite'));
    try {
      const first = await index.sync({ confirmations: 0 });
      expect(first.indexed).toBeGreaterThanOrEqual(2);
      expect((await index.report()).ok).toBe(true);
      const registry = MeterRegistry__factory.connect(dev.deployment.addresses.meterRegistry, dev.accounts.admin);
      const cursor = BigInt((await registry.getMeter(METER_ID)).nextPeriodStart);
      const signed = await Meter.fromPrivateKey(METER_ID, METER_KEY).signAll(days(5));
      const k = signed.findIndex((sp) => BigInt(sp.periodStart) === cursor);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k + 1).toBeLessThan(signed.length);
      await dev.advanceTo(BigInt(signed[k + 1]!.periodStart + 86400));
      const [keyHash, commitment] = proofs[0]!.publicSignals.map(BigInt);
      await (await registry.grantRole(await registry.SETTLEMENT_ROLE(), dev.addresses.admin)).wait();
      const rogue = await (
        await registry.claimSettlement(METER_ID, keyHash!, cursor, cursor + 86400n, dev.deployment.addresses.tariffRegistry, commitment!)
      ).wait();
      expect(rogue!.logs).toHaveLength(0);
      const next = await consumer.settle(await consumer.proveBill(tariff(), signed[k + 1]!, { circuit: CIRCUIT }));
      expect(next.status).toBe('settled');
      expect((await index.sync({ confirmations: 0 })).indexed).toBe(1);
      const report = await index.report({ meterId: METER_ID });
      expect(report.settlements.every((s) => s.verified)).toBe(true);
      expect(report.unexplainedMoves).toHaveLength(1);
      expect(report.unexplainedMoves[0]).toMatchObject({ tx_hash: next.txHash, period_start: Number(cursor), period_end: Number(cursor) + 86400, settled: 0 });
      expect(report.ok).toBe(false);
      // The log-walking audit finds the same jump.
      const walked = await audit({ provider: dev.provider, settlement: dev.deployment.addresses.settlement, keys });
      expect(walked.unexplainedMoves).toBe(1);
    } finally {
      await index.close();
      expect(await rpc('evm_revert', [snapshot])).toBe(true);
    }
  });
});

// settleBatch logs one BatchSettled per batch (issue 15): the index stores one row per bill, with its position in the
// batch, verified from the calldata exactly as a single settlement, and the log-walking audit agrees.
describe('the audit index and a batch', () => {
  it('indexes each bill of a BatchSettled, verified, with its position, as the log-walking audit does', async () => {
    const snapshot = (await rpc('evm_snapshot')) as string;
    const index = await open(await freshLocation('sqlite'));
    try {
      const before = (await index.sync({ confirmations: 0 })).indexed;
      const registry = MeterRegistry__factory.connect(dev.deployment.addresses.meterRegistry, dev.accounts.admin);
      const cursor = BigInt((await registry.getMeter(METER_ID)).nextPeriodStart);
      const signed = await Meter.fromPrivateKey(METER_ID, METER_KEY).signAll(days(6));
      const k = signed.findIndex((sp) => BigInt(sp.periodStart) === cursor);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k + 1).toBeLessThan(signed.length);
      await dev.advanceTo(BigInt(signed[k + 1]!.periodStart + 86400));
      const bills = [
        await consumer.proveBill(tariff(), signed[k]!, { circuit: CIRCUIT }),
        await consumer.proveBill(tariff(), signed[k + 1]!, { circuit: CIRCUIT }),
      ];
      const conn = await dev.connect(dev.accounts.admin);
      // the later day first: skipped (PeriodGap), then both in order; the repeat of the later one settles
      const out = await conn.settlement.settleBatch([bills[1]!, bills[0]!, bills[1]!].map(toSettlementArgs));
      expect(out.skipped.map((s) => [s.index, s.reason])).toEqual([[0, 'PeriodGap']]);
      expect(out.settled.map((s) => s.index)).toEqual([1, 2]);
      const sync = await index.sync({ confirmations: 0 });
      expect(sync.indexed).toBe(2);
      expect(sync.verified).toBe(2);
      const rows = await index.settlements({ meterId: METER_ID });
      expect(rows.slice(before).map((r) => [r.txHash, r.batchIndex, r.periodStart])).toEqual([
        [out.txHash, 1, cursor],
        [out.txHash, 2, cursor + 86400n],
      ]);
      const report = await index.report({ meterId: METER_ID });
      expect(report.ok).toBe(true);
      const walked = await audit({ provider: dev.provider, settlement: dev.deployment.addresses.settlement, keys });
      expect(walked.ok).toBe(true);
      expect(walked.settlements.map((s) => [s.txHash, s.batchIndex])).toEqual(report.settlements.map((s) => [s.txHash, s.batchIndex]));
    } finally {
      await index.close();
      expect(await rpc('evm_revert', [snapshot])).toBe(true);
    }
  });
});

describe('a reorganised block', () => {
  it('is rolled back to the fork point and re-read, on both databases', async () => {
    const locations = [await freshLocation('sqlite'), ...(pgServer === undefined ? [] : [await freshLocation('postgres')])];
    const indices = await Promise.all(locations.map(open));
    try {
      const snapshot = (await rpc('evm_snapshot')) as string;
      const orphan = await consumer.settle(proofs[2]!);
      expect(orphan.status).toBe('settled');
      for (const index of indices) {
        expect((await index.sync({ confirmations: 0 })).indexed).toBe(3);
        expect((await index.settlements()).map((s) => s.txHash)).toContain(orphan.txHash);
      }
      // The chain reorganises: the block with the third settlement is replaced by other blocks, and
      // the same bill settles again later, in another block of another transaction.
      expect(await rpc('evm_revert', [snapshot])).toBe(true);
      await rpc('evm_mine');
      await rpc('evm_mine');
      const replay = await consumer.settle(proofs[2]!);
      expect(replay.status).toBe('settled');
      expect(replay.txHash).not.toBe(orphan.txHash);
      for (const index of indices) {
        const r = await index.sync({ confirmations: 0 });
        expect(r.rolledBack).toBeDefined();
        expect(r.rolledBack!.forkBlock).toBeLessThan(orphan.blockNumber);
        expect(r.indexed).toBe(1);
        const rows = await index.settlements({ meterId: METER_ID });
        expect(rows).toHaveLength(3);
        expect(rows.map((s) => s.txHash)).not.toContain(orphan.txHash);
        expect(rows[2]!.txHash).toBe(replay.txHash);
        // Not flagged as a period billed twice: the orphaned settlement is gone.
        expect((await index.report()).ok).toBe(true);
      }
    } finally {
      await Promise.all(indices.map((i) => i.close()));
    }
  });
});
