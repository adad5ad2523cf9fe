// Instances as data (issue 10): circuits/main/*.circom are the generator's output for
// circuits/instances.json, each instance's constraint count is pinned there, and the
// --inspect allow-list names only instances that exist.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainSource, readBillInstances, staleMainFiles } from '../../circuits/build/generate-main.js';
import { readR1csHeader } from '../../circuits/build/binfile.js';
import { readAllowList } from '../../circuits/build/circom.js';
import { checkConstraintPin, readInstances } from '../../circuits/build/instances.js';

const root = path.resolve('.');
/**
 * Instances `npm test` does not build (`"tests": false`), built on demand by the demo, the bench or
 * `npm run build -- --only NAME`, which holds each to its pinned constraint count where it builds
 * it (circuits/build/instances.ts checkConstraintPin).
 * - Months with both daylight saving and yearly blocks at 30 minutes, and the 15-minute
 *   daylight-saving months: each is 2^16 and takes minutes to compile (circom --O2 took 95 s, 198 s
 *   and 153 s at load 13-20), while what they prove is the same template as the instances npm test
 *   does build: bill_1d_30m_zone_yearly (proved) and bill_31d_60m_zone_yearly (witnesses) cover the
 *   combination; bill_3d_30m_zone and bill_3d_15m the 30- and 15-minute lanes.
 * - Product months whose tests run on a smaller or a superset instance of the same template, since
 *   a compile costs ~10 CPU-s before its first day (the signature check) and npm test's build is
 *   CPU-bound: bill_31d_15m (tests on bill_3d_15m), bill_31d_30m (on bill_31d_30m_demand with
 *   tariffs without demand), bill_31d_30m_zone (on bill_3d_30m_zone), bill_31d_60m_yearly (on
 *   bill_31d_60m_zone_yearly with fixed-offset tariffs),
 *   mkt_spotpub_31d_60m (on mkt_spotpub_3d_60m), and the month disclosure circuits, whose only
 *   reader was this pin (their template is proved on bill_1d_30m_disclose and _disclose_hourly).
 */
const ON_DEMAND = new Set([
  'bill_31d_30m_zone_yearly',
  'bill_31d_15m_zone',
  'bill_31d_15m_zone_yearly',
  'bill_31d_15m',
  'bill_31d_30m',
  'bill_31d_30m_zone',
  'bill_31d_60m_yearly',
  'bill_31d_60m_disclose',
  'bill_31d_60m_disclose_hourly',
  'mkt_spotpub_31d_60m',
]);
const buildRoot = process.env.WATTPROOF_BUILD_DIR ?? path.resolve('build');

async function r1csOf(name: string): Promise<string> {
  for (const kind of ['circuits', 'witness']) {
    const file = path.join(buildRoot, kind, name, `${name}.r1cs`);
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    )
      return file;
  }
  throw new Error(`${name} is not built`);
}

describe('circuit instances', () => {
  it('every main file is exactly what the generator writes', async () => {
    expect(await staleMainFiles(root)).toEqual([]);
    const [first] = await readBillInstances(root);
    expect(mainSource(first!)).toMatch(/^\/\/ GENERATED from circuits\/instances\.json/m);
  });

  it('every instance is built by npm test (proved, witness-only or r1cs-only), but the big ones named here', async () => {
    for (const inst of await readInstances(root)) {
      if (ON_DEMAND.has(inst.name)) expect(inst.tests, `${inst.name} is built on demand`).toBe(false);
      else expect([true, 'witness', 'constraints'], inst.name).toContain(inst.tests);
    }
  });

  it('every instance npm test builds has its pinned constraint count (r1cs-only ones included)', async () => {
    const built = (await readBillInstances(root)).filter((i) => !ON_DEMAND.has(i.name));
    expect(built.map((i) => i.name)).toEqual(
      expect.arrayContaining(['bill_31d_60m', 'bill_1d_30m_zone_yearly', 'bill_31d_60m_zone_yearly', 'bill_1d_30m_disclose_hourly', 'bill_31d_30m_demand']),
    );
    for (const inst of built) {
      expect(inst.constraints, `pin ${inst.name} in circuits/instances.json`).toBeTypeOf('number');
      expect((await readR1csHeader(await r1csOf(inst.name))).nConstraints, inst.name).toBe(inst.constraints);
    }
  });

  it('the build holds an instance to its pin where it builds it (the on-demand ones too)', async () => {
    const month = (await readInstances(root)).find((i) => i.name === 'bill_31d_15m')!;
    expect(ON_DEMAND.has(month.name)).toBe(true);
    expect(() => checkConstraintPin(month, month.constraints!)).not.toThrow();
    expect(() => checkConstraintPin(month, month.constraints! + 1)).toThrow(
      `bill_31d_15m has ${month.constraints! + 1} constraints, but its instances.json entry pins ${month.constraints}`,
    );
    expect(() => checkConstraintPin({ ...month, constraints: undefined }, 1)).not.toThrow();
  });

  it('the inspect allow-list names only known instances', async () => {
    const known = new Set((await readInstances(root)).map((i) => i.name));
    for (const entry of (await readAllowList(root)).allow) {
      expect(entry.circuit, 'name the instances the exception is meant for').not.toBe('*');
      for (const name of ([] as string[]).concat(entry.circuit)) expect(known.has(name), name).toBe(true);
    }
  });
});
