// The slots npm test's build runs its circom compiles in (scripts/build.ts): never more at once
// than slots, and a freed slot goes to the proving circuits' compiles (priority 0) before the
// compile-only circuits' (1), which otherwise would push the contracts and tsc -b to the end.
import { describe, expect, it } from 'vitest';
import { CoreSlots } from '../../circuits/build/core-slots.js';

const tick = () => new Promise((r) => setTimeout(r, 2));

describe('CoreSlots', () => {
  it('runs at most `slots` tasks at once and serves waiters by priority, then arrival', async () => {
    const slots = new CoreSlots(2);
    let running = 0;
    let peak = 0;
    const started: string[] = [];
    const task = (name: string, priority: number) =>
      slots.run(priority, async () => {
        started.push(name);
        peak = Math.max(peak, ++running);
        await tick();
        running--;
        return name;
      });
    // Two low-priority tasks take the free slots; the rest queue, the proving ones jumping ahead.
    const results = await Promise.all([task('w1', 1), task('w2', 1), task('w3', 1), task('p1', 0), task('w4', 1), task('p2', 0)]);
    expect(results).toEqual(['w1', 'w2', 'w3', 'p1', 'w4', 'p2']);
    expect(started).toEqual(['w1', 'w2', 'p1', 'p2', 'w3', 'w4']);
    expect(peak).toBe(2);
  });

  it('frees the slot of a failing task and passes its error on', async () => {
    const slots = new CoreSlots(1);
    const failing = slots.run(0, async () => {
      throw new Error('circom failed');
    });
    await expect(failing).rejects.toThrow('circom failed');
    await expect(slots.run(0, async () => 'next')).resolves.toBe('next');
  });

  it('refuses a slot count that is not a whole number >= 1', () => {
    expect(() => new CoreSlots(0)).toThrow(/whole number of slots >= 1, got 0/);
    expect(() => new CoreSlots(1.5)).toThrow(/got 1.5/);
  });
});
