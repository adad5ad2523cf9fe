/**
 * `wattproof meter keygen | sign | import`.
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';

const keygen: Command = {
  path: ['meter', 'keygen'],
  summary: 'generate a meter signing key (EdDSA-Poseidon on BabyJubJub)',
  help: `usage: wattproof meter keygen --meter-id N [--out FILE [--force]] [--json]

Generates a fresh random meter key and writes the key file (JSON: meter id, private key, public
key, key hash). The metering authority registers the public key; the private key signs every
period the meter reports, so keep the file secret (it is written with mode 0600, atomically:
a temporary file in the same directory, then moved into place).

An existing FILE is never replaced without --force (it may hold the only copy of a registered
key).

Options:
  --meter-id N   the meter's id (0 .. 2^64-1)
  --out FILE     write the key file here (default: print it on stdout)
  --force        replace FILE if it exists

Example:
  wattproof meter keygen --meter-id 4100230017 --out meter.key.json`,
  options: { 'meter-id': { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  run: lazyRun(() => import('./meter.run.js'), 'keygen'),
};

const sign: Command = {
  path: ['meter', 'sign'],
  summary: "sign a period's readings with the meter key",
  help: `usage: wattproof meter sign --key KEYFILE --period FILE [--out FILE] [--json]

Signs one billing period (a wattproof.meter-period.v2 JSON file: meterId, periodStart,
intervalSeconds, imports, exports in Wh) and writes the signed period the consumer proves
bills from. The period's meter id must be the key file's.

Options:
  --key FILE      meter key file (from "wattproof meter keygen")
  --period FILE   unsigned period JSON (e.g. from "wattproof meter import")
  --out FILE      write the signed period here (default: <period>.signed.json)`,
  options: { key: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' } },
  run: lazyRun(() => import('./meter.run.js'), 'sign'),
};

const importCmd: Command = {
  path: ['meter', 'import'],
  summary: 'import interval data (CSV, Green Button XML or NEM12) and cut it into billing periods',
  help: `usage: wattproof meter import (--csv FILE | --green-button FILE | --nem12 FILE) --meter-id N [--tz OFFSET]
                              [--by month|day|Nd] [--partial] [--round] [--key KEYFILE]
                              [--on-conflict first|last|max|error] [--fill-gaps linear|previous-week]
                              [--repair] [--zone IANA] [--timestamp-at start|end]
                              [--nmi NMI] [--import-suffix E1] [--export-suffix B1]
                              [--usage-point ID] [--import-reading-type ID] [--export-reading-type ID]
                              [--out-dir DIR] [--json]

Reads interval data, checks it (one interval length, whole Wh below 65536, no conflicting
duplicates, no gaps), cuts it into billing periods that start at local midnight and writes one
period file per period; with --key, each period is signed too. A summary says how many readings
were read, how many exact duplicates were dropped (a reading repeated with the same value, as
utilities' overlapping daily blocks do around DST changes), and how many intervals were
substituted, filled or marked estimated in the file.

Real exports have artefacts. Without a repair option the import refuses them, naming every
instant (UTC and local) and the option that repairs it:
  conflicting duplicates  one interval read twice with different values: --on-conflict first
                          (first in the file), last (last in the file: a later correction) or max
                          (the larger value); marked substituted
  gaps                    intervals with no reading: --fill-gaps linear (straight line between the
                          readings either side, rounded half up) or previous-week (the same
                          interval seven days earlier); marked filled
  --repair                both: --on-conflict last --fill-gaps linear (a utility's later block
                          corrects an earlier one; short DST gaps are interpolated) Periods no circuit in circuits/instances.json can
prove (too many days for the data's intervals per day) are refused before anything is signed.
Each file is written atomically; if the command fails part-way, the error lists the files
already written.

Formats:
  CSV           header + one row per interval: timestamp (interval start; ISO 8601 with zone, or
                unix seconds), import_wh / import_kwh, optional export_wh / export_kwh, optional
                quality (A, E, S, F). Times without a zone: --zone (read with the zone's DST
                rules: a repeated autumn hour means summer time first, then standard time) or
                --tz (a fixed offset). --timestamp-at end for exports stamped at interval end
                ("hour ending", e.g. 01:00..24:00 for one day)
  Green Button  NAESB ESPI XML (IntervalBlock / IntervalReading; flowDirection 1 = import,
                19 = export; uom 72 = Wh; ReadingQuality kept). Several UsagePoints or
                ReadingTypes: the first UsagePoint with an electricity import, its first
                import and export ReadingTypes; --usage-point, --import-reading-type,
                --export-reading-type choose others (ids from the links; the error lists them)
  NEM12         AEMO interval metering data (100/200/300/400/900 records; quality A, E, S,
                F, N, V); dates in NEM time (+10:00). Default: the first NMI, its first E
                register as import and first B register as export; --nmi, --import-suffix,
                --export-suffix choose others (the error lists what the file has)

Options:
  --meter-id N        meter id stamped on the periods (default: the key file's)
  --tz OFFSET         the tariff's time zone: +01:00, -05:00, +0530, +1, UTC-5, Z, or seconds
                      with a unit (3600s); -14:00..+14:00. A bare number is refused as
                      ambiguous. Default: the Green Button file's LocalTimeParameters, or the
                      --tariff file's. Also the zone of CSV timestamps written without one.
  --tariff FILE       take the time zone from this tariff and check its slots per day
  --by month|day|Nd   calendar months (default), single days, or runs of N days (at most the
                      longest circuit's days, e.g. 31)
  --partial           also write incomplete periods (a month the data covers only in part)
  --round             round values that are not whole Wh instead of rejecting them
  --on-conflict RULE  first|last|max|error (default error), see above
  --fill-gaps RULE    linear|previous-week (default: refuse gaps), see above
  --repair            --on-conflict last --fill-gaps linear
  --zone IANA         time zone of CSV times written without one, e.g. America/Los_Angeles;
                      also how messages show local times (Green Button too)
  --timestamp-at end  CSV timestamps mark the end of each interval (default start)
  --nmi NMI           NEM12: the NMI to import
  --import-suffix S   NEM12: the import register's NMISuffix (e.g. E1)
  --export-suffix S   NEM12: the export register's NMISuffix (e.g. B1)
  --usage-point ID    Green Button: the UsagePoint to import
  --import-reading-type ID, --export-reading-type ID
                      Green Button: the ReadingTypes (last segment of their self link)
  --interval SECONDS  interval length, when it cannot be inferred
  --key FILE          sign each period with this meter key
  --out-dir DIR       where to write the period files (default: .)

Example:
  wattproof meter import --csv usage.csv --key meter.key.json --tz +01:00 --out-dir periods/`,
  options: {
    csv: { type: 'string' },
    'green-button': { type: 'string' },
    nem12: { type: 'string' },
    nmi: { type: 'string' },
    'import-suffix': { type: 'string' },
    'export-suffix': { type: 'string' },
    'usage-point': { type: 'string' },
    'import-reading-type': { type: 'string' },
    'export-reading-type': { type: 'string' },
    'meter-id': { type: 'string' },
    tz: { type: 'string' },
    tariff: { type: 'string' },
    by: { type: 'string' },
    partial: { type: 'boolean' },
    round: { type: 'boolean' },
    'on-conflict': { type: 'string' },
    'fill-gaps': { type: 'string' },
    repair: { type: 'boolean' },
    zone: { type: 'string' },
    'timestamp-at': { type: 'string' },
    interval: { type: 'string' },
    key: { type: 'string' },
    'out-dir': { type: 'string' },
  },
  run: lazyRun(() => import('./meter.run.js'), 'importCmd'),
};

/** The `meter` commands. */
export const meterCommands: Command[] = [keygen, sign, importCmd];
