/**
 * circuits/main/*.circom are generated from circuits/instances.json: one main file per
 * instance, `Bill(intervalsPerDay, maxDays, readingBits)` with `domain` public.
 *
 *   npm run generate             write every main file
 *   npm run generate -- --check  exit 1 if a committed main file differs from the generator's output
 *
 * test/circuits/instances.test.ts runs the check in `npm test`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The instance list the generator reads, relative to the repo root. */
export const MAIN_INSTANCES_FILE = 'circuits/instances.json';

export interface BillInstance {
  name: string;
  main: string;
  /** `demand`: 1 = with the demand component (spec v2 §6); absent or 0 = without. */
  params: { intervalsPerDay: number; maxDays: number; readingBits: number; demand?: number };
  constraints?: number;
}

/** Reads circuits/instances.json and checks what the generator needs of each entry. */
export async function readBillInstances(root: string): Promise<BillInstance[]> {
  const json = JSON.parse(await readFile(join(root, MAIN_INSTANCES_FILE), 'utf8')) as { instances: BillInstance[] };
  for (const inst of json.instances) {
    const { intervalsPerDay: i, maxDays: d, readingBits: rb } = inst.params;
    if (![24, 48, 96].includes(i)) throw new Error(`${inst.name}: intervalsPerDay must be 24, 48 or 96`);
    if (!Number.isInteger(d) || d < 1 || d > 31) throw new Error(`${inst.name}: maxDays must be 1..31`);
    if (!Number.isInteger(rb) || rb < 1 || rb > 16) throw new Error(`${inst.name}: readingBits must be 1..16`);
    if (![undefined, 0, 1].includes(inst.params.demand)) throw new Error(`${inst.name}: demand must be 0 or 1`);
    if (inst.main !== `circuits/main/${inst.name}.circom`) throw new Error(`${inst.name}: main must be circuits/main/${inst.name}.circom`);
  }
  return json.instances;
}

/** The main file of one instance, byte for byte. */
export function mainSource(inst: BillInstance): string {
  const { intervalsPerDay: i, maxDays: d, readingBits: rb } = inst.params;
  const demand = inst.params.demand ?? 0;
  return [
    'pragma circom 2.1.6;',
    '',
    `// GENERATED from ${MAIN_INSTANCES_FILE} (instance ${inst.name}) by circuits/build/generate-main.ts.`,
    '// Do not edit: change instances.json and run `npm run generate`.',
    `// ${i} intervals per day, up to ${d} day${d === 1 ? '' : 's'}, ${rb}-bit readings${demand === 1 ? ', with the demand charge' : ''}.`,
    'include "../bill/bill.circom";',
    '',
    `component main {public [domain]} = Bill(${i}, ${d}, ${rb}, ${demand});`,
    '',
  ].join('\n');
}

/** Main files whose committed text differs from the generator's output (empty = in sync). */
export async function staleMainFiles(root: string): Promise<string[]> {
  const stale: string[] = [];
  for (const inst of await readBillInstances(root)) {
    const current = await readFile(join(root, inst.main), 'utf8').catch(() => undefined);
    if (current !== mainSource(inst)) stale.push(inst.main);
  }
  return stale;
}

async function main(): Promise<number> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  if (process.argv.includes('--check')) {
    const stale = await staleMainFiles(root);
    for (const f of stale) process.stderr.write(`${f} does not match ${MAIN_INSTANCES_FILE}; run \`npm run generate\`\n`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const inst of await readBillInstances(root)) {
    await writeFile(join(root, inst.main), mainSource(inst));
    process.stdout.write(`wrote ${inst.main}\n`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
