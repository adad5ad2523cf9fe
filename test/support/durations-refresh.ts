/**
 * Rewrites test/support/durations.json from a vitest JSON report (what .ci/run writes to
 * .ci/out/vitest.json), so that the sequencer's order follows the suite as it changes:
 *
 *   npx tsx test/support/durations-refresh.ts .ci/out/vitest.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DURATIONS_FILE } from './sequencer.js';

/** Files under this many seconds are left out: where they run makes no difference. */
const MIN_SECONDS = 2;

const report = process.argv[2];
if (report === undefined) {
  process.stderr.write('usage: npx tsx test/support/durations-refresh.ts REPORT.json (a vitest --reporter=json output)\n');
  process.exit(2);
}
const r = JSON.parse(readFileSync(report, 'utf8')) as { testResults: { name: string; startTime: number; endTime: number }[] };
// Report paths are absolute in the run's checkout (maybe another clone): keep from test/ on.
const repoPath = (name: string) => {
  const p = name.split('\\').join('/');
  return p.slice(p.lastIndexOf('/test/') + 1);
};
const rows = r.testResults
  .map((f) => [repoPath(f.name), Math.round((f.endTime - f.startTime) / 100) / 10] as const)
  .filter(([, s]) => s >= MIN_SECONDS)
  .sort((a, b) => b[1] - a[1]);
const old = JSON.parse(readFileSync(DURATIONS_FILE, 'utf8')) as { $comment: string };
writeFileSync(DURATIONS_FILE, `${JSON.stringify({ $comment: old.$comment, seconds: Object.fromEntries(rows) }, null, 2)}\n`);
process.stdout.write(`${rows.length} files of ${MIN_SECONDS} s or more written to ${DURATIONS_FILE}\n`);
