/**
 * `wattproof regulator approve | reject | pause | unpause`: the regulator's commands (the audit
 * is `wattproof audit`).
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';
import { ROLE_HELP, ROLE_OPTIONS } from '../chain-options.js';

const CHAIN = '--deployment FILE --rpc URL --key-file FILE [--json]';
const EX = '--deployment deployment.json --rpc http://127.0.0.1:8545 --key-file regulator.key';

const approve: Command = {
  path: ['regulator', 'approve'],
  summary: 'approve a registered tariff after reading its document',
  help: `usage: wattproof regulator approve (--tariff FILE | --commitment C) ${CHAIN}

Approves a pending tariff commitment. Given the document (--tariff), the command checks that it
is the registered commitment, so what is approved is what the regulator read.

Options:
  --tariff FILE      the tariff document the retailer submitted
  --commitment C     or its decimal commitment

${ROLE_HELP}

Example:
  wattproof regulator approve --tariff tariff.json ${EX}`,
  options: { tariff: { type: 'string' }, commitment: { type: 'string' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./regulator.run.js'), 'approve'),
};

const reject: Command = {
  path: ['regulator', 'reject'],
  summary: 'reject a tariff (or withdraw its approval), with a reason',
  help: `usage: wattproof regulator reject (--tariff FILE | --commitment C) --reason TEXT ${CHAIN}

Rejects a pending tariff, or withdraws an approval: periods can no longer settle under it. The
reason is kept in the TariffRejected event.

Options:
  --tariff FILE      the tariff document (or --commitment C)
  --reason TEXT      why (recorded on chain)

${ROLE_HELP}

Example:
  wattproof regulator reject --commitment 1234…789 --reason "standing charge above the cap" ${EX}`,
  options: { tariff: { type: 'string' }, commitment: { type: 'string' }, reason: { type: 'string' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./regulator.run.js'), 'reject'),
};

const PARTS = `  --only LIST   comma-separated subset of settlement,meters,tariffs (default: all three)`;

const pause: Command = {
  path: ['regulator', 'pause'],
  summary: 'emergency stop: pause settlement and the registries',
  help: `usage: wattproof regulator pause [--only settlement,meters,tariffs] ${CHAIN}

Pauses the Settlement contract (no settle) and the registries (no registry changes). Deposits,
withdrawals and arrears payments are never paused. Contracts already paused are skipped. Needs
PAUSER_ROLE on each contract.

Options:
${PARTS}

${ROLE_HELP}

Example:
  wattproof regulator pause --only settlement ${EX}`,
  options: { only: { type: 'string' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./regulator.run.js'), 'pause'),
};

const unpause: Command = {
  path: ['regulator', 'unpause'],
  summary: 'resume settlement and the registries',
  help: `usage: wattproof regulator unpause [--only settlement,meters,tariffs] ${CHAIN}

Resumes what "wattproof regulator pause" stopped. Contracts not paused are skipped.

Options:
${PARTS}

${ROLE_HELP}

Example:
  wattproof regulator unpause ${EX}`,
  options: { only: { type: 'string' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./regulator.run.js'), 'unpause'),
};

const keyNew: Command = {
  path: ['regulator', 'disclosure-key', 'new'],
  summary: "make the regulator's next disclosure key pair (secret appended to the secrets file)",
  help: `usage: wattproof regulator disclosure-key new --secrets FILE --public FILE [--force] [--json]

Generates a BabyJubJub disclosure key pair (docs/disclosure-spec.md §3). The secret is appended
to --secrets (created with mode 0600; one integer per line, one line per epoch: the file
"wattproof audit --disclose --key FILE" and the wallet's regulator view read, so every past
epoch stays readable). The public key is written to --public as {"x","y"}: give it to
"wattproof deploy --disclosure --disclosure-key FILE" for epoch 0, or schedule it with
"wattproof regulator disclosure-key rotate". No transaction is sent.

Options:
  --secrets FILE   the regulator's secrets file (appended to; keep it offline, mode 0600)
  --public FILE    where to write the public key (refused if it exists, unless --force)
  --force          overwrite --public

Example:
  wattproof regulator disclosure-key new --secrets regulator.secrets --public regulator.pub.json`,
  options: { secrets: { type: 'string' }, public: { type: 'string' }, force: { type: 'boolean' } },
  run: lazyRun(() => import('./regulator-keys.run.js'), 'keyNew'),
};

const keyRotate: Command = {
  path: ['regulator', 'disclosure-key', 'rotate'],
  summary: "schedule the next disclosure key epoch on the DisclosedSettlement's registry",
  help: `usage: wattproof regulator disclosure-key rotate --public FILE --valid-from WHEN [--tz OFFSET] ${CHAIN}

Schedules a new epoch of the DisclosureKeys registry the deployment's DisclosedSettlement checks
against: bills of periods starting at or after --valid-from must disclose to this key. The start
must be now or later and after the last epoch's (a key is fixed before any period it covers
begins, so no proof already made is invalidated); the command checks that, the point and the
account's REGULATOR_ROLE before sending. A compromised key is replaced from now on.

Options:
  --public FILE     the new public key, {"x","y"} ("wattproof regulator disclosure-key new")
  --valid-from WHEN unix seconds, YYYY-MM-DD (local midnight; needs --tz) or an ISO date-time
  --tz OFFSET       time zone of a bare date (+01:00, -05:00, 3600)

${ROLE_HELP}

Example:
  wattproof regulator disclosure-key rotate --public regulator-2027.pub.json --valid-from 2027-01-01 --tz +01:00 ${EX}`,
  options: { public: { type: 'string' }, 'valid-from': { type: 'string' }, tz: { type: 'string' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./regulator-keys.run.js'), 'keyRotate'),
};

const keyList: Command = {
  path: ['regulator', 'disclosure-key', 'list'],
  summary: "list the disclosure key epochs of the deployment's DisclosedSettlement",
  help: `usage: wattproof regulator disclosure-key list --deployment FILE --rpc URL [--json]

Lists every epoch of the DisclosureKeys registry the deployment's DisclosedSettlement checks
against: number, key y (what proofs name), the point, the first period start it covers, and which one is in
force now. Anyone can run it (no key needed): a consumer's wallet encrypts to the key in force.

${ROLE_HELP}

Example:
  wattproof regulator disclosure-key list --deployment deployment.json --rpc http://127.0.0.1:8545`,
  options: { ...ROLE_OPTIONS },
  run: lazyRun(() => import('./regulator-keys.run.js'), 'keyList'),
};

const keyDeal: Command = {
  path: ['regulator', 'disclosure-key', 'deal'],
  summary: "a supervisory body's step 1 of the 2-of-3 disclosure key generation",
  help: `usage: wattproof regulator disclosure-key deal --body N --dir DIR [--force] [--json]

The regulator's disclosure key split 2-of-3 among supervisory bodies 1, 2, 3, without a dealer
(docs/disclosure-spec.md §9). Body N writes into DIR its commitments (deal-N.public.json, public)
and one share per body (deal-N-for-M.secret.json, mode 0600: send each to body M only). When all
three have dealt, each body runs "wattproof regulator disclosure-key combine".

Options:
  --body N    this body's index, 1..3
  --dir DIR   where the deal files go (refused if they exist, unless --force)

Example:
  wattproof regulator disclosure-key deal --body 1 --dir keygen/`,
  options: { body: { type: 'string' }, dir: { type: 'string' }, force: { type: 'boolean' } },
  run: lazyRun(() => import('./regulator-threshold.run.js'), 'keyDeal'),
};

const keyCombine: Command = {
  path: ['regulator', 'disclosure-key', 'combine'],
  summary: "a supervisory body's step 2: its key share and the combined public key",
  help: `usage: wattproof regulator disclosure-key combine --body N --dir DIR --share FILE --public FILE [--force] [--json]

Body N checks each dealer's share for it against that dealer's commitments (a bad one names the
dealer) and writes its share of the regulator's secret (--share, mode 0600; nobody holds the whole
secret) and the combined public key (--public: {"x","y"} with the bodies' public shares; every body
gets the same). Register it like any key ("wattproof deploy --disclosure --disclosure-key FILE" or
"wattproof regulator disclosure-key rotate --public FILE"); consumers encrypt to it as usual.

Options:
  --body N       this body's index, 1..3
  --dir DIR      the deal files of all three bodies (this body's secret shares among them)
  --share FILE   where to write this body's share
  --public FILE  where to write the combined public key

Example:
  wattproof regulator disclosure-key combine --body 1 --dir keygen/ --share body1.share.json --public regulator.pub.json`,
  options: { body: { type: 'string' }, dir: { type: 'string' }, share: { type: 'string' }, public: { type: 'string' }, force: { type: 'boolean' } },
  run: lazyRun(() => import('./regulator-threshold.run.js'), 'keyCombine'),
};

const keyPartial: Command = {
  path: ['regulator', 'disclosure-key', 'partial'],
  summary: "a supervisory body's partial decryption of one disclosed proof",
  help: `usage: wattproof regulator disclosure-key partial PROOF --share FILE --out FILE [--force] [--json]

Body N's share times the proof's ephemeral key, with a proof that it used its share (Chaum-Pedersen).
It opens nothing alone; two bodies' partials open the settlement with
"wattproof bill disclose PROOF --partials A,B --regulator-key FILE".

Options:
  --share FILE  this body's share ("wattproof regulator disclosure-key combine")
  --out FILE    where to write the partial decryption

Example:
  wattproof regulator disclosure-key partial proof.json --share body1.share.json --out partial1.json`,
  options: { share: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run: lazyRun(() => import('./regulator-threshold.run.js'), 'keyPartial'),
};

/** The `regulator` commands. */
export const regulatorCommands: Command[] = [approve, reject, pause, unpause, keyNew, keyRotate, keyList, keyDeal, keyCombine, keyPartial];
