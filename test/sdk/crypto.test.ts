import { buildPoseidon } from 'circomlibjs';
import { describe, expect, it } from 'vitest';
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
import { ValidationError } from '../../core/src/errors.js';
import { rejected, thrown } from './helpers.js';

describe('tags (spec §3 table)', () => {
  it('are the UTF-8 names read big-endian, with the values the spec lists', () => {
    expect(tagFromName('wattproof.series.v1')).toBe(TAG_SERIES);
    expect(tagFromName('wattproof.period.v3')).toBe(TAG_PERIOD);
    expect(tagFromName('wattproof.slots.v1')).toBe(TAG_SLOTS);
    expect(tagFromName('wattproof.tariff.v1')).toBe(TAG_TARIFF);
    expect(tagFromName('wattproof.ytd.v1')).toBe(TAG_YTD);
    expect(TAG_SERIES).toBe(2662278197889393509332597950471996538138555953n);
    expect(TAG_PERIOD).toBe(2662278197889393509332597895131764359707915827n);
    expect(TAG_SLOTS).toBe(10399524210505443395830460745998310254212657n);
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
