// A witness tester for compiled circuits: honest witnesses come from the circuit's own
// witness calculator; tampered witnesses are checked constraint by constraint against the
// R1CS, which is what catches an under-constrained circuit (the witness calculator alone
// would only show that *our* witness generator refuses, not that no witness exists).
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { readSections } from '../../circuits/build/binfile.js';
// snarkjs's own witness calculator runtime (the generated witness_calculator.js is CommonJS).
import { WitnessCalculatorBuilder } from 'circom_runtime';

import { constraintChecker, FIELD_P, type ParsedConstraint, type ParsedLc } from './violations.js';

export { FIELD_P };

type LinearCombination = Record<string, string>;
type Constraint = [LinearCombination, LinearCombination, LinearCombination];

interface WitnessCalculator {
  calculateWitness(input: Record<string, unknown>, sanityCheck: boolean): Promise<bigint[]>;
}

export interface CircuitUnderTest {
  name: string;
  /** Runs the circuit's witness calculator; throws when an assertion in the circuit fails. */
  witness(input: Record<string, unknown>): Promise<bigint[]>;
  /**
   * Indexes of the constraints the witness violates, ascending (empty = satisfied). Evaluates only
   * the constraints touching signals that differ from a witness checked before (exactly the
   * full evaluation's answer); WATTPROOF_HARNESS_FULL=1 evaluates every constraint each time.
   */
  violated(witness: readonly bigint[]): number[];
  /** `violated` evaluating every constraint. */
  violatedFull(witness: readonly bigint[]): number[];
  /** Witness index of a signal of main, e.g. `main.imports[3]`; throws if optimized away. */
  signal(name: string): number;
  /** Witness index of the public signals, in snarkjs publicSignals order. */
  publicIndexes: number[];
  /** Every kept signal whose full name matches, as [name, index] (aliases of one index included). */
  find(pattern: RegExp): Array<[string, number]>;
  /**
   * A cheating prover's witness: the inputs of `w`, the `fixed` signals as given, and every
   * other signal re-derived from the constraints (see `solveWitness`).
   */
  solve(w: readonly bigint[], fixed: Map<number, bigint>): bigint[];
  constraints: Constraint[];
}

const buildRoot = process.env.WATTPROOF_BUILD_DIR ?? path.resolve('build');

/** Fully built circuits live in build/circuits/, compile-only ("tests": "witness") ones in build/witness/. */
async function circuitDir(name: string): Promise<string> {
  for (const kind of ['circuits', 'witness']) {
    const dir = path.join(buildRoot, kind, name);
    if (
      await access(path.join(dir, `${name}.r1cs`)).then(
        () => true,
        () => false,
      )
    )
      return dir;
  }
  throw new Error(`circuit ${name} is not built; run \`npm run build -- --tests-only\``);
}

function parseLc(lc: LinearCombination): ParsedLc {
  const idx: number[] = [];
  const coef: bigint[] = [];
  for (const [i, k] of Object.entries(lc)) {
    idx.push(Number(i));
    coef.push(BigInt(k));
  }
  return { idx, coef };
}

const parsedCache = new WeakMap<Constraint[], ParsedConstraint[]>();
/** The constraints parsed, once per constraint array (the array a loaded circuit holds). */
function parsed(constraints: Constraint[]): ParsedConstraint[] {
  let cs = parsedCache.get(constraints);
  if (!cs) {
    cs = constraints.map(([a, b, c]) => [parseLc(a), parseLc(b), parseLc(c)] as ParsedConstraint);
    parsedCache.set(constraints, cs);
  }
  return cs;
}

/** What the harness reads of a `.r1cs` file. */
export interface R1cs {
  nOutputs: number;
  nPubInputs: number;
  nPrvInputs: number;
  constraints: ParsedConstraint[];
}

