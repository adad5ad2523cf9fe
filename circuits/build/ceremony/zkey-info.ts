/**
 * What a Groth16 zkey says about its phase 2, read straight from the file: the circuit hash
 * (blake2b-512 of the circuit's constraint system, fixed by `zkey new`) and each contribution
 * with the hash a participant published (snarkjs's contribution hash: blake2b-512 of its public
 * key). No secret is in a zkey; this only reads.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { readSections } from '../binfile.js';
import { bn128 } from '../snark.js';

/** One contribution recorded in a zkey's MPC section. */
export interface ZkeyContribution {
  /** 1-based position in the chain. */
  index: number;
  /** The name the participant gave (snarkjs keeps the first 64 bytes). */
  name: string;
  /** `contribution`, or `beacon` (a public random beacon, verifiable by anyone). */
  kind: 'contribution' | 'beacon';
  /** blake2b-512, hex: what the participant published. */
  contributionHash: string;
  /** For a beacon: the beacon value (hex) and 2^iterationsExp hash iterations. */
  beacon?: { hash: string; iterationsExp: number };
}

/** A zkey's phase-2 record. */
export interface ZkeyInfo {
  /** blake2b-512 of the circuit (hex), the same for every zkey of one r1cs. */
  circuitHash: string;
  nPublic: number;
  domainSize: number;
  contributions: ZkeyContribution[];
}

interface WasmGroup {
  F: { n8: number };
  fromRprLEM(buf: Uint8Array, o: number): unknown;
  toRprUncompressed(buf: Uint8Array, o: number, p: unknown): void;
}
interface WasmCurve {
  G1: WasmGroup;
  G2: WasmGroup;
}

/** The point's uncompressed big-endian form, as snarkjs hashes it. */
function uncompressed(g: WasmGroup, lem: Uint8Array): Uint8Array {
  const out = new Uint8Array(g.F.n8 * 2);
  g.toRprUncompressed(out, 0, g.fromRprLEM(lem, 0));
  return out;
}

/**
 * Reads a zkey's circuit hash and contributions.
 * @throws Error naming the file when it is not a Groth16 zkey
 */
export async function readZkeyInfo(path: string): Promise<ZkeyInfo> {
  const f = await readSections(path, 'zkey');
  try {
    const section = (type: number) => {
      const s = f.sections.find((x) => x.type === type);
      if (s === undefined) throw new Error(`${path}: not a complete zkey (section ${type} is missing)`);
      return s;
    };
    const hs = section(1);
    if ((await f.read(hs.offset, 4)).readUInt32LE(0) !== 1) throw new Error(`${path}: not a Groth16 zkey`);
    const g = section(2);
    const n8q = (await f.read(g.offset, 4)).readUInt32LE(0);
    const n8r = (await f.read(g.offset + 4 + n8q, 4)).readUInt32LE(0);
    const dims = await f.read(g.offset + 8 + n8q + n8r, 12);
    const nPublic = dims.readUInt32LE(4);
    const domainSize = dims.readUInt32LE(8);
    const mpc = section(10);
    const body = await f.read(mpc.offset, mpc.size);
    const curve = (await bn128()) as unknown as WasmCurve;
    const sG1 = curve.G1.F.n8 * 2;
    const sG2 = curve.G2.F.n8 * 2;
    const circuitHash = body.subarray(0, 64).toString('hex');
    const n = body.readUInt32LE(64);
    let pos = 68;
    const contributions: ZkeyContribution[] = [];
    for (let i = 0; i < n; i++) {
      const hasher = createHash('blake2b512');
      for (const size of [sG1, sG1, sG1]) {
        hasher.update(uncompressed(curve.G1, body.subarray(pos, pos + size)));
        pos += size;
      }
      hasher.update(uncompressed(curve.G2, body.subarray(pos, pos + sG2)));
      pos += sG2;
      hasher.update(body.subarray(pos, pos + 64));
      pos += 64;
      const type = body.readUInt32LE(pos);
      const paramLength = body.readUInt32LE(pos + 4);
      pos += 8;
      const end = pos + paramLength;
      let name = '';
      let iterationsExp: number | undefined;
      let beaconHash: string | undefined;
      while (pos < end) {
        const t = body[pos++]!;
        if (t === 1) {
          const len = body[pos++]!;
          name = new TextDecoder().decode(body.subarray(pos, pos + len));
          pos += len;
        } else if (t === 2) {
          iterationsExp = body[pos++]!;
        } else if (t === 3) {
          const len = body[pos++]!;
          beaconHash = body.subarray(pos, pos + len).toString('hex');
          pos += len;
        } else {
          throw new Error(`${path}: contribution ${i + 1} has an unknown parameter ${t}`);
        }
      }
      const c: ZkeyContribution = { index: i + 1, name, kind: type === 1 ? 'beacon' : 'contribution', contributionHash: hasher.digest('hex') };
      if (type === 1) c.beacon = { hash: beaconHash ?? '', iterationsExp: iterationsExp ?? 0 };
      contributions.push(c);
    }
    return { circuitHash, nPublic, domainSize, contributions };
  } finally {
    await f.close();
  }
}

/** A 64-byte hash in snarkjs's printed layout is hard to compare by eye; this groups it in 4 x 32 hex digits. */
export function formatHash(hex: string): string {
  return hex.match(/.{1,32}/g)?.join(' ') ?? hex;
}
