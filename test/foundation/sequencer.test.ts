// The test order: longest first from the checked-in durations, every listed file still exists
// (a renamed file would silently lose its place and run last), and vitest's config uses it.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.js';
import { LongestFirstSequencer, longestFirst, readDurations, UNKNOWN_SECONDS } from '../support/sequencer.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the longest-first test order', () => {
  it('lists only test files that exist, with positive seconds', () => {
    const table = readDurations();
    expect(Object.keys(table).length).toBeGreaterThan(10);
    for (const [file, s] of Object.entries(table)) {
      expect(existsSync(join(ROOT, file)), `${file} is in test/support/durations.json but does not exist`).toBe(true);
      expect(file).toMatch(/^test\/.*\.test\.ts$/);
      expect(s).toBeGreaterThan(0);
    }
  });

  it('starts the longest first, unknown files at UNKNOWN_SECONDS, ties by path', () => {
    const table: Record<string, number> = { 'test/a.test.ts': 5, 'test/b.test.ts': 500, 'test/c.test.ts': 40, 'test/d.test.ts': 5 };
    const files = ['test/a.test.ts', 'test/new.test.ts', 'test/d.test.ts', 'test/c.test.ts', 'test/b.test.ts'];
    const order = longestFirst(
      files,
      (f) => table[f] ?? UNKNOWN_SECONDS,
      (f) => f,
    );
    expect(order).toEqual(['test/b.test.ts', 'test/c.test.ts', 'test/new.test.ts', 'test/a.test.ts', 'test/d.test.ts']);
  });

  it('is the sequencer of vitest.config.ts', async () => {
    expect(config.test?.sequence?.sequencer).toBe(LongestFirstSequencer);
    // the worker count the checked-in durations (test/support/durations.json) were measured with
    expect(config.test?.maxWorkers).toBe(3);
  });
});
