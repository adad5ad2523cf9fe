/**
 * Compile a circom main circuit with circom2 (circom 2.2.3 as WebAssembly, no
 * native toolchain needed) and hold its `--inspect` warnings to the reviewed
 * allow-list.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { exists, tempPathFor } from './fs-util.js';
import type { BuildLog } from './log.js';
import { withSharedMemory } from './wasm-shared-memory.js';

const require = createRequire(import.meta.url);

/** Flags every compile uses; part of the source hash so changing them recompiles. */
export const CIRCOM_FLAGS = ['--r1cs', '--wasm', '--sym', '--O2', '--inspect'] as const;

/**
 * Flags of a compile whose only reader is the constraint pin (`"tests": "constraints"`): the
 * same simplification and the same `--inspect` analysis, without the witness calculator and the
 * symbol table. circom writes the r1cs from the same constraint system whatever else it writes
 * (test/foundation/compile-outputs.test.ts holds the two r1cs byte-equal), and generating the
 * wasm is about a third of a compile's CPU time.
 */
export const CIRCOM_R1CS_FLAGS = ['--r1cs', '--O2', '--inspect'] as const;

/** What a compile writes: everything (r1cs, wasm, sym), or the r1cs alone. */
export type CompileOutputs = 'all' | 'r1cs';

function flagsFor(outputs: CompileOutputs): readonly string[] {
  return outputs === 'r1cs' ? CIRCOM_R1CS_FLAGS : CIRCOM_FLAGS;
}

/** One warning circom printed. */
export interface InspectWarning {
  code: string;
  /** First line of the warning, without colour codes. */
  message: string;
}

const AllowSchema = z.object({
  allow: z.array(
    z.object({
      /** An instance name, a list of them, or "*" for every circuit. */
      circuit: z.union([z.string(), z.array(z.string()).min(1)]),
      code: z.string(),
      message: z.string().min(1),
      reason: z.string().min(10, 'give a real reason'),
    }),
  ),
});
export type InspectAllowList = z.infer<typeof AllowSchema>;

/** Path of the allow-list, relative to the repo root. */
export const ALLOWLIST_FILE = 'circuits/inspect-allowlist.json';

