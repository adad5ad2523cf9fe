import { buildPoseidon } from 'circomlibjs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../core/src/errors.js';
import {
  encodeTariff,
  parseTariff,
  parseTariffJson,
  serializeTariff,
  tariffBitFields,
  tariffBitLength,
  tariffCommitment,
  tariffWords,
  type Tariff,
} from '../../core/src/tariff/index.js';
import { thrown } from './helpers.js';

const TAG_TARIFF = 2662278197889393509332597968630510239773259313n;

// A tariff whose every field is non-zero and distinctive, at the smallest resolution.
function knownTariff(): Tariff {
  return parseTariff({
    name: 'known answer',
    slotsPerDay: 24,
    tzOffsetSeconds: -18000,
    restDays: [0, 6],
    holidays: ['1970-01-02', '1970-01-05'],
    taxBps: 725,
    standingPerDay: '81985529216486895', // 0x0123456789abcdef
    tiers: [{ upToWhPerDay: 1000, price: 7 }, { upToWhPerDay: 2000, price: 8 }, { upToWhPerDay: 3000, price: 9 }, { price: 10 }],
    bandPrices: [(2n ** 63n + 1n).toString(), 5],
    exportPrices: [3, 4],
    workBands: Array.from({ length: 24 }, (_, s) => s % 2),
    restBands: new Array(24).fill(0),
    exportBands: Array.from({ length: 24 }, (_, s) => (s === 23 ? 1 : 0)),
    salt: 99,
  });
}

