/**
 * Header readers for the iden3 binary container format shared by `.ptau` and
 * `.r1cs` files: 4-byte magic, u32 version, u32 section count, then sections of
 * (u32 type, u64 size, body). Reading only headers keeps this fast on files of
 * hundreds of MB.
 */
import { open } from 'node:fs/promises';

interface Section {
  type: number;
  offset: number;
  size: number;
}

async function readSections(
  path: string,
  magic: string,
): Promise<{ sections: Section[]; read: (pos: number, len: number) => Promise<Buffer>; close: () => Promise<void> }> {
  const fh = await open(path, 'r');
  const read = async (pos: number, len: number) => {
    const buf = Buffer.alloc(len);
    const { bytesRead } = await fh.read(buf, 0, len, pos);
    if (bytesRead !== len) throw new Error(`${path}: truncated file (wanted ${len} bytes at offset ${pos})`);
    return buf;
  };
  try {
    const head = await read(0, 12);
    if (head.toString('latin1', 0, 4) !== magic) throw new Error(`${path}: not a .${magic} file (bad magic bytes)`);
    const n = head.readUInt32LE(8);
    const { size: fileSize } = await fh.stat();
    const sections: Section[] = [];
    let pos = 12;
    for (let i = 0; i < n; i++) {
      const h = await read(pos, 12);
      const size = Number(h.readBigUInt64LE(4));
      sections.push({ type: h.readUInt32LE(0), offset: pos + 12, size });
      pos += 12 + size;
      if (pos > fileSize) throw new Error(`${path}: truncated file (section ${i + 1} of ${n} runs past the end)`);
    }
    return { sections, read, close: () => fh.close() };
  } catch (err) {
    await fh.close();
    throw err;
  }
}

/** What a `.ptau` header says. */
export interface PtauHeader {
  /** Number of powers: the file fits circuits of up to 2^power constraints. */
  power: number;
  /** Power of the ceremony the file was truncated from. */
  ceremonyPower: number;
  /** Whether the Lagrange sections `prepare phase2` adds are present. */
  preparedPhase2: boolean;
}

/** Read a `.ptau` file's header. Throws with the path on a malformed file. */
export async function readPtauHeader(path: string): Promise<PtauHeader> {
  const f = await readSections(path, 'ptau');
  try {
    const hs = f.sections.find((s) => s.type === 1);
    if (!hs) throw new Error(`${path}: no header section`);
    const n8 = (await f.read(hs.offset, 4)).readUInt32LE(0);
    const rest = await f.read(hs.offset + 4 + n8, 8);
    const types = new Set(f.sections.map((s) => s.type));
    return {
      power: rest.readUInt32LE(0),
      ceremonyPower: rest.readUInt32LE(4),
      preparedPhase2: [12, 13, 14, 15].every((t) => types.has(t)),
    };
  } finally {
    await f.close();
  }
}

/** What an `.r1cs` header says. */
export interface R1csHeader {
  nWires: number;
  nPubOutputs: number;
  nPubInputs: number;
  nPrvInputs: number;
  nConstraints: number;
}

/** Read an `.r1cs` file's header. */
export async function readR1csHeader(path: string): Promise<R1csHeader> {
  const f = await readSections(path, 'r1cs');
  try {
    const hs = f.sections.find((s) => s.type === 1);
    if (!hs) throw new Error(`${path}: no header section`);
    const n8 = (await f.read(hs.offset, 4)).readUInt32LE(0);
    const b = await f.read(hs.offset + 4 + n8, 28);
    return {
      nWires: b.readUInt32LE(0),
      nPubOutputs: b.readUInt32LE(4),
      nPubInputs: b.readUInt32LE(8),
      nPrvInputs: b.readUInt32LE(12),
      nConstraints: b.readUInt32LE(24),
    };
  } finally {
    await f.close();
  }
}
