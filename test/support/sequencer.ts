/**
 * The order `npm test` starts its files in: longest first, so that the workers finish
 * together instead of one starting the 3-minute ceremony while the other has nothing left.
 *
 * Vitest's own order uses the durations of the previous run on this machine
 * (node_modules/.vite/vitest/results.json), and on a fresh clone, which has none, the file
 * size: a newcomer's first run started the slowest file 10 minutes in and ended on it. Here a
 * file's duration is this machine's last one when vitest has it, else the checked-in table
 * test/support/durations.json (a fresh-clone CI run), else {@link UNKNOWN_SECONDS}.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A file in neither the cache nor the table (a new one) is placed as if it took this long. */
export const UNKNOWN_SECONDS = 30;

/** Where the checked-in durations live. */
export const DURATIONS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'durations.json');

/** Reads test/support/durations.json: seconds per repo-relative test file. */
export function readDurations(file = DURATIONS_FILE): Record<string, number> {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { seconds?: Record<string, number> };
  return parsed.seconds ?? {};
}

/** Longest first; ties by path, so that the order is the same on every machine. */
export function longestFirst<T>(items: readonly T[], seconds: (item: T) => number, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => seconds(b) - seconds(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** `sequence.sequencer` of vitest.config.ts. */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const table = readDurations();
    const root = this.ctx.config.root;
    const rel = (f: TestSpecification) => relative(root, f.moduleId).split('\\').join('/');
    const seconds = (f: TestSpecification) => {
      const cached = this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(root, f.moduleId)}`);
      if (cached !== undefined && cached.duration > 0) return cached.duration / 1000;
      return table[rel(f)] ?? UNKNOWN_SECONDS;
    };
    return longestFirst(files, seconds, rel);
  }
}
