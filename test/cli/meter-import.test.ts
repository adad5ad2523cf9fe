// `wattproof meter import` on a utility's one-year hourly Green Button export with the DST
// artefacts of issue 12: refused without a repair option (the error names the instants and the
// options), imported with --repair into twelve signed monthly periods, with a per-file summary.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { toCsv, toGreenButton, utilityExport } from '../support/meter-exports.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-meter-import-'));
  const x = utilityExport({ startDate: '2025-01-01', days: 365, intervalsPerDay: 24 });
  await writeFile(join(dir, 'year.xml'), toGreenButton(x));
  await writeFile(join(dir, 'year.csv'), toCsv(x));
  const key = await runCli(['meter', 'keygen', '--meter-id', '77', '--out', 'meter.key.json', '--json'], { cwd: dir });
  expect(key.code, key.stderr).toBe(0);
});

describe('meter import of a year with DST artefacts', () => {
  it('without a repair option: exit 2, the error names both instants (UTC and local) and the options', async () => {
    const r = await runCli(['meter', 'import', '--green-button', 'year.xml', '--meter-id', '77', '--zone', 'America/Los_Angeles', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.json.error.code).toBe('IMPORT');
    const m: string = r.json.error.message;
    expect(m).toMatch(
      /^year\.xml:\d+: 1 conflicting duplicate import reading \(one interval, different values\): 2025-03-10T07:00:00Z \(local 2025-03-10 00:00 UTC-07:00\)/,
    );
    expect(m).toContain('keep one with --on-conflict first|last|max, or --repair');
    expect(m).toContain('1 from 2025-11-03T07:00:00Z (local 2025-11-02 23:00 UTC-08:00)');
    expect(m).toContain('estimate them with --fill-gaps linear|previous-week, or --repair');
  });

  it('with --repair: twelve monthly periods, signed, and the summary', async () => {
    const r = await runCli(
      ['meter', 'import', '--green-button', 'year.xml', '--key', 'meter.key.json', '--tz', '-08:00', '--repair', '--out-dir', 'gb', '--json'],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.summary).toEqual({ readings: 17520, intervals: 8760, exactDuplicates: 1, conflicts: 1, gapsFilled: 1, estimated: 0, substituted: 1 });
    expect(r.json.periods.map((p: { days: number }) => p.days)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(r.json.periods.every((p: { signed: boolean }) => p.signed)).toBe(true);
    expect((await readdir(join(dir, 'gb'))).filter((f) => f.endsWith('.signed.json'))).toHaveLength(12);
    const human = await runCli(
      [
        'meter',
        'import',
        '--csv',
        'year.csv',
        '--meter-id',
        '77',
        '--tz',
        '-08:00',
        '--on-conflict',
        'max',
        '--fill-gaps',
        'previous-week',
        '--out-dir',
        'csv',
      ],
      {
        cwd: dir,
      },
    );
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain(
      '8760 readings, 8760 intervals, 0 exact duplicates dropped, 1 conflict resolved, 1 gap interval filled, 0 estimated, 1 substituted',
    );
  });

  it('refuses an unknown rule or zone by option name', async () => {
    const rule = await runCli(['meter', 'import', '--csv', 'year.csv', '--meter-id', '77', '--tz', '-08:00', '--on-conflict', 'mean', '--json'], { cwd: dir });
    expect(rule.code).toBe(2);
    expect(rule.json.error.message).toBe("--on-conflict: 'mean' must be one of error, first, last, max");
    const zone = await runCli(['meter', 'import', '--csv', 'year.csv', '--meter-id', '77', '--tz', '-08:00', '--zone', 'Nowhere/City', '--json'], { cwd: dir });
    expect(zone.code).toBe(2);
    expect(zone.json.error.message).toMatch(/^--zone: 'Nowhere\/City' is not a time zone/);
  });
});

describe('meter import --nem12', () => {
  const sample = join(__dirname, '..', 'fixtures', 'meter', 'nem12-sample.csv');
  it('imports the first NMI by day, the non-actual count per period in the table and the files', async () => {
    const r = await runCli(['meter', 'import', '--nem12', sample, '--meter-id', '77', '--by', 'day', '--out-dir', 'nem', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.source).toMatch(/nem12-sample\.csv \(NMI NCDE001111 E1\/B1\)$/);
    expect(r.json.tzOffsetSeconds).toBe(36000);
    expect(r.json.periods.map((p: { nonActualCount: number }) => p.nonActualCount)).toEqual([0, 48, 48]);
    const second = JSON.parse(await readFile(join(dir, r.json.periods[1].file), 'utf8'));
    expect(second.format).toBe('wattproof.meter-period.v2');
    expect(second.quality).toHaveLength(48);
  });
  it('chooses another NMI; a wrong one is refused with what the file has', async () => {
    const r = await runCli(['meter', 'import', '--nem12', sample, '--meter-id', '77', '--by', 'day', '--nmi', 'QB12345678', '--out-dir', 'nem2', '--json'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.intervalSeconds).toBe(900);
    const bad = await runCli(['meter', 'import', '--nem12', sample, '--meter-id', '77', '--nmi', 'XX00000000', '--json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.json.error.message).toMatch(/no NMI XX00000000 in the file; it has NCDE001111 \(E1, B1\); QB12345678 \(E1\)$/);
  });
});

describe('retailer register-tariff --max-non-actual', () => {
  it('refuses a limit outside 0..1000 per mille before connecting to any chain', async () => {
    const t = await runCli(['tariff', 'new', '--slots', '24', '--tz', '+01:00', '--out', 'tariff.json'], { cwd: dir });
    expect(t.code, t.stderr).toBe(0);
    for (const bad of ['1001', '-1', '5.5', 'all']) {
      const r = await runCli(
        [
          'retailer',
          'register-tariff',
          '--tariff',
          'tariff.json',
          '--valid-from',
          '2026-06-01',
          '--valid-until',
          '2027-01-01',
          `--max-non-actual=${bad}`,
          '--json',
        ],
        { cwd: dir, refusedBeforeChain: true },
      );
      expect(r.code, r.stderr).toBe(2);
      expect(r.json.error.message).toBe(`--max-non-actual: '${bad}' must be a whole number of per mille in 0..1000`);
    }
  });
});