describe('tariff commitment (spec §4), known answer', () => {
  it('lays the fields out LSB-first at the offsets the spec table implies', () => {
    // Offsets worked out by hand from the widths 8,17,7,14,64,3x24,4x64,8x64,8x64,16x24,24x3,24x3,24x3.
    let s = 0n;
    const put = (offset: number, v: bigint): void => {
      s |= v << BigInt(offset);
    };
    put(0, 24n); // slotsPerDay
    put(8, 32400n); // -18000 + 50400
    put(25, 65n); // Sunday | Saturday
    put(32, 725n);
    put(46, 0x0123456789abcdefn);
    put(110, 1000n);
    put(134, 2000n);
    put(158, 3000n);
    put(182, 7n);
    put(246, 8n);
    put(310, 9n);
    put(374, 10n);
    put(438, 2n ** 63n + 1n); // bandPrices[0]: straddles words 1 and 2 (bit 496)
    put(502, 5n);
    put(950, 3n); // exportPrices[0]
    put(1014, 4n);
    put(1462, 1n); // holidays[0] = day 1 (1970-01-02)
    put(1486, 4n); // holidays[1] = day 4 (1970-01-05)
    for (let slot = 1; slot < 24; slot += 2) put(1846 + 3 * slot, 1n); // workBands
    put(1990 + 3 * 23, 1n); // exportBands[23]
    const mask = (1n << 248n) - 1n;
    const expected = Array.from({ length: 14 }, (_, k) => (s >> BigInt(248 * k)) & mask);

    const words = tariffWords(encodeTariff(knownTariff()));
    expect(words).toEqual(expected);
    expect((words[1]! >> 190n) & 1n).toBe(1n); // low bit of bandPrices[0]
    expect((words[2]! >> 5n) & 1n).toBe(1n); // its bit 63, in the next word
    expect(words.slice(9).every((w) => w === 0n)).toBe(true); // 2207 bits = 9 words
    // v2: + tierBasis, demand price and 2 x 24 window bits; then the 32 yearly-block bits; then the
    // zone's 4 x (40 + 17) bits (spec §5a), all zero for a fixed offset, so the words stay v2's
    expect(tariffBitLength(24)).toBe(2207 + 228);
    expect(words[8]! >> BigInt(2062 - 8 * 248)).toBe(0n); // tierBasis = 0 (per day), the v2 bit
    expect((words[8]! >> BigInt(2059 - 8 * 248)) & 7n).toBe(1n);
  });

  it('v2: per-period tiers set the tierBasis bit after the v1 fields and repeat the last price in unused tiers', async () => {
    const perDay = knownTariff();
    const perPeriod = parseTariff({ ...perDay, tierBasis: undefined, tiers: [{ upToWhPerPeriod: 200_000, price: 7 }, { price: 10 }] });
    expect(perPeriod.tierBasis).toBe('period');
    const enc = encodeTariff(perPeriod);
    expect(enc.tierBasis).toBe(1);
    expect(enc.tierAllowances).toEqual([200_000n, 2n ** 24n - 1n, 2n ** 24n - 1n]);
    expect(enc.tierPrices).toEqual([7n, 10n, 10n, 10n]);
    expect(encodeTariff(parseTariff({ ...perDay, tiers: [{ upToWhPerDay: 5, price: 7 }, { price: 10 }] })).tierPrices).toEqual([7n, 10n, 0n, 0n]);
    const words = tariffWords(enc);
    expect((words[8]! >> BigInt(2062 - 8 * 248)) & 1n).toBe(1n);
    // a one-tier tariff keeps its basis only through the explicit field
    const flat = parseTariff({ ...perDay, tierBasis: 'period', tiers: [{ price: 3 }] });
    expect(encodeTariff(flat).tierBasis).toBe(1);
    expect(await tariffCommitment(flat)).not.toBe(await tariffCommitment(parseTariff({ ...perDay, tierBasis: undefined, tiers: [{ price: 3 }] })));
  });

  it('v2: the demand price and window bits follow tierBasis', () => {
    const t = parseTariff({
      ...knownTariff(),
      demand: { pricePerKw: 5, workWindows: [{ from: '16:00', to: '21:00' }], restWindows: [{ from: '23:00', to: '01:00' }] },
    });
    expect(t.demand!.workSlots.flatMap((f, s) => (f ? [s] : []))).toEqual([16, 17, 18, 19, 20]);
    expect(t.demand!.restSlots.flatMap((f, s) => (f ? [s] : []))).toEqual([0, 23]);
    const words = tariffWords(encodeTariff(t));
    const bits = words.reduce((acc, w, k) => acc | (w << BigInt(248 * k)), 0n);
    const bit = (k: number) => Number((bits >> BigInt(k)) & 1n);
    expect(Number((bits >> 2063n) & ((1n << 64n) - 1n))).toBe(5); // demandPrice after tierBasis (2062)
    expect([15, 16, 20, 21].map((s) => bit(2127 + s))).toEqual([0, 1, 1, 0]); // demandWork
    expect([0, 1, 22, 23].map((s) => bit(2151 + s))).toEqual([1, 0, 0, 1]); // demandRest
    expect(bits >> 2175n).toBe(0n);
    // the JSON document round-trips (windows written as time ranges), per-period blocks too
    expect(parseTariffJson(serializeTariff(t))).toEqual(t);
    const blocks = parseTariff({ ...knownTariff(), tierBasis: 'period', tiers: [{ price: 3 }] });
    expect(parseTariffJson(serializeTariff(blocks))).toEqual(blocks);
  });

  it('rejects demand windows off the slot grid, overlapping, or given twice', () => {
    const base = knownTariff();
    expect(thrown(() => parseTariff({ ...base, demand: { pricePerKw: 1, workWindows: [{ from: '16:30', to: '21:00' }] } })).message).toMatch(
      /demand\.workWindows\[0\]\.from.*60-minute slot boundary/,
    );
    expect(
      thrown(() =>
        parseTariff({
          ...base,
          demand: {
            pricePerKw: 1,
            workWindows: [
              { from: '16:00', to: '21:00' },
              { from: '20:00', to: '22:00' },
            ],
          },
        }),
      ).message,
    ).toMatch(/demand\.workWindows\[1\].*overlaps/);
    expect(thrown(() => parseTariff({ ...base, demand: { pricePerKw: 1, workWindows: [], workSlots: new Array(24).fill(0) } })).message).toMatch(/not both/);
    expect(thrown(() => parseTariff({ ...base, demand: { pricePerKw: 2n ** 64n } })).message).toMatch(/demand\.pricePerKw/);
  });

  it('rejects tiers that mix per-day and per-period limits', () => {
    const e = thrown(() =>
      parseTariff({ ...knownTariff(), tierBasis: undefined, tiers: [{ upToWhPerDay: 5, price: 1 }, { upToWhPerPeriod: 9, price: 2 }, { price: 3 }] }),
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as Error).message).toMatch(/tiers\[0\]\.upToWhPerDay.*per period.*do not mix/);
  });

  it('hashes Poseidon16(TAG_TARIFF, salt, w0..w13)', async () => {
    const t = knownTariff();
    const h = await buildPoseidon();
    const words = tariffWords(encodeTariff(t));
    const expected = h.F.toObject(h([TAG_TARIFF, 99n, ...words]));
    expect(await tariffCommitment(t)).toBe(expected);
  });

  it('uses 11 words at 96 slots per day', () => {
    const t = parseTariff({
      name: 'q',
      slotsPerDay: 96,
      tzOffsetSeconds: 0,
      bandPrices: [1, 2],
      workBands: new Array(96).fill(0),
      exportPrices: [0, 1],
      exportBands: Array.from({ length: 96 }, (_, s) => (s === 95 ? 1 : 0)),
      salt: 1,
    });
    expect(tariffBitLength(96)).toBe(2999 + 228);
    const words = tariffWords(encodeTariff(t));
    expect(words[10]! >> BigInt(2707 - 2480)).toBe(1n); // exportBands[95] = 1, then tierBasis = 0
    expect(words.slice(11).every((w) => w === 0n)).toBe(true);
  });

  it('changes with every field and with the salt', async () => {
    const t = knownTariff();
    const c = await tariffCommitment(t);
    const variants: Partial<Tariff>[] = [
      { salt: 100n },
      { tzOffsetSeconds: -18001 },
      { taxBps: 726 },
      { holidays: ['1970-01-02'] },
      { workBands: t.restBands },
      { bandPrices: [2n ** 63n, 5n] },
      { tiers: [{ upToWhPerDay: 1000, price: 7n }, { upToWhPerDay: 2000, price: 8n }, { upToWhPerDay: 3001, price: 9n }, { price: 10n }] },
    ];
    for (const v of variants) expect(await tariffCommitment({ ...t, ...v })).not.toBe(c);
    // Display metadata is not committed.
    expect(await tariffCommitment({ ...t, name: 'other', bandNames: ['a', 'b'] })).toBe(c);
  });

  it('rejects encoded fields wider than their width', () => {
    const e = encodeTariff(knownTariff());
    expect(thrown(() => tariffWords({ ...e, tzBiased: 1 << 17 })).message).toBe('encodedTariff.tzBiased: must be < 2^17');
    expect(thrown(() => tariffWords({ ...e, workBands: [...e.workBands.slice(1), 8] })).message).toBe('encodedTariff.workBands[23]: must be < 2^3');
    const short = thrown(() => tariffWords({ ...e, holidays: [1] }));
    expect(short).toBeInstanceOf(ValidationError);
    expect(short.message).toBe('encodedTariff.holidays: must have 16 entries, got 1');
  });
});

