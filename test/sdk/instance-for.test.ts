// The instance chooseCircuit names when no built circuit fits (sdk/src/roles/circuits.ts instanceFor):
// every name it gives is an instance of circuits/instances.json with the asked flags and shape, and
// every instance (but the disclosure ones, which a bill proof never picks) is what it names for its
// own shape: a new instance line the mirror does not know fails here.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBillInstances } from '../../circuits/build/generate-main.js';
import { instanceFor } from '../../sdk/src/roles/circuits.js';

const root = path.resolve('.');

describe('instanceFor', () => {
  it('names only instances that exist, with the asked intervals, days and flags', async () => {
    const byName = new Map((await readBillInstances(root)).map((i) => [i.name, i.params]));
    let named = 0;
    for (const slots of [24, 48, 96])
      for (const days of [1, 2, 31, 32])
        for (const demand of [false, true])
          for (const yearly of [false, true])
            for (const zone of [false, true]) {
              const name = instanceFor(slots, days, demand, yearly, zone);
              if (name === undefined) continue;
              named++;
              const p = byName.get(name);
              expect(p, `${name} is in circuits/instances.json`).toBeDefined();
              expect([p!.intervalsPerDay, p!.maxDays >= days, p!.demand === 1, p!.yearly === 1, p!.zone === 1], name).toEqual([
                slots,
                true,
                demand,
                yearly,
                zone,
              ]);
            }
    expect(named).toBeGreaterThan(10);
    expect(instanceFor(48, 32, false, false, false)).toBeUndefined();
    expect(instanceFor(48, 1, true, false, true)).toBeUndefined();
  });

  it('names each instance for its own shape (the zone + yearly ones included)', async () => {
    for (const inst of await readBillInstances(root)) {
      const p = inst.params;
      // a disclosed instance (either layout) is chosen by the regulator's deployment, not by the tariff's shape
      if ((p.disclose ?? 0) > 0) continue;
      // a 3-day instance is a smaller build of a month template for the witness tests (circuits/instances.json
      // marks it "tests": "witness"); a bill proof picks a day or a month circuit, never it
      if (p.maxDays !== 1 && p.maxDays !== 31) continue;
      const days = p.maxDays === 1 ? 1 : 2;
      expect(instanceFor(p.intervalsPerDay, days, p.demand === 1, p.yearly === 1, p.zone === 1), inst.name).toBe(inst.name);
    }
    expect(instanceFor(48, 1, false, true, true)).toBe('bill_1d_30m_zone_yearly');
    expect(instanceFor(96, 31, false, true, true)).toBe('bill_31d_15m_zone_yearly');
  });
});
