/**
 * The wattproof end-to-end demo (`npm run demo`, `wattproof demo`).
 *
 * One household, one retailer, one regulator, one metering authority, on Hardhat's in-process
 * chain: the meter's data is signed, the consumer proves and settles three consecutive bills
 * (one goes to arrears and is repaid), a replay is rejected, and the regulator's audit
 * re-verifies every settlement. A neighbour then settles three days with the regulator's disclosure
 * on a DisclosedSettlement beside it, and the regulator's disclosed view decrypts and checks them.
 * Each step prints its figures and what stayed private.
 *
 * Circuit choice (automatic, printed): bill_31d_60m (monthly bills of hourly readings) if its
 * artifacts exist or can be built, else bill_1d_30m (daily bills of half-hourly readings).
 * @packageDocumentation
 */
import type { DemoSummary } from './summary.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ArtifactError, ValidationError } from '../../../core/src/errors.js';
import type { Output } from '../output.js';
import { repoRoot } from '../paths.js';

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Force a circuit (`bill_31d_60m` or `bill_1d_30m`); default automatic (also $WATTPROOF_DEMO_CIRCUIT). */
  circuit?: string;
  out: Output;
}

export type { DemoBill, DemoSummary } from './summary.js';

const MONTHLY = 'bill_31d_60m';
const DAILY = 'bill_1d_30m';

/** True when the circuit's artifacts and compiled verifier exist (hashes are checked when loaded). */
async function isBuilt(circuit: string): Promise<boolean> {
  const { readManifest } = await import('../../../prover/src/artifacts/manifest.js');
  const root = repoRoot();
  const manifest = await readManifest(join(root, 'build')).catch(() => undefined);
  const entry = manifest?.circuits[circuit];
  if (entry === undefined) return false;
  // The verifier a deployment uses: the batch verifier of a bill circuit (snarkjs's is not compiled then).
  const contract = (entry.batchVerifier ?? entry.verifier).contract;
  return (
    existsSync(join(root, 'build', entry.files.zkey.path)) &&
    existsSync(join(root, 'artifacts', 'contracts', 'generated', `${contract}.sol`, `${contract}.json`)) &&
    existsSync(join(root, 'typechain-types', 'index.ts'))
  );
}

/**
 * Builds `circuits` in ONE pipeline run; resolves to the names that failed. One run, not one per
 * circuit: the contracts (every generated verifier, solc, typechain) compile once after all the
 * circuits instead of once per circuit, and the pipeline compiles the next circuit while the
 * previous one's Groth16 setup runs (a fresh clone's demo builds two circuits).
 */
async function build(circuits: readonly string[], out: Output): Promise<Set<string>> {
  const { runBuild } = await import('../../../circuits/build/pipeline.js');
  const { createBuildLog } = await import('../../../circuits/build/log.js');
  const started = Date.now();
  const failed = new Set<string>();
  try {
    const report = await runBuild({ root: repoRoot(), only: [...circuits], log: createBuildLog(`build ${circuits.join(',')}`, true) });
    for (const c of report.circuits) if (c.status === 'failed') failed.add(c.name);
    // Without compiled contracts no circuit is usable (isBuilt checks the verifier's artifact).
    if (report.contracts === 'failed') for (const c of circuits) failed.add(c);
  } catch (e) {
    out.warn(`building ${circuits.join(', ')} failed: ${(e as Error).message}`);
    for (const c of circuits) failed.add(c);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  out.line(`  build of ${circuits.join(', ')}: ${failed.size === 0 ? 'done' : `FAILED (${[...failed].join(', ')})`} in ${seconds} s`);
  return failed;
}

/** The circuits of `circuits` that are not built yet. */
async function missing(circuits: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const c of circuits) if (!(await isBuilt(c))) out.push(c);
  return out;
}

/**
 * Picks the circuit and builds what is missing: the bills' circuit and `extra` (circuits the demo
 * needs whichever bill circuit it picks) in one build run.
 */
async function prepare(opts: DemoOptions, extra: readonly string[]): Promise<string> {
  const { out } = opts;
  const forced = opts.circuit ?? process.env.WATTPROOF_DEMO_CIRCUIT;
  const need = await missing(extra);
  if (forced !== undefined && forced !== '') {
    if (![MONTHLY, DAILY].includes(forced)) throw new ValidationError('--circuit', `the demo runs ${MONTHLY} or ${DAILY}, not ${forced}`);
    out.line(`circuit: ${forced} (chosen)`);
    const todo = [...(await missing([forced])), ...need];
    if (todo.length > 0) {
      out.line(`  ${todo.join(', ')} not built yet; building (first run only) …`);
      const failed = await build(todo, out);
      const first = todo.find((c) => failed.has(c));
      if (first !== undefined) throw new ArtifactError(`build/circuits/${first}`, 'the build failed; see the log above');
    }
    return forced;
  }
  if (await isBuilt(MONTHLY)) {
    out.line(`circuit: ${MONTHLY} (31 days of hourly readings: monthly bills), artifacts found`);
    await ensureBuilt(need, out);
    return MONTHLY;
  }
  out.line(`circuit: ${MONTHLY} is not built; building it (first run only: circuit compile, development`);
  out.line(`  ceremony and Groth16 setup, a few minutes on a small machine; --circuit ${DAILY} is the quick path) …`);
  const failed = await build([MONTHLY, ...need], out);
  const extraFailed = need.find((c) => failed.has(c));
  if (extraFailed !== undefined) throw new ArtifactError(`build/circuits/${extraFailed}`, 'the build failed; see the log above');
  if (!failed.has(MONTHLY)) {
    out.line(`circuit: ${MONTHLY} (monthly bills)`);
    return MONTHLY;
  }
  out.line(`circuit: falling back to ${DAILY} (1 day of half-hourly readings: daily bills)`);
  await ensureBuilt([DAILY], out);
  return DAILY;
}

/** Builds whichever of `circuits` is not built yet (the market demo's one-day circuits), in one build run. */
export async function ensureBuilt(circuits: readonly string[], out: Output): Promise<void> {
  const todo = await missing(circuits);
  if (todo.length === 0) return;
  out.line(`  ${todo.join(', ')} not built yet; building (first run only) …`);
  const failed = await build(todo, out);
  const first = todo.find((c) => failed.has(c));
  if (first !== undefined) throw new ArtifactError(`build/circuits/${first}`, 'the build failed; see the log above');
}

/** Runs the demo; returns its summary (ok when every step behaved as expected). */
export async function runDemo(opts: DemoOptions): Promise<DemoSummary> {
  const started = Date.now();
  const { out } = opts;
  out.line('wattproof demo: zero-knowledge settlement of electricity bills');
  out.line('');
  out.line('[0] build');
  // The disclosed household's circuit (cli/src/demo/disclosed.ts; `npm test`'s build has it) is
  // built in the same run as the bills' circuit.
  const circuit = await prepare(opts, ['bill_1d_30m_disclose']);
  // Everything below needs the compiled contracts' bindings, which exist only after the build.
  const { playDemo } = await import('./scenario.js');
  const summary = await playDemo(circuit, out);
  return { ...summary, seconds: Math.round((Date.now() - started) / 1000) };
}
