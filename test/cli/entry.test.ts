// Which `wattproof` the CLI tests spawn (test/support/cli.ts): the compiled bin when this run's
// global setup compiled it, else the sources through tsx; either way the same program (its help
// text, every command's name and summary, is the same from both).
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { CLI_BIN, cliEntry } from '../support/cli.js';

function help(entry: string): Promise<string> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [entry, '--help'], { env: { ...process.env, WATTPROOF_DEBUG: '' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', rej);
    child.on('close', (code) => (code === 0 ? res(out) : rej(new Error(`${entry} --help exited with ${code}`))));
  });
}

describe('the wattproof binary of the CLI tests', () => {
  it('is the compiled bin when the global setup compiled it, else the tsx launcher of the sources', () => {
    const compiled = inject('wattproofCompiledCli');
    if (process.env.WATTPROOF_TEST_CLI === 'source' || compiled === undefined) expect(cliEntry()).toBe(CLI_BIN);
    else {
      expect(existsSync(compiled)).toBe(true);
      expect(cliEntry()).toBe(compiled);
      expect(compiled).toMatch(/dist[/\\]cli[/\\]src[/\\]run\.js$/);
    }
  });

  it('prints the same help from the compiled bin and from the sources', async () => {
    const entry = cliEntry();
    const fromSources = await help(CLI_BIN);
    expect(fromSources).toMatch(/ceremony/);
    expect(await help(entry)).toBe(fromSources);
  });
});
