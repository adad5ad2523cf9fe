/**
 * Tariff JSON documents: what a retailer publishes to the consumer (and the regulator reads).
 * Big integers are decimal strings; schedules are written as time ranges for readability.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { bigintReplacer, parseJsonText } from '../schema-util.js';
import { bandsToRanges, slotsToWindows } from './bands.js';
import { WEEKDAY_NAMES } from './calendar.js';
import { parseTariff, TARIFF_FORMAT, type Tariff } from './schema.js';

/** The plain-JSON form of a tariff (no bigints). */
export function tariffToJSON(tariff: Tariff): Record<string, unknown> {
  const t = parseTariff(tariff);
  const doc: Record<string, unknown> = { format: TARIFF_FORMAT, name: t.name };
  if (t.description !== undefined) doc['description'] = t.description;
  Object.assign(doc, {
    currency: t.currency,
    slotsPerDay: t.slotsPerDay,
    tzOffsetSeconds: t.tzOffsetSeconds,
    // spec §5a: the zone and its window; the transitions are written out so that a reader (the
    // regulator) checks them against its own time-zone data when it parses the document
    ...(t.zone !== undefined ? { zone: t.zone, zoneValidFrom: t.zoneValidFrom, zoneValidUntil: t.zoneValidUntil } : {}),
    ...(t.zoneTransitions !== undefined ? { zoneTransitions: t.zoneTransitions } : {}),
    restDays: t.restDays.map((w) => WEEKDAY_NAMES[w]),
    holidays: t.holidays,
    bandNames: t.bandNames,
    bandPrices: t.bandPrices.map(String),
    exportBandNames: t.exportBandNames,
    exportPrices: t.exportPrices.map(String),
    workBands: bandsToRanges(t.workBands),
    restBands: bandsToRanges(t.restBands),
    exportBands: bandsToRanges(t.exportBands),
    // tierBasis only when it says more than the limits do (kept for a one-tier per-period tariff)
    ...(t.tierBasis !== 'day' ? { tierBasis: t.tierBasis } : {}),
    ...(t.yearStart !== undefined ? { yearStart: t.yearStart } : {}),
    tiers: t.tiers.map((x) => {
      if (x.upToWhPerDay !== undefined) return { upToWhPerDay: x.upToWhPerDay, price: String(x.price) };
      if (x.upToWhPerPeriod !== undefined) return { upToWhPerPeriod: x.upToWhPerPeriod, price: String(x.price) };
      if (x.upToWhPerYear !== undefined) return { upToWhPerYear: x.upToWhPerYear, price: String(x.price) };
      return { price: String(x.price) };
    }),
    standingPerDay: String(t.standingPerDay),
    ...(t.demand
      ? {
          demand: { pricePerKw: String(t.demand.pricePerKw), workWindows: slotsToWindows(t.demand.workSlots), restWindows: slotsToWindows(t.demand.restSlots) },
        }
      : {}),
    taxBps: t.taxBps,
    salt: String(t.salt),
  });
  return doc;
}

/** Serializes a tariff to a JSON document (pretty-printed, stable field order). */
export function serializeTariff(tariff: Tariff): string {
  return `${JSON.stringify(tariffToJSON(tariff), bigintReplacer, 2)}\n`;
}

/**
 * Parses a tariff JSON document.
 * @param file - Name used in error messages.
 * @throws ImportError on malformed JSON; ValidationError naming the field on invalid content.
 */
export function parseTariffJson(text: string, file = 'tariff.json'): Tariff {
  const value = parseJsonText(text, file);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError('tariff', `${file} must contain a JSON object`);
  }
  return parseTariff(value);
}
