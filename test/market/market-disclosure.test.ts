// The market bill with the regulator's disclosure (mkt_spot_1d_60m_disclose; docs/disclosure-spec.md
// §10): the circuit encrypts exactly the engine's market details to the key whose hash it publishes,
// the regulator decrypts them and recomputes charge and credit from them and the terms it holds, and a
// cheating prover cannot publish a ciphertext of other details, to another key, under another
// settlement's nonce, or with a foreign ephemeral key.
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEphemeralSecret, ephemeralKeyCandidates } from '../../core/src/bill/disclosure.js';
import { disclosurePublicKey, generateDisclosureKey, sharedPoint } from '../../core/src/crypto/disclosure.js';
import {
  computeMarketBill,
  decryptMarketDisclosure,
  encryptMarketDetails,
  MARKET_CIPHERTEXT_LENGTH,
  MARKET_DISCLOSURE_SIGNAL_COUNT,
  MARKET_DISCLOSURE_SIGNAL_OFFSET,
  MARKET_SUM_BIAS,
  type MarketDetails,
  type MarketTerms,
  marketDisclosureNonce,
  marketDisclosureSignalsOf,
  marketTerms,
  marketTotalWh,
  openMarketDisclosure,
  packMarketDetails,
  recomputeMarketFromDetails,
  unpackMarketDetails,
} from '../../core/src/market/index.js';
import { loadCircuit, tamper, type CircuitUnderTest } from '../circuits/harness.js';
import { DAY0, marketCase, type MarketShape } from './cases.js';

const SHAPE: MarketShape = { name: 'mkt_spot_1d_60m_disclose', intervalsPerDay: 24, maxDays: 1, series: 'import' };
type Input = Record<string, string | string[] | string[][]>;

