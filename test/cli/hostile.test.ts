// Hostile and careless use of the `wattproof` commands (issue 17, items 11-14), run as the binary
// runs them (its `main`, in this process: test/support/cli.ts; the binary's own entry is
// test/cli/entry.test.ts): each case ends with a clear error and the right exit code, never a stack
// trace, a hang (every command has a deadline) or a lost file. None of these needs a chain or a proof.
import { runCli } from '../support/cli.js';
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile, chmod } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeText } from '../../cli/src/files.js';
import { SettleJournal } from '../../cli/src/commands/chain-commands.run.js';

const FIXTURES = resolve(__dirname, '../sdk/fixtures');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: any;
  ms: number;
  timedOut: boolean;
}

/** Runs a command, given up after `deadlineMs` (a hang fails the test instead of stalling it). */
function wattproof(args: string[], cwd: string, opts: { deadlineMs?: number; env?: Record<string, string> } = {}): Promise<Run> {
  return runCli(args, { cwd, deadlineMs: opts.deadlineMs ?? 20_000, ...(opts.env === undefined ? {} : { env: opts.env }) });
}

/** No stack trace, no "this is a bug" (exit 70). */
function clean(r: Run): void {
  expect(r.timedOut, 'the command hung').toBe(false);
  expect(r.code).not.toBe(70);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/this is a bug/);
}

/** CSV of `days` days of `step`-second intervals from 2026-06-04T00:00Z, 100 Wh each. */
function csv(days: number, step: number): string {
  const t0 = Date.UTC(2026, 5, 4) / 1000;
  const rows = Array.from({ length: (days * 86400) / step }, (_, i) => `${new Date((t0 + i * step) * 1000).toISOString().replace('.000Z', 'Z')},100`);
  return `timestamp,import_wh\n${rows.join('\n')}\n`;
}

const PROOF = {
  format: 'wattproof.bill-proof.v1',
  circuit: 'bill_1d_30m',
  publicSignals: ['1', '2', '3', '4', '5'],
  proof: {
    protocol: 'groth16',
    curve: 'bn128',
    pi_a: ['1', '2', '1'],
    pi_b: [
      ['1', '0'],
      ['0', '1'],
      ['1', '0'],
    ],
    pi_c: ['1', '2', '1'],
  },
};

let dir: string;
let buildDir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-hostile-'));
  // A build directory whose manifest lists no circuit: lookups by name must say "not built".
  buildDir = join(dir, 'empty-build');
  await mkdir(buildDir);
  await writeFile(join(buildDir, 'manifest.json'), JSON.stringify({ version: 1, circuits: {} }));
});

describe('item 11: key files are never lost, every file is written atomically', () => {
  it('meter keygen --out refuses to overwrite without --force, and writes mode 0600 explicitly', async () => {
    const key = join(dir, 'meter.key.json');
    await writeFile(key, 'the only copy of a registered key\n', { mode: 0o644 });
    await chmod(key, 0o644);
    const r = await wattproof(['meter', 'keygen', '--meter-id', '7', '--out', key, '--json'], dir);
    clean(r);
    expect(r.code).toBe(2);
    expect(r.json.error).toMatchObject({ code: 'IMPORT', message: `${key}: already exists; not overwritten (give --force to replace it)` });
    expect(await readFile(key, 'utf8')).toBe('the only copy of a registered key\n');

    const forced = await wattproof(['meter', 'keygen', '--meter-id', '7', '--out', key, '--force', '--json'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(await readFile(key, 'utf8')).meterId).toBe('7');
    expect((await stat(key)).mode & 0o777).toBe(0o600);

    const fresh = join(dir, 'keys', 'new.key.json');
    const made = await wattproof(['meter', 'keygen', '--meter-id', '8', '--out', fresh, '--json'], dir);
    expect(made.code, made.stderr).toBe(0);
    expect((await stat(fresh)).mode & 0o777).toBe(0o600);
    expect((await readdir(join(dir, 'keys'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writeText: temp file + rename, explicit mode, exclusive never clobbers, no temp file left on failure', async () => {
    const sub = join(dir, 'atomic');
    await writeText(join(sub, 'a.json'), 'one\n');
    await writeText(join(sub, 'a.json'), 'two\n', 0o640);
    expect(await readFile(join(sub, 'a.json'), 'utf8')).toBe('two\n');
    expect((await stat(join(sub, 'a.json'))).mode & 0o777).toBe(0o640);
    await expect(writeText(join(sub, 'a.json'), 'three\n', { exclusive: true, mode: 0o600 })).rejects.toThrow(/already exists; not overwritten/);
    expect(await readFile(join(sub, 'a.json'), 'utf8')).toBe('two\n');
    await mkdir(join(sub, 'dir.json'));
    await expect(writeText(join(sub, 'dir.json'), 'x')).rejects.toThrow(/dir\.json: cannot be written: it is a directory/);
    expect((await readdir(sub)).sort()).toEqual(['a.json', 'dir.json']);
  });

  it('meter import that fails part-way says which period files it wrote', async () => {
    await writeFile(join(dir, 'two-days.csv'), csv(2, 1800));
    await mkdir(join(dir, 'out', '5-2026-06-05.period.json'), { recursive: true });
    const r = await wattproof(['meter', 'import', '--csv', 'two-days.csv', '--meter-id', '5', '--tz', '0', '--by', 'day', '--out-dir', 'out', '--json'], dir);
    clean(r);
    expect(r.code).toBe(2);
    expect(r.json.error.message).toBe(
      `${join('out', '5-2026-06-05.period.json')}: cannot be written: it is a directory (1 file written before the failure: ${join('out', '5-2026-06-04.period.json')})`,
    );
    expect(JSON.parse(await readFile(join(dir, 'out', '5-2026-06-04.period.json'), 'utf8')).meterId).toBe('5');
  });
});

describe('item 12: one --tz syntax, range-checked', () => {
  it('--tz -05:00 is accepted (it was refused as ambiguous) and +0100 is one hour (it was 100 seconds)', async () => {
    await writeFile(join(dir, 'three-days.csv'), csv(3, 1800));
    const west = await wattproof(
      ['meter', 'import', '--csv', 'three-days.csv', '--meter-id', '5', '--tz', '-05:00', '--by', 'day', '--out-dir', 'west', '--json'],
      dir,
    );
    expect(west.code, west.stderr + west.stdout).toBe(0);
    expect(west.json.tzOffsetSeconds).toBe(-18000);
    expect(west.json.periods[0].periodStart).toBe(Date.UTC(2026, 5, 4, 5) / 1000);
    const east = await wattproof(
      ['meter', 'import', '--csv', 'three-days.csv', '--meter-id', '5', '--tz', '+0100', '--by', 'day', '--out-dir', 'east', '--json'],
      dir,
    );
    expect(east.code, east.stderr).toBe(0);
    expect(east.json.tzOffsetSeconds).toBe(3600);
    const tariff = await wattproof(['tariff', 'new', '--slots', '24', '--tz', '-03:30', '--out', 'west-tariff.json', '--json'], dir);
    expect(tariff.code, tariff.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'west-tariff.json'), 'utf8')).tzOffsetSeconds).toBe(-12600);
  });

  it('a bare number, bad minutes and offsets beyond ±14:00 are refused, naming --tz', async () => {
    const cases: [string, RegExp][] = [
      ['3600', /ambiguous: write \+3600:00 for hours or 3600s for seconds/],
      ['+15:00', /outside -14:00\.\.\+14:00/],
      ['-50401s', /outside -14:00\.\.\+14:00/],
      ['+01:99', /minutes must be 00\.\.59/],
    ];
    for (const [tz, message] of cases) {
      const r = await wattproof(['meter', 'import', '--csv', 'three-days.csv', '--meter-id', '5', '--tz', tz, '--json'], dir);
      clean(r);
      expect(r.code, tz).toBe(2);
      expect(r.json.error.field, tz).toBe('--tz');
      expect(r.json.error.message, tz).toMatch(message);
    }
  });
});

describe('item 13: hostile files are clear errors, never exit 70', () => {
  it('a character reference beyond U+10FFFF in a Green Button file', async () => {
    const text = (await readFile(join(FIXTURES, 'greenbutton-bare-kwh.xml'), 'utf8')).replace('<espi:uom>72</espi:uom>', '<espi:uom>72&#x110000;</espi:uom>');
    await writeFile(join(dir, 'bad-char.xml'), text);
    const r = await wattproof(['meter', 'import', '--green-button', 'bad-char.xml', '--meter-id', '5', '--tz', '0', '--json'], dir);
    clean(r);
    expect(r.code).toBe(2);
    expect(r.json.error).toMatchObject({ code: 'IMPORT', message: 'bad-char.xml:6: character reference &#x110000; is not a character XML allows' });
  });

  it('XML nested 100,000 deep', async () => {
    await writeFile(join(dir, 'deep.xml'), `<?xml version="1.0"?>\n${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}\n`);
    const r = await wattproof(['meter', 'import', '--green-button', 'deep.xml', '--meter-id', '5', '--tz', '0', '--json'], dir, { deadlineMs: 15_000 });
    clean(r);
    expect(r.code).toBe(2);
    expect(r.json.error).toMatchObject({ code: 'IMPORT', message: 'deep.xml:2: elements nested more than 256 deep' });
  });

  it('a proof file naming the circuit constructor or __proto__', async () => {
    const env = { WATTPROOF_BUILD_DIR: buildDir };
    await writeFile(join(dir, 'ctor.json'), JSON.stringify({ ...PROOF, circuit: 'constructor' }));
    const ctor = await wattproof(['bill', 'verify', 'ctor.json', '--json'], dir, { env });
    clean(ctor);
    expect(ctor.code).toBe(3);
    expect(ctor.json.error.code).toBe('ARTIFACT');
    expect(ctor.json.error.message).toMatch(/circuit constructor is not built \(built: none\)/);

    await writeFile(join(dir, 'proto.json'), JSON.stringify({ ...PROOF, circuit: '__proto__' }));
    const proto = await wattproof(['bill', 'verify', 'proto.json', '--json'], dir, { env });
    clean(proto);
    expect(proto.code).toBe(2);
    expect(proto.json.error).toMatchObject({ code: 'VALIDATION', field: 'proofFile.circuit' });

    await writeFile(join(dir, 'plain.json'), JSON.stringify(PROOF));
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const r = await wattproof(['bill', 'verify', 'plain.json', '--circuit', name, '--json'], dir, { env });
      clean(r);
      expect(r.code, name).toBe(3);
      expect(r.json.error.message, name).toMatch(new RegExp(`circuit ${name} is not built`));
    }
  });
});

describe('item 14: settle journal, provable periods, RPC timeout', () => {
  it('settle checks that its journal can be written before sending anything', async () => {
    await writeFile(join(dir, 'p.json'), JSON.stringify(PROOF));
    await mkdir(join(dir, 'p.json.pending'));
    const r = await wattproof(['settle', 'p.json', '--rpc', 'http://127.0.0.1:9', '--settlement', `0x${'11'.repeat(20)}`, '--json'], dir);
    clean(r);
    expect(r.code).toBe(2);
    expect(r.json.error.message).toMatch(/^p\.json\.pending: cannot be written: it is a directory; .*nothing was sent/);
    expect(r.stderr).not.toMatch(/sent 0x/);
  });

  it('the journal: an earlier hash survives prepare; a failure to record a sent hash is a warning, not an error', async () => {
    const hash = `0x${'ab'.repeat(32)}`;
    const j = new SettleJournal(join(dir, 'j.json.pending'));
    expect(await j.pending()).toBeUndefined();
    await j.prepare(undefined);
    expect(await j.pending()).toBeUndefined();
    expect(j.record(hash)).toBeUndefined();
    expect(await j.pending()).toBe(hash);
    await j.prepare(hash);
    expect(await j.pending()).toBe(hash);
    await j.remove();
    const blocked = new SettleJournal(join(dir, 'p.json.pending')); // a directory
    expect(blocked.record(hash)).toMatch(new RegExp(`^transaction ${hash} was sent, but .*p\\.json\\.pending: cannot be written: it is a directory`));
  });

  it('meter import --by 40d is refused before signing, listing what fits', async () => {
    await mkdir(join(dir, 'by'), { recursive: true });
    const r = await wattproof(
      ['meter', 'import', '--csv', 'three-days.csv', '--meter-id', '5', '--tz', '0', '--by', '40d', '--partial', '--out-dir', 'by', '--json'],
      dir,
    );
    clean(r);
    expect(r.code).toBe(2);
    expect(r.json.error.field).toBe('--by');
    expect(r.json.error.message).toMatch(
      /--by 40d gives periods of 40 days of 48 intervals, which no circuit in circuits\/instances\.json can prove \(circuits: .*bill_31d_60m \(up to 31 days of 24 intervals\)/,
    );
    expect(await readdir(join(dir, 'by'))).toEqual([]);
    // 30-minute data: the longest circuit billing 48 intervals a day is the 31-day half-hourly one.
    const long = await wattproof(
      ['meter', 'import', '--csv', 'three-days.csv', '--meter-id', '5', '--tz', '0', '--by', '32d', '--out-dir', 'by', '--json'],
      dir,
    );
    expect(long.code).toBe(2);
    expect(long.json.error.message).toMatch(/with 48 intervals a day, use --by day, --by month or --by Nd with N <= 31$/);
    await writeFile(join(dir, 'hourly.csv'), csv(8, 3600));
    const week = await wattproof(['meter', 'import', '--csv', 'hourly.csv', '--meter-id', '5', '--tz', '0', '--by', '7d', '--out-dir', 'by', '--json'], dir);
    expect(week.code, week.stderr).toBe(0);
    expect(week.json.periods).toHaveLength(1);
    expect(week.json.periods[0].days).toBe(7);
  });

  describe('a black-holed RPC', () => {
    let server: Server;
    const sockets: Socket[] = [];
    let url: string;
    beforeAll(async () => {
      // Accepts connections and never answers.
      server = createServer((s) => void sockets.push(s));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const address = server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    });
    afterAll(async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    });

    it('--rpc-timeout bounds each request and its retries (it took 156 s with no option)', async () => {
      const r = await wattproof(['audit', '--rpc', url, '--settlement', `0x${'11'.repeat(20)}`, '--rpc-timeout', '1', '--json'], dir, { deadlineMs: 15_000 });
      clean(r);
      expect(r.code).toBe(5);
      expect(r.json.error.code).toBe('CHAIN_RPC');
      expect(r.json.error.message).toMatch(/^cannot reach the node at http:\/\/127\.0\.0\.1:\d+: .*timeout/i);
      expect(r.ms).toBeLessThan(10_000);
      const bad = await wattproof(['audit', '--rpc', url, '--settlement', `0x${'11'.repeat(20)}`, '--rpc-timeout', '0', '--json'], dir);
      expect(bad.code).toBe(2);
      expect(bad.json.error.field).toBe('--rpc-timeout');
    }, 30_000);

    it('a command that outlives its deadline is reported as hung (the check every case above makes can fail)', async () => {
      // Commands run in the test's process (test/support/cli.ts): the deadline holds there too.
      const r = await wattproof(['audit', '--rpc', url, '--settlement', `0x${'11'.repeat(20)}`, '--rpc-timeout', '3', '--json'], dir, { deadlineMs: 1000 });
      expect(r.timedOut).toBe(true);
      expect(() => clean(r)).toThrow(/the command hung/);
    }, 30_000);
  });
});
