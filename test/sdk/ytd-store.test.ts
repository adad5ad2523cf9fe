// The consumer's year-to-date opening file (bill spec §9): atomic, private, checked against the
// commitment on chain, with errors that say how to recover a lost or stale opening.
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addPendingYearToDate,
  confirmYearToDate,
  openingForNextBill,
  pendingPathOf,
  pendingYearToDates,
  readYearToDate,
  writeYearToDate,
  ytdCommitment,
  type YearToDateOpening,
} from '../../sdk/src/index.js';

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
    await expect(readYearToDate(path, 42n, onChain)).rejects.toThrow(/is stale .*salt is in .*\.pending/);
    await expect(readYearToDate(path, 43n, onChain)).rejects.toThrow(/meterId: is 42, not meter 43/);
    await writeFile(path, '{');
    await expect(readYearToDate(path, 42n, onChain)).rejects.toThrow(/is not JSON/);
  });

  it("a proof's new opening stays pending (the confirmed one untouched) until the chain shows its commitment", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ytd-'));
    const path = join(dir, 'meter-42.ytd.json');
    await writeYearToDate(path, opening);
    const before = await readFile(path, 'utf8');
    const chainBefore = { commitment: await ytdCommitment(opening), yearStart: 20454 };
    // two proofs of the next bill (each its own salt): both pending, the file unchanged
    const next1 = { ...opening, wh: opening.wh + 15_000n, salt: 111n };
    const next2 = { ...opening, wh: opening.wh + 15_000n, salt: 222n };
    await addPendingYearToDate(path, next1);
    await addPendingYearToDate(path, next2);
    await addPendingYearToDate(path, next2); // the same opening once
    expect(await pendingYearToDates(path)).toEqual([next1, next2]);
    expect((await stat(pendingPathOf(path))).mode & 0o777).toBe(0o600);
    // the settlement failed (or is in flight): the chain still holds the old commitment
    expect(await confirmYearToDate(path, 42n, chainBefore)).toBe('unchanged');
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await openingForNextBill(path, 42n, chainBefore)).toEqual(opening);
    // the second proof settled (whoever sent it): its opening is promoted, the pending file dropped
    const chainAfter = { commitment: await ytdCommitment(next2), yearStart: 20454 };
    expect(await openingForNextBill(path, 42n, chainAfter)).toEqual(next2);
    expect(await readYearToDate(path, 42n, chainAfter)).toEqual(next2);
    expect(await pendingYearToDates(path)).toEqual([]);
    // a commitment on chain nothing here opens (proven elsewhere, or a lost store): a clear error
    const foreign = { commitment: await ytdCommitment({ ...next2, salt: 9n }), yearStart: 20454 };
    expect(await confirmYearToDate(path, 42n, foreign)).toBe('unchanged');
    await expect(openingForNextBill(path, 42n, foreign)).rejects.toThrow(/is not meter 42's commitment on chain .*stale/);
  });

  it('a damaged pending file is a clear error naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ytd-'));
    const path = join(dir, 'meter-42.ytd.json');
    await writeFile(pendingPathOf(path), 'nope');
    await expect(pendingYearToDates(path)).rejects.toThrow(/meter-42\.ytd\.json\.pending: is not JSON/);
    await writeFile(pendingPathOf(path), '{"format":"x"}');
    await expect(addPendingYearToDate(path, opening)).rejects.toThrow(/must be 'wattproof\.ytd-pending\.v1'/);
  });
});
