// The compile-only circuits of `npm test`'s build: a queue, largest first, that two lanes drain
// (scripts/build.ts), each circuit compiled exactly once.
import { describe, expect, it } from 'vitest';
import type { CircuitInstance } from '../../circuits/build/instances.js';
import { WitnessQueue } from '../../circuits/build/witness-build.js';

const inst = (name: string, constraints?: number): CircuitInstance => ({
  name,
  main: `circuits/main/${name}.circom`,
  params: {},
  ptauPower: 14,
  ...(constraints === undefined ? {} : { constraints }),
  tests: 'witness',
});

describe('WitnessQueue', () => {
  it('hands out the largest circuits first, unpinned (small test) ones last in file order', () => {
    const q = new WitnessQueue([inst('lib_a'), inst('m17', 17245), inst('lib_b'), inst('m76', 76826), inst('m24', 24746)]);
    const order: string[] = [];
    for (let i = q.take(); i !== undefined; i = q.take()) order.push(i.name);
    expect(order).toEqual(['m76', 'm24', 'm17', 'lib_a', 'lib_b']);
  });

  it('two lanes drawing from one queue take each circuit exactly once', async () => {
    const all = Array.from({ length: 9 }, (_, i) => inst(`c${i}`, ((i * 7919) % 100) + 1));
    const q = new WitnessQueue(all);
    const done: string[] = [];
    const lane = async (delayMs: number) => {
      for (let i = q.take(); i !== undefined; i = q.take()) {
        await new Promise((r) => setTimeout(r, delayMs));
        done.push(i.name);
      }
    };
    await Promise.all([lane(3), lane(5)]);
    expect([...done].sort()).toEqual(all.map((i) => i.name).sort());
  });
});
