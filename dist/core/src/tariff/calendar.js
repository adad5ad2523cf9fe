/**
 * Local calendar arithmetic of spec §1 and §5: day numbers, weekdays, ISO dates. Time zones are
 * fixed offsets (no DST), so a local day is simply `floor((t + tz) / 86400)`.
 * @packageDocumentation
 */
/** Seconds in a day. */
export const DAY_SECONDS = 86400;
/** Weekday names, index = the spec's weekday number (0 = Sunday). */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Local day number of unix time `t` in a zone `tz` seconds east of UTC. */
export function localDayNumber(t, tzOffsetSeconds) {
    return Math.floor((t + tzOffsetSeconds) / DAY_SECONDS);
}
/** Weekday (0 = Sunday) of a local day number; 1970-01-01 (day 0) was a Thursday. */
export function weekdayOfDay(day) {
    return (((day + 4) % 7) + 7) % 7;
}
/** Unix time of local midnight starting local day `day`. */
export function localMidnight(day, tzOffsetSeconds) {
    return day * DAY_SECONDS - tzOffsetSeconds;
}
/** Parses `YYYY-MM-DD` into a day number (days since 1970-01-01); undefined if not a real date. */
export function isoDateToDayNumber(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (m === null)
        return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
        return undefined;
    return ms / 86_400_000;
}
/** `YYYY-MM-DD` of a day number. */
export function dayNumberToIsoDate(day) {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
/** Parses a weekday given as a number 0..6 or an English name (full or 3 letters, any case). */
export function parseWeekday(v) {
    if (typeof v === 'number')
        return Number.isInteger(v) && v >= 0 && v <= 6 ? v : undefined;
    if (typeof v !== 'string')
        return undefined;
    const s = v.trim().toLowerCase();
    const i = WEEKDAY_NAMES.findIndex((n) => n === s || n.slice(0, 3) === s);
    return i < 0 ? undefined : i;
}
/** Formats seconds into the day as `HH:MM` (or `HH:MM:SS` when not on a minute). */
export function formatTimeOfDay(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    const hm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    return s === 0 ? hm : `${hm}:${String(s).padStart(2, '0')}`;
}
/** Parses `HH:MM` or `HH:MM:SS` (up to `24:00`) into seconds into the day; undefined if malformed. */
export function parseTimeOfDay(s) {
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
    if (m === null)
        return undefined;
    const [h, mi, se] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (mi > 59 || se > 59)
        return undefined;
    const total = h * 3600 + mi * 60 + se;
    return total > DAY_SECONDS ? undefined : total;
}
//# sourceMappingURL=calendar.js.map