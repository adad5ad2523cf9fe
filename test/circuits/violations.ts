// Which R1CS constraints a witness violates, for test/circuits/harness.ts. The malicious-witness
// suites check dozens of tampered witnesses per circuit (up to 70k constraints each), and most of
// a tampered witness equals one checked just before; re-evaluating every constraint for each one
// was most of the CPU time of the circuit tests. A constraint's verdict depends only on the
// values of its own signals, so against a reference witness whose verdicts are known, only the
// constraints touching a signal that differs need evaluating: the answer is exactly the full
// evaluation's (test/circuits/harness.test.ts compares the two on random tampers).

export const FIELD_P = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

/** A linear combination: signal indexes and their coefficients in [0, p). */
export interface ParsedLc {
  idx: number[];
  coef: bigint[];
}
export type ParsedConstraint = [ParsedLc, ParsedLc, ParsedLc];

/** Set WATTPROOF_HARNESS_FULL=1 to evaluate every constraint for every witness (no reference). */
const FORCE_FULL = process.env.WATTPROOF_HARNESS_FULL === '1';
/** Witnesses fully evaluated that are kept as references (the latest ones). */
const REFERENCES = 3;

/** A fully evaluated witness: a private copy and its violated constraints (ascending). */
interface Reference {
  w: readonly bigint[];
  bad: number[];
}

/** Checks witnesses against one constraint system; keeps the latest fully evaluated ones. */
export interface ConstraintChecker {
  /** Indexes of the violated constraints, ascending: from a reference when one is close enough. */
  violated(w: readonly bigint[]): number[];
  /** The same, evaluating every constraint (and keeping `w` as a reference). */
  violatedFull(w: readonly bigint[]): number[];
  /** Constraints evaluated so far (how a test tells a partial check from a full one). */
  readonly evaluated: number;
}

