// The market engine's own rules (docs/market-spec.md): tags, packing, terms validation, rounding.
import { describe, expect, it } from 'vitest';
import { tagFromName } from '../../core/src/crypto/field.js';
import {
  checkMarketTerms,
  computeMarketBill,
  dayLink,
  marketDivisor,
  marketTerms,
  marketTermsCommitment,
  packPrices,
  roundSigned,
  TAG_PRICES,
  TAG_TERMS,
} from '../../core/src/market/index.js';

describe('market engine', () => {
  it('tags are the UTF-8 names read as integers', () => {
    expect(TAG_PRICES).toBe(tagFromName('wattproof.prices.v1'));
    expect(TAG_TERMS).toBe(tagFromName('wattproof.terms.v1'));
  });

  it('packs six biased 32-bit prices per element; refuses prices outside int32', () => {
    const prices = [-(2 ** 31), 2 ** 31 - 1, 0, -1, 1, 7, ...new Array<number>(18).fill(0)];
    const f = packPrices(prices);
    expect(f).toHaveLength(4);
    expect(f[0]! & 0xffffffffn).toBe(0n);
    expect((f[0]! >> 32n) & 0xffffffffn).toBe(2n ** 32n - 1n);
    expect((f[0]! >> 96n) & 0xffffffffn).toBe(2n ** 31n - 1n);
    expect(() => packPrices([2 ** 31, ...new Array<number>(23).fill(0)])).toThrow(/prices\[0\]/);
    expect(() => packPrices(new Array<number>(25).fill(0))).toThrow(/24, 48 or 96/);
  });

  it('a link depends on the day number and on every price', async () => {
    const p = new Array<number>(96).fill(1234);
    const base = await dayLink(5n, 100, p);
    expect(await dayLink(5n, 101, p)).not.toBe(base);
    expect(
      await dayLink(
        5n,
        100,
        p.map((x, s) => (s === 95 ? x + 1 : x)),
      ),
    ).not.toBe(base);
    expect(await dayLink(6n, 100, p)).not.toBe(base);
  });

  it('terms: every field is checked with its path; the commitment hides nothing but binds every field', async () => {
    const t = marketTerms(24, { kind: 'spot', adders: [1, 2, 3, 4, 5, 6, 7, 8] }, 9n);
    expect(() => checkMarketTerms({ ...t, multiplier: 2 ** 15 })).toThrow(/terms\.multiplier/);
    expect(() => checkMarketTerms({ ...t, adders: [...t.adders.slice(1), -(2 ** 31) - 1] })).toThrow(/terms\.adders\[7\]/);
    expect(() => checkMarketTerms({ ...t, taxBps: 10001 })).toThrow(/terms\.taxBps/);
    expect(() => checkMarketTerms({ ...t, bands: t.bands.slice(1) })).toThrow(/terms\.bands/);
    expect(() => checkMarketTerms({ ...t, standingPerDay: 2n ** 48n })).toThrow(/terms\.standingPerDay/);
    const c = await marketTermsCommitment(t);
    expect(await marketTermsCommitment({ ...t, bands: t.bands.map((b, s) => (s === 23 ? 1 : b)) })).not.toBe(c);
    expect(await marketTermsCommitment({ ...t, salt: 10n })).not.toBe(c);
  });

  it('rounds half away from zero, symmetric in sign; the divisor follows the token decimals', () => {
    expect(marketDivisor(6)).toBe(10n ** 9n);
    expect(marketDivisor(11)).toBe(10n ** 4n);
    expect(() => marketDivisor(12)).toThrow(/tokenDecimals/);
    expect(roundSigned(15n, 10n)).toEqual({ charge: 2n, credit: 0n });
    expect(roundSigned(-15n, 10n)).toEqual({ charge: 0n, credit: 2n });
    expect(roundSigned(-14n, 10n)).toEqual({ charge: 0n, credit: 1n });
    expect(roundSigned(0n, 10n)).toEqual({ charge: 0n, credit: 0n });
  });

  it('standing charge and tax apply to a negative energy amount as a credit note', () => {
    const t = marketTerms(24, { kind: 'spot', standingPerDay: 1000n, taxBps: 2000 }, 1n);
    const readings = new Array<number>(24).fill(1000); // 24 kWh
    const prices = [new Array<number>(24).fill(-10_000)]; // -100.00 per MWh
    // energy: 24 kWh × -0.1 per kWh = -2.4 currency = -2,400,000 units; + 1000 standing = -2,399,000; × 1.2
    expect(computeMarketBill(t, readings, prices, 6)).toMatchObject({ charge: 0n, credit: 2_878_800n });
  });
});
