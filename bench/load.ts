// The load run: a Hardhat node in a separate process, many meters and three retailers, every bill
// settled (half one by one with Consumer.settle, half in batches by the Collector) through a fault
// proxy that cuts, delays and restarts the JSON-RPC link at random; then the ledger is reconciled
// with an independent replay of the same bills (balances, arrears, cursors; no bill paid twice, none
// lost) and the audit index re-verifies every settlement. `npm run bench -- load` and
// test/bench/load.test.ts (a few meters) run it.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Contract, HDNodeWallet, Mnemonic, Wallet, type Signer } from 'ethers';
import { localMidnightOf } from '../core/src/meter/index.js';
import { householdSeries } from '../core/src/meter/synthetic.js';
import { createTariff, type Tariff } from '../core/src/tariff/index.js';
import { exampleTariffDraft } from '../core/src/tariff/examples.js';
import { AuditIndex } from '../sdk/src/audit/audit-index.js';
import { VerifyPool } from '../sdk/src/audit/verify-pool.js';
import { loadPublishedKeys } from '../sdk/src/audit/published.js';
import { settledLogs } from '../sdk/src/audit/audit.js';
import { deployWattproof } from '../sdk/src/chain/deploy.js';
import { billsOfLogs } from '../sdk/src/chain/settlement.js';
import { Collector } from '../sdk/src/collector/collector.js';
import { connectRpc } from '../sdk/src/net/provider.js';
import { Consumer } from '../sdk/src/roles/consumer.js';
import type { BillProof } from '../prover/src/prove-core.js';
import { WattproofConnection } from '../sdk/src/roles/connection.js';
import { Meter } from '../sdk/src/roles/meter.js';
import { TariffAuthoring } from '../sdk/src/roles/tariff-authoring.js';
import { shutdownProver } from '../prover/src/groth16.js';
import { verifyBill } from '../prover/src/verify-bill.js';
import { startHardhatNode } from '../wallet/server/hardhat-node.js';
import { FaultProxy } from './fault-proxy.js';

const CIRCUIT = 'bill_1d_30m';
const MNEMONIC = 'test test test test test test test test test test test junk';
const FIRST_DAY = '2026-06-04';
const TZ = 3600;
const UNIT = 1_000_000n;

/** Options of {@link runLoad}. */
export interface LoadOptions {
  root: string;
  meters: number;
  retailers?: number;
  /** Consumer accounts, each settling its meters in its own lane (default 4). */
  lanes?: number;
  /** Mean time between injected faults, ms (default 400). */
  faultEveryMs?: number;
  seed?: number;
  /** Where proofs are cached by content hash (default bench/out/load-proofs). */
  proofCache?: string;
  log?: (line: string) => void;
}

/** What a load run measured and found. */
export interface LoadResult {
  meters: number;
  retailers: number;
  settledSingle: number;
  settledBatched: number;
  settleSeconds: number;
  loadSettlementsPerSecond: number;
  faultsInjected: number;
  faultsByKind: Record<string, number>;
  /** Client operations that failed on a fault and succeeded when retried. */
  retriesRecovered: number;
  loadFaultsRecovered: number;
  reconciliation: { ok: boolean; mismatches: string[]; settledEvents: number; paidTwice: number; lost: number };
  audit: { verified: number; total: number; seconds: number; auditVerifiedPerSecond: number };
  proofsCached: number;
  proofsMade: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function wallet(i: number): HDNodeWallet {
  return HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), `m/44'/60'/0'/0/${i}`);
}

/** One meter of the load world: its retailer, its consumer lane, its bill and proof. */
export interface LoadMeter {
  meter: Meter;
  r: number;
  lane: number;
  proof?: BillProof;
  charge: bigint;
  credit: bigint;
}

/** The world a load or collect run settles in: a deployment on a Hardhat node, meters with proofs. */
export interface LoadWorld {
  node: Awaited<ReturnType<typeof startHardhatNode>>;
  direct: Awaited<ReturnType<typeof connectRpc>>;
  deployment: Awaited<ReturnType<typeof deployWattproof>>;
  retailers: Wallet[];
  consumers: Wallet[];
  retailerAddrs: string[];
  consumerAddrs: string[];
  authorityConn: WattproofConnection;
  meters: LoadMeter[];
  start: number;
  end: number;
  deposit: bigint;
  float: bigint;
  proofsCached: number;
  proofsMade: number;
}

/**
 * Starts a Hardhat node and sets up the load world on it: deployment, one tariff per retailer, N meters
 * registered, offered and accepted, escrow and floats funded, and every meter's bill proven (or read
 * from the proof cache). The caller stops `world.node` and destroys `world.direct`.
 */