/** Builds a checker; the constraint arrays are read once here and never written. */
export function constraintChecker(constraints: readonly ParsedConstraint[]): ConstraintChecker {
  const n = constraints.length;
  // LCs flattened: LC l (constraint i's A, B, C are 3i, 3i+1, 3i+2) is terms start[l]..start[l+1].
  // A coefficient is kept as its representative of least magnitude (p - 1 -> -1): the products
  // stay small, and one reduction per LC replaces one per term. unit marks +-1 (no product).
  const start = new Int32Array(3 * n + 1);
  let terms = 0;
  for (let i = 0; i < n; i++) for (let s = 0; s < 3; s++) start[3 * i + s + 1] = terms += constraints[i]![s]!.idx.length;
  const sig = new Int32Array(terms);
  const coef: bigint[] = new Array(terms);
  const unit = new Int8Array(terms);
  const half = FIELD_P >> 1n;
  let maxSignal = 0;
  for (let i = 0, t = 0; i < n; i++) {
    for (const { idx, coef: k } of constraints[i]!) {
      for (let j = 0; j < idx.length; j++, t++) {
        sig[t] = idx[j]!;
        if (idx[j]! > maxSignal) maxSignal = idx[j]!;
        let r = k[j]!;
        if (r < 0n || r >= FIELD_P) r = ((r % FIELD_P) + FIELD_P) % FIELD_P;
        coef[t] = r > half ? r - FIELD_P : r;
        unit[t] = coef[t] === 1n ? 1 : coef[t] === -1n ? -1 : 0;
      }
    }
  }
  // signal -> the constraints it appears in (CSR, each constraint once per signal, the constant
  // signal 0 included: a witness may tamper with it too); built on the first witness compared
  // with a reference (many files check only honest witnesses, each in full)
  const nSignals = maxSignal + 1;
  let uses = new Int32Array(0);
  let users = new Int32Array(0);
  let indexed = false;
  const buildIndex = () => {
    indexed = true;
    uses = new Int32Array(nSignals + 1);
    const seenBy = new Int32Array(nSignals).fill(-1);
    for (let i = 0; i < n; i++)
      for (let t = start[3 * i]!; t < start[3 * i + 3]!; t++)
        if (seenBy[sig[t]!] !== i) {
          seenBy[sig[t]!] = i;
          uses[sig[t]! + 1]!++;
        }
    for (let s = 0; s < nSignals; s++) uses[s + 1]! += uses[s]!;
    users = new Int32Array(uses[nSignals]!);
    const fill = uses.slice(0, nSignals);
    seenBy.fill(-1);
    for (let i = 0; i < n; i++)
      for (let t = start[3 * i]!; t < start[3 * i + 3]!; t++)
        if (seenBy[sig[t]!] !== i) {
          seenBy[sig[t]!] = i;
          users[fill[sig[t]!]!++] = i;
        }
  };

  const lc = (l: number, w: readonly bigint[]): bigint => {
    let acc = 0n;
    for (let t = start[l]!, end = start[l + 1]!; t < end; t++) {
      const v = w[sig[t]!] ?? 0n;
      const u = unit[t];
      if (u === 1) acc += v;
      else if (u === -1) acc -= v;
      else acc += coef[t]! * v;
    }
    if (acc < 0n || acc >= FIELD_P) {
      acc %= FIELD_P;
      if (acc < 0n) acc += FIELD_P;
    }
    return acc;
  };
  let evaluated = 0;
  const holds = (i: number, w: readonly bigint[]): boolean => {
    evaluated++;
    const a = lc(3 * i, w);
    const b = a === 0n ? 0n : lc(3 * i + 1, w);
    const ab = a === 0n || b === 0n ? 0n : (a * b) % FIELD_P;
    return ab === lc(3 * i + 2, w);
  };

  const refs: Reference[] = [];
  const full = (w: readonly bigint[]): number[] => {
    const bad: number[] = [];
    for (let i = 0; i < n; i++) if (!holds(i, w)) bad.push(i);
    // a private copy: the caller may edit its array later
    refs.unshift({ w: w.slice(), bad });
    if (refs.length > REFERENCES) refs.pop();
    return [...bad];
  };

  // constraints touched by the differing signals, marked with the current stamp
  const stamp = new Uint32Array(n);
  let epoch = 0;
  /** The touched constraints of `w` against `ref`, or undefined when more than `budget`. */
  const touched = (ref: Reference, w: readonly bigint[], budget: number): number[] | undefined => {
    if (++epoch === 0xffffffff) {
      stamp.fill(0);
      epoch = 1;
    }
    const list: number[] = [];
    const len = Math.min(Math.max(w.length, ref.w.length), nSignals);
    for (let s = 0; s < len; s++) {
      if (w[s] === ref.w[s]) continue;
      for (let u = uses[s]!, end = uses[s + 1]!; u < end; u++) {
        const ci = users[u]!;
        if (stamp[ci] !== epoch) {
          stamp[ci] = epoch;
          list.push(ci);
        }
      }
      if (list.length > budget) return undefined;
    }
    return list;
  };

  return {
    get evaluated() {
      return evaluated;
    },
    violatedFull: full,
    violated(w) {
      if (FORCE_FULL || refs.length === 0) return full(w);
      if (!indexed) buildIndex();
      // the closest reference decides; past half the constraints, a full pass is as cheap
      let best: { ref: Reference; list: number[] } | undefined;
      for (const ref of refs) {
        const list = touched(ref, w, best ? best.list.length : n >> 1);
        if (list && (!best || list.length < best.list.length)) best = { ref, list };
      }
      if (!best) return full(w);
      // re-stamp the winner's touched set (a later reference's scan overwrote the stamps)
      if (++epoch === 0xffffffff) {
        stamp.fill(0);
        epoch = 1;
      }
      for (const ci of best.list) stamp[ci] = epoch;
      const nowBad = Int32Array.from(best.list.filter((ci) => !holds(ci, w))).sort();
      const out: number[] = [];
      let j = 0;
      for (const ci of best.ref.bad) {
        if (stamp[ci] === epoch) continue; // re-evaluated above
        while (j < nowBad.length && nowBad[j]! < ci) out.push(nowBad[j++]!);
        out.push(ci);
      }
      while (j < nowBad.length) out.push(nowBad[j++]!);
      return out;
    },
  };
}
