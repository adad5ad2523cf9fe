/**
 * Gas figures from the contracts' gas report: `scripts/gas-report.ts` (npm run gas) writes
 * bench/gas.json with receipt gasUsed per call, per circuit's verifier. The bench reuses that file
 * when it covers the circuits just built and is newer than the contracts and the build, and runs
 * the report otherwise.
 * @packageDocumentation
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { exists } from '../circuits/build/fs-util.js';
import type { DisclosedGas } from './disclosed-gas.js';

/** Gas per call, as the bench records it. */
export interface GasFigures {
  status: string;
  /** Where the figures came from. */
  source?: string;
  /** Gas of one `settle` (escrow pays the whole bill), verification included. */
  settleGas: number | null;
  /** The circuit whose verifier the settle figure was measured with. */
  settleCircuit?: string;
  /** Call label -> gas, for the circuit of `settleCircuit`. */
  calls: Record<string, number>;
  /** `settle` gas for every circuit in the report. */
  settleByCircuit?: Record<string, number>;
  solc?: string;
  hardfork?: string;
  /** `settleDisclosed` / `settleDisclosedHourly` per one-day disclosed instance (issue 14's target: <= 340k). */
  disclosed?: Record<string, DisclosedGas>;
}

interface GasReport {
  solc?: string;
  hardfork?: string;
  circuits: Record<string, { circuit: string; periodDays: number; calls: Record<string, number> }>;
  disclosed?: Record<string, DisclosedGas>;
}

/** The one-day disclosed instances the report settles on a DisclosedSettlement, when built. */
export const DISCLOSED_GAS_CIRCUITS = ['bill_1d_30m_disclose', 'bill_1d_30m_disclose_hourly'];
/** An instance whose bills settle through `settle` with five signals (no flag that changes the path's cost). */
const plainBill = (c: string) => c.startsWith('bill_') && !/_(yearly|zone|demand|disclose)/.test(c);

const GAS_JSON = 'bench/gas.json';
const GAS_SCRIPT = 'scripts/gas-report.ts';
/** The settlement case the targets speak of: an ordinary bill, the escrow pays it. */
const SETTLE_CALL = /^settle \(escrow pays/;
const PREFERRED_CIRCUIT = 'bill_31d_60m';

async function newestMtime(root: string): Promise<number> {
  const entries = await readdir(join(root, 'contracts'), { withFileTypes: true, recursive: true }).catch(() => []);
  let newest = (await stat(join(root, 'build', 'manifest.json')).catch(() => undefined))?.mtimeMs ?? 0;
  for (const e of entries) {
    if (e.isFile() && e.name.endsWith('.sol')) newest = Math.max(newest, (await stat(join(e.parentPath, e.name))).mtimeMs);
  }
  return newest;
}

async function readReport(file: string): Promise<GasReport | undefined> {
  try {
    const r = JSON.parse(await readFile(file, 'utf8')) as GasReport;
    return r && typeof r.circuits === 'object' ? r : undefined;
  } catch {
    return undefined;
  }
}

function runScript(root: string, circuits: string[]): Promise<number> {
  const args = ['--import', 'tsx', GAS_SCRIPT, '--circuit', circuits.join(','), '--out', GAS_JSON];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const fwd = (d: Buffer) => {
      for (const line of d.toString().split('\n')) if (line.trim() !== '') process.stderr.write(`    [gas] ${line}\n`);
    };
    child.stdout.on('data', fwd);
    child.stderr.on('data', fwd);
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/**
 * Gas of every call for the plain bill circuits among `built`, `settle` measured with the 31-day
 * hourly verifier when it is among them, and `settleDisclosed` on the one-day disclosed instances
 * the build holds.
 */
export async function gasFigures(root: string, built: string[], log: (m: string) => void): Promise<GasFigures> {
  const file = join(root, GAS_JSON);
  const manifest = JSON.parse(await readFile(join(root, 'build', 'manifest.json'), 'utf8').catch(() => '{}')) as { circuits?: Record<string, unknown> };
  const disclosed = DISCLOSED_GAS_CIRCUITS.filter((c) => manifest.circuits?.[c] !== undefined);
  const circuits = [...built.filter(plainBill), ...disclosed];
  let report = await readReport(file);
  const fresh =
    report !== undefined &&
    circuits.every((c) => report!.circuits[c] !== undefined || report!.disclosed?.[c] !== undefined) &&
    (await stat(file)).mtimeMs >= (await newestMtime(root));
  if (fresh) {
    log(`${GAS_JSON} is newer than the contracts and the build and covers ${circuits.join(', ')}: reusing it`);
  } else if (!(await exists(join(root, GAS_SCRIPT)))) {
    log(`${GAS_SCRIPT} does not exist`);
  } else if (circuits.length > 0) {
    log(`running ${GAS_SCRIPT} --circuit ${circuits.join(',')} (Hardhat in-process EVM, real proofs) …`);
    const code = await runScript(root, circuits);
    if (code !== 0) return { status: `not measured: ${GAS_SCRIPT} exited with ${code}`, settleGas: null, calls: {} };
    report = await readReport(file);
  }
  if (!report || Object.keys(report.circuits).length + Object.keys(report.disclosed ?? {}).length === 0) {
    return { status: `not measured: no usable ${GAS_JSON}`, settleGas: null, calls: {} };
  }
  const settleOf = (c: string) => {
    const e = Object.entries(report!.circuits[c]?.calls ?? {}).find(([k]) => SETTLE_CALL.test(k));
    return e?.[1];
  };
  const settleByCircuit = Object.fromEntries(
    Object.keys(report.circuits)
      .map((c) => [c, settleOf(c)] as const)
      .filter((e): e is readonly [string, number] => e[1] !== undefined),
  );
  const chosen = report.circuits[PREFERRED_CIRCUIT] ? PREFERRED_CIRCUIT : (circuits.find((c) => report!.circuits[c]) ?? Object.keys(report.circuits)[0]!);
  return {
    status: 'measured',
    source: GAS_JSON,
    settleGas: settleOf(chosen) ?? null,
    settleCircuit: chosen,
    calls: report.circuits[chosen]?.calls ?? {},
    settleByCircuit,
    ...(report.solc ? { solc: report.solc } : {}),
    ...(report.hardfork ? { hardfork: report.hardfork } : {}),
    ...(report.disclosed && Object.keys(report.disclosed).length > 0 ? { disclosed: report.disclosed } : {}),
  };
}
