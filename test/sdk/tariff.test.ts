import { describe, expect, it } from 'vitest';
import { FIELD_P } from '../../core/src/crypto/index.js';
import { ImportError, ValidationError } from '../../core/src/errors.js';
import {
  bandsToRanges,
  createTariff,
  encodeTariff,
  newTariffSalt,
  parseTariff,
  parseTariffJson,
  serializeTariff,
  tariffCommitment,
  tariffToJSON,
  UNLIMITED_ALLOWANCE,
  type TariffInput,
} from '../../core/src/tariff/index.js';
import { SALT, thrown, touTariff } from './helpers.js';

const base = (): Record<string, unknown> => tariffToJSON(touTariff());

describe('tariff schema: canonical form', () => {
  it('accepts weekday names or numbers, ISO dates or day numbers, and sorts them', () => {
    const t = touTariff({ restDays: ['SATURDAY', 0], holidays: ['2025-12-25', 20089] });
    expect(t.restDays).toEqual([0, 6]);
    expect(t.holidays).toEqual(['2025-01-01', '2025-12-25']);
    expect(encodeTariff(t).restDays).toBe(0b1000001);
    expect(encodeTariff(t).holidays.slice(0, 3)).toEqual([20089, 20447, 0]);
  });

  it('expands time ranges (including ones wrapping midnight) like the equivalent slot arrays', async () => {
    const wrapped = touTariff({
      workBands: [
        { from: '23:00', to: '07:00', band: 0 },
        { from: '07:00', to: '23:00', band: 1 },
      ],
    });
    const explicit = touTariff({ workBands: Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 23 ? 1 : 0)) });
    expect(wrapped.workBands).toEqual(explicit.workBands);
    expect(await tariffCommitment(wrapped)).toBe(await tariffCommitment(explicit));
    expect(bandsToRanges(explicit.workBands)).toEqual([
      { from: '00:00', to: '07:00', band: 0 },
      { from: '07:00', to: '23:00', band: 1 },
      { from: '23:00', to: '24:00', band: 0 },
    ]);
  });

  it('fills defaults: rest schedule = work schedule, flat zero feed-in, no tiers', () => {
    const t = parseTariff({
      name: 'flat',
      slotsPerDay: 48,
      tzOffsetSeconds: 0,
      bandPrices: [250],
      workBands: [{ from: '00:00', to: '24:00', band: 0 }],
      salt: 1,
    });
    expect(t.restBands).toEqual(t.workBands);
    expect(t.exportBands).toEqual(new Array(48).fill(0));
    expect(t.exportPrices).toEqual([0n]);
    expect(t.tiers).toEqual([{ price: 0n }]);
    const e = encodeTariff(t);
    expect(e.tierAllowances).toEqual([BigInt(UNLIMITED_ALLOWANCE), BigInt(UNLIMITED_ALLOWANCE), BigInt(UNLIMITED_ALLOWANCE)]);
    expect(e.tierPrices).toEqual([0n, 0n, 0n, 0n]);
    expect(e.bandPrices).toEqual([250n, 0n, 0n, 0n, 0n, 0n, 0n, 0n]);
    expect([e.taxBps, e.standingPerDay, e.tzBiased]).toEqual([0, 0n, 50400]);
  });

  it('is idempotent and survives a JSON round trip with the same commitment', async () => {
    const t = touTariff({ holidays: ['2025-05-01'], description: 'for tests' });
    expect(parseTariff(t)).toEqual(t);
    const text = serializeTariff(t);
    expect(text).toContain('"salt": "123456789"');
    const back = parseTariffJson(text);
    expect(back).toEqual(t);
    expect(await tariffCommitment(back)).toBe(await tariffCommitment(t));
  });

  it('draws fresh salts below p', () => {
    const salts = new Set(Array.from({ length: 20 }, () => newTariffSalt()));
    expect(salts.size).toBe(20);
    for (const s of salts) expect(s < FIELD_P && s >= 0n).toBe(true);
    const { salt: _salt, ...noSalt } = base();
    expect(createTariff(noSalt as unknown as TariffInput).salt).not.toBe(SALT);
  });
});

