/**
 * Realistic synthetic household interval data for demos and tests: a base load, morning and
 * evening peaks, appliance spikes, weekend and seasonal variation, and rooftop solar that turns
 * midday into export. Deterministic for a given seed.
 * @packageDocumentation
 */
import { DAY_SECONDS, isoDateToDayNumber, weekdayOfDay } from '../tariff/calendar.js';
import { READING_LIMIT } from './period.js';
/** mulberry32: tiny, fast, good enough for synthetic data (not cryptographic). */
function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const bump = (h, centre, width) => Math.exp(-0.5 * ((h - centre) / width) ** 2);
/**
 * A household's import and export Wh per interval, local-day aligned (interval 0 starts at local
 * midnight of `startDate`).
 */
export function householdSeries(options) {
    const { days, intervalsPerDay: I, seed } = options;
    const solarKw = options.solarKwp ?? 0;
    const scale = options.consumptionScale ?? 1;
    const rand = prng(seed);
    const firstDay = isoDateToDayNumber(options.startDate ?? '2025-01-01') ?? 20089;
    const hoursPerInterval = 24 / I;
    const imports = [];
    const exports = [];
    for (let d = 0; d < days; d++) {
        const day = firstDay + d;
        const weekend = [0, 6].includes(weekdayOfDay(day));
        const dayOfYear = (((day - 3) % 365.25) + 365.25) % 365.25; // ~0 at Jan 1
        const summer = Math.cos((2 * Math.PI * (dayOfYear - 172)) / 365.25); // +1 late June, -1 late Dec
        const heating = 1 + 0.2 * Math.max(0, -summer);
        const dayFactor = (0.85 + 0.3 * rand()) * heating * scale;
        const clearness = 0.25 + 0.75 * rand() ** 0.6;
        const daylight = 12 + 4 * summer; // hours
        const sunrise = 12.5 - daylight / 2;
        // Appliance events (kettle, oven, washing machine) at random times.
        const events = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
            at: 6 + rand() * 17,
            kw: 1 + rand() * 1.5,
            hours: 0.1 + rand() * 0.5,
        }));
        for (let s = 0; s < I; s++) {
            const h = (s + 0.5) * hoursPerInterval;
            const morning = weekend ? bump(h, 9, 1.5) : bump(h, 7.3, 0.9);
            let watts = 150 + 500 * morning + 800 * bump(h, 19, 1.8) + 200 * bump(h, 13, 2.5) * (weekend ? 1.5 : 0.6);
            for (const e of events)
                if (h >= e.at && h < e.at + e.hours)
                    watts += e.kw * 1000;
            watts *= dayFactor * (0.9 + 0.2 * rand());
            let solar = 0;
            if (solarKw > 0 && h > sunrise && h < sunrise + daylight) {
                const elevation = Math.sin((Math.PI * (h - sunrise)) / daylight);
                solar = solarKw * 1000 * (0.75 + 0.25 * summer) * elevation ** 1.4 * clearness * (0.85 + 0.15 * rand());
            }
            const net = (watts - solar) * hoursPerInterval;
            imports.push(Math.min(READING_LIMIT - 1, Math.max(0, Math.round(net))));
            exports.push(Math.min(READING_LIMIT - 1, Math.max(0, Math.round(-net))));
        }
    }
    return { imports, exports };
}
/** Unix time of local midnight starting `isoDate` in a zone `tzOffsetSeconds` east of UTC. */
export function localMidnightOf(isoDate, tzOffsetSeconds) {
    const day = isoDateToDayNumber(isoDate);
    if (day === undefined)
        throw new RangeError(`${isoDate} is not a date YYYY-MM-DD`);
    return day * DAY_SECONDS - tzOffsetSeconds;
}
//# sourceMappingURL=synthetic.js.map