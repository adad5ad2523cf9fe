/**
 * Gas per bill of `settleBatch` for batches of 1, 8, 32 and 128 bills (issue 15, item 6), and of one
 * `settle` (a plain bill, and one that creates arrears), on Hardhat's in-process EVM with real proofs
 * of distinct meters, each with its own consumer, all under one retailer and tariff. Merged into
 * bench/results.json (`batchGas`, and the targets `settleGas270`, `settleArrearsGas`, `batchGas32`,
 * `batchGas128`); results.md is re-rendered.
 *
 *   npx tsx bench/batch-gas.ts [--circuit bill_1d_30m] [--sizes 1,8,32,128] [--no-write]
 *
 * The 128 proofs take a few minutes to make; they are cached in build/bench/batch-proofs-<circuit>.json
 * (the chain is reset to a fixed clock, so the meters, the deployment and thus the proofs' domain and
 * periods are the same on every run) and reused.
 * @packageDocumentation
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JsonRpcSigner, type BigNumberish } from 'ethers';
import hre from 'hardhat';
import { shutdownProver } from '../prover/src/groth16.js';
import { loadCircuitArtifacts } from '../prover/src/artifacts/index.js';
import { readInbox } from '../cli/src/commands/collect.run.js';
import { startInbox } from '../cli/src/inbox.js';
import { Collector, handToCollector } from '../sdk/src/collector/index.js';
import { WattproofConnection } from '../sdk/src/roles/connection.js';
import { meterPublicKey } from '../core/src/crypto/index.js';
import { settlementDomain } from '../core/src/bill/signals.js';
import { toSnarkjsProof, type SettlementProof } from '../sdk/src/chain/settlement.js';
import { UNIT, afterDay, createWorld, ledgerAs, metersAs, proveBill, provider, setTime, tariffsAs, type World } from '../test/contracts/world.js';
import { scriptArgs } from '../circuits/build/script-args.js';
import { renderMarkdown } from './report.js';
import type { BatchGasFigures, BenchResults } from './results.js';
import { evaluateTargets } from './targets.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The chain's clock before the world is made: fixed, so that every run makes the same deployment and periods. */
const CLOCK = 1_893_456_000; // 2030-01-01T00:00:00Z
const BLOCK_GAS_LIMIT = 30_000_000n;
/** The transaction gas cap of the EVM (EIP-7825, 2^24): no transaction may ask for more. */
const TX_GAS_CAP = 16_777_216n;
const FIRST_METER = 5000n;

type Stored = { meterId: string; a: string[]; b: string[][]; c: string[]; signals: string[] };

function keyOf(i: number): Uint8Array {
  const k = new Uint8Array(32).fill(0x5b);
  k[0] = i & 0xff;
  k[1] = (i >> 8) & 0xff;
  return k;
}

async function signerAt(address: string): Promise<JsonRpcSigner> {
  await hre.network.provider.send('hardhat_impersonateAccount', [address]);
  await hre.network.provider.send('hardhat_setBalance', [address, '0x56bc75e2d63100000']);
  return new JsonRpcSigner(provider, address);
}

/** Registers `count` meters, each with its own consumer who accepts the tariff and deposits. */
async function addMeters(w: World, count: number, log: (s: string) => void): Promise<bigint[]> {
  const ids: bigint[] = [];
  const authority = metersAs(w, w.s.authority);
  const retailer = tariffsAs(w, w.s.retailer);
  for (let i = 0; i < count; i++) {
    const meterId = FIRST_METER + BigInt(i);
    const consumerAddress = `0x${(0xc0de0000n + BigInt(i)).toString(16).padStart(40, '0')}`;
    const consumer = await signerAt(consumerAddress);
    await authority.registerMeter({
      meterId,
      publicKey: await meterPublicKey(keyOf(i)),
      consumer: consumerAddress,
      retailer: w.s.retailer.address,
      firstPeriodStart: BigInt(w.d0),
    });
    await retailer.offerTariff(meterId, w.commitment);
    await tariffsAs(w, consumer).acceptTariff(meterId, w.commitment);
    await (await w.token.mint(consumerAddress, 100n * UNIT)).wait();
    await ledgerAs(w, consumer).deposit(50n * UNIT);
    ids.push(meterId);
    if ((i + 1) % 32 === 0) log(`  ${i + 1} meters registered`);
  }
  return ids;
}

