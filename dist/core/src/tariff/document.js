/**
 * Tariff JSON documents: what a retailer publishes to the consumer (and the regulator reads).
 * Big integers are decimal strings; schedules are written as time ranges for readability.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { bigintReplacer, parseJsonText } from '../schema-util.js';
import { bandsToRanges } from './bands.js';
import { WEEKDAY_NAMES } from './calendar.js';
import { parseTariff, TARIFF_FORMAT } from './schema.js';
/** The plain-JSON form of a tariff (no bigints). */
export function tariffToJSON(tariff) {
    const t = parseTariff(tariff);
    const doc = { format: TARIFF_FORMAT, name: t.name };
    if (t.description !== undefined)
        doc['description'] = t.description;
    Object.assign(doc, {
        currency: t.currency,
        slotsPerDay: t.slotsPerDay,
        tzOffsetSeconds: t.tzOffsetSeconds,
        restDays: t.restDays.map((w) => WEEKDAY_NAMES[w]),
        holidays: t.holidays,
        bandNames: t.bandNames,
        bandPrices: t.bandPrices.map(String),
        exportBandNames: t.exportBandNames,
        exportPrices: t.exportPrices.map(String),
        workBands: bandsToRanges(t.workBands),
        restBands: bandsToRanges(t.restBands),
        exportBands: bandsToRanges(t.exportBands),
        tiers: t.tiers.map((x) => (x.upToWhPerDay === undefined ? { price: String(x.price) } : { upToWhPerDay: x.upToWhPerDay, price: String(x.price) })),
        standingPerDay: String(t.standingPerDay),
        taxBps: t.taxBps,
        salt: String(t.salt),
    });
    return doc;
}
/** Serializes a tariff to a JSON document (pretty-printed, stable field order). */
export function serializeTariff(tariff) {
    return `${JSON.stringify(tariffToJSON(tariff), bigintReplacer, 2)}\n`;
}
/**
 * Parses a tariff JSON document.
 * @param file - Name used in error messages.
 * @throws ImportError on malformed JSON; ValidationError naming the field on invalid content.
 */
export function parseTariffJson(text, file = 'tariff.json') {
    const value = parseJsonText(text, file);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new ValidationError('tariff', `${file} must contain a JSON object`);
    }
    return parseTariff(value);
}
//# sourceMappingURL=document.js.map