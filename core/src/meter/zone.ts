/**
 * IANA time zones (`Europe/Berlin`, `America/Los_Angeles`) for reading meter exports whose
 * timestamps are naive local wall-clock times, and for showing instants as local times in import
 * messages. Uses the runtime's `Intl` time-zone database (Node and browsers ship one), so core
 * needs no data file.
 *
 * Billing itself still uses the tariff's fixed offset (spec §2); a zone here only decides which
 * instant a written local time means.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { formatTzOffset } from './tz-offset.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/**
 * Checks that `zone` is an IANA zone name the runtime knows.
 * @throws ValidationError naming `field`
 */
export function assertTimeZone(zone: string, field = 'zone'): void {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone))
    throw new ValidationError(field, `'${zone.slice(0, 64)}' is not an IANA time-zone name like Europe/Berlin`);
  try {
    formatter(zone);
  } catch {
    throw new ValidationError(field, `'${zone}' is not a time zone this runtime knows (IANA names like Europe/Berlin, America/Los_Angeles)`);
  }
}

/** Offset of `zone` from UTC (seconds east) at the instant `t` (unix seconds). */
export function zoneOffsetAt(zone: string, t: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(t * 1000))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const local =
    Date.UTC(parts['year'] ?? 1970, (parts['month'] ?? 1) - 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0, parts['second'] ?? 0) / 1000;
  return local - t;
}

/**
 * The instants at which the wall clock of `zone` reads `local` (seconds since 1970-01-01 00:00 of
 * the wall clock), ascending: one normally, none in a spring-forward gap, two in an autumn
 * fall-back overlap (summer time first).
 */
export function localToInstants(zone: string, local: number): number[] {
  // Offsets in force a day either side bracket every transition (no zone changes twice a day).
  const out = new Set<number>();
  for (const probe of [local - 86400, local, local + 86400]) {
    const t = local - zoneOffsetAt(zone, probe);
    if (t + zoneOffsetAt(zone, t) === local) out.add(t);
  }
  return [...out].sort((a, b) => a - b);
}

/** How an instant is shown in import messages: a fixed offset, an IANA zone, or UTC only. */
export type DisplayZone = number | string | undefined;

/** `2025-03-09T10:00:00Z (local 2025-03-09 03:00 UTC-07:00)`; just the UTC time without a zone. */
export function describeInstant(t: number, zone: DisplayZone): string {
  const utc = new Date(t * 1000).toISOString().replace('.000Z', 'Z');
  if (zone === undefined) return utc;
  const offset = typeof zone === 'number' ? zone : zoneOffsetAt(zone, t);
  const local = new Date((t + offset) * 1000).toISOString().slice(0, 16).replace('T', ' ');
  return `${utc} (local ${local} UTC${formatTzOffset(offset)})`;
}