async function proofs(w: World, ids: bigint[], log: (s: string) => void): Promise<SettlementProof[]> {
  const file = join(ROOT, 'build', 'bench', `batch-proofs-${w.circuit}.json`);
  const domain = settlementDomain(w.chainId, w.d.addresses.settlement).toString();
  const tag = JSON.stringify({ circuit: w.circuit, d0: w.d0, domain, commitment: w.commitment.toString(), first: FIRST_METER.toString() });
  let cache: { tag: string; proofs: Stored[] } = { tag, proofs: [] };
  try {
    const read = JSON.parse(await readFile(file, 'utf8')) as typeof cache;
    if (read.tag === tag) cache = read;
    else log(`  ${file} is for another deployment or clock: proving again`);
  } catch {
    // no cache yet
  }
  const out: SettlementProof[] = [];
  for (let i = 0; i < ids.length; i++) {
    let s = cache.proofs[i];
    if (s === undefined || BigInt(s.meterId) !== ids[i]) {
      const t0 = Date.now();
      const p = (await proveBill(w, { meterId: ids[i]!, key: keyOf(i) })).proof;
      s = { meterId: ids[i]!.toString(), a: p.a.map(String), b: p.b.map((r) => r.map(String)), c: p.c.map(String), signals: p.signals.map(String) };
      cache.proofs[i] = s;
      log(`  proof ${i + 1}/${ids.length} (${Date.now() - t0} ms)`);
      if ((i + 1) % 8 === 0 || i === ids.length - 1) {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, JSON.stringify(cache));
      }
    }
    out.push({
      a: [s.a[0]!, s.a[1]!],
      b: [
        [s.b[0]![0]!, s.b[0]![1]!],
        [s.b[1]![0]!, s.b[1]![1]!],
      ],
      c: [s.c[0]!, s.c[1]!],
      signals: s.signals.map(BigInt),
    });
  }
  return out;
}

/**
 * The collector path on every cached proof, from the chain state before any batch: hand each proof to
 * an HTTP inbox, read and verify the inbox (dry run), then submit it in gas-sized batches.
 */
