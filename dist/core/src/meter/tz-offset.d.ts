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
export declare const MAX_TZ_OFFSET_SECONDS = 50400;
/** The accepted syntax, for help texts and messages. */
export declare const TZ_OFFSET_SYNTAX = "\u00B1HH:MM (+01:00, -05:00, +05:45), \u00B1HHMM, \u00B1H, UTC\u00B1H[:MM], Z, or seconds with a unit (3600s)";
/** Why `seconds` is not a usable offset, or undefined when it is. */
export declare function tzOffsetProblem(seconds: number): string | undefined;
/** `3600` -> `+01:00`, `-19800` -> `-05:30`, `30` -> `+00:00:30`. */
export declare function formatTzOffset(seconds: number): string;
/**
 * Parses an offset written in the syntax above.
 * @returns seconds east of UTC, or the reason the text is refused
 */
export declare function parseTzOffset(text: string): number | string;
