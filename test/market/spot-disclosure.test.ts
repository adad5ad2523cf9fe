// The public-price market bill with the regulator's disclosure (mkt_spotpub_3d_60m_disclose;
// docs/disclosure-spec.md §12): the circuit encrypts exactly the engine's market details (layout m1, the
// feed-linked family's) to the key whose y it publishes after the price inputs, the regulator decrypts
// them and recomputes charge and credit from them and the terms it holds, and a cheating prover cannot
// publish a ciphertext of other details, to another key, under another settlement's nonce, or with a
// foreign ephemeral key.
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEphemeralSecret } from '../../core/src/bill/disclosure.js';
import { type CurvePoint, disclosurePublicKey, generateDisclosureKey, sharedPoint } from '../../core/src/crypto/disclosure.js';
import {
  computeMarketBill,
  decryptMarketDisclosure,
  encryptMarketDetails,
  MARKET_CIPHERTEXT_LENGTH,
  MARKET_DISCLOSURE_SIGNAL_COUNT,
  type MarketDetails,
  type MarketTerms,
  marketDisclosureNonce,
  marketDisclosureSignalsOf,
  marketTerms,
  openMarketDisclosure,
  PRICE_MAX,
  PRICE_MIN,
  publicPriceBillWitness,
  publicPriceDisclosureOffset,
  recomputeMarketFromDetails,
} from '../../core/src/market/index.js';
import { signPeriod } from '../../core/src/meter/sign.js';
import { type CircuitUnderTest, loadCircuit, tamper } from '../circuits/harness.js';
import { DAY0, DOMAIN, dayEnergy, dayPrices, METER_KEY, publicPriceCase, SPOTPUB_3D, ZONE_TZ } from './cases.js';

const NAME = 'mkt_spotpub_3d_60m_disclose';
const I = 24;
const MAXD = 3;
const OFFSET = publicPriceDisclosureOffset(MAXD, I);

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

const proverSecret = 0x7370_6f74n;

/** A disclosed public-price witness of `days` days from `firstDay`, its nonce and ephemeral secret. */
async function disclosedCase(
  terms: MarketTerms,
  key: CurvePoint,
  opts: { firstDay?: number; days?: number; imports?: number[]; prices?: number[][]; meterId?: bigint } = {},
) {
  const firstDay = opts.firstDay ?? DAY0;
  const days = opts.days ?? 2;
  const meterId = opts.meterId ?? 4242n;
  const periodStart = firstDay * 86400 - ZONE_TZ;
  const nonce = marketDisclosureNonce(meterId, periodStart);
  const secret = await deriveEphemeralSecret(proverSecret, nonce);
  const signed = await signPeriod(METER_KEY, {
    meterId,
    periodStart,
    intervalSeconds: 3600,
    imports: opts.imports ?? dayEnergy(I, days, 'import').imports,
    exports: dayEnergy(I, days, 'import').exports,
  });
  const prices = opts.prices ?? Array.from({ length: days }, (_, d) => dayPrices(I, firstDay + d));
  const w = await publicPriceBillWitness({
    signed,
    series: 'import',
    terms,
    zoneTzSeconds: ZONE_TZ,
    prices,
    domain: DOMAIN,
    maxDays: MAXD,
    tokenDecimals: 6,
    disclosure: { regulatorKey: key, ephemeralSecret: secret },
  });
  return { ...w, prices, signed, nonce, secret };
}