async function timeCollector(
  w: World,
  bills: SettlementProof[],
  snapshot: string,
  log: (s: string) => void,
): Promise<NonNullable<BatchGasFigures['collector']>> {
  await hre.network.provider.send('evm_revert', [snapshot]);
  const { vkey } = await loadCircuitArtifacts(w.circuit);
  const dir = await mkdtemp(join(tmpdir(), 'wattproof-bench-inbox-'));
  const inbox = await startInbox({ dir });
  try {
    const t0 = performance.now();
    for (const p of bills) {
      const n = (v: BigNumberish) => BigInt(v);
      // The wallet's document: snarkjs layout (G2 coordinates back in snarkjs order).
      const proof = toSnarkjsProof({
        a: [n(p.a[0]), n(p.a[1])],
        b: [
          [n(p.b[0][0]), n(p.b[0][1])],
          [n(p.b[1][0]), n(p.b[1][1])],
        ],
        c: [n(p.c[0]), n(p.c[1])],
      });
      await handToCollector(inbox.url, { circuit: w.circuit, proof, publicSignals: p.signals.map(String) as never });
    }
    const t1 = performance.now();
    const { items, dropped } = await readInbox(dir);
    if (dropped.length > 0) throw new Error(`inbox: ${dropped.length} unreadable proof files`);
    const conn = await WattproofConnection.fromDeployment(w.d, w.s.relayer);
    const collector = new Collector(conn, { vkey, log });
    const plan = await collector.collect(items, { dryRun: true });
    const t2 = performance.now();
    if (plan.pending.length !== bills.length)
      throw new Error(`collector: ${plan.pending.length} of ${bills.length} ready (${plan.dropped.map((d) => d.reason).join('; ')})`);
    const report = await collector.collect(items);
    const t3 = performance.now();
    if (report.settled.length !== bills.length) throw new Error(`collector: ${report.settled.length} of ${bills.length} settled`);
    const figures = {
      proofs: bills.length,
      handOffMs: Math.round(t1 - t0),
      verifyMs: Math.round(t2 - t1),
      submitMs: Math.round(t3 - t2),
      totalMs: Math.round(t3 - t0),
      batches: report.batches.length,
      perProofMs: Math.round(((t3 - t0) / bills.length) * 10) / 10,
    };
    log(
      `  collector: ${bills.length} proofs handed over in ${figures.handOffMs} ms, read and verified in ${figures.verifyMs} ms, submitted in ${report.batches.length} batch(es) in ${figures.submitMs} ms (${figures.perProofMs} ms per proof)`,
    );
    return figures;
  } finally {
    await inbox.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const values = scriptArgs(
    'usage: npx tsx bench/batch-gas.ts [--circuit bill_1d_30m] [--sizes 1,8,32,128] [--no-write]',
    {
      circuit: { type: 'string', default: 'bill_1d_30m' },
      sizes: { type: 'string', default: '1,8,32,128' },
      'no-write': { type: 'boolean', default: false },
    },
    argv,
  );
  const sizes = values.sizes.split(',').map(Number);
  const largest = Math.max(...sizes);
  const log = (s: string) => console.log(s);

  await hre.network.provider.send('hardhat_reset');
  await setTime(CLOCK);
  log(`batch gas: ${values.circuit}, batches of ${sizes.join(', ')}`);
  const w = await createWorld({ circuit: values.circuit });
  const ids = await addMeters(w, largest, log);
  const bills = await proofs(w, ids, log);
  await afterDay(w, 0);
  const base = (await hre.network.provider.send('evm_snapshot')) as string;
  const relayer = ledgerAs(w, w.s.relayer);

  const batches: BatchGasFigures['batches'] = {};
  let snap = base;
  for (const n of sizes) {
    await hre.network.provider.send('evm_revert', [snap]);
    snap = (await hre.network.provider.send('evm_snapshot')) as string;
    const r = await relayer.settleBatch(bills.slice(0, n), { gasLimit: TX_GAS_CAP });
    if (r.settled.length !== n) throw new Error(`batch of ${n}: only ${r.settled.length} settled (${r.skipped.map((s) => s.reason).join(', ')})`);
    const gasUsed = Number(r.gasUsed);
    batches[String(n)] = { gasUsed, perBill: Math.round(gasUsed / n), withinBlock: r.gasUsed <= BLOCK_GAS_LIMIT };
    log(`  settleBatch of ${String(n).padStart(3)}: ${String(gasUsed).padStart(9)} gas, ${String(Math.round(gasUsed / n)).padStart(7)} per bill`);
  }
  // One settle: a plain bill, then one whose consumer emptied its escrow (arrears).
  await hre.network.provider.send('evm_revert', [snap]);
  // Hardhat drops a snapshot once reverted to: keep one of this state for the collector's run.
  snap = (await hre.network.provider.send('evm_snapshot')) as string;
  // A meter's first bill folds and keeps its (key, tariff) base point; the bills after it read it. The plain
  // and arrears figures are second bills (every bill of a meter until its key or tariff changes).
  const first = Number((await relayer.settle(bills[0]!)).gasUsed);
  await relayer.settle(bills[1]!);
  const next = [
    (await proveBill(w, { meterId: ids[0]!, key: keyOf(0), day: 1 })).proof,
    (await proveBill(w, { meterId: ids[1]!, key: keyOf(1), day: 1 })).proof,
  ];
  await afterDay(w, 1);
  const plain = Number((await relayer.settle(next[0]!)).gasUsed);
  const consumer = await signerAt(`0x${(0xc0de0000n + 1n).toString(16).padStart(40, '0')}`);
  await ledgerAs(w, consumer).withdraw(await ledgerAs(w, consumer).balanceOf(await consumer.getAddress()));
  const arrears = Number((await relayer.settle(next[1]!)).gasUsed);
  log(`  settle: ${plain} gas (plain), ${arrears} gas (all arrears), ${first} gas (a meter's first bill: keeps its base point)`);
  const collector = await timeCollector(w, bills, snap, log);

  const figures: BatchGasFigures = {
    date: new Date().toISOString(),
    command: `npx tsx bench/batch-gas.ts --circuit ${values.circuit} --sizes ${values.sizes}`,
    circuit: values.circuit,
    settle: { plain, arrears, first },
    batches,
    blockGasLimit: Number(BLOCK_GAS_LIMIT),
    txGasCap: Number(TX_GAS_CAP),
    collector,
    notes: [
      'Receipt gasUsed on Hardhat (21k intrinsic and calldata included); every bill of a batch is a distinct meter with its own consumer (escrow funded), one retailer and tariff.',
      'A batch checks its proofs with one multi-pairing (one pairing per bill plus three), two scalar multiplications per bill; the rest per bill is the registry read and cursor move, the tariff read, the ledger write, and the events.',
    ],
  };
  if (values['no-write']) return 0;
  const file = join(ROOT, 'bench', 'results.json');
  const results = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
  results.batchGas = figures;
  const ids4 = ['settleGas270', 'settleArrearsGas', 'batchGas32', 'batchGas128'] as const;
  const fresh = evaluateTargets({
    settleGas270: plain,
    settleArrearsGas: arrears,
    batchGas32: batches['32']?.perBill ?? null,
    batchGas128: batches['128']?.perBill ?? null,
  }).filter((t) => (ids4 as readonly string[]).includes(t.id));
  results.targets = [...results.targets.filter((t) => !(ids4 as readonly string[]).includes(t.id)), ...fresh];
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(ROOT, 'bench', 'results.md'), renderMarkdown(results));
  log('wrote bench/results.json (batchGas, targets) and bench/results.md');
  return 0;
}

main(process.argv.slice(2))
  .then(async (code) => {
    await shutdownProver();
    process.exit(code);
  })
  .catch(async (e: unknown) => {
    console.error(e);
    await shutdownProver();
    process.exit(1);
  });