export async function prepareLoadWorld(o: LoadOptions): Promise<LoadWorld> {
  const log = o.log ?? (() => undefined);
  const R = o.retailers ?? 3;
  const L = o.lanes ?? 4;
  const N = o.meters;
  if (N < L) throw new Error(`--meters must be at least the ${L} lanes`);
  const cacheDir = o.proofCache ?? join(o.root, 'bench', 'out', 'load-proofs');
  await mkdir(cacheDir, { recursive: true });
  const node = await startHardhatNode(o.root);
  let direct: Awaited<ReturnType<typeof connectRpc>> | undefined;
  try {
    // Setup talks to the node directly: the faults are for the settlement phase.
    direct = await connectRpc(node.url);
    const rpc = direct;
    const acct = (i: number) => new Wallet(wallet(i).privateKey, rpc);
    const [admin, authority, regulator] = [acct(0), acct(1), acct(2)];
    const retailers = Array.from({ length: R }, (_, i) => acct(3 + i));
    const consumers = Array.from({ length: L }, (_, i) => acct(3 + R + i));
    const addr = async (s: Signer) => s.getAddress();
    const deployment = await deployWattproof(admin, {
      verifierName: CIRCUIT,
      authority: await addr(authority),
      regulator: await addr(regulator),
      retailers: await Promise.all(retailers.map(addr)),
    });
    const conn = (s: Signer) => WattproofConnection.fromDeployment(deployment, s);
    const token = new Contract(deployment.addresses.token, ['function mint(address to, uint256 amount)'], admin);
    const authorityConn = await conn(authority);
    const regulatorConn = await conn(regulator);
    const retailerConns = await Promise.all(retailers.map(conn));
    const consumerConns = await Promise.all(consumers.map(conn));

    // One tariff per retailer (the demo's time-of-use tariff, each with its own salt).
    const start = localMidnightOf(FIRST_DAY, TZ);
    const end = start + 86400;
    const tariffs: Tariff[] = Array.from({ length: R }, (_, r) =>
      createTariff({ ...exampleTariffDraft({ slotsPerDay: 48, tzOffsetSeconds: TZ, holidays: [FIRST_DAY] }), salt: 1000n + BigInt(r) }),
    );
    const commitments: bigint[] = [];
    for (const [r, t] of tariffs.entries()) {
      const c = await TariffAuthoring.commit(t);
      commitments.push(c);
      await retailerConns[r]!.tariffs.registerTariff(c, BigInt(start), BigInt(end + 365 * 86400));
      await regulatorConn.tariffs.approveTariff(c);
    }
    const head = await direct.getBlock('latest');
    if (head !== null && head.timestamp < end) {
      await direct.send('evm_setNextBlockTimestamp', [end]);
      await direct.send('evm_mine', []);
    }

    // Meters: meter i is served by retailer i % R and billed to consumer lane i % L. Lane 0 keeps no
    // escrow and its households have no solar, so each of its bills becomes arrears of its meter; the
    // other lanes' escrow covers everything. The retailers keep a float for export refunds. The outcome
    // of every bill is then independent of the order the chain settles them in, which the replay needs.
    log(`setup: ${N} meters, ${R} retailers, ${L} consumer lanes on ${node.url}`);
    const meters: LoadMeter[] = [];
    const signed = [];
    for (let i = 0; i < N; i++) {
      const meterId = 7_000_000n + BigInt(i);
      const key = createHash('sha256').update(`wattproof load meter ${i}`).digest('hex');
      const meter = Meter.fromPrivateKey(meterId, key);
      const lane = i % L;
      const s = householdSeries({ days: 1, intervalsPerDay: 48, seed: 1000 + i, solarKwp: lane === 0 ? 0 : 4.8, startDate: FIRST_DAY });
      const period = { meterId, periodStart: start, intervalSeconds: 1800, imports: s.imports, exports: s.exports };
      const bill = TariffAuthoring.referenceBill(tariffs[i % R]!, period);
      meters.push({ meter, r: i % R, lane, charge: bill.charge, credit: bill.credit });
      signed.push(await meter.sign(period));
    }
    const consumerAddrs = await Promise.all(consumers.map(addr));
    const retailerAddrs = await Promise.all(retailers.map(addr));
    for (const m of meters) {
      await authorityConn.meters.registerMeter({
        meterId: m.meter.meterId,
        publicKey: await m.meter.publicKey(),
        consumer: consumerAddrs[m.lane]!,
        retailer: retailerAddrs[m.r]!,
        firstPeriodStart: BigInt(start),
      });
    }
    await Promise.all(
      retailerConns.map(async (rc, r) => {
        for (const m of meters) if (m.r === r) await rc.tariffs.offerTariff(m.meter.meterId, commitments[r]!);
      }),
    );
    await Promise.all(
      consumerConns.map(async (cc, lane) => {
        for (const m of meters) if (m.lane === lane) await cc.tariffs.acceptTariff(m.meter.meterId, commitments[m.r]!);
      }),
    );
    const DEPOSIT = 1_000_000n * UNIT;
    const FLOAT = 1_000_000n * UNIT;
    for (const [lane, cc] of consumerConns.entries()) {
      if (lane === 0) continue;
      await (await token.getFunction('mint')(consumerAddrs[lane], DEPOSIT)).wait();
      await cc.settlement.deposit(DEPOSIT);
    }
    for (const [r, rc] of retailerConns.entries()) {
      await (await token.getFunction('mint')(retailerAddrs[r], FLOAT)).wait();
      await rc.settlement.deposit(FLOAT);
    }

    // Proofs, cached by content hash (circuit key, tariff, signed readings, domain).
    const manifest = await readFile(join(o.root, 'build', 'manifest.json'), 'utf8');
    const zkeyHash = createHash('sha256').update(manifest).digest('hex');
    const domain = `${(await direct.getNetwork()).chainId}:${deployment.addresses.settlement.toLowerCase()}`;
    let cached = 0;
    let made = 0;
    const t0 = performance.now();
    for (const [i, m] of meters.entries()) {
      const sp = signed[i]!;
      const h = createHash('sha256')
        .update(
          JSON.stringify({ CIRCUIT, zkeyHash, domain, tariff: commitments[m.r]!.toString(), sp }, (_k, v: unknown) =>
            typeof v === 'bigint' ? v.toString() : v,
          ),
        )
        .digest('hex');
      const file = join(cacheDir, `${h}.json`);
      try {
        m.proof = JSON.parse(await readFile(file, 'utf8')) as BillProof;
        cached++;
      } catch {
        m.proof = await new Consumer(consumerConns[m.lane]!).proveBill(tariffs[m.r]!, sp, { circuit: CIRCUIT });
        // Written whole or not at all: an interrupted run must not leave a truncated cache entry.
        await writeFile(`${file}.tmp`, JSON.stringify(m.proof));
        await rename(`${file}.tmp`, file);
        made++;
      }
      if ((i + 1) % 10 === 0 || i + 1 === N) {
        const s = (performance.now() - t0) / 1000;
        log(`proofs: ${i + 1}/${N} (${cached} from cache, ${made} made, ${s.toFixed(0)} s)`);
      }
    }
    await shutdownProver();
    return {
      node,
      direct,
      deployment,
      retailers,
      consumers,
      retailerAddrs,
      consumerAddrs,
      authorityConn,
      meters,
      start,
      end,
      deposit: DEPOSIT,
      float: FLOAT,
      proofsCached: cached,
      proofsMade: made,
    };
  } catch (e) {
    direct?.destroy();
    await shutdownProver();
    await node.stop();
    throw e;
  }
}

