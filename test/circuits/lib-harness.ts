// The lib test circuits' helper (circuits/test/lib_*.circom): an honest witness that must satisfy
// every constraint, an input the witness calculator must refuse, outputs by name, and a cheating
// prover's witness re-derived from the R1CS around fixed signals.
import { beforeAll, expect } from 'vitest';
import { FIELD_P, loadCircuit, type CircuitUnderTest } from './harness.js';

export type Input = Record<string, string | string[]>;
export const str = (x: bigint | number) => String(x);

/** Loads a lib test circuit (in the calling suite's beforeAll) and a few helpers around it. */
export function libCircuit(name: string) {
  const h = {
    c: undefined as unknown as CircuitUnderTest,
    async ok(input: Input): Promise<bigint[]> {
      const w = await h.c.witness(input);
      expect(h.c.violated(w)).toEqual([]);
      return w;
    },
    async rejected(input: Input): Promise<void> {
      await expect(h.c.witness(input)).rejects.toThrow(/Assert Failed/);
    },
    out(w: readonly bigint[], signal: string): bigint {
      return w[h.c.signal(`main.${signal}`)]!;
    },
    /** A cheating witness: `fixed` signals (by name) as given, everything else re-derived. */
    cheat(w: readonly bigint[], fixed: Record<string, bigint>): bigint[] {
      return h.c.solve(w, new Map(Object.entries(fixed).map(([n, v]) => [h.c.signal(`main.${n}`), ((v % FIELD_P) + FIELD_P) % FIELD_P])));
    },
  };
  beforeAll(async () => {
    h.c = await loadCircuit(name);
  });
  return h;
}
