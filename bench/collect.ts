// The collector at scale (issue 15, item 6): the load world's N proofs (default 1,000; proven once and
// cached by the load run) are each posted to a collector's HTTP inbox as a wallet would, then read,
// verified off-chain and planned (a dry run), then submitted in batches sized to the gas limit to a
// Hardhat node in its own process. Timed per phase; afterwards every bill must be settled exactly once.
// `npm run bench -- collect [--proofs N]` runs it and merges `collector1000` into bench/results.json.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Wallet } from 'ethers';
import { readInbox } from '../cli/src/commands/collect.run.js';
import { startInbox } from '../cli/src/inbox.js';
import { shutdownProver } from '../prover/src/groth16.js';
import { loadPublishedKeys } from '../sdk/src/audit/published.js';
import { VerifyPool } from '../sdk/src/audit/verify-pool.js';
import { Collector, handToCollector } from '../sdk/src/collector/index.js';
import { WattproofConnection } from '../sdk/src/roles/connection.js';
import { prepareLoadWorld, tallySettled, type LoadOptions } from './load.js';

/** What {@link runCollect} measured. */
export interface CollectFigures {
  proofs: number;
  /** Posting every proof to the inbox over HTTP, one request each. */
  handOffMs: number;
  /** Reading the inbox, verifying every proof off-chain (worker threads), checking each against the chain. */
  verifyMs: number;
  /** Sending the batches and waiting for their receipts. */
  submitMs: number;
  totalMs: number;
  batches: number;
  batchSizes: number[];
  gasUsed: number;
  gasPerBill: number;
  perProofMs: number;
  /** Settled events afterwards, bills settled twice, bills not settled. */
  settledEvents: number;
  paidTwice: number;
  lost: number;
  loadAverageAtStart: number;
}

/** Runs the collector on the load world's proofs; throws if any bill is not settled exactly once. */
export async function runCollect(o: LoadOptions): Promise<CollectFigures> {
  const log = o.log ?? (() => undefined);
  const world = await prepareLoadWorld(o);
  const dir = await mkdtemp(join(tmpdir(), 'wattproof-collect-'));
  const inbox = await startInbox({ dir });
  let pool: VerifyPool | undefined;
  try {
    const N = world.meters.length;
    const vkey = (await loadPublishedKeys({ only: ['bill_1d_30m'] }))[0]!.vkey;
    // A relayer that is neither consumer nor retailer: anyone may submit a batch.
    const relayer = new Wallet(world.retailers[0]!.privateKey, world.direct);
    const conn = await WattproofConnection.fromDeployment(world.deployment, relayer);
    // Off-chain verification on worker threads, one per core, as `wattproof collect` does.
    pool = new VerifyPool();
    const verifyMany = pool.verifyAll.bind(pool) as ConstructorParameters<typeof Collector>[1]['verifyMany'];
    const collector = new Collector(conn, { vkey, verifyMany, log: (line) => log(`collector: ${line}`) });
    const loadAverageAtStart = Math.round(loadavg()[0]! * 100) / 100;
    log(`collect: ${N} proofs, inbox ${inbox.url}, load average ${loadAverageAtStart}`);

    const t0 = performance.now();
    for (const [i, m] of world.meters.entries()) {
      await handToCollector(inbox.url, { circuit: m.proof!.circuit, proof: m.proof!.proof, publicSignals: m.proof!.publicSignals });
      if ((i + 1) % 250 === 0) log(`handed over ${i + 1}/${N}`);
    }
    const t1 = performance.now();
    const { items, dropped } = await readInbox(dir);
    if (dropped.length > 0 || items.length !== N) throw new Error(`inbox: ${items.length} readable of ${N}, ${dropped.length} unreadable`);
    const plan = await collector.collect(items, { dryRun: true });
    const t2 = performance.now();
    if (plan.pending.length !== N)
      throw new Error(`dry run: ${plan.pending.length} of ${N} ready (${plan.dropped.map((d) => `${d.id}: ${d.reason}`).join('; ')})`);
    log(`verified ${N} proofs off-chain in ${((t2 - t1) / 1000).toFixed(1)} s`);
    const report = await collector.collect(items);
    const t3 = performance.now();
    if (report.settled.length !== N) throw new Error(`collector: ${report.settled.length} of ${N} settled`);

    const { events, paidTwice, lost } = await tallySettled(world);
    if (paidTwice > 0 || lost > 0 || events !== N) throw new Error(`${events} Settled events for ${N} bills: ${paidTwice} twice, ${lost} lost`);
    const gasUsed = report.batches.reduce((a, b) => a + Number(b.gasUsed), 0);
    const figures: CollectFigures = {
      proofs: N,
      handOffMs: Math.round(t1 - t0),
      verifyMs: Math.round(t2 - t1),
      submitMs: Math.round(t3 - t2),
      totalMs: Math.round(t3 - t0),
      batches: report.batches.length,
      batchSizes: report.batches.map((b) => b.size),
      gasUsed,
      gasPerBill: Math.round(gasUsed / N),
      perProofMs: Math.round(((t3 - t0) / N) * 10) / 10,
      settledEvents: events,
      paidTwice,
      lost,
      loadAverageAtStart,
    };
    log(
      `collect: ${N} proofs handed over in ${(figures.handOffMs / 1000).toFixed(1)} s, verified in ${(figures.verifyMs / 1000).toFixed(1)} s, submitted in ${figures.batches} batches in ${(figures.submitMs / 1000).toFixed(1)} s (${figures.gasPerBill} gas per bill); every bill settled once`,
    );
    return figures;
  } finally {
    await pool?.close();
    await inbox.close();
    await rm(dir, { recursive: true, force: true });
    world.direct.destroy();
    await shutdownProver();
    await world.node.stop();
  }
}