/**
 * The world's settled bills (a `Settled` event each, or an entry of a `BatchSettled` event when the
 * collector settled a batch), counted per (meter, period): how many there are, how many bills were
 * settled more than once, and how many meters' bills never were. A log that does not decode is a
 * setup failure (the reconciliation could not be trusted), so it throws.
 */
export async function tallySettled(world: LoadWorld): Promise<{ events: number; paidTwice: number; lost: number }> {
  const { direct, deployment, meters, start } = world;
  const logs = await settledLogs(direct, deployment.addresses.settlement, 0, await direct.getBlockNumber());
  const seen = new Map<string, number>();
  let events = 0;
  for (const { log, bills, error } of await billsOfLogs(direct, deployment.addresses.meterRegistry, logs)) {
    if (bills === undefined) throw new Error(`settled log in tx ${log.transactionHash} did not decode: ${error}`);
    for (const b of bills) {
      events++;
      const k = `${b.meterId}:${b.periodStart}`;
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
  }
  return {
    events,
    paidTwice: [...seen.values()].filter((n) => n > 1).length,
    lost: meters.filter((m) => !seen.has(`${m.meter.meterId}:${start}`)).length,
  };
}

/** Runs the load test; throws only on a setup failure (a reconciliation failure is in the result). */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const log = o.log ?? (() => undefined);
  const R = o.retailers ?? 3;
  const N = o.meters;
  const world = await prepareLoadWorld(o);
  const { node, direct, deployment, consumers, retailerAddrs, consumerAddrs, authorityConn, meters, end } = world;
  const DEPOSIT = world.deposit;
  const FLOAT = world.float;
  const cached = world.proofsCached;
  const made = world.proofsMade;
  const work = await mkdtemp(join(tmpdir(), 'wattproof-load-'));
  let proxy: FaultProxy | undefined;
  let pool: VerifyPool | undefined;
  const providers: { destroy(): void }[] = [direct];
  try {
    // Settlement through the fault proxy: every lane settles its first half one by one, then its
    // second half with the collector, while the proxy injects faults.
    proxy = await FaultProxy.start(node.url);
    const faulty = await connectRpc(proxy.url, { timeoutMs: 5000, totalTimeoutMs: 20_000, retry: { attempts: 8, baseDelayMs: 100, maxDelayMs: 1500 } });
    providers.push(faulty);
    const vkey = (await loadPublishedKeys({ only: [CIRCUIT] }))[0]!.vkey;
    // The lanes' collectors verify proofs with snarkjs, whose shared curve (and its threads) is built on
    // first use: built by four lanes at once, three copies would leak threads that keep the process alive.
    if (!(await verifyBill({ proof: meters[0]!.proof!.proof, publicSignals: meters[0]!.proof!.publicSignals as never, vkey }))) {
      throw new Error('the first cached proof does not verify (stale cache? delete bench/out/load-proofs)');
    }
    let retriesRecovered = 0;
    // The lanes' collectors verify on worker threads (one per core), as `wattproof collect submit` does.
    const lanesPool = new VerifyPool();
    pool = lanesPool;
    let settledSingle = 0;
    let settledBatched = 0;
    proxy.startFaults(o.faultEveryMs ?? 400, o.seed ?? 7);
    const ts = performance.now();
    await Promise.all(
      consumers.map(async (c, lane) => {
        const laneConn = await retry(
          () => WattproofConnection.fromDeployment(deployment, new Wallet(c.privateKey, faulty)),
          () => retriesRecovered++,
        );
        const consumer = new Consumer(laneConn);
        const mine = meters.filter((m) => m.lane === lane);
        const half = Math.ceil(mine.length / 2);
        for (const m of mine.slice(0, half)) {
          // Consumer.settle reads the chain before sending: a settle whose answer was lost is found, not paid twice.
          await retry(
            () => consumer.settle(m.proof!),
            () => retriesRecovered++,
          );
        }
        settledSingle += half;
        settledBatched += mine.length - half;
        const collector = new Collector(laneConn, { vkey, maxBatch: 16, verifyMany: lanesPool.verifyAll.bind(lanesPool) as never });
        let rest = mine.slice(half);
        for (let attempt = 0; rest.length > 0; attempt++) {
          if (attempt > 50) throw new Error(`lane ${lane}: ${rest.length} bills still unsettled after 50 collector runs`);
          try {
            const report = await collector.collect(
              rest.map((m) => ({ id: m.meter.meterId.toString(), proof: m.proof!.proof, publicSignals: m.proof!.publicSignals })),
            );
            const done = new Set(report.settled.map((s) => s.id));
            rest = rest.filter((m) => !done.has(m.meter.meterId.toString()));
            if (report.dropped.length > 0 && rest.length > 0)
              throw new Error(`dropped: ${report.dropped.map((d) => `${d.id} ${d.code} ${d.reason}`).join('; ')}`);
          } catch {
            retriesRecovered++;
            await sleep(200);
          }
        }
      }),
    );
    const settleSeconds = (performance.now() - ts) / 1000;
    proxy.stopFaults();
    const faults = proxy.faults.length;
    const faultsByKind: Record<string, number> = {};
    for (const f of proxy.faults) faultsByKind[f.kind] = (faultsByKind[f.kind] ?? 0) + 1;
    log(
      `settled ${N} bills in ${settleSeconds.toFixed(1)} s through ${faults} injected faults (${JSON.stringify(faultsByKind)}), ${retriesRecovered} operations retried`,
    );

    // Reconciliation against an independent replay of the same bills (the engine's bills, not the proofs').
    const mismatches: string[] = [];
    const { events, paidTwice, lost } = await tallySettled(world);
    const consumerBal = consumers.map((_, lane) => (lane === 0 ? 0n : DEPOSIT));
    const consumerArrears = consumers.map(() => 0n);
    const retailerBal = retailerAddrs.map(() => FLOAT);
    for (const m of meters) {
      const net = m.charge - m.credit;
      if (net >= 0n) {
        const free = consumerBal[m.lane]! - consumerArrears[m.lane]!;
        const paid = net <= free ? net : free > 0n ? free : 0n;
        consumerBal[m.lane]! -= paid;
        consumerArrears[m.lane]! += net - paid;
        retailerBal[m.r]! += paid;
      } else {
        consumerBal[m.lane]! += -net;
        retailerBal[m.r]! -= -net;
      }
      const onChain = await authorityConn.settlement.arrearsOf(m.meter.meterId);
      const expected = m.lane === 0 && net > 0n ? net : 0n;
      if (onChain !== expected) mismatches.push(`meter ${m.meter.meterId}: arrears ${onChain}, replay ${expected}`);
      const info = await authorityConn.meters.getMeter(m.meter.meterId);
      if (info?.nextPeriodStart !== BigInt(end)) mismatches.push(`meter ${m.meter.meterId}: cursor ${info?.nextPeriodStart}, replay ${end}`);
    }
    for (const [lane, a] of consumerAddrs.entries()) {
      const p = await authorityConn.settlement.position(a);
      if (p.balance !== consumerBal[lane]) mismatches.push(`consumer ${lane}: balance ${p.balance}, replay ${consumerBal[lane]}`);
      if (p.arrears !== consumerArrears[lane]) mismatches.push(`consumer ${lane}: arrears ${p.arrears}, replay ${consumerArrears[lane]}`);
    }
    for (const [r, a] of retailerAddrs.entries()) {
      const p = await authorityConn.settlement.position(a);
      if (p.balance !== retailerBal[r]) mismatches.push(`retailer ${r}: balance ${p.balance}, replay ${retailerBal[r]}`);
    }
    if (paidTwice > 0) mismatches.push(`${paidTwice} bill(s) settled twice`);
    if (lost > 0) mismatches.push(`${lost} bill(s) never settled`);
    if (events !== N) mismatches.push(`${events} settled bills (Settled events and BatchSettled entries) for ${N} meters`);
    log(`reconciliation: ${mismatches.length === 0 ? 'exact' : `${mismatches.length} mismatch(es): ${mismatches.slice(0, 5).join('; ')}`}`);

    // The regulator's audit from a fresh index.
    const index = await AuditIndex.open({
      location: join(work, 'audit.db'),
      provider: direct,
      settlement: deployment.addresses.settlement,
      keys: await loadPublishedKeys({ only: [CIRCUIT] }),
    });
    let audit: LoadResult['audit'];
    try {
      const sync = await index.sync({ confirmations: 0 });
      const counts = await index.counts();
      audit = { verified: counts.verified, total: counts.total, seconds: sync.ms / 1000, auditVerifiedPerSecond: sync.proofsVerified / (sync.ms / 1000) };
    } finally {
      await index.close();
    }
    log(`audit from the index: ${audit.verified}/${audit.total} verified in ${audit.seconds.toFixed(1)} s (${audit.auditVerifiedPerSecond.toFixed(1)} /s)`);
    if (audit.verified !== N || audit.total !== N) mismatches.push(`audit: ${audit.verified}/${audit.total} verified of ${N}`);
    return {
      meters: N,
      retailers: R,
      settledSingle,
      settledBatched,
      settleSeconds,
      loadSettlementsPerSecond: N / settleSeconds,
      faultsInjected: faults,
      faultsByKind,
      retriesRecovered,
      // Every injected fault was survived only if the run reconciles exactly.
      loadFaultsRecovered: mismatches.length === 0 ? faults : 0,
      reconciliation: { ok: mismatches.length === 0, mismatches, settledEvents: events, paidTwice, lost },
      audit,
      proofsCached: cached,
      proofsMade: made,
    };
  } finally {
    // Providers poll on timers that would keep the process alive.
    for (const p of providers) p.destroy();
    await pool?.close();
    // The collector's off-chain verification started snarkjs's curve threads in this process.
    await shutdownProver();
    await proxy?.close();
    await node.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/** Retries `fn` on any failure (the link is faulty by design) up to 40 times, counting recoveries. */
async function retry<T>(fn: () => Promise<T>, onRetry: () => void): Promise<T> {
  let last: unknown;
  for (let i = 0; i < 40; i++) {
    try {
      const out = await fn();
      return out;
    } catch (e) {
      last = e;
      onRetry();
      if (process.env.WATTPROOF_LOAD_DEBUG) console.error(`retry ${i}: ${(e as Error).message}`);
      await sleep(100 + 50 * i);
    }
  }
  throw last;
}