/** A deterministic generator (xorshift) so that a failing case can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

describe('mkt_spot_1d_60m_disclose: the market details encrypted to the regulator, inside the proof', () => {
  const regulator = generateDisclosureKey();
  const proverSecret = 0x6d61_726b_6574n;
  const terms = marketTerms(
    24,
    {
      kind: 'spot',
      adders: [2500, -700, 1200, 0, 0, 0, 0, 0],
      bands: Array.from({ length: 24 }, (_, s) => (s < 7 ? 1 : s >= 17 && s < 21 ? 2 : 0)),
      standingPerDay: 90_000n,
      taxBps: 700,
    },
    13n,
  );
  let c: CircuitUnderTest;
  let honest: Awaited<ReturnType<typeof marketCase>>;
  let w: bigint[];
  let e: bigint;
  let nonce: bigint;
  const sig = (name: string) => c.signal(`main.${name}`);
  const ctIndexes = () => Array.from({ length: MARKET_CIPHERTEXT_LENGTH }, (_, k) => sig(`disclosureCiphertext[${k}]`));

  async function disclosedCase(t: MarketTerms, opts: Parameters<typeof marketCase>[2] = {}, key = regulator.publicKey) {
    const probe = await marketCase({ ...SHAPE, name: 'mkt_spot_1d_60m' }, t, opts);
    const n = marketDisclosureNonce(BigInt(probe.input.meterId as string), Number(probe.input.periodStart));
    const secret = await deriveEphemeralSecret(proverSecret, n);
    return { ...(await marketCase(SHAPE, t, { ...opts, disclosure: { regulatorKey: key, ephemeralSecret: secret } })), nonce: n, secret };
  }

  beforeAll(async () => {
    c = await loadCircuit(SHAPE.name);
    const d = await disclosedCase(terms);
    honest = d;
    nonce = d.nonce;
    e = d.secret;
    w = await c.witness(honest.input);
    expect(c.violated(w)).toEqual([]);
  });

  it('publishes signals 0-6 unchanged and eight disclosure signals after them, as the engine computes', async () => {
    expect(c.publicIndexes.length).toBe(MARKET_DISCLOSURE_SIGNAL_OFFSET + MARKET_DISCLOSURE_SIGNAL_COUNT);
    expect(c.publicIndexes.map((i) => w[i]!)).toEqual(honest.publicSignals);
    const plain = await marketCase({ ...SHAPE, name: 'mkt_spot_1d_60m' }, terms);
    expect(honest.publicSignals.slice(0, 7)).toEqual(plain.publicSignals);
    expect(sig('domain')).toBe(7);
    expect(sig('regulatorKeyY')).toBe(8);
  });

  it('the regulator decrypts the details and recomputes charge and credit; the prover opens its own copy', async () => {
    const s = marketDisclosureSignalsOf(honest.publicSignals);
    expect(s.regulatorKeyY).toBe(regulator.publicKey.y);
    const seen = decryptMarketDisclosure(s, regulator.secret, nonce);
    expect(seen).toEqual(honest.details);
    expect(seen.market).toBe(honest.amount.market);
    expect(seen.bandWh.filter((x) => x > 0n).length).toBe(3);
    const back = recomputeMarketFromDetails(terms, seen, 1, 6);
    expect({ charge: back.charge, credit: back.credit }).toEqual({ charge: honest.amount.charge, credit: honest.amount.credit });
    expect(back.taxed).toBe(honest.amount.taxed);
    // one day of hourly slots: the hour sums are the readings, so the regulator can check the market sum against the feed
    const readings = (honest.input.readings as string[]).map(Number);
    expect(seen.hourWh.map(Number)).toEqual(readings);
    expect(marketTotalWh(seen)).toBe(BigInt(readings.reduce((a, b) => a + b, 0)));
    const shared = sharedPoint(e, regulator.publicKey);
    expect(openMarketDisclosure(s, shared, nonce)).toEqual(honest.details);
    expect(() => openMarketDisclosure(s, shared, nonce + 1n)).toThrow(/does not open/);
    expect(() => decryptMarketDisclosure(s, generateDisclosureKey().secret, nonce)).toThrow(/does not decrypt/);
  });

  it('agrees with the engine on random terms, readings and prices, negative prices and sums included', async () => {
    const next = rng(20261130);
    const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
    for (let k = 0; k < 4; k++) {
      // k = 0: a CfD (negative multiplier) at the extremes of the price and reading ranges
      const t =
        k === 0
          ? marketTerms(24, { kind: 'cfd', strike: 7000 }, 99n)
          : marketTerms(
              24,
              {
                kind: 'spot',
                adders: Array.from({ length: 8 }, () => int(-(2 ** 31), 2 ** 31 - 1)),
                bands: Array.from({ length: 24 }, () => int(0, 7)),
                standingPerDay: BigInt(int(0, 2 ** 30)),
                taxBps: int(0, 10000),
              },
              BigInt(k),
            );
      const prices = [Array.from({ length: 24 }, (_, s) => (k === 0 ? (s % 2 === 0 ? 2 ** 31 - 1 : -(2 ** 31)) : int(-(2 ** 31), 2 ** 31 - 1)))];
      const imports = Array.from({ length: 24 }, (_, s) => (k === 0 ? (s < 12 ? 65535 : 0) : int(0, 65535)));
      const d = await disclosedCase(t, { prices, imports, firstDay: DAY0 });
      const wk = await c.witness(d.input);
      expect(c.violated(wk)).toEqual([]);
      expect(c.publicIndexes.map((i) => wk[i]!)).toEqual(d.publicSignals);
      const seen = decryptMarketDisclosure(marketDisclosureSignalsOf(d.publicSignals), regulator.secret, d.nonce);
      expect(seen).toEqual(d.details);
      expect(seen.market).toBe(computeMarketBill(t, imports, prices, 6).market);
      const back = recomputeMarketFromDetails(t, seen, 1, 6);
      expect([back.charge, back.credit]).toEqual([d.amount.charge, d.amount.credit]);
      if (k === 0) expect(seen.market).toBeLessThan(0n); // 12 x 65535 x (-2^31) + 0: the biased packing holds it
    }
  });

  it('the witness calculator refuses posted disclosure signals other than the computed ones', async () => {
    const bad = JSON.parse(JSON.stringify(honest.input)) as Input;
    (bad.disclosureCiphertext as string[])[4] = (BigInt((bad.disclosureCiphertext as string[])[4]!) + 1n).toString();
    await expect(c.witness(bad)).rejects.toThrow(/Assert Failed/);
    // another key's y beside this key's x is no curve point (and no other y is the key the ciphertext was made for)
    const otherY = { ...honest.input, regulatorKeyY: generateDisclosureKey().publicKey.y.toString() };
    await expect(c.witness(otherY)).rejects.toThrow(/Assert Failed/);
  });

  it('no valid witness for a ciphertext of other details than the billed ones', async () => {
    const h = honest.details as MarketDetails;
    const variants: MarketDetails[] = [
      { ...h, bandWh: h.bandWh.map((x, b) => (b === 0 ? x - 1n : b === 1 ? x + 1n : x)) },
      { ...h, market: h.market + 1n },
      { ...h, market: -h.market },
      { ...h, nonActualCount: h.nonActualCount + 1 },
      { ...h, hourWh: h.hourWh.map((x, i) => (i === 3 ? x + 10n : i === 4 ? x - 10n : x)) },
      { ...h, statement: h.statement + 1n },
    ];
    for (const d of variants) {
      const lie = await encryptMarketDetails(d, regulator.publicKey, e, nonce);
      const fixed = new Map(ctIndexes().map((idx, k) => [idx, lie.ciphertext[k]!] as [number, bigint]));
      expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
      expect(c.violated(tamper(w, [...fixed])).length).toBeGreaterThan(0);
    }
  });

  it('no valid witness encrypting to another key under the registered key hash; an honest one names the other key', async () => {
    const other = generateDisclosureKey();
    const lie = await encryptMarketDetails(honest.details as MarketDetails, other.publicKey, e, nonce);
    const fixed = new Map<number, bigint>([
      [sig('regulatorKeyX'), other.publicKey.x],
      [sig('regulatorKeyY'), other.publicKey.y],
      ...ctIndexes().map((idx, k) => [idx, lie.ciphertext[k]!] as [number, bigint]),
    ]);
    expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
    const d = await disclosedCase(terms, {}, other.publicKey);
    const w2 = await c.witness(d.input);
    expect(w2[sig('regulatorKeyY')]).toBe(other.publicKey.y);
  });

  it("another settlement's nonce is refused; a reused ephemeral secret repeats no ciphertext element", async () => {
    const otherNonce = marketDisclosureNonce(4242n, Number(honest.input.periodStart) + 86400);
    const lie = await encryptMarketDetails(honest.details as MarketDetails, regulator.publicKey, e, otherNonce);
    const fixed = new Map(ctIndexes().map((idx, k) => [idx, lie.ciphertext[k]!] as [number, bigint]));
    expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
    const s = marketDisclosureSignalsOf(honest.publicSignals);
    expect(lie.ephemeralKeyY).toBe(s.ephemeralKeyY);
    for (const x of lie.ciphertext) expect(s.ciphertext).not.toContain(x);
  });

  it('no valid witness with an ephemeral key that is not e * Base8', () => {
    const foreign = disclosurePublicKey(e + 1n).y;
    expect(c.violated(c.solve(w, new Map([[sig('ephemeralKeyY'), foreign]]))).length).toBeGreaterThan(0);
    expect(c.violated(tamper(w, [[sig('disclosureSecret'), e + 1n]])).length).toBeGreaterThan(0);
    expect(ephemeralKeyCandidates(marketDisclosureSignalsOf(honest.publicSignals).ephemeralKeyY).length).toBe(2);
  });

  it('refuses a bad disclosure request with the field named', async () => {
    await expect(marketCase(SHAPE, terms, { disclosure: { regulatorKey: { x: 1n, y: 2n }, ephemeralSecret: e } })).rejects.toThrow(
      /disclosure\.regulatorKey: is not a BabyJubJub point/,
    );
    await expect(marketCase(SHAPE, terms, { disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: 0n } })).rejects.toThrow(
      /disclosure\.ephemeralSecret/,
    );
  });
});

describe('market layout m1 packing (docs/disclosure-spec.md §10)', () => {
  const base: MarketDetails = {
    bandWh: [1n, 2n, 3n, 0n, 0n, 0n, 0n, 2n ** 28n - 1n - 6n],
    nonActualCount: 65535,
    market: -(MARKET_SUM_BIAS - 1n),
    statement: 12345n,
    hourWh: [2n ** 28n - 1n, ...new Array<bigint>(23).fill(0n)],
  };
  it('round-trips the extremes: a 28-bit field full, the most negative and most positive sums', () => {
    expect(unpackMarketDetails(packMarketDetails(base))).toEqual(base);
    const top = { ...base, market: MARKET_SUM_BIAS - 1n };
    expect(unpackMarketDetails(packMarketDetails(top))).toEqual(top);
    expect(packMarketDetails({ ...base, market: -MARKET_SUM_BIAS })[1]).toBe(0n);
  });
  it('refuses what would carry into a neighbour or alias another sum', () => {
    expect(() => packMarketDetails({ ...base, bandWh: base.bandWh.map((x, i) => (i === 0 ? 2n ** 28n : x)) })).toThrow(/details\.bandWh\[0\]/);
    expect(() => packMarketDetails({ ...base, market: MARKET_SUM_BIAS })).toThrow(/details\.market/);
    expect(() => packMarketDetails({ ...base, nonActualCount: 65536 })).toThrow(/nonActualCount/);
    const p = packMarketDetails(base);
    expect(() => unpackMarketDetails([p[0]!, p[1]! + (1n << 60n), ...p.slice(2)])).toThrow(/details\[1\]/);
    expect(() => unpackMarketDetails([p[0]! + (1n << 240n), ...p.slice(1)])).toThrow(/details\[0\]/);
    expect(() => unpackMarketDetails([p[0]! + 1n, ...p.slice(1)])).toThrow(/adds up to/);
    expect(() => unpackMarketDetails(p.slice(0, 5))).toThrow(/6 elements/);
  });
});