/**
 * Reads a `.r1cs` file (iden3 binary format: header section 1, constraints section 2, each
 * coefficient n8 bytes little-endian in standard form) straight into bigints. snarkjs's
 * `r1cs.exportJson` gives the same constraints, but builds a BN254 curve with its worker threads
 * and prints every coefficient as a decimal string, which the harness then parsed back: seconds
 * per circuit a test file loads (test/circuits/harness.test.ts holds the two equal).
 */
export async function readR1cs(file: string): Promise<R1cs> {
  const f = await readSections(file, 'r1cs');
  try {
    const hs = f.sections.find((x) => x.type === 1);
    const cs = f.sections.find((x) => x.type === 2);
    if (hs === undefined || cs === undefined) throw new Error(`${file}: no header or constraints section`);
    const n8 = (await f.read(hs.offset, 4)).readUInt32LE(0);
    if (n8 !== 32) throw new Error(`${file}: field elements of ${n8} bytes, not BN254's 32`);
    const h = await f.read(hs.offset + 4 + n8, 28);
    const nConstraints = h.readUInt32LE(24);
    const body = await f.read(cs.offset, cs.size);
    let pos = 0;
    // most coefficients are small (one 32-bit word) or one of a few large values (p - 1, p - 2^k):
    // those skip the four 64-bit reads and shifts, and share one bigint per value
    const large = new Map<string, bigint>();
    const coefAt = (at: number): bigint => {
      let high = 0;
      for (let b = at + 8; b < at + 32; b += 4) high |= body.readUInt32LE(b);
      if (high === 0) return body.readBigUInt64LE(at);
      const key = body.toString('latin1', at, at + 32);
      let k = large.get(key);
      if (k === undefined) {
        k =
          body.readBigUInt64LE(at) + (body.readBigUInt64LE(at + 8) << 64n) + (body.readBigUInt64LE(at + 16) << 128n) + (body.readBigUInt64LE(at + 24) << 192n);
        large.set(key, k);
      }
      return k;
    };
    const lc = (): ParsedLc => {
      const n = body.readUInt32LE(pos);
      pos += 4;
      const idx: number[] = new Array(n);
      const coef: bigint[] = new Array(n);
      for (let t = 0; t < n; t++) {
        idx[t] = body.readUInt32LE(pos);
        coef[t] = coefAt(pos + 4);
        pos += 36;
      }
      return { idx, coef };
    };
    const constraints: ParsedConstraint[] = new Array(nConstraints);
    for (let i = 0; i < nConstraints; i++) constraints[i] = [lc(), lc(), lc()];
    if (pos !== cs.size) throw new Error(`${file}: constraints section of ${cs.size} bytes, read ${pos}`);
    return { nOutputs: h.readUInt32LE(4), nPubInputs: h.readUInt32LE(8), nPrvInputs: h.readUInt32LE(12), constraints };
  } finally {
    await f.close();
  }
}

const jsonCache = new WeakMap<ParsedConstraint[], Constraint[]>();
/** The constraints as snarkjs's exportJson writes them (signal index -> decimal coefficient), made once. */
function jsonConstraints(cs: ParsedConstraint[]): Constraint[] {
  let json = jsonCache.get(cs);
  if (!json) {
    const view = ({ idx, coef }: ParsedLc): LinearCombination => Object.fromEntries(idx.map((i, t) => [String(i), coef[t]!.toString()]));
    json = cs.map(([a, b, c]) => [view(a), view(b), view(c)] as Constraint);
    jsonCache.set(cs, json);
    parsedCache.set(json, cs);
  }
  return json;
}

/**
 * Modules from this size on (the bill, market, EdDSA and disclosure circuits, 2-9 MB) get the
 * baseline tier only. The small library circuits (under 300 kB) keep V8's default: their hot
 * functions are small and called thousands of times a witness (scalar-mul.test.ts took 4.6 CPU-s
 * with the default, 5.3 without tier-up).
 */