describe('tariff schema: errors name the field and the reason', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['price too wide', { bandPrices: ['1', (1n << 64n).toString()] }, 'tariff.bandPrices[1]: must be < 2^64'],
    ['negative price', { bandPrices: [-1, 2] }, 'tariff.bandPrices[0]: must be >= 0'],
    ['fractional price', { bandPrices: [1.5, 2] }, 'tariff.bandPrices[0]: must be an integer'],
    ['unsafe JSON number', { standingPerDay: 2 ** 60 }, 'tariff.standingPerDay: is too large for a JSON number; write it as a decimal string'],
    ['too many bands', { bandPrices: new Array(9).fill(1) }, 'tariff.bandPrices: has at most 8 bands'],
    ['band without a price', { workBands: new Array(24).fill(2) }, 'tariff.workBands[0]: band 2 has no price (bandPrices has 2 entries)'],
    [
      'schedule of wrong length',
      { restBands: [0, 0] },
      'tariff.restBands: must have one band per slot (24 entries) or be a list of time ranges, got 2 entries',
    ],
    [
      'range off the slot grid',
      {
        workBands: [
          { from: '00:00', to: '07:30', band: 0 },
          { from: '07:30', to: '24:00', band: 1 },
        ],
      },
      'tariff.workBands[0].to: 07:30 is not on a 60-minute slot boundary',
    ],
    [
      'uncovered slot',
      {
        workBands: [
          { from: '00:00', to: '07:00', band: 0 },
          { from: '08:00', to: '24:00', band: 1 },
        ],
      },
      'tariff.workBands: slot 07:00-08:00 is not covered by any range',
    ],
    [
      'overlap',
      {
        workBands: [
          { from: '00:00', to: '08:00', band: 0 },
          { from: '07:00', to: '24:00', band: 1 },
        ],
      },
      'tariff.workBands[1]: overlaps range [0] at 07:00',
    ],
    ['bad time', { exportBands: [{ from: '00:00', to: '25:00', band: 0 }] }, "tariff.exportBands[0].to: '25:00' is not a time of day HH:MM"],
    ['export band without a price', { exportBands: new Array(24).fill(1) }, 'tariff.exportBands[0]: band 1 has no price (exportPrices has 1 entry)'],
    ['bad weekday', { restDays: ['funday'] }, "tariff.restDays[0]: 'funday' is not a weekday (0..6 with 0 = Sunday, or a name)"],
    ['duplicate weekday', { restDays: ['sat', 6] }, 'tariff.restDays[1]: is listed twice'],
    ['bad holiday', { holidays: ['2025-02-29'] }, "tariff.holidays[0]: '2025-02-29' is not a date YYYY-MM-DD"],
    ['duplicate holiday', { holidays: ['2025-01-01', 20089] }, 'tariff.holidays[1]: is the same date as holidays[0]'],
    ['too many holidays', { holidays: Array.from({ length: 17 }, (_, i) => 20100 + i) }, 'tariff.holidays: has at most 16 dates, got 17'],
    ['tax above 100%', { taxBps: 10001 }, 'tariff.taxBps: must be between 0 and 10000, got 10001'],
    ['time zone too far', { tzOffsetSeconds: 50401 }, 'tariff.tzOffsetSeconds: must be between -50400 and 50400, got 50401'],
    ['unsupported resolution', { slotsPerDay: 12 }, 'tariff.slotsPerDay: must be one of 24, 48, 96'],
    [
      'decreasing tiers',
      { tiers: [{ upToWhPerDay: 5000, price: 1 }, { upToWhPerDay: 4000, price: 2 }, { price: 3 }] },
      "tariff.tiers[1].upToWhPerDay: must be >= the previous tier's limit (5000)",
    ],
    ['limit on last tier', { tiers: [{ upToWhPerDay: 5000, price: 1 }] }, 'tariff.tiers[0].upToWhPerDay: the last tier has no upper limit; remove this field'],
    ['allowance too wide', { tiers: [{ upToWhPerDay: 1 << 24, price: 1 }, { price: 2 }] }, 'tariff.tiers[0].upToWhPerDay: must be < 2^24'],
    ['five tiers', { tiers: [1, 2, 3, 4].map((k) => ({ upToWhPerDay: k, price: 0 })).concat([{ price: 0 }] as never) }, 'tariff.tiers: has at most 4 tiers'],
    ['salt outside the field', { salt: FIELD_P.toString() }, 'tariff.salt: must be a field element (0 <= salt < p)'],
    ['missing salt', { salt: undefined }, 'tariff.salt: is required (use createTariff() or newTariffSalt() for a fresh one)'],
    ['missing name', { name: undefined }, 'tariff.name: must be a string'],
    ['misspelt field', { bandprices: [1] }, 'tariff.bandprices: is not a known field (check the spelling)'],
    ['band names mismatch', { bandNames: ['only one'] }, 'tariff.bandNames: must have one name per price (2), got 1'],
  ];
  for (const [title, patch, message] of cases) {
    it(title, () => {
      const e = thrown(() => parseTariff({ ...base(), ...patch }));
      expect(e).toBeInstanceOf(ValidationError);
      expect(e.message).toBe(message);
    });
  }

  it('reports malformed JSON documents with the file and line', () => {
    const e = thrown(() => parseTariffJson('{\n  "name": "x",\n  oops\n}', 'acme.json'));
    expect(e).toBeInstanceOf(ImportError);
    expect(e.message).toMatch(/^acme\.json:3: not valid JSON/);
    expect(thrown(() => parseTariffJson('[1]', 'a.json')).message).toBe('tariff: a.json must contain a JSON object');
  });
});
