// Shared fixtures of the market tests: a signed period, a day of prices, a full witness.
import {
  chainLinks,
  genesisLink,
  type MarketBillRequest,
  type MarketBillWitness,
  marketBillWitness,
  type MarketSeries,
  type MarketTerms,
  type PublicPriceBillWitness,
  publicPriceBillWitness,
} from '../../core/src/market/index.js';
import { type SignedPeriod, signPeriod } from '../../core/src/meter/sign.js';
import { DOMAIN, METER_KEY } from '../circuits/cases.js';

export { DOMAIN, METER_KEY };

/** The market circuits the tests compile, with their shape. */
export interface MarketShape {
  name: string;
  intervalsPerDay: 24 | 48 | 96;
  maxDays: number;
  series: MarketSeries;
}
export const SPOT_DAY: MarketShape = { name: 'mkt_spot_1d_60m', intervalsPerDay: 24, maxDays: 1, series: 'import' };
export const CFD_DAY: MarketShape = { name: 'mkt_cfd_1d_60m', intervalsPerDay: 24, maxDays: 1, series: 'export' };
export const SPOT_DAY_30M: MarketShape = { name: 'mkt_spot_1d_30m', intervalsPerDay: 48, maxDays: 1, series: 'import' };
export const SPOT_DAY_15M: MarketShape = { name: 'mkt_spot_1d_15m', intervalsPerDay: 96, maxDays: 1, series: 'import' };
export const SPOT_MONTH: MarketShape = { name: 'mkt_spot_31d_60m', intervalsPerDay: 24, maxDays: 31, series: 'import' };

/** Zone used throughout: id 10YDE (any id below 2^64), UTC+1 (CET without DST). */
export const ZONE = 1001n;
export const ZONE_TZ = 3600;
/** Delivery day 2026-03-04 (day number) and its UTC start in CET. */
export const DAY0 = Date.UTC(2026, 2, 4) / 86_400_000;
export const START0 = DAY0 * 86400 - ZONE_TZ;
/** The zone's feed starts on 2026-03-01. */
export const FEED_FIRST_DAY = DAY0 - 3;

/** Day-ahead-like prices in cents/MWh: negative at solar noon on sunny days, a peak in the evening. */
export function dayPrices(I: number, day: number): number[] {
  return Array.from({ length: I }, (_, s) => {
    const h = (s * 24) / I;
    const solar = Math.max(0, Math.sin(((h - 6) / 12) * Math.PI));
    const evening = Math.exp(-((h - 19) ** 2) / 4);
    return Math.round(9000 - 14000 * solar * (1 + (day % 3) / 2) + 12000 * evening + ((day * 37 + s * 11) % 500));
  });
}

/** A generator's or consumer's readings: solar-like export, household-like import. */
export function dayEnergy(I: number, days: number, series: MarketSeries): { imports: number[]; exports: number[] } {
  const imports: number[] = [];
  const exports: number[] = [];
  for (let i = 0; i < I * days; i++) {
    const h = ((i % I) * 24) / I;
    const solar = Math.max(0, Math.sin(((h - 6) / 12) * Math.PI));
    const scale = 24 / I;
    imports.push(Math.round((300 + 500 * Math.exp(-((h - 19) ** 2) / 3) + ((i * 13) % 90)) * scale));
    exports.push(series === 'export' ? Math.round(60000 * solar * scale * (1 + ((i * 7) % 10) / 100)) % 65536 : 0);
  }
  return { imports, exports };
}

/** A signed period starting on `firstDay` and its witness against the feed from {@link FEED_FIRST_DAY}. */
export async function marketCase(
  shape: MarketShape,
  terms: MarketTerms,
  opts: {
    firstDay?: number;
    days?: number;
    imports?: number[];
    exports?: number[];
    prices?: number[][];
    chainBefore?: bigint;
    domain?: bigint;
    /** For a circuit with disclosure (docs/disclosure-spec.md §10). */
    disclosure?: MarketBillRequest['disclosure'];
  } = {},
): Promise<MarketBillWitness & { prices: number[][]; chainBefore: bigint }> {
  const I = shape.intervalsPerDay;
  const firstDay = opts.firstDay ?? DAY0;
  const days = opts.days ?? 1;
  const energy = dayEnergy(I, days, shape.series);
  const signed = await signPeriod(METER_KEY, {
    meterId: 4242n,
    periodStart: firstDay * 86400 - ZONE_TZ,
    intervalSeconds: 86400 / I,
    imports: opts.imports ?? energy.imports,
    exports: opts.exports ?? energy.exports,
  });
  // the link before the period: the feed's genesis extended over the days before it
  const genesis = await genesisLink(ZONE, I, FEED_FIRST_DAY);
  const before = Array.from({ length: firstDay - FEED_FIRST_DAY }, (_, d) => dayPrices(I, FEED_FIRST_DAY + d));
  const chainBefore = opts.chainBefore ?? (before.length === 0 ? genesis : (await chainLinks(genesis, FEED_FIRST_DAY, before)).at(-1)!);
  const prices = opts.prices ?? Array.from({ length: days }, (_, d) => dayPrices(I, firstDay + d));
  const w = await marketBillWitness({
    signed,
    series: shape.series,
    terms,
    zoneTzSeconds: ZONE_TZ,
    prices,
    chainBefore,
    domain: opts.domain ?? DOMAIN,
    maxDays: shape.maxDays,
    tokenDecimals: 6,
    ...(opts.disclosure !== undefined ? { disclosure: opts.disclosure } : {}),
  });
  return { ...w, prices, chainBefore };
}

export const SPOTPUB_3D: MarketShape = { name: 'mkt_spotpub_3d_60m', intervalsPerDay: 24, maxDays: 3, series: 'import' };

/** A signed period starting on `firstDay` and its witness for a public-price circuit (spec §11). */
export async function publicPriceCase(
  shape: MarketShape,
  terms: MarketTerms,
  opts: { firstDay?: number; days?: number; imports?: number[]; prices?: number[][]; domain?: bigint } = {},
): Promise<PublicPriceBillWitness & { prices: number[][]; signed: SignedPeriod }> {
  const I = shape.intervalsPerDay;
  const firstDay = opts.firstDay ?? DAY0;
  const days = opts.days ?? 1;
  const energy = dayEnergy(I, days, shape.series);
  const signed = await signPeriod(METER_KEY, {
    meterId: 4242n,
    periodStart: firstDay * 86400 - ZONE_TZ,
    intervalSeconds: 86400 / I,
    imports: opts.imports ?? energy.imports,
    exports: energy.exports,
  });
  const prices = opts.prices ?? Array.from({ length: days }, (_, d) => dayPrices(I, firstDay + d));
  const w = await publicPriceBillWitness({
    signed,
    series: shape.series,
    terms,
    zoneTzSeconds: ZONE_TZ,
    prices,
    domain: opts.domain ?? DOMAIN,
    maxDays: shape.maxDays,
    tokenDecimals: 6,
  });
  return { ...w, prices, signed };
}
