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
  const contract = entry.verifier.contract;
  return (
    existsSync(join(root, 'build', entry.files.zkey.path)) &&
    existsSync(join(root, 'artifacts', 'contracts', 'generated', `${contract}.sol`, `${contract}.json`)) &&
    existsSync(join(root, 'typechain-types', 'index.ts'))
  );
}

async function build(circuit: string, out: Output): Promise<boolean> {
  const { runBuild } = await import('../../../circuits/build/pipeline.js');
  const { createBuildLog } = await import('../../../circuits/build/log.js');
  const started = Date.now();
  let ok: boolean;
  try {
    ok = (await runBuild({ root: repoRoot(), only: [circuit], log: createBuildLog(`build ${circuit}`, true) })).ok;
  } catch (e) {
    out.warn(`building ${circuit} failed: ${(e as Error).message}`);
    ok = false;
  }
  out.line(`  build of ${circuit}: ${ok ? 'done' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return ok;
}

/** Picks the circuit and builds what is missing. */
async function prepare(opts: DemoOptions): Promise<string> {
  const { out } = opts;
  const forced = opts.circuit ?? process.env.WATTPROOF_DEMO_CIRCUIT;
  if (forced !== undefined && forced !== '') {
    if (![MONTHLY, DAILY].includes(forced)) throw new ValidationError('--circuit', `the demo runs ${MONTHLY} or ${DAILY}, not ${forced}`);
    out.line(`circuit: ${forced} (chosen)`);
    if (!(await isBuilt(forced))) {
      out.line(`  ${forced} is not built yet; building it (first run only) …`);
      if (!(await build(forced, out))) throw new ArtifactError(`build/circuits/${forced}`, 'the build failed; see the log above');
    }
    return forced;
  }
  if (await isBuilt(MONTHLY)) {
    out.line(`circuit: ${MONTHLY} (31 days of hourly readings: monthly bills), artifacts found`);
    return MONTHLY;
  }
  out.line(`circuit: ${MONTHLY} is not built; building it (first run only: circuit compile, development`);
  out.line(`  ceremony and Groth16 setup, several minutes on a small machine; --circuit ${DAILY} is the quick path) …`);
  if (await build(MONTHLY, out)) {
    out.line(`circuit: ${MONTHLY} (monthly bills)`);
    return MONTHLY;
  }
  out.line(`circuit: falling back to ${DAILY} (1 day of half-hourly readings: daily bills)`);
  if (!(await isBuilt(DAILY)) && !(await build(DAILY, out))) throw new ArtifactError(`build/circuits/${DAILY}`, 'the build failed; see the log above');
  return DAILY;
}

/** Builds whichever of `circuits` is not built yet (the market demo's one-day circuits). */
export async function ensureBuilt(circuits: readonly string[], out: Output): Promise<void> {
  for (const circuit of circuits) {
    if (await isBuilt(circuit)) continue;
    out.line(`  ${circuit} is not built yet; building it (first run only) …`);
    if (!(await build(circuit, out))) throw new ArtifactError(`build/circuits/${circuit}`, 'the build failed; see the log above');
  }
}

/** Runs the demo; returns its summary (ok when every step behaved as expected). */
export async function runDemo(opts: DemoOptions): Promise<DemoSummary> {
  const started = Date.now();
  const { out } = opts;
  out.line('wattproof demo: zero-knowledge settlement of electricity bills');
  out.line('');
  out.line('[0] build');
  const circuit = await prepare(opts);
  // The disclosed household's circuit (cli/src/demo/disclosed.ts); `npm test`'s build has it.
  await ensureBuilt(['bill_1d_30m_disclose'], out);
  // Everything below needs the compiled contracts' bindings, which exist only after the build.
  const { playDemo } = await import('./scenario.js');
  const summary = await playDemo(circuit, out);
  return { ...summary, seconds: Math.round((Date.now() - started) / 1000) };
}
