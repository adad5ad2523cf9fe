/**
 * `wattproof tariff new | commit | show`.
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';
import { ROLE_OPTIONS } from '../chain-options.js';

const newCmd: Command = {
  path: ['tariff', 'new'],
  summary: 'write a new tariff document (an example time-of-use tariff with a fresh salt)',
  help: `usage: wattproof tariff new [--slots 24|48|96] [--tz OFFSET] [--name TEXT] [--out FILE] [--json]

Writes a tariff document to edit: a residential time-of-use tariff with three bands (off-peak,
shoulder, peak), four inclining tiers on daily import, a standing charge, 8% tax, weekends and
two holidays as rest days, and a two-band feed-in credit. Its salt is fresh and random: the
salt hides the tariff behind its commitment, so keep the document as private as the prices.

Options:
  --slots N      slots per day: 24 (hourly), 48 (half-hourly) or 96 (quarter-hourly); default 24
  --tz OFFSET    the tariff's fixed time zone (default +01:00): +01:00, -05:00, +0530, +1,
                 UTC-5, Z, or seconds with a unit (3600s); -14:00..+14:00
  --name TEXT    the tariff's name
  --out FILE     write here (default: print on stdout)`,
  options: { slots: { type: 'string' }, tz: { type: 'string' }, name: { type: 'string' }, out: { type: 'string' } },
  run: lazyRun(() => import('./tariff.run.js'), 'newCmd'),
};

const commit: Command = {
  path: ['tariff', 'commit'],
  summary: "print a tariff's commitment (what the registry holds)",
  help: `usage: wattproof tariff commit FILE [--json]

Validates the tariff document and prints its commitment: Poseidon over the encoded tariff and
its salt (docs/bill-spec.md §4). The retailer registers this value; consumers and the regulator
recompute it from the document they were given to check it is the registered tariff.`,
  options: {},
  positionals: { min: 1, max: 1 },
  run: lazyRun(() => import('./tariff.run.js'), 'commit'),
};

const show: Command = {
  path: ['tariff', 'show'],
  summary: 'show a tariff (from its file, or from the chain: status, public or private)',
  help: `usage: wattproof tariff show FILE [--json]
       wattproof tariff show (FILE | --commitment C) [--retailer ADDRESS] --deployment FILE --rpc URL [--json]

Validates the tariff document and prints it readably (with --json: its canonical JSON form and
commitment). A bad document is reported with the field and the reason, e.g.
  tariff.workBands[2].to: 17:10 is not on a 60-minute slot boundary

With a deployment, it also reads the TariffRegistry: the tariff's retailer, approval status and
window, and whether it is public or private. A public tariff's document is fetched from its URI
and checked (keccak256 as recorded, a valid document, the registered commitment) and then shown,
so anyone can read a public tariff from its commitment alone. A private tariff is only its
commitment on chain: the retailer gives the document to its consumers and the regulator.

Options:
  --commitment C         the tariff's decimal commitment (instead of FILE)
  --retailer ADDRESS     the retailer that registered it (default: the only one that did)
  --deployment FILE      the deployment record "wattproof deploy --out FILE" wrote
  --rpc URL              JSON-RPC endpoint of the deployment's chain (or $WATTPROOF_RPC)
  --rpc-timeout SECONDS  give up on one JSON-RPC request after SECONDS (default 30)`,
  options: { commitment: { type: 'string' }, retailer: { type: 'string' }, ...ROLE_OPTIONS },
  positionals: { min: 0, max: 1 },
  run: lazyRun(() => import('./tariff.run.js'), 'show'),
};

/** The `tariff` commands. */
export const tariffCommands: Command[] = [newCmd, commit, show];