const BASELINE_ONLY_BYTES = 1_000_000;
/** V8's default `--wasm-tiering-budget` (node 20), put back after each compile. */
const DEFAULT_TIERING_BUDGET = 1_800_000;

/**
 * A witness calculator whose module stays on V8's baseline tier (Liftoff). By default V8 recompiles
 * a module's functions with its optimizing tier (TurboFan), in background threads, once they have
 * run a budget of ~1.8 MB of code; a circuit's witness functions are few and huge and run a handful
 * of times per test file, so that recompilation cost more CPU than it saved
 * (test/circuits/bill-honest.test.ts: 10.2 -> 6.7 CPU-s, the same witnesses). A module takes its
 * budget from the flag when it is compiled: the flag is raised to its maximum only around this
 * synchronous compile, so every other module of the process (snarkjs's field arithmetic, whose hot
 * loops need the optimizing tier) keeps the default. circom_runtime's builder compiles with
 * `WebAssembly.compile` before its first await; it is handed this module.
 */
async function baselineCalculator(bytes: Uint8Array): Promise<WitnessCalculator> {
  const v8Flags = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (bytes.length < BASELINE_ONLY_BYTES || /tiering-budget/.test(v8Flags)) return (await WitnessCalculatorBuilder(bytes)) as WitnessCalculator;
  setFlagsFromString('--wasm-tiering-budget=2147483647');
  let module: WebAssembly.Module;
  try {
    module = new WebAssembly.Module(new Uint8Array(bytes)); // a copy: BufferSource excludes shared buffers
  } finally {
    setFlagsFromString(`--wasm-tiering-budget=${DEFAULT_TIERING_BUDGET}`);
  }
  const compile = WebAssembly.compile;
  let used = false;
  WebAssembly.compile = () => {
    used = true;
    return Promise.resolve(module);
  };
  let pending: Promise<unknown>;
  try {
    pending = WitnessCalculatorBuilder(bytes);
  } finally {
    WebAssembly.compile = compile; // before any other code of the process runs
  }
  const calculator = (await pending) as WitnessCalculator;
  if (!used) throw new Error('circom_runtime no longer compiles its module before its first await: update baselineCalculator');
  return calculator;
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
  const calculator = await baselineCalculator(await readFile(path.join(dir, `${name}_js`, `${name}.wasm`)));

  const r1cs = await readR1cs(path.join(dir, `${name}.r1cs`));
  const symbols = new Map<string, number>();
  // lines `label,witnessIdx,componentIdx,name`; read by offsets, not split (month circuits have
  // hundreds of thousands)
  const sym = await readFile(path.join(dir, `${name}.sym`), 'utf8');
  for (let at = 0; at < sym.length; ) {
    let end = sym.indexOf('\n', at);
    if (end < 0) end = sym.length;
    const c1 = sym.indexOf(',', at);
    const c2 = c1 < 0 || c1 > end ? -1 : sym.indexOf(',', c1 + 1);
    const c3 = c2 < 0 || c2 > end ? -1 : sym.indexOf(',', c2 + 1);
    if (c3 >= 0 && c3 < end) {
      const c4 = sym.indexOf(',', c3 + 1);
      symbols.set(sym.slice(c3 + 1, c4 < 0 || c4 > end ? end : c4), Number(sym.slice(c1 + 1, c2)));
    }
    at = end + 1;
  }
  let kept: Array<[string, number]> | undefined;
  const found = new Map<string, Array<[string, number]>>();
  const checker = constraintChecker(r1cs.constraints);
  const publicCount = r1cs.nOutputs + r1cs.nPubInputs;
  const firstInput = 1 + r1cs.nOutputs;
  const inputEnd = firstInput + r1cs.nPubInputs + r1cs.nPrvInputs;
  return {
    name,
    get constraints() {
      return jsonConstraints(r1cs.constraints);
    },
    find(pattern) {
      // tests build the same patterns over and over (in loops over steps): one scan per source
      const key = `${pattern.flags}/${pattern.source}`;
      let hits = found.get(key);
      if (!hits) {
        kept ??= [...symbols].filter(([, i]) => i >= 0);
        hits = kept.filter(([n]) => {
          pattern.lastIndex = 0;
          return pattern.test(n);
        });
        found.set(key, hits);
      }
      return hits.map(([n, i]) => [n, i]);
    },
    solve(w, fixed) {
      const known = new Map<number, bigint>(fixed);
      known.set(0, 1n);
      for (let i = firstInput; i < inputEnd; i++) if (!known.has(i)) known.set(i, w[i]!);
      return solveParsed(r1cs.constraints, w, known);
    },
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
    violated: (w) => checker.violated(w),
    violatedFull: (w) => checker.violatedFull(w),
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
  for (const [idx, value] of edits) out[idx] = mod(value);
  return out;
}

/** x reduced into [0, p); values already there (most) skip the division. */
function mod(x: bigint): bigint {
  if (x >= 0n && x < FIELD_P) return x;
  const r = x % FIELD_P;
  return r < 0n ? r + FIELD_P : r;
}
function inverseOf(x: bigint): bigint {
  let [a, b, u, v] = [mod(x), FIELD_P, 1n, 0n];
  while (a !== 0n) {
    const q = b / a;
    [a, b] = [b - q * a, a];
    [u, v] = [v - q * u, u];
  }
  if (b !== 1n) throw new Error('no inverse');
  return mod(v);
}
// the solver inverts the same coefficients (powers of two, p - 1, ...) again and again
const inverses = new Map<bigint, bigint>();
function inverse(x: bigint): bigint {
  let r = inverses.get(x);
  if (r === undefined) {
    r = inverseOf(x);
    if (inverses.size >= 1 << 14) inverses.clear();
    inverses.set(x, r);
  }
  return r;
}
/** A field element read as a small signed integer when it is one (|x| < 2^200), else undefined. */
function signedSmall(x: bigint): bigint | undefined {
  if (x < 1n << 200n) return x;
  if (FIELD_P - x < 1n << 200n) return x - FIELD_P;
  return undefined;
}

const HALF_P = FIELD_P >> 1n;
const SMALL = 1n << 100n;
/**
 * signedSmall(mod(x y)) for x, y in [0, p), without the 508-bit product when both are within
 * 2^100 of 0 or of p: then their signed product is below 2^200 in magnitude, and is the answer.
 */
function smallProduct(x: bigint, y: bigint): bigint | undefined {
  const sx = x > HALF_P ? x - FIELD_P : x;
  const sy = y > HALF_P ? y - FIELD_P : y;
  if (-SMALL < sx && sx < SMALL && -SMALL < sy && sy < SMALL) return sx * sy;
  return signedSmall(mod(x * y));
}

/**
 * Solves sum k_u x_u = target over boolean x_u (undefined = an implicit boolean, not returned)
 * when the coefficients, scaled by a common factor, are small integers: greedily from the
 * largest, which gives the canonical split. Undefined when there is none.
 */
function greedyBits(terms: Array<[number | undefined, bigint]>, target: bigint): Array<[number, bigint]> | undefined {
  for (const [, k0] of terms) {
    const scale = inverse(k0);
    // stop at the first term that is not small: most scales fail on the first few (a split into
    // 253 bits tried against every term's scale was most of the solver's time)
    const small: Array<readonly [number | undefined, bigint | undefined]> = [];
    for (const [i, k] of terms) {
      const ks = smallProduct(k, scale);
      if (ks === undefined) break;
      small.push([i, ks]);
    }
    if (small.length < terms.length) continue;
    let t = smallProduct(target, scale);
    if (t === undefined) continue;
    const norm: Array<{ i: number | undefined; k: bigint; flip: boolean }> = [];
    for (const [i, k] of small) {
      if (k! < 0n) t += -k!; // k x = -|k| + |k| (1 - x)
      norm.push({ i, k: k! < 0n ? -k! : k!, flip: k! < 0n });
    }
    if (t < 0n) continue;
    let rest = t;
    const bits: Array<[number, bigint]> = [];
    for (const n of norm.sort((x, y) => (y.k > x.k ? 1 : y.k < x.k ? -1 : 0))) {
      const bit = rest >= n.k ? 1n : 0n;
      rest -= bit * n.k;
      if (n.i !== undefined) bits.push([n.i, n.flip ? 1n - bit : bit]);
    }
    if (rest === 0n) return bits;
  }
  return undefined; // does not fit: left to the fallback (a violated range check)
}

type Terms = Array<[number, bigint]>;
/**
 * A linear combination for the solver: its terms with coefficients in [0, p), and the same
 * coefficients as their least-magnitude representatives (p - 1 -> -1) for summing the known
 * part, where they keep the products small.
 */
interface SolverLc {
  terms: Terms;
  small: bigint[];
}
/** What solveWitness reads of a constraint system: never written after it is built. */
interface SolverIndex {
  cs: Array<[SolverLc, SolverLc, SolverLc]>;
  /** Signals constrained boolean by an x * (x - 1) = 0 constraint. */
  boolean: Set<number>;
  /** The constraints each signal appears in. */
  bySignal: Map<number, number[]>;
}
const solverCache = new WeakMap<ParsedConstraint[], SolverIndex>();
/**
 * The solver's view of a constraint system, built once per constraint array: a malicious-witness
 * suite solves dozens of cheating witnesses on the same circuit, and re-parsing its R1CS for each
 * one cost more than the solving.
 */
function solverIndex(constraints: ParsedConstraint[]): SolverIndex {
  const cached = solverCache.get(constraints);
  if (cached) return cached;
  const half = FIELD_P >> 1n;
  const solverLc = ({ idx, coef }: ParsedLc): SolverLc => {
    const terms = idx.map((i, t) => [i, mod(coef[t]!)] as [number, bigint]).filter(([, k]) => k !== 0n);
    return { terms, small: terms.map(([, k]) => (k > half ? k - FIELD_P : k)) };
  };
  const cs = constraints.map(([a, b, c]) => [solverLc(a), solverLc(b), solverLc(c)] as [SolverLc, SolverLc, SolverLc]);
  const boolean = new Set<number>();
  const bySignal = new Map<number, number[]>();
  cs.forEach(([{ terms: a }, { terms: b }, { terms: c }], ci) => {
    const sigs = new Set([...a, ...b, ...c].map(([i]) => i).filter((i) => i !== 0));
    for (const i of sigs) {
      let list = bySignal.get(i);
      if (!list) bySignal.set(i, (list = []));
      list.push(ci);
    }
    // x * (x - 1) = 0 in either orientation marks x boolean
    if (sigs.size === 1 && c.every(([i]) => i === 0) && a.length > 0 && b.length > 0) {
      const [x] = sigs;
      boolean.add(x!);
    }
  });
  const index = { cs, boolean, bySignal };
  solverCache.set(constraints, index);
  return index;
}

/**
 * Re-derives a witness from the signals in `known` by propagation over the R1CS, the way a
 * cheating prover would fill in everything downstream of a value it chose: a constraint with
 * one unknown signal that enters linearly fixes it; a linear constraint over unknown boolean
 * signals with small positive coefficients (a bit decomposition, a lane split, a division with
 * remainder) is filled greedily from the largest coefficient, which gives the canonical split.
 * Signals nothing determines keep their value in `fallback` (the honest witness), so a value
 * that no longer fits a range check shows up as a violated constraint of that check.
 */
export function solveWitness(constraints: Constraint[], fallback: readonly bigint[], known: Map<number, bigint>): bigint[] {
  return solveParsed(parsed(constraints), fallback, known);
}

function solveParsed(constraints: ParsedConstraint[], fallback: readonly bigint[], known: Map<number, bigint>): bigint[] {
  const { cs, boolean, bySignal } = solverIndex(constraints);
  // the known values by index (an array reads faster than the map, on every term of every visit)
  const values: Array<bigint | undefined> = new Array(fallback.length);
  for (const [i, v] of known) values[i] = v;
  const allKnown = ({ terms }: SolverLc): boolean => {
    for (let t = 0; t < terms.length; t++) if (values[terms[t]![0]] === undefined) return false;
    return true;
  };
  const evalKnown = ({ terms, small }: SolverLc) => {
    let acc = 0n;
    const unknown: Array<[number, bigint]> = [];
    for (let t = 0; t < terms.length; t++) {
      const v = values[terms[t]![0]];
      if (v === undefined) unknown.push(terms[t]!);
      else {
        const k = small[t]!;
        acc += k === 1n ? v : k === -1n ? -v : k * v;
      }
    }
    return { acc: mod(acc), unknown };
  };
  const queue = cs.map((_, i) => i);
  const queued = new Uint8Array(cs.length).fill(1);
  const set = (i: number, v: bigint) => {
    values[i] = mod(v);
    known.set(i, values[i]);
    for (const ci of bySignal.get(i) ?? [])
      if (!queued[ci]) {
        queued[ci] = 1;
        queue.push(ci);
      }
  };
  while (queue.length > 0) {
    const ci = queue.pop()!;
    queued[ci] = 0;
    const [a, b, c] = cs[ci]!;
    // a constraint with every signal known (most visits) has nothing to derive
    if (allKnown(a) && allKnown(b) && allKnown(c)) continue;
    const A = evalKnown(a);
    const B = evalKnown(b);
    const C = evalKnown(c);
    // one unknown signal (in any of A, B, C) or several: told apart without building their set
    const x = (A.unknown[0] ?? B.unknown[0] ?? C.unknown[0])![0];
    const isX = ([i]: [number, bigint]) => i === x;
    if (A.unknown.every(isX) && B.unknown.every(isX) && C.unknown.every(isX)) {
      const ka = A.unknown.find(([i]) => i === x)?.[1] ?? 0n;
      const kb = B.unknown.find(([i]) => i === x)?.[1] ?? 0n;
      const kc = C.unknown.find(([i]) => i === x)?.[1] ?? 0n;
      if (ka !== 0n && kb !== 0n) continue; // quadratic in x
      // (A + ka x)(B + kb x) = C + kc x, linear in x
      const coef = mod(ka * B.acc + kb * A.acc - kc);
      if (coef === 0n) continue;
      set(x!, mod((C.acc - A.acc * B.acc) * inverse(coef)));
      continue;
    }
    // several unknowns, all boolean, in a linear relation: a bit decomposition, a lane split, a
    // division with remainder, or (after --O2 substituted one bit) the booleanity of a linear
    // combination, (L + a)(L + b) = 0, i.e. L = -b + (b - a) t with t boolean
    let linear: Array<[number | undefined, bigint]>;
    let target: bigint;
    if (A.unknown.length === 0 && B.unknown.length === 0) {
      linear = C.unknown;
      target = mod(A.acc * B.acc - C.acc);
    } else if (
      C.unknown.length === 0 &&
      C.acc === 0n &&
      A.unknown.length === B.unknown.length &&
      A.unknown.every(([i, k], n) => B.unknown[n]![0] === i && B.unknown[n]![1] === k)
    ) {
      linear = [...A.unknown, [undefined, mod(A.acc - B.acc)]];
      target = mod(-B.acc);
    } else continue;
    if (!linear.every(([i]) => i === undefined || boolean.has(i))) continue;
    const bits = greedyBits(linear, target);
    if (bits) for (const [i, bit] of bits) set(i, bit);
  }
  return fallback.map((v, i) => values[i] ?? v);
}
