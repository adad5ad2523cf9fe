/**
 * Compile-only builds for circuits whose tests only compute witnesses and check
 * constraints (`"tests": "witness"` in instances.json): they need r1cs, wasm and sym,
 * not a Groth16 setup, so `npm test` does not pay for a phase 2 it never uses. Circuits
 * whose only reader is their constraint pin (`"tests": "constraints"`) get the r1cs alone
 * (same flags otherwise, `--inspect` included).
 * Outputs go to build/witness/<name>/, skipped while the circuit's sources are unchanged.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALLOWLIST_FILE, type CompileOutputs, circuitSourceHash, compileCircuit, disallowedWarnings, readAllowList } from './circom.js';
import type { CoreSlots } from './core-slots.js';
import { exists, writeFileAtomic } from './fs-util.js';
import type { CircuitInstance } from './instances.js';
import type { BuildLog } from './log.js';

/** Where a compile-only circuit's outputs live. */
export function witnessBuildDir(buildDir: string, name: string): string {
  return join(buildDir, 'witness', name);
}

/** What `npm test` compiles of an instance without a Groth16 setup: everything, or the r1cs alone. */
export function compileOutputsFor(inst: CircuitInstance): CompileOutputs {
  return inst.tests === 'constraints' ? 'r1cs' : 'all';
}

/** The instances `npm test`'s build compiles without a setup (`"tests": "witness"` or `"constraints"`). */
export function compileOnlyInstances(all: readonly CircuitInstance[]): CircuitInstance[] {
  return all.filter((i) => i.tests === 'witness' || i.tests === 'constraints');
}

/** Slot priority of a compile-only circuit: after every proving circuit's compile (priority 0). */
const WITNESS_PRIORITY = 1;

/**
 * The compile-only circuits still to do, largest first (constraint count from instances.json as
 * the measure of circom's time; unpinned ones are the small test circuits). Several
 * {@link buildForWitnessTests} lanes may draw from one queue: `npm test`'s build runs two, whose
 * compiles wait in the build's {@link CoreSlots} behind the proving circuits', and largest-first
 * lets the two end together (compiles are single-threaded; a fresh machine has 2 cores).
 */
export class WitnessQueue {
  private readonly pending: CircuitInstance[];

  constructor(instances: readonly CircuitInstance[]) {
    this.pending = [...instances].sort((a, b) => (b.constraints ?? 0) - (a.constraints ?? 0) || instances.indexOf(a) - instances.indexOf(b));
  }

  /** The next circuit to compile, or undefined when none is left. */
  take(): CircuitInstance | undefined {
    return this.pending.shift();
  }
}

/**
 * Compiles each instance (unless up to date), in order, or drawing from a shared queue until it
 * is empty; throws naming the circuit on an unreviewed inspect warning. With `slots`, each circom
 * run waits for a slot behind the proving circuits' compiles (priority 0).
 */
export async function buildForWitnessTests(
  root: string,
  buildDir: string,
  instances: readonly CircuitInstance[] | WitnessQueue,
  log: BuildLog,
  slots?: CoreSlots,
): Promise<void> {
  const queue = instances instanceof WitnessQueue ? instances : new WitnessQueue([]);
  const list = instances instanceof WitnessQueue ? undefined : [...instances];
  for (let inst = list ? list.shift() : queue.take(); inst !== undefined; inst = list ? list.shift() : queue.take()) {
    const clog = log.child(inst.name);
    const dir = witnessBuildDir(buildDir, inst.name);
    const stamp = join(dir, 'source.sha256');
    const kind = compileOutputsFor(inst);
    const hash = await circuitSourceHash(root, inst.main, kind);
    const files = kind === 'r1cs' ? [`${inst.name}.r1cs`] : [`${inst.name}.r1cs`, `${inst.name}.sym`, join(`${inst.name}_js`, `${inst.name}.wasm`)];
    const outputs = files.map((f) => join(dir, f));
    const upToDate = (await exists(stamp)) && (await readFile(stamp, 'utf8')).trim() === hash && (await Promise.all(outputs.map(exists))).every(Boolean);
    if (upToDate) {
      clog.info('witness build up to date');
      continue;
    }
    const what =
      kind === 'r1cs' ? 'for its constraint pin (circom --r1cs --O2 --inspect, no wasm, no setup)' : 'for witness tests (circom --O2 --inspect, no setup)';
    // the step's time is circom's, not the wait for a slot
    let done = () => {};
    const run = () => {
      done = clog.step(`compiling ${inst.main} ${what}`);
      return compileCircuit(root, inst.name, inst.main, dir, clog, kind);
    };
    const { warnings } = await (slots ? slots.run(WITNESS_PRIORITY, run) : run());
    const bad = disallowedWarnings(inst.name, warnings, await readAllowList(root));
    if (bad.length > 0) {
      throw new Error(`${inst.name}: circom --inspect reported ${bad.length} warning(s) not in ${ALLOWLIST_FILE}: ${bad.map((w) => w.message).join('; ')}`);
    }
    await writeFileAtomic(stamp, `${hash}\n`);
    done();
  }
}