describe('yearly blocks in the commitment (spec §4)', () => {
  const yearly = () =>
    parseTariff({
      name: 'yearly',
      slotsPerDay: 24,
      tzOffsetSeconds: 28800,
      bandPrices: [500],
      workBands: new Array(24).fill(0),
      tierBasis: 'year',
      yearStart: '2027-07-01',
      tiers: [{ upToWhPerYear: 2_760_000, price: 0 }, { upToWhPerYear: 4_800_000, price: 50 }, { price: 300 }],
      salt: 3,
    });

  it('appends yearlyBlocks, yearStartDay and seven leap flags after the demand windows; tierBasis bit 1; unused tier at the last price', () => {
    const e = encodeTariff(yearly());
    expect(e.tierBasis).toBe(1);
    expect(e.yearlyBlocks).toBe(1);
    expect(e.yearStartDay).toBe(Date.parse('2027-07-01T00:00:00Z') / 86_400_000);
    // July to July: the year holding February 29 2028 is year 0; 2032 in year 4
    expect(e.yearLeap).toEqual([1, 0, 0, 0, 1, 0, 0]);
    expect(e.tierAllowances).toEqual([2_760_000n, 4_800_000n, (1n << 24n) - 1n]);
    expect(e.tierPrices).toEqual([0n, 50n, 300n, 300n]);
    const fields = tariffBitFields(e);
    const names = fields.map((f) => f.name);
    // then the zone fields (spec §5a), appended after the yearly ones
    expect(names.slice(-17)).toEqual([
      'yearlyBlocks',
      'yearStartDay',
      ...Array.from({ length: 7 }, (_, k) => `yearLeap[${k}]`),
      ...Array.from({ length: 4 }, (_, k) => `zoneAt[${k}]`),
      ...Array.from({ length: 4 }, (_, k) => `zoneOffsetBiased[${k}]`),
    ]);
    const bits = fields.reduce((n, f) => n + f.width, 0);
    expect(bits).toBe(tariffBitLength(24));
  });

  it('a tariff without yearly blocks keeps its v2 commitment (the appended fields are zero)', async () => {
    const perPeriod = parseTariff({ ...yearly(), tierBasis: 'period', yearStart: undefined, tiers: [{ upToWhPerPeriod: 1000, price: 1 }, { price: 2 }] });
    const e = encodeTariff(perPeriod);
    expect([e.yearlyBlocks, e.yearStartDay, ...e.yearLeap].every((v) => v === 0)).toBe(true);
    // the words are those of the bit string without the yearly fields
    const v2 = tariffBitFields(e).filter((f) => !/^year/.test(f.name));
    let s = 0n;
    let off = 0;
    for (const f of v2) {
      s |= f.value << BigInt(off);
      off += f.width;
    }
    const mask = (1n << 248n) - 1n;
    expect(tariffWords(e)).toEqual(Array.from({ length: 14 }, (_, k) => (s >> BigInt(248 * k)) & mask));
  });

  it('refuses a yearly tariff without yearStart, a February 29 start, mixed limit kinds, and yearStart without yearly blocks', () => {
    const base = { ...yearly() } as Record<string, unknown>;
    expect(() => parseTariff({ ...base, yearStart: undefined })).toThrow(/tariff\.yearStart: is required/);
    expect(() => parseTariff({ ...base, yearStart: '2028-02-29' })).toThrow(/February 29/);
    expect(() => parseTariff({ ...base, yearStart: '2027-13-01' })).toThrow(/not a date/);
    expect(() => parseTariff({ ...base, tiers: [{ upToWhPerYear: 10, price: 1 }, { upToWhPerPeriod: 20, price: 2 }, { price: 3 }] })).toThrow(/do not mix/);
    expect(() => parseTariff({ ...base, tierBasis: 'period', tiers: [{ price: 1 }] })).toThrow(/yearStart: is only for yearly blocks/);
  });

  it('a yearly tariff round-trips through its JSON document', () => {
    const t = yearly();
    expect(parseTariffJson(serializeTariff(t))).toEqual(t);
  });
});
