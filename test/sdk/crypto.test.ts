import { createRequire } from 'node:module';
import { buildEddsa, buildPoseidon } from 'circomlibjs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  BABYJUB_SUBORDER,
  FIELD_P,
  generateMeterKey,
  keyHash,
  meterKeyFromHex,
  meterKeyToHex,
  meterPublicKey,
  poseidon,
  signStatement,
  tagFromName,
  TAG_PERIOD,
  TAG_SERIES,
  TAG_SLOTS,
  TAG_TARIFF,
  TAG_YTD,
  verifyStatementSignature,
} from '../../core/src/crypto/index.js';
import { addPoint, Base8, mulPointEscalar } from '@zk-kit/baby-jubjub';
import { blake512 } from '../../core/src/crypto/blake512.js';
import { disclosurePublicKey, randomScalar, sharedPoint } from '../../core/src/crypto/disclosure.js';
import { ValidationError } from '../../core/src/errors.js';
import { rejected, thrown } from './helpers.js';

describe('tags (spec §3 table)', () => {
  it('are the UTF-8 names read big-endian, with the values the spec lists', () => {
    expect(tagFromName('wattproof.series.v1')).toBe(TAG_SERIES);
    expect(tagFromName('wattproof.period.v3')).toBe(TAG_PERIOD);
    expect(tagFromName('wattproof.slots.v2')).toBe(TAG_SLOTS);
    expect(tagFromName('wattproof.tariff.v1')).toBe(TAG_TARIFF);
    expect(tagFromName('wattproof.ytd.v1')).toBe(TAG_YTD);
    expect(TAG_SERIES).toBe(2662278197889393509332597950471996538138555953n);
    expect(TAG_PERIOD).toBe(2662278197889393509332597895131764359707915827n);
    expect(TAG_SLOTS).toBe(10399524210505443395830460745998310254212658n);
    expect(TAG_TARIFF).toBe(2662278197889393509332597968630510239773259313n);
  });
});

describe('poseidon', () => {
  it('matches circomlib Poseidon(2) on the reference vector (1, 2)', async () => {
    expect(await poseidon([1n, 2n])).toBe(7853200120776062878684798364095072458815029376092732009249414926327459813530n);
  });

  it('agrees with circomlibjs for 16 inputs', async () => {
    const h = await buildPoseidon();
    const inputs = Array.from({ length: 16 }, (_, i) => FIELD_P - 1n - BigInt(i) * 1_000_003n);
    expect(await poseidon(inputs)).toBe(h.F.toObject(h(inputs)));
  });

  it('is built once per realm, however many times its module is evaluated', async () => {
    const first = await import('../../core/src/crypto/poseidon.js');
    const built = await first.getPoseidon();
    vi.resetModules();
    const second = await import('../../core/src/crypto/poseidon.js');
    expect(second).not.toBe(first);
    expect(await second.getPoseidon()).toBe(built);
    expect(await second.poseidon([1n, 2n])).toBe(7853200120776062878684798364095072458815029376092732009249414926327459813530n);
  });

  it('refuses non-canonical inputs and bad arity instead of reducing them', async () => {
    const e = await rejected(poseidon([FIELD_P]));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toBe('poseidon.inputs[0]: must be a field element (0 <= v < p)');
    expect((await rejected(poseidon([]))).message).toMatch(/1\.\.16/);
    expect((await rejected(poseidon(new Array<bigint>(17).fill(0n)))).message).toMatch(/1\.\.16/);
  });
});

describe('meter keys and signatures', () => {
  it('generates distinct 32-byte keys and round-trips them through hex', () => {
    const a = generateMeterKey();
    const b = generateMeterKey();
    expect(a).toHaveLength(32);
    expect(meterKeyToHex(a)).not.toBe(meterKeyToHex(b));
    expect(meterKeyFromHex(`0x${meterKeyToHex(a)}`)).toEqual(a);
    expect(thrown(() => meterKeyFromHex('abc')).message).toBe('meterKey: must be 64 hex digits');
  });

  it('derives a deterministic public key and key hash Poseidon2(Ax, Ay)', async () => {
    const priv = new Uint8Array(32).fill(7);
    const pub = await meterPublicKey(priv);
    expect(await meterPublicKey(priv.slice())).toEqual(pub);
    expect(await keyHash(pub)).toBe(await poseidon([pub.x, pub.y]));
  });

  it('signs statements that verify, and rejects any change to statement, key or signature', async () => {
    const priv = generateMeterKey();
    const pub = await meterPublicKey(priv);
    const statement = 987654321987654321n;
    const sig = await signStatement(priv, statement);
    expect(sig.S).toBeLessThan(BABYJUB_SUBORDER);
    expect(await verifyStatementSignature(pub, statement, sig)).toBe(true);
    expect(await verifyStatementSignature(pub, statement + 1n, sig)).toBe(false);
    expect(await verifyStatementSignature(await meterPublicKey(generateMeterKey()), statement, sig)).toBe(false);
    expect(await verifyStatementSignature(pub, statement, { ...sig, S: sig.S + 1n })).toBe(false);
    // S + subgroup order is the same scalar mod l, but the circuit rejects it: so must we.
    expect(await verifyStatementSignature(pub, statement, { ...sig, S: sig.S + BABYJUB_SUBORDER })).toBe(false);
    expect(await verifyStatementSignature(pub, statement + FIELD_P, sig)).toBe(false);
  });

  it('rejects malformed private keys and statements', async () => {
    expect((await rejected(meterPublicKey(new Uint8Array(31)))).message).toBe('privateKey: must be 32 bytes');
    expect((await rejected(signStatement(generateMeterKey(), -1n))).message).toMatch(/^statement: must be a field element/);
  });
});

