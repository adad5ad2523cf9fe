/**
 * The list of circuits the build knows: circuits/instances.json (main
 * circuits) plus circuits/test/instances.json (the pipeline's own test circuit).
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { exists } from './fs-util.js';

const InstanceSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _ only'),
  main: z.string().endsWith('.circom'),
  params: z.record(z.string(), z.number().int()),
  ptauPower: z.number().int().min(1).max(28),
  /** Constraint count with --O2, pinned by test/circuits/instances.test.ts. */
  constraints: z.number().int().positive().optional(),
  /**
   * true: fully built for tests (proofs); 'witness': tests only compute witnesses, compile it only;
   * 'constraints': tests only read its r1cs (the constraint pin), compile the r1cs alone; false:
   * built on demand (`--only`, the bench).
   */
  tests: z.union([z.boolean(), z.literal('witness'), z.literal('constraints')]),
});

const FileSchema = z.object({ instances: z.array(InstanceSchema) });

/** One circuit to build. */
export type CircuitInstance = z.infer<typeof InstanceSchema>;

/** The instance lists, relative to the repo root, in build order. */
export const INSTANCE_FILES = ['circuits/test/instances.json', 'circuits/instances.json', 'circuits/market/instances.json'] as const;

/** Read and validate every instance list; names must be unique and match their main file. */
export async function readInstances(root: string): Promise<CircuitInstance[]> {
  const all: CircuitInstance[] = [];
  for (const rel of INSTANCE_FILES) {
    const path = join(root, rel);
    if (!(await exists(path))) continue;
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (e) {
      throw new Error(`${rel}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = FileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${rel}: ${issue.path.join('.')}: ${issue.message}`);
    }
    for (const inst of parsed.data.instances) {
      if (all.some((o) => o.name === inst.name)) throw new Error(`${rel}: circuit name ${inst.name} is listed twice`);
      // circom names its outputs after the main file; keeping them equal keeps paths predictable.
      if (basename(inst.main, '.circom') !== inst.name) throw new Error(`${rel}: ${inst.name}: main file must be named ${inst.name}.circom`);
      all.push(inst);
    }
  }
  return all;
}

/**
 * Holds a built circuit to its pinned constraint count. test/circuits/instances.test.ts checks the
 * pins of the instances `npm test` builds; the build checks every pin where it builds the circuit,
 * so an on-demand instance's pin (built by the demo or the bench) cannot drift unseen either.
 */
export function checkConstraintPin(inst: CircuitInstance, nConstraints: number): void {
  if (inst.constraints !== undefined && inst.constraints !== nConstraints) {
    throw new Error(
      `${inst.name} has ${nConstraints} constraints, but its instances.json entry pins ${inst.constraints}: update the pin if the change is meant`,
    );
  }
}

/** `bill_1d_30m` -> `Bill1d30m`: the prefix of the generated verifier contract's name. */
export function pascalName(name: string): string {
  return name
    .split('_')
    .filter((p) => p !== '')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}
