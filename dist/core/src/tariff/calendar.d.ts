/**
 * Local calendar arithmetic of spec §1 and §5: day numbers, weekdays, ISO dates. Time zones are
 * fixed offsets (no DST), so a local day is simply `floor((t + tz) / 86400)`.
 * @packageDocumentation
 */
/** Seconds in a day. */
export declare const DAY_SECONDS = 86400;
/** Weekday names, index = the spec's weekday number (0 = Sunday). */
export declare const WEEKDAY_NAMES: readonly ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];
/** Local day number of unix time `t` in a zone `tz` seconds east of UTC. */
export declare function localDayNumber(t: number, tzOffsetSeconds: number): number;
/** Weekday (0 = Sunday) of a local day number; 1970-01-01 (day 0) was a Thursday. */
export declare function weekdayOfDay(day: number): number;
/** Unix time of local midnight starting local day `day`. */
export declare function localMidnight(day: number, tzOffsetSeconds: number): number;
/** Parses `YYYY-MM-DD` into a day number (days since 1970-01-01); undefined if not a real date. */
export declare function isoDateToDayNumber(iso: string): number | undefined;
/** `YYYY-MM-DD` of a day number. */
export declare function dayNumberToIsoDate(day: number): string;
/** Parses a weekday given as a number 0..6 or an English name (full or 3 letters, any case). */
export declare function parseWeekday(v: unknown): number | undefined;
/** Formats seconds into the day as `HH:MM` (or `HH:MM:SS` when not on a minute). */
export declare function formatTimeOfDay(seconds: number): string;
/** Parses `HH:MM` or `HH:MM:SS` (up to `24:00`) into seconds into the day; undefined if malformed. */
export declare function parseTimeOfDay(s: string): number | undefined;
