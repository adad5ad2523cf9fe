// The linter (Biome, biome.json) runs as part of `npm test`: a finding fails the run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

describe('biome', () => {
  it('lints clean and the code is formatted (npm run lint; npm run format to fix the layout)', () => {
    const bin = require.resolve('@biomejs/biome/bin/biome');
    const r = spawnSync(process.execPath, [bin, 'check', '--reporter=summary', '--max-diagnostics=50'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  });
});
