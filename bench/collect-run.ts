// `npm run bench -- collect [--proofs N] [--gas-limit GAS]`: the collector on N proofs (bench/collect.ts);
// merges the figures as `collector1000` into bench/results.json without touching its other figures.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scriptArgs } from '../circuits/build/script-args.js';
import { runCollect } from './collect.js';
import { renderMarkdown } from './report.js';
import type { BenchResults } from './results.js';

/** Runs the collector bench; returns the process exit code. */
export async function collectBench(root: string, argv: string[]): Promise<number> {
  const values = scriptArgs('usage: npm run bench -- collect [--proofs N]', { proofs: { type: 'string', default: '1000' } }, argv);
  const proofs = Number(values.proofs);
  if (!Number.isInteger(proofs) || proofs < 4) throw new Error(`--proofs must be an integer >= 4, got ${values.proofs}`);
  const figures = await runCollect({ root, meters: proofs, log: (line) => console.log(`[collect] ${line}`) });
  const file = join(root, 'bench', 'results.json');
  const results = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
  results.collector1000 = { ...figures, command: `npm run bench -- collect --proofs ${proofs}`, measuredAt: new Date().toISOString() };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(root, 'bench', 'results.md'), renderMarkdown(results));
  console.log(`[collect] written to ${file} (collector1000) and bench/results.md`);
  return 0;
}
