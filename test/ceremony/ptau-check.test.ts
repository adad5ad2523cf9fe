// The ceremony's powers of tau: a public file must be byte-identical (blake2b-512) to the published
// Hermez file of its power; a file with the wrong hash, too small, unprepared or of an unknown power
// is refused; the development ptau passes only with the explicit flag, and is then marked.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ceremonyPtau, collectingLogger, explainSnarkFailure, requiredPtauPower } from '../../circuits/build/ceremony/index.js';
import { devPtauPath } from '../../circuits/build/ptau.js';
import { existsSync } from 'node:fs';

let work: string;

/** A ptau file with just a header (power, prepared or not) and `bodyBytes` of filler. */
async function fakePtau(name: string, power: number, prepared: boolean, bodyBytes = 0): Promise<string> {
  const sections: Buffer[] = [];
  const header = Buffer.alloc(4 + 32 + 8);
  header.writeUInt32LE(32, 0);
  header.writeUInt32LE(power, 36);
  header.writeUInt32LE(28, 40);
  const section = (type: number, body: Buffer) => {
    const h = Buffer.alloc(12);
    h.writeUInt32LE(type, 0);
    h.writeBigUInt64LE(BigInt(body.length), 4);
    return Buffer.concat([h, body]);
  };
  sections.push(section(1, header), section(2, Buffer.alloc(bodyBytes, 7)));
  if (prepared) for (const t of [12, 13, 14, 15]) sections.push(section(t, Buffer.alloc(0)));
  const head = Buffer.alloc(12);
  head.write('ptau', 0, 'latin1');
  head.writeUInt32LE(1, 4);
  head.writeUInt32LE(sections.length, 8);
  const path = join(work, name);
  await writeFile(path, Buffer.concat([head, ...sections]));
  return path;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wattproof-ptau-check-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the ceremony ptau check', () => {
  it('refuses a file whose hash is not the published one of its power', async () => {
    const path = await fakePtau('powersOfTau28_hez_final_14.ptau', 14, true, 1000);
    await expect(ceremonyPtau(path, 14, false, collectingLogger())).rejects.toMatchObject({
      code: 'PTAU',
      message: expect.stringMatching(
        /does not match the published powersOfTau28_hez_final_14\.ptau:\n\s+blake2b-512 is\s+[0-9a-f]{128}\n\s+published hash is\s+eeefbcf7/,
      ),
    });
  });

  it('refuses a file too small for the circuit, one not prepared for phase 2, a missing one', async () => {
    const small = await fakePtau('small.ptau', 12, true);
    await expect(ceremonyPtau(small, 14, false, collectingLogger())).rejects.toThrow(/has power 12; this circuit needs at least 14/);
    const raw = await fakePtau('raw.ptau', 14, false);
    await expect(ceremonyPtau(raw, 14, false, collectingLogger())).rejects.toThrow(/not prepared for phase 2/);
    await expect(ceremonyPtau(join(work, 'none.ptau'), 14, false, collectingLogger())).rejects.toThrow(/does not exist/);
    // Too small is refused even with the development flag.
    await expect(ceremonyPtau(small, 14, true, collectingLogger())).rejects.toThrow(/has power 12/);
  });

  it('refuses a power with no published hash', async () => {
    const odd = await fakePtau('odd.ptau', 7, true);
    await expect(ceremonyPtau(odd, 7, false, collectingLogger())).rejects.toThrow(/power 7, for which no published hash is known/);
  });

  it('needs a ptau or the explicit development flag; the development file is marked as such', async () => {
    await expect(ceremonyPtau(undefined, 14, false, collectingLogger())).rejects.toThrow(/--ptau powersOfTau28_hez_final_NN\.ptau .* or --insecure-dev-ptau/);
    if (!existsSync(devPtauPath(14))) return; // made by the test build (npm test's global setup)
    await expect(ceremonyPtau(devPtauPath(14), 14, false, collectingLogger())).rejects.toThrow(/does not match the published powersOfTau28_hez_final_14\.ptau/);
    const dev = await ceremonyPtau(devPtauPath(14), 14, true, collectingLogger());
    expect(dev.source).toBe('development');
    expect((await ceremonyPtau(undefined, 14, true, collectingLogger())).source).toBe('development');
  });

  it('the required power counts the public inputs and the constant', () => {
    expect(requiredPtauPower(13069, 5)).toBe(14);
    expect(requiredPtauPower(16378, 5)).toBe(14);
    expect(requiredPtauPower(16379, 5)).toBe(15);
  });

  it('snarkjs failures become sentences', () => {
    expect(explainSnarkFailure(['INVALID(2): Inconsistent transcript '])).toMatch(/^contribution #2 has an inconsistent transcript/);
    expect(explainSnarkFailure(['L section does not match'])).toMatch(/L section does not follow/);
    expect(explainSnarkFailure([])).toBe('snarkjs rejected it without a reason');
  });
});
