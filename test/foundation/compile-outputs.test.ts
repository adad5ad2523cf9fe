// The r1cs-only compile of `"tests": "constraints"` instances (circuits/build/circom.ts
// CIRCOM_R1CS_FLAGS): npm test reads nothing of them but the constraint count, so the build skips
// the witness calculator and the symbol table. What it must keep is everything the pin and the
// inspect check read: the r1cs byte for byte and the same --inspect warnings as the full compile.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circuitSourceHash, compileCircuit } from '../../circuits/build/circom.js';
import type { CircuitInstance } from '../../circuits/build/instances.js';
import type { BuildLog } from '../../circuits/build/log.js';
import { buildForWitnessTests, compileOnlyInstances, compileOutputsFor, witnessBuildDir } from '../../circuits/build/witness-build.js';

const root = resolve(import.meta.dirname, '../..');
// lib_tiers: a second of circom, and it has reviewed inspect warnings (LessThan's unused bits) to compare.
const NAME = 'lib_tiers';
const MAIN = 'circuits/test/lib_tiers.circom';
/** A build log that keeps its lines (step titles and info) in `lines`. */
function capture(lines: string[]): BuildLog {
  const log: BuildLog = {
    log: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warn: (m) => lines.push(m),
    error: (m) => lines.push(m),
    debug: () => {},
    step: (m) => (lines.push(m), () => undefined),
    child: () => log,
  };
  return log;
}
const inst = (tests: CircuitInstance['tests']): CircuitInstance => ({ name: NAME, main: MAIN, params: {}, ptauPower: 10, tests });

describe('r1cs-only compiles for constraint pins', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wattproof-compile-outputs-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('only "constraints" instances compile the r1cs alone; both kinds are built without a setup', () => {
    expect(compileOutputsFor(inst('constraints'))).toBe('r1cs');
    expect(compileOutputsFor(inst('witness'))).toBe('all');
    const all = [inst(true), inst('witness'), inst('constraints'), inst(false)].map((i, k) => ({ ...i, name: `c${k}` }));
    expect(compileOnlyInstances(all).map((i) => i.name)).toEqual(['c1', 'c2']);
  });

  it('writes the same r1cs and the same inspect warnings as the full compile, nothing else, and replaces a full build', async () => {
    const quiet = capture([]);
    const full = await compileCircuit(root, NAME, MAIN, join(work, 'full'), quiet);
    const log: string[] = [];
    const buildDir = join(work, 'build');
    const dir = witnessBuildDir(buildDir, NAME);
    // A full witness build first: switching the instance to "constraints" must leave no stale wasm or sym.
    await buildForWitnessTests(root, buildDir, [inst('witness')], quiet);
    expect((await readdir(dir)).sort()).toEqual([`${NAME}.r1cs`, `${NAME}.sym`, `${NAME}_js`, 'source.sha256']);

    await buildForWitnessTests(root, buildDir, [inst('constraints')], capture(log));
    expect(log.join('\n')).toMatch(/circom --r1cs --O2 --inspect, no wasm/);
    expect((await readdir(dir)).sort()).toEqual([`${NAME}.r1cs`, 'source.sha256']);
    expect((await readFile(join(dir, `${NAME}.r1cs`))).equals(await readFile(full.r1cs))).toBe(true);
    expect((await readFile(join(dir, 'source.sha256'), 'utf8')).trim()).toBe(await circuitSourceHash(root, MAIN, 'r1cs'));
    expect(await circuitSourceHash(root, MAIN, 'r1cs')).not.toBe(await circuitSourceHash(root, MAIN, 'all'));

    const r1csOnly = await compileCircuit(root, NAME, MAIN, join(work, 'r1cs'), quiet, 'r1cs');
    expect(full.warnings.length).toBeGreaterThan(0);
    expect(r1csOnly.warnings).toEqual(full.warnings);

    // Up to date on a second run: no compile.
    log.length = 0;
    await buildForWitnessTests(root, buildDir, [inst('constraints')], capture(log));
    expect(log).toEqual(['witness build up to date']);
  });

  it('a circuit circom refuses fails with its exit code and its message, and writes nothing', async () => {
    const main = join(work, 'broken.circom');
    await writeFile(main, 'pragma circom 2.1.9;\ntemplate T() { signal input a; signal output b; b <== a * undefinedSignal; }\ncomponent main = T();\n');
    const out = join(work, 'broken-out');
    await expect(compileCircuit(root, 'broken', main, out, capture([]))).rejects.toThrow(
      /circom failed to compile .*broken\.circom \(exit 1\):[\s\S]*undefinedSignal/,
    );
    expect(await readdir(out)).toEqual([]);
  });
});
