// The consumer's year-to-date opening file (bill spec §9): atomic, private, checked against the
// commitment on chain, with errors that say how to recover a lost or stale opening.
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYearToDate, writeYearToDate, ytdCommitment, type YearToDateOpening } from '../../sdk/src/index.js';

const opening: YearToDateOpening = { meterId: 42n, yearStartDay: 20454, wh: 1_234_567n, salt: 987654321n };

describe('year-to-date opening file', () => {
  it('round-trips, mode 0600, and matches the commitment on chain', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ytd-'));
    const path = join(dir, 'meter-42.ytd.json');
    await writeYearToDate(path, opening);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const onChain = { commitment: await ytdCommitment(opening), yearStart: 20454 };
    expect(await readYearToDate(path, 42n, onChain)).toEqual(opening);
    expect(JSON.parse(await readFile(path, 'utf8')).commitment).toBe(String(onChain.commitment));
  });

  it('no commitment on chain: the first yearly bill (whatever the file says); a file of an earlier tariff year: fresh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ytd-'));
    const path = join(dir, 'none.json');
    expect(await readYearToDate(path, 42n, { commitment: 0n, yearStart: 0 })).toBeUndefined();
    await writeYearToDate(path, opening);
    const next = { ...opening, yearStartDay: 20454 + 365, wh: 5n, salt: 1n };
    expect(await readYearToDate(path, 42n, { commitment: await ytdCommitment(next), yearStart: next.yearStartDay })).toBeUndefined();
  });

  it('a lost, stale or foreign opening is a clear error saying how to recover', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ytd-'));
    const path = join(dir, 'meter.json');
    const later = { ...opening, wh: opening.wh + 1000n, salt: 5n };
    const onChain = { commitment: await ytdCommitment(later), yearStart: 20454 };
    await expect(readYearToDate(path, 42n, onChain)).rejects.toThrow(/no year-to-date opening .*Rebuild it from your own records/);
    await writeYearToDate(path, opening);
    await expect(readYearToDate(path, 42n, onChain)).rejects.toThrow(/is stale .*salt is in the proof file/);
    await expect(readYearToDate(path, 43n, onChain)).rejects.toThrow(/meterId: is 42, not meter 43/);
    await writeFile(path, '{');
    await expect(readYearToDate(path, 42n, onChain)).rejects.toThrow(/is not JSON/);
  });
});
