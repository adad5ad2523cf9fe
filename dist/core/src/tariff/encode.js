/**
 * Tariff encoding and commitment, spec §4 exactly.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { poseidon } from '../crypto/poseidon.js';
import { TAG_TARIFF } from '../crypto/tags.js';
import { isoDateToDayNumber } from './calendar.js';
import { BAND_COUNT, COMMITMENT_WORDS, EXPORT_BAND_COUNT, HOLIDAY_SLOTS, TIER_COUNT, TZ_BIAS, UNLIMITED_ALLOWANCE, WIDTH, WORD_BITS, } from './constants.js';
import { parseTariff } from './schema.js';
function pad(values, length, fill) {
    return [...values, ...new Array(Math.max(0, length - values.length)).fill(fill)];
}
/** Encodes a tariff (validated first) into the integer fields of spec §4. */
export function encodeTariff(tariff) {
    const t = parseTariff(tariff);
    const limits = t.tiers.slice(0, -1).map((x) => BigInt(x.upToWhPerDay ?? UNLIMITED_ALLOWANCE));
    return {
        slotsPerDay: t.slotsPerDay,
        tzBiased: t.tzOffsetSeconds + TZ_BIAS,
        restDays: t.restDays.reduce((mask, w) => mask | (1 << w), 0),
        taxBps: t.taxBps,
        standingPerDay: t.standingPerDay,
        tierAllowances: pad(limits, TIER_COUNT - 1, BigInt(UNLIMITED_ALLOWANCE)),
        tierPrices: pad(t.tiers.map((x) => x.price), TIER_COUNT, 0n),
        bandPrices: pad(t.bandPrices, BAND_COUNT, 0n),
        exportPrices: pad(t.exportPrices, EXPORT_BAND_COUNT, 0n),
        holidays: pad(t.holidays.map((h) => isoDateToDayNumber(h) ?? 0), HOLIDAY_SLOTS, 0),
        workBands: [...t.workBands],
        restBands: [...t.restBands],
        exportBands: [...t.exportBands],
        salt: t.salt,
    };
}
/** The fields of the commitment bit string in spec order, each with its width. */
export function tariffBitFields(e) {
    const out = [];
    const one = (name, width, value) => {
        out.push({ name, width, value: BigInt(value) });
    };
    const many = (name, width, values, count) => {
        if (values.length !== count)
            throw new ValidationError(`encodedTariff.${name}`, `must have ${count} entries, got ${values.length}`);
        values.forEach((v, i) => one(`${name}[${i}]`, width, v));
    };
    const I = e.slotsPerDay;
    one('slotsPerDay', WIDTH.slotsPerDay, I);
    one('tzBiased', WIDTH.tzBiased, e.tzBiased);
    one('restDays', WIDTH.restDays, e.restDays);
    one('taxBps', WIDTH.taxBps, e.taxBps);
    one('standingPerDay', WIDTH.standingPerDay, e.standingPerDay);
    many('tierAllowances', WIDTH.tierAllowance, e.tierAllowances, TIER_COUNT - 1);
    many('tierPrices', WIDTH.price, e.tierPrices, TIER_COUNT);
    many('bandPrices', WIDTH.price, e.bandPrices, BAND_COUNT);
    many('exportPrices', WIDTH.price, e.exportPrices, EXPORT_BAND_COUNT);
    many('holidays', WIDTH.holiday, e.holidays, HOLIDAY_SLOTS);
    many('workBands', WIDTH.band, e.workBands, I);
    many('restBands', WIDTH.band, e.restBands, I);
    many('exportBands', WIDTH.band, e.exportBands, I);
    return out;
}
/**
 * The commitment words `w[0..13]` of spec §4: the fields concatenated LSB-first into one bit
 * string, cut into 248-bit words, missing words 0. Always 14 words.
 * @throws ValidationError if a field does not fit its width.
 */
export function tariffWords(encoded) {
    let bits = 0n;
    let offset = 0;
    for (const f of tariffBitFields(encoded)) {
        if (f.value < 0n || f.value >= 1n << BigInt(f.width)) {
            throw new ValidationError(`encodedTariff.${f.name}`, `must be < 2^${f.width}`);
        }
        bits |= f.value << BigInt(offset);
        offset += f.width;
    }
    const used = Math.ceil(offset / WORD_BITS);
    if (used > COMMITMENT_WORDS)
        throw new ValidationError('encodedTariff', `needs ${used} words, more than ${COMMITMENT_WORDS}`);
    const mask = (1n << BigInt(WORD_BITS)) - 1n;
    return Array.from({ length: COMMITMENT_WORDS }, (_, k) => (bits >> BigInt(k * WORD_BITS)) & mask);
}
/** Total bits of the commitment string for `slotsPerDay` slots (1846 + 9 per slot). */
export function tariffBitLength(slotsPerDay) {
    return 1846 + 9 * slotsPerDay;
}
/** `Poseidon16(TAG_TARIFF, salt, w[0..13])` of already-encoded fields. */
export async function encodedTariffCommitment(encoded) {
    return poseidon([TAG_TARIFF, encoded.salt, ...tariffWords(encoded)]);
}
/** The tariff commitment of spec §4 (public signal 1). */
export async function tariffCommitment(tariff) {
    return encodedTariffCommitment(encodeTariff(tariff));
}
//# sourceMappingURL=encode.js.map