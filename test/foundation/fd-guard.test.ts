// snarkjs leaves file handles open in powersOfTau.verify (on a failed check) and in
// zKey.verifyFromR1cs; Node closes them on garbage collection with a warning. The pipeline's
// wrapper closes exactly the handles a call left open on the files it names.
import { open, mkdtemp, rm, writeFile } from 'node:fs/promises';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closingLeftovers } from '../../circuits/build/fd-guard.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-fd-'));
  await writeFile(join(dir, 'a'), 'a');
  await writeFile(join(dir, 'b'), 'b');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('closingLeftovers', () => {
  it('closes a handle the call leaked on a named file, and leaves others alone', async () => {
    let leaked: Awaited<ReturnType<typeof open>> | undefined;
    let other: Awaited<ReturnType<typeof open>> | undefined;
    await closingLeftovers([join(dir, 'a')], async () => {
      leaked = await fs.promises.open(join(dir, 'a'), 'r'); // the way fastfile opens files
      other = await fs.promises.open(join(dir, 'b'), 'r');
    });
    expect(leaked!.fd).toBe(-1); // closed
    expect(other!.fd).toBeGreaterThan(0); // not ours to close
    await other!.close();
    expect(fs.promises.open).toBe(open);
  });

  it('does not double-close what the call closed itself, and restores open() after a throw', async () => {
    await expect(
      closingLeftovers([join(dir, 'a')], async () => {
        const fh = await fs.promises.open(join(dir, 'a'), 'r');
        await fh.close();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(fs.promises.open).toBe(open);
  });
});
