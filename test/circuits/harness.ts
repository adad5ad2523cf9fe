// A witness tester for compiled circuits: honest witnesses come from the circuit's own
// witness calculator; tampered witnesses are checked constraint by constraint against the
// R1CS, which is what catches an under-constrained circuit (the witness calculator alone
// would only show that *our* witness generator refuses, not that no witness exists).
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as snarkjs from 'snarkjs';
// snarkjs's own witness calculator runtime (the generated witness_calculator.js is CommonJS).
import { WitnessCalculatorBuilder } from 'circom_runtime';

export const FIELD_P =
  21888242871839275222246405745257275088548364400416034343698204186575808495617n;

type LinearCombination = Record<string, string>;
type Constraint = [LinearCombination, LinearCombination, LinearCombination];

interface WitnessCalculator {
  calculateWitness(input: Record<string, unknown>, sanityCheck: boolean): Promise<bigint[]>;
}

export interface CircuitUnderTest {
  name: string;
  /** Runs the circuit's witness calculator; throws when an assertion in the circuit fails. */
  witness(input: Record<string, unknown>): Promise<bigint[]>;
  /** Indexes of the constraints the witness violates (empty = satisfied). */
  violated(witness: readonly bigint[]): number[];
  /** Witness index of a signal of main, e.g. `main.imports[3]`; throws if optimized away. */
  signal(name: string): number;
  /** Witness index of the public signals, in snarkjs publicSignals order. */
  publicIndexes: number[];
  constraints: Constraint[];
}

const buildRoot = process.env.WATTPROOF_BUILD_DIR ?? path.resolve('build');

/** Fully built circuits live in build/circuits/, compile-only ("tests": "witness") ones in build/witness/. */
async function circuitDir(name: string): Promise<string> {
  for (const kind of ['circuits', 'witness']) {
    const dir = path.join(buildRoot, kind, name);
    if (await access(path.join(dir, `${name}.r1cs`)).then(() => true, () => false)) return dir;
  }
  throw new Error(`circuit ${name} is not built; run \`npm run build -- --tests-only\``);
}

function evaluate(lc: LinearCombination, w: readonly bigint[]): bigint {
  let acc = 0n;
  for (const [idx, coef] of Object.entries(lc)) {
    acc += BigInt(coef) * (w[Number(idx)] ?? 0n);
  }
  return ((acc % FIELD_P) + FIELD_P) % FIELD_P;
}

const cache = new Map<string, Promise<CircuitUnderTest>>();

/** Loads a circuit built by `npm run build` (build/circuits/<name>/). */
export function loadCircuit(name: string): Promise<CircuitUnderTest> {
  let pending = cache.get(name);
  if (!pending) {
    pending = load(name);
    cache.set(name, pending);
  }
  return pending;
}

async function load(name: string): Promise<CircuitUnderTest> {
  const dir = await circuitDir(name);
  const calculator = (await WitnessCalculatorBuilder(
    await readFile(path.join(dir, `${name}_js`, `${name}.wasm`)),
  )) as WitnessCalculator;

  const r1cs = (await snarkjs.r1cs.exportJson(path.join(dir, `${name}.r1cs`))) as {
    constraints: Constraint[];
    nOutputs: number;
    nPubInputs: number;
  };
  const symbols = new Map<string, number>();
  for (const line of (await readFile(path.join(dir, `${name}.sym`), 'utf8')).split('\n')) {
    const [, witnessIdx, , signalName] = line.split(',');
    if (signalName === undefined) continue;
    symbols.set(signalName, Number(witnessIdx));
  }
  const publicCount = r1cs.nOutputs + r1cs.nPubInputs;
  return {
    name,
    constraints: r1cs.constraints,
    publicIndexes: Array.from({ length: publicCount }, (_, i) => i + 1),
    async witness(input) {
      // the runtime prints every failed assertion to stderr; tests expect many of them
      const printError = console.error;
      console.error = () => {};
      try {
        return await calculator.calculateWitness(input, true);
      } finally {
        console.error = printError;
      }
    },
    violated(w) {
      const bad: number[] = [];
      r1cs.constraints.forEach(([a, b, c], i) => {
        if ((evaluate(a, w) * evaluate(b, w)) % FIELD_P !== evaluate(c, w)) bad.push(i);
      });
      return bad;
    },
    signal(signalName) {
      const idx = symbols.get(signalName);
      if (idx === undefined) throw new Error(`no signal ${signalName} in ${name}.sym`);
      if (idx < 0) throw new Error(`signal ${signalName} was optimized away in ${name}`);
      return idx;
    },
  };
}

/** Returns a copy of the witness with the given signals set (values reduced mod p). */
export function tamper(w: readonly bigint[], edits: Array<[number, bigint]>): bigint[] {
  const out = [...w];
  for (const [idx, value] of edits) out[idx] = ((value % FIELD_P) + FIELD_P) % FIELD_P;
  return out;
}