/** Read and validate circuits/inspect-allowlist.json. */
export async function readAllowList(root: string): Promise<InspectAllowList> {
  const text = await readFile(join(root, ALLOWLIST_FILE), 'utf8').catch(() => '{"allow":[]}');
  const parsed = AllowSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${ALLOWLIST_FILE}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** The warnings of `circuit` that no allow-list entry covers. */
export function disallowedWarnings(circuit: string, warnings: InspectWarning[], list: InspectAllowList): InspectWarning[] {
  return warnings.filter(
    (w) =>
      !list.allow.some(
        (a) => (a.circuit === '*' || ([] as string[]).concat(a.circuit).includes(circuit)) && a.code === w.code && w.message.includes(a.message),
      ),
  );
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: circom colours its output with ANSI escapes
const ANSI = /\u001b\[[0-9;]*m/g;

/** Extract `warning[CODE]: message` entries from circom's output. */
export function parseWarnings(output: string): InspectWarning[] {
  const out: InspectWarning[] = [];
  for (const m of output.replace(ANSI, '').matchAll(/^warning\[([A-Z0-9]+)\]: (.*)$/gm)) {
    out.push({ code: m[1]!, message: m[2]!.trim() });
  }
  return out;
}

function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

/** Library directories passed to circom with `-l`, relative to the repo root. */
// Both spellings are in use: `include "circomlib/circuits/x.circom"` and `include "x.circom"`.
export const CIRCOM_LIBS = ['node_modules', 'node_modules/circomlib/circuits'] as const;

/**
 * Every file `main` includes, transitively, resolved as circom does: relative
 * to the including file, then in each `-l` directory.
 */
export async function includeClosure(root: string, main: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = await readFile(file, 'utf8');
    for (const m of src.matchAll(/include\s+"([^"]+)"\s*;/g)) {
      const spec = m[1]!;
      const candidates = [resolve(dirname(file), spec), ...CIRCOM_LIBS.map((l) => resolve(root, l, spec))];
      let found: string | undefined;
      for (const c of candidates) {
        if (await exists(c)) {
          found = c;
          break;
        }
      }
      if (!found) throw new Error(`${relative(root, file)} includes "${spec}", which exists neither beside it nor under ${CIRCOM_LIBS.join(', ')}`);
      await visit(found);
    }
  };
  await visit(resolve(root, main));
  return [...seen].sort();
}

/**
 * Hash of everything a compile depends on: the main file and everything it
 * includes, the circomlib and circom2 versions, and the flags (those of `outputs`).
 */
export async function circuitSourceHash(root: string, main: string, outputs: CompileOutputs = 'all'): Promise<string> {
  const h = createHash('sha256');
  h.update(
    `main=${main}\nflags=${flagsFor(outputs).join(' ')}\nlibs=${CIRCOM_LIBS.join(' ')}\ncircomlib=${packageVersion('circomlib')}\ncircom2=${packageVersion('circom2')}\n`,
  );
  for (const f of await includeClosure(root, main)) {
    h.update(`${relative(root, f)}\n`);
    h.update(await readFile(f));
    h.update('\n');
  }
  return h.digest('hex');
}

/**
 * The circom2 compiler (circom as a 9 MB WebAssembly module), compiled once per process. V8 first
 * runs a module on its baseline tier and recompiles the hot functions with its optimizing tier in
 * background threads as they run; a fresh `node circom2/cli.js` per circuit paid that again for
 * every one of a build's ~30 compiles. One module shared by every compile of the process keeps the
 * optimized code: a month circuit's compile then takes ~20% less CPU (11.8 s instead of 14.5 s for
 * bill_31d_60m, same outputs byte for byte). Its memory is declared shared (wasm-shared-memory.ts):
 * growing a non-shared one made V8 collect the worker's heap every few milliseconds of a compile.
 */
let circomModule: Promise<WebAssembly.Module> | undefined;
function sharedCircomModule(): Promise<WebAssembly.Module> {
  circomModule ??= readFile(require.resolve('circom2/circom.wasm')).then((bytes) => WebAssembly.compile(withSharedMemory(new Uint8Array(bytes))));
  return circomModule;
}

/**
 * One circom run in a worker thread of this process, on the shared module (a fresh WASI instance
 * and memory per run; the worker ends with it). Guest paths are relative to `cwd`, which is the
 * guest's `.`: WASI follows no symlinks, so every path given is a real path under `cwd`. Output to
 * the guest's stdout and stderr is captured, as a child process's would be.
 */
const CIRCOM_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { CircomRunner, bindings } = require(workerData.circom2);
const { WASIExitError } = require(path.join(path.dirname(workerData.circom2), 'vendor', 'wasi'));
const out = { 1: '', 2: '' };
const capture = { ...fs, writeSync(fd, buf, ...rest) {
  if (fd === 1 || fd === 2) { out[fd] += Buffer.from(buf).toString(); return buf.length; }
  return fs.writeSync(fd, buf, ...rest);
} };
class SharedModuleRunner extends CircomRunner { compile() { return Promise.resolve(workerData.module); } }
const args = workerData.args.map((a) => (a.startsWith('-') ? a : path.relative(workerData.cwd, a)));
const done = (code, extra = '') => parentPort.postMessage({ code, stdout: out[1], stderr: out[2] + extra });
const runner = new SharedModuleRunner({ args, env: workerData.env, preopens: { '.': workerData.cwd }, bindings: { ...bindings, fs: capture } });
// The memory is shared: a grow leaves the old buffer attached at its old length, where the WASI
// layer renews its view only once the old one is detached. Renew it whenever the length changed.
runner.wasi.refreshMemory = function () {
  const buffer = this.memory.buffer;
  if (!this.view || this.view.byteLength !== buffer.byteLength) this.view = new DataView(buffer);
};
runner
  .execute(null)
  .then(() => done(0), (e) => (e instanceof WASIExitError ? done(e.code) : done(1, '\\n' + String((e && e.stack) || e))));
`;

async function runCircom(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const module = await sharedCircomModule();
  return new Promise((resolve, reject) => {
    const worker = new Worker(CIRCOM_WORKER, {
      eval: true,
      workerData: { circom2: require.resolve('circom2/index.js'), module, args, cwd, env: { ...process.env } },
    });
    let settled = false;
    worker.once('message', (m: { code: number; stdout: string; stderr: string }) => {
      settled = true;
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the circom worker ended (exit ${code}) without a result`));
    });
  });
}