describe('mkt_spotpub_3d_60m_disclose: the public-price bill discloses to the regulator, inside the proof', () => {
  const regulator = generateDisclosureKey();
  const terms = marketTerms(
    I,
    {
      kind: 'spot',
      adders: [2500, -700, 1200, 0, 0, 0, 0, 0],
      bands: Array.from({ length: I }, (_, s) => (s < 7 ? 1 : s >= 17 && s < 21 ? 2 : 0)),
      standingPerDay: 90_000n,
      taxBps: 700,
    },
    13n,
  );
  let c: CircuitUnderTest;
  let honest: Awaited<ReturnType<typeof disclosedCase>>;
  let w: bigint[];
  const sig = (name: string) => c.signal(`main.${name}`);
  const ctIndexes = () => Array.from({ length: MARKET_CIPHERTEXT_LENGTH }, (_, k) => sig(`disclosureCiphertext[${k}]`));

  beforeAll(async () => {
    c = await loadCircuit(NAME);
    // two days from residue 2: the period wraps around the residues (days at 2 and 0, residue 1 unused)
    const first = DAY0 + ((2 - (DAY0 % MAXD) + MAXD) % MAXD);
    honest = await disclosedCase(terms, regulator.publicKey, { firstDay: first, days: 2 });
    w = await c.witness(honest.input);
    expect(c.violated(w)).toEqual([]);
  });

  it('keeps signals 0-5 and the price inputs in place and publishes the eight disclosure signals after the prices', async () => {
    expect(c.publicIndexes.length).toBe(OFFSET + MARKET_DISCLOSURE_SIGNAL_COUNT);
    expect(c.publicIndexes.map((i) => w[i]!)).toEqual(honest.publicSignals);
    const plain = await publicPriceCase(SPOTPUB_3D, terms, { firstDay: honest.firstDay, days: 2, imports: honest.signed.imports, prices: honest.prices });
    expect(honest.publicSignals.slice(0, OFFSET)).toEqual(plain.publicSignals);
    // snarkjs numbers the public signals from wire 1: the regulator key's y follows the last price input
    expect(sig('regulatorKeyY')).toBe(1 + OFFSET);
    expect(sig('ephemeralKeyY')).toBe(2 + OFFSET);
  });

  it('the regulator decrypts the details and recomputes charge and credit; the prover opens its own copy', () => {
    const s = marketDisclosureSignalsOf(honest.publicSignals, OFFSET);
    expect(s.regulatorKeyY).toBe(regulator.publicKey.y);
    const seen = decryptMarketDisclosure(s, regulator.secret, honest.nonce);
    expect(seen).toEqual(honest.details);
    expect(seen.market).toBe(honest.amount.market);
    const back = recomputeMarketFromDetails(terms, seen, 2, 6);
    expect([back.charge, back.credit]).toEqual([honest.amount.charge, honest.amount.credit]);
    // hour h sums both days' slot h (hourly slots)
    const imports = honest.signed.imports;
    expect(seen.hourWh.map(Number)).toEqual(Array.from({ length: I }, (_, h) => imports[h]! + imports[I + h]!));
    // what the regulator can check against the feed: sum e x p at the public prices
    expect(seen.market).toBe(computeMarketBill(terms, imports, honest.prices, 6).market);
    const shared = sharedPoint(honest.secret, regulator.publicKey);
    expect(openMarketDisclosure(s, shared, honest.nonce)).toEqual(honest.details);
    expect(() => decryptMarketDisclosure(s, generateDisclosureKey().secret, honest.nonce)).toThrow(/does not decrypt/);
  });

  it('agrees with the engine on random terms, readings, prices (negative and extreme) and every residue', async () => {
    const next = rng(20261130);
    const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
    for (let k = 0; k < 4; k++) {
      const days = 1 + (k % 3);
      const t =
        k === 0
          ? marketTerms(I, { kind: 'cfd', strike: 7000 }, 99n)
          : marketTerms(
              I,
              {
                kind: 'spot',
                adders: Array.from({ length: 8 }, () => int(-(2 ** 31), 2 ** 31 - 1)),
                bands: Array.from({ length: I }, () => int(0, 7)),
                standingPerDay: BigInt(int(0, 2 ** 30)),
                taxBps: int(0, 10000),
              },
              BigInt(k),
            );
      // k = 0: a CfD (negative multiplier) at the extremes of the price and reading ranges, a negative sum
      const prices = Array.from({ length: days }, () =>
        Array.from({ length: I }, (_, s) => (k === 0 ? (s % 2 === 0 ? PRICE_MAX : PRICE_MIN) : int(PRICE_MIN, PRICE_MAX))),
      );
      const imports = Array.from({ length: days * I }, (_, i) => (k === 0 ? (i % I < 12 ? 65535 : 0) : int(0, 65535)));
      const d = await disclosedCase(t, regulator.publicKey, { firstDay: DAY0 + k, days, imports, prices });
      const wk = await c.witness(d.input);
      expect(c.violated(wk)).toEqual([]);
      expect(c.publicIndexes.map((i) => wk[i]!)).toEqual(d.publicSignals);
      const seen = decryptMarketDisclosure(marketDisclosureSignalsOf(d.publicSignals, OFFSET), regulator.secret, d.nonce);
      expect(seen).toEqual(d.details);
      expect(seen.market).toBe(computeMarketBill(t, imports, prices, 6).market);
      const back = recomputeMarketFromDetails(t, seen, days, 6);
      expect([back.charge, back.credit]).toEqual([d.amount.charge, d.amount.credit]);
      if (k === 0) expect(seen.market).toBeLessThan(0n);
    }
  });

  it('the witness calculator refuses posted disclosure signals other than the computed ones', async () => {
    const bad = JSON.parse(JSON.stringify(honest.input)) as Record<string, unknown>;
    const ct = bad.disclosureCiphertext as string[];
    ct[5] = (BigInt(ct[5]!) + 1n).toString();
    await expect(c.witness(bad)).rejects.toThrow(/Assert Failed/);
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
      const lie = await encryptMarketDetails(d, regulator.publicKey, honest.secret, honest.nonce);
      const fixed = new Map(ctIndexes().map((idx, k) => [idx, lie.ciphertext[k]!] as [number, bigint]));
      expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
      expect(c.violated(tamper(w, [...fixed])).length).toBeGreaterThan(0);
    }
  });

  it('a ciphertext of the details at other prices (a day the feed did not publish) violates a constraint', async () => {
    // the prover cannot disclose the market sum of prices it would like: the sum is the one at the price inputs
    const shifted = honest.prices.map((day) => day.map((p) => p + 1));
    const h = honest.details as MarketDetails;
    const atOther = { ...h, market: computeMarketBill(terms, honest.signed.imports, shifted, 6).market };
    expect(atOther.market).not.toBe(h.market);
    const lie = await encryptMarketDetails(atOther, regulator.publicKey, honest.secret, honest.nonce);
    const fixed = new Map(ctIndexes().map((idx, k) => [idx, lie.ciphertext[k]!] as [number, bigint]));
    expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
  });

  it('no valid witness encrypting to another key under the registered key y; an honest one names the other key', async () => {
    const other = generateDisclosureKey();
    const lie = await encryptMarketDetails(honest.details as MarketDetails, other.publicKey, honest.secret, honest.nonce);
    const kept = new Map<number, bigint>([
      [sig('regulatorKeyX'), other.publicKey.x],
      ...ctIndexes().map((idx, k) => [idx, lie.ciphertext[k]!] as [number, bigint]),
    ]);
    // the public y stays the registered key's: the other key's x and its ciphertext do not fit it
    expect(c.violated(c.solve(w, kept)).length).toBeGreaterThan(0);
    const d = await disclosedCase(terms, other.publicKey, { firstDay: honest.firstDay, days: 2 });
    const w2 = await c.witness(d.input);
    expect(c.violated(w2)).toEqual([]);
    expect(w2[sig('regulatorKeyY')]).toBe(other.publicKey.y);
  });

  it("another settlement's nonce is refused; a reused ephemeral secret repeats no ciphertext element", async () => {
    const otherNonce = marketDisclosureNonce(4242n, Number(honest.input.periodStart) + 86400);
    const lie = await encryptMarketDetails(honest.details as MarketDetails, regulator.publicKey, honest.secret, otherNonce);
    const fixed = new Map(ctIndexes().map((idx, k) => [idx, lie.ciphertext[k]!] as [number, bigint]));
    expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
    const s = marketDisclosureSignalsOf(honest.publicSignals, OFFSET);
    expect(lie.ephemeralKeyY).toBe(s.ephemeralKeyY);
    for (const x of lie.ciphertext) expect(s.ciphertext).not.toContain(x);
  });

  it('no valid witness with an ephemeral key that is not e * Base8', () => {
    const foreign = disclosurePublicKey(honest.secret + 1n).y;
    expect(c.violated(c.solve(w, new Map([[sig('ephemeralKeyY'), foreign]]))).length).toBeGreaterThan(0);
    expect(c.violated(tamper(w, [[sig('disclosureSecret'), honest.secret + 1n]])).length).toBeGreaterThan(0);
  });

  it('refuses a bad disclosure request with the field named', async () => {
    await expect(disclosedCase(terms, { x: 1n, y: 2n })).rejects.toThrow(/disclosure\.regulatorKey: is not a BabyJubJub point/);
    expect(() => marketDisclosureSignalsOf(honest.publicSignals.slice(0, OFFSET + 3), OFFSET)).toThrow(/publicSignals/);
  });
});
