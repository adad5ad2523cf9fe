// Instances as data (issue 10): circuits/main/*.circom are the generator's output for
// circuits/instances.json, each instance's constraint count is pinned there, and the
// --inspect allow-list names only instances that exist.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainSource, readBillInstances, staleMainFiles } from '../../circuits/build/generate-main.js';
import { readR1csHeader } from '../../circuits/build/binfile.js';
import { readAllowList } from '../../circuits/build/circom.js';
import { readInstances } from '../../circuits/build/instances.js';

const root = path.resolve('.');
/**
 * Instances `npm test` does not build (`"tests": false`), built on demand by the bench or
 * `npm run build -- --only NAME`: months with both daylight saving and yearly blocks at 30 minutes,
 * and the 15-minute daylight-saving months. Each is 2^16 and takes minutes to compile (circom --O2
 * took 95 s, 198 s and 153 s at load 13-20, ~7.5 min that every npm test build would add for a
 * witness-only build), while what they prove is the same template as
 * the instances npm test does build: bill_1d_30m_zone_yearly (proved) and bill_31d_60m_zone_yearly
 * (witnesses) cover the combination; bill_31d_30m_zone and bill_31d_15m the 30- and 15-minute lanes.
 * Their counts are measured by `npm run bench` (bench/results.json).
 */
const ON_DEMAND = new Set(['bill_31d_30m_zone_yearly', 'bill_31d_15m_zone', 'bill_31d_15m_zone_yearly']);
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
      expect.arrayContaining(['bill_1d_30m_zone_yearly', 'bill_31d_60m_zone_yearly', 'bill_1d_30m_disclose_hourly', 'bill_31d_60m_disclose_hourly']),
    );
    for (const inst of built) {
      expect(inst.constraints, `pin ${inst.name} in circuits/instances.json`).toBeTypeOf('number');
      expect((await readR1csHeader(await r1csOf(inst.name))).nConstraints, inst.name).toBe(inst.constraints);
    }
  });

  it('the inspect allow-list names only known instances', async () => {
    const known = new Set((await readInstances(root)).map((i) => i.name));
    for (const entry of (await readAllowList(root)).allow) {
      expect(entry.circuit, 'name the instances the exception is meant for').not.toBe('*');
      for (const name of ([] as string[]).concat(entry.circuit)) expect(known.has(name), name).toBe(true);
    }
  });
});