function commonAncestor(paths: string[]): string {
  let dir = paths[0]!;
  while (!paths.every((p) => p === dir || p.startsWith(dir.endsWith(sep) ? dir : dir + sep))) dir = dirname(dir);
  return dir;
}

/** Result of compiling one main circuit (`wasm` and `sym` are not written with outputs `r1cs`). */
export interface CompileResult {
  r1cs: string;
  wasm: string;
  sym: string;
  warnings: InspectWarning[];
}

/**
 * Compile `main` (repo-relative) into `outDir`, as `<name>.r1cs`, `<name>.sym`,
 * `<name>_js/<name>.wasm` (with `outputs` `r1cs`: the r1cs alone, and any sym or wasm an
 * earlier compile left there is removed, so nothing stale sits beside it). Output is produced
 * in a temporary directory and moved into place only when circom succeeds.
 */
export async function compileCircuit(
  root: string,
  name: string,
  main: string,
  outDir: string,
  log: BuildLog,
  outputs: CompileOutputs = 'all',
): Promise<CompileResult> {
  await mkdir(outDir, { recursive: true });
  const tmp = tempPathFor(join(outDir, 'compile'));
  await mkdir(tmp, { recursive: true });
  try {
    // circom2 runs under WASI, which does not follow symlinks (a worktree's node_modules may be
    // one): pass real paths, relative to a directory above all of them (the guest's root).
    const realLibs = await Promise.all(CIRCOM_LIBS.map((l) => realpath(resolve(root, l))));
    const libs = realLibs.flatMap((l) => ['-l', l]);
    const realMain = await realpath(resolve(root, main));
    const realTmp = await realpath(resolve(tmp));
    const cwd = commonAncestor([realMain, ...realLibs, realTmp]);
    const res = await runCircom([realMain, ...flagsFor(outputs), ...libs, '-o', realTmp], cwd);
    const text = `${res.stdout}\n${res.stderr}`.replace(ANSI, '');
    for (const line of res.stdout.replace(ANSI, '').split('\n')) {
      if (/constraints|wires|inputs|outputs/.test(line)) log.info(`  ${line.trim()}`);
    }
    if (res.code !== 0) {
      const errors = text.split('\n').filter((l) => l.trim() !== '' && !/^Written successfully/.test(l));
      throw new Error(`circom failed to compile ${main} (exit ${res.code}):\n${errors.slice(0, 60).join('\n')}`);
    }
    const written = outputs === 'r1cs' ? [`${name}.r1cs`] : [`${name}.r1cs`, `${name}.sym`, `${name}_js`];
    for (const f of [`${name}.r1cs`, `${name}.sym`, `${name}_js`]) await rm(join(outDir, f), { recursive: true, force: true });
    for (const f of written) await rename(join(tmp, f), join(outDir, f));
    return {
      r1cs: join(outDir, `${name}.r1cs`),
      sym: join(outDir, `${name}.sym`),
      wasm: join(outDir, `${name}_js`, `${name}.wasm`),
      warnings: parseWarnings(`${res.stderr}\n${res.stdout}`),
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
