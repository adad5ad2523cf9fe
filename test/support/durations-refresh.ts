/**
 * Rewrites test/support/durations.json from a fresh-clone run, so that the sequencer's order follows
 * the suite as it changes. Give it the run's console output (vitest's default reporter: its per-file
 * time includes the file's beforeAll/afterAll hooks, where the demos and worlds are set up) or, less
 * exact, its JSON report (.ci/out/vitest.json: startTime..endTime of a file leaves its hooks out):
 *
 *   bash .ci/run | tee ci.log; npx tsx test/support/durations-refresh.ts ci.log
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DURATIONS_FILE } from './sequencer.js';

/** Files under this many seconds are left out: where they run makes no difference. */
const MIN_SECONDS = 2;

const report = process.argv[2];
if (report === undefined) {
  process.stderr.write('usage: npx tsx test/support/durations-refresh.ts RUN.log | REPORT.json (vitest default reporter output, or --reporter=json)\n');
  process.exit(2);
}
// Report paths are absolute in the run's checkout (maybe another clone): keep from test/ on.
const repoPath = (name: string) => {
  const p = name.split('\\').join('/');
  return p.slice(p.lastIndexOf('/test/') + 1);
};
const text = readFileSync(report, 'utf8');

/** [file, seconds] of every test file the report names. */
function measured(): (readonly [string, number])[] {
  if (text.trimStart().startsWith('{')) {
    const r = JSON.parse(text) as { testResults: { name: string; startTime: number; endTime: number }[] };
    return r.testResults.map((f) => [repoPath(f.name), (f.endTime - f.startTime) / 1000] as const);
  }
  // `✓ test/x.test.ts (7 tests) 31247ms` (or ❯ / × for a file with failures), colours stripped
  const line = /^\s*[✓❯×]\s+(test\/\S+\.test\.ts)\s+\(\d+ tests?[^)]*\)\s+(\d+)ms\s*$/;
  const esc = String.fromCharCode(27); // the colour codes: ESC [ ... m
  const rows: (readonly [string, number])[] = [];
  for (const raw of text.split('\n')) {
    const m = line.exec(
      raw
        .split(esc)
        .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*m/, '')))
        .join(''),
    );
    if (m) rows.push([m[1]!, Number(m[2]) / 1000] as const);
  }
  if (rows.length === 0) {
    process.stderr.write(`${report}: no per-file lines of vitest's default reporter found, and it is not a JSON report\n`);
    process.exit(1);
  }
  return rows;
}

const rows = measured()
  .map(([f, s]) => [f, Math.round(s * 10) / 10] as const)
  .filter(([, s]) => s >= MIN_SECONDS)
  .sort((a, b) => b[1] - a[1]);
const old = JSON.parse(readFileSync(DURATIONS_FILE, 'utf8')) as { $comment: string };
writeFileSync(DURATIONS_FILE, `${JSON.stringify({ $comment: old.$comment, seconds: Object.fromEntries(rows) }, null, 2)}\n`);
process.stdout.write(`${rows.length} files of ${MIN_SECONDS} s or more written to ${DURATIONS_FILE}\n`);
