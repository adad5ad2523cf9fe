/**
 * Compile a circom main circuit with circom2 (circom 2.2.3 as WebAssembly, no
 * native toolchain needed) and hold its `--inspect` warnings to the reviewed
 * allow-list.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { exists, tempPathFor } from './fs-util.js';
import type { BuildLog } from './log.js';

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

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
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
    const cli = require.resolve('circom2/cli.js');
    // circom2 runs under WASI, which does not follow symlinks (a worktree's node_modules may be
    // one): pass real paths and run from a directory above all of them (the CLI relativizes).
    const realLibs = await Promise.all(CIRCOM_LIBS.map((l) => realpath(resolve(root, l))));
    const libs = realLibs.flatMap((l) => ['-l', l]);
    const cwd = commonAncestor([resolve(root), ...realLibs, resolve(tmp)]);
    const res = await run(process.execPath, [cli, resolve(root, main), ...flagsFor(outputs), ...libs, '-o', resolve(tmp)], cwd);
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
