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

  it('every instance is built by npm test (proved or witness-only)', async () => {
    for (const inst of await readInstances(root)) expect([true, 'witness'], inst.name).toContain(inst.tests);
  });

  it.each([
    'bill_1d_30m',
    'bill_31d_60m',
    'bill_31d_30m',
    'bill_31d_30m_demand',
    'bill_31d_15m',
    'bill_1d_30m_zone',
    'bill_31d_60m_zone',
    'bill_31d_30m_zone',
    'bill_1d_30m_disclose_hourly',
    'bill_31d_60m_disclose_hourly',
  ])('%s has its pinned constraint count', async (name) => {
    const inst = (await readBillInstances(root)).find((i) => i.name === name)!;
    expect(inst.constraints, 'pin it in circuits/instances.json').toBeTypeOf('number');
    expect((await readR1csHeader(await r1csOf(name))).nConstraints).toBe(inst.constraints);
  });

  it('the inspect allow-list names only known instances', async () => {
    const known = new Set((await readInstances(root)).map((i) => i.name));
    for (const entry of (await readAllowList(root)).allow) {
      expect(entry.circuit, 'name the instances the exception is meant for').not.toBe('*');
      for (const name of ([] as string[]).concat(entry.circuit)) expect(known.has(name), name).toBe(true);
    }
  });
});