describe('blake512 (BLAKE-512, as circomlib EdDSA derives keys and nonces)', () => {
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  it("matches the BLAKE submission's test vectors", () => {
    // The 8-bit message 0x00 and 144 zero bytes (two blocks), from the BLAKE paper's appendix.
    expect(hex(blake512(new Uint8Array(1)))).toBe(
      '97961587f6d970faba6d2478045de6d1fabd09b61ae50932054d52bc29d31be4ff9102b9f69e2bbdb83be13d4b9c06091e5fa0b48bd081b634058be0ec49beb3',
    );
    expect(hex(blake512(new Uint8Array(144)))).toBe(
      '313717d608e9cf758dcb1eb0f0c3cf9fc150b2d500fb33f51c52afc99d358a2f1374b8a38bba7974e7f6ef79cab16f22ce1e649d6e01ad9589c213045d545dde',
    );
  });

  it('agrees with the blake-hash package circomlibjs uses, at every length across three blocks', () => {
    // blake-hash is circomlibjs's dependency (not ours): resolved from circomlibjs.
    const createBlakeHash = createRequire(createRequire(import.meta.url).resolve('circomlibjs'))('blake-hash') as (alg: string) => {
      update(b: Buffer): { digest(): Buffer };
    };
    for (let n = 0; n <= 300; n++) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 151 + n * 7) & 0xff);
      expect(hex(blake512(data)), `length ${n}`).toBe(createBlakeHash('blake512').update(Buffer.from(data)).digest().toString('hex'));
    }
  });
});

describe('EdDSA-Poseidon without circomlibjs buildEddsa', () => {
  it("gives circomlibjs's public keys and signatures bit for bit, and verifies like it", async () => {
    const eddsa = (await buildEddsa()) as unknown as {
      F: { e(v: bigint): Uint8Array; toObject(e: Uint8Array): bigint };
      prv2pub(prv: Uint8Array): [Uint8Array, Uint8Array];
      signPoseidon(prv: Uint8Array, msg: Uint8Array): { R8: [Uint8Array, Uint8Array]; S: bigint };
      verifyPoseidon(msg: Uint8Array, sig: { R8: Uint8Array[]; S: bigint }, A: Uint8Array[]): boolean;
    };
    const F = eddsa.F;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.bigInt({ min: 0n, max: FIELD_P - 1n }), async (priv, statement) => {
        const pub = await meterPublicKey(priv);
        const [ax, ay] = eddsa.prv2pub(priv);
        expect(pub).toEqual({ x: F.toObject(ax), y: F.toObject(ay) });
        const sig = await signStatement(priv, statement);
        const ref = eddsa.signPoseidon(priv, F.e(statement));
        expect(sig).toEqual({ R8x: F.toObject(ref.R8[0]), R8y: F.toObject(ref.R8[1]), S: BigInt(ref.S) });
        expect(await verifyStatementSignature(pub, statement, sig)).toBe(true);
        // A wrong statement: both refuse.
        const other = (statement + 1n) % FIELD_P;
        expect(await verifyStatementSignature(pub, other, sig)).toBe(false);
        expect(eddsa.verifyPoseidon(F.e(other), ref, [ax, ay])).toBe(false);
      }),
      { numRuns: 8 },
    );
  });

  it('refuses a signature point or key off the curve', async () => {
    const priv = new Uint8Array(32).fill(9);
    const pub = await meterPublicKey(priv);
    const sig = await signStatement(priv, 42n);
    expect(await verifyStatementSignature({ x: pub.x, y: pub.y + 1n }, 42n, sig)).toBe(false);
    expect(await verifyStatementSignature(pub, 42n, { ...sig, R8y: sig.R8y + 1n })).toBe(false);
  });
});

describe('disclosure keys and shared points (core/src/crypto/disclosure.ts)', () => {
  it("are zk-kit's mulPointEscalar products, inside the prime-order subgroup and outside it", () => {
    // (0, -1) has order 2: Base8 plus it is a curve point outside the subgroup (sharedPoint takes any curve point)
    const outside = addPoint(Base8, [0n, FIELD_P - 1n]);
    for (const secret of [1n, 2n, BABYJUB_SUBORDER - 1n, randomScalar(), randomScalar()]) {
      const pub = mulPointEscalar(Base8, secret);
      expect(disclosurePublicKey(secret), `secret ${secret}`).toEqual({ x: pub[0], y: pub[1] });
      for (const p of [pub, outside]) {
        const shared = mulPointEscalar(p, secret);
        expect(sharedPoint(secret, { x: p[0], y: p[1] }), `secret ${secret}`).toEqual({ x: shared[0], y: shared[1] });
      }
    }
  });
});
