/**
 * Fixed time-zone offsets: one syntax for every place a user writes one (the CLI's `--tz`), and
 * one range check for every place an offset enters (CLI, CSV timestamps and naive-time offset,
 * Green Button `LocalTimeParameters/tzOffset`, tariff files, billing-period cutting).
 *
 * Syntax, always with an explicit sign or unit so that no number is read in the wrong unit:
 *
 * | written | means |
 * | --- | --- |
 * | `+01:00`, `-05:00`, `+05:45` | hours and minutes east (+) or west (-) of UTC |
 * | `+0100`, `-0500` | the same, ISO 8601 basic form (exactly four digits) |
 * | `+1`, `-5`, `+10` | whole hours |
 * | `UTC+1`, `UTC-05:30`, `GMT+2` | the same with a `UTC`/`GMT` prefix |
 * | `Z`, `UTC`, `GMT`, `0` | UTC |
 * | `3600s`, `-18000s` | seconds east of UTC (the unit `s` is required) |
 *
 * Range: -14:00 .. +14:00 (±50400 s), the span of real zones (Line Islands +14, Baker -12) and of
 * the circuit's `tzBiased` signal (spec §2).
 * @packageDocumentation
 */
/** Largest offset from UTC in seconds, either way (14 hours). */
export const MAX_TZ_OFFSET_SECONDS = 50400;
/** The accepted syntax, for help texts and messages. */
export const TZ_OFFSET_SYNTAX = '±HH:MM (+01:00, -05:00, +05:45), ±HHMM, ±H, UTC±H[:MM], Z, or seconds with a unit (3600s)';
/** Why `seconds` is not a usable offset, or undefined when it is. */
export function tzOffsetProblem(seconds) {
    if (!Number.isSafeInteger(seconds))
        return `${seconds} is not a whole number of seconds`;
    if (Math.abs(seconds) > MAX_TZ_OFFSET_SECONDS) {
        return `${seconds} s (${formatTzOffset(seconds)}) is outside -14:00..+14:00 (±${MAX_TZ_OFFSET_SECONDS} s)`;
    }
    return undefined;
}
/** `3600` -> `+01:00`, `-19800` -> `-05:30`, `30` -> `+00:00:30`. */
export function formatTzOffset(seconds) {
    if (!Number.isFinite(seconds))
        return String(seconds);
    const a = Math.abs(seconds);
    const hh = String(Math.floor(a / 3600)).padStart(2, '0');
    const mm = String(Math.floor((a % 3600) / 60)).padStart(2, '0');
    const ss = a % 60;
    return `${seconds < 0 ? '-' : '+'}${hh}:${mm}${ss === 0 ? '' : `:${String(ss).padStart(2, '0')}`}`;
}
/**
 * Parses an offset written in the syntax above.
 * @returns seconds east of UTC, or the reason the text is refused
 */
export function parseTzOffset(text) {
    const s = text.trim();
    const bad = `'${text}' is not a time-zone offset; write ${TZ_OFFSET_SYNTAX}`;
    if (s.length > 16)
        return bad;
    if (/^(z|utc|gmt|[+-]?0+)$/i.test(s))
        return 0;
    let secs;
    const unit = /^([+-]?)(\d{1,6})s$/i.exec(s);
    if (unit !== null) {
        secs = Number(unit[2]) * (unit[1] === '-' ? -1 : 1);
    }
    else {
        const m = /^(?:utc|gmt)?([+-])(?:(\d{1,2})(?::(\d{2}))?|(\d{2})(\d{2}))$/i.exec(s);
        if (m === null) {
            if (/^\d+$/.test(s))
                return `'${text}' is ambiguous: write +${s.padStart(2, '0')}:00 for hours or ${s}s for seconds`;
            if (/^\d{1,2}:\d{2}$/.test(s))
                return `'${text}' has no sign: write +${s} (east of UTC) or -${s} (west)`;
            return bad;
        }
        const hours = Number(m[2] ?? m[4]);
        const minutes = Number(m[3] ?? m[5] ?? 0);
        if (minutes > 59)
            return `'${text}': minutes must be 00..59`;
        secs = (hours * 3600 + minutes * 60) * (m[1] === '-' ? -1 : 1);
    }
    secs += 0; // no -0
    const problem = tzOffsetProblem(secs);
    return problem === undefined ? secs : `'${text}' is ${problem}`;
}
//# sourceMappingURL=tz-offset.js.map