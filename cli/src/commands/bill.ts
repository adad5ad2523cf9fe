/**
 * `wattproof bill compute | prove | verify`.
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';
import { CHAIN_HELP, CHAIN_OPTIONS } from '../chain-options.js';

const compute: Command = {
  path: ['bill', 'compute'],
  summary: 'compute the itemized reference bill of a period under a tariff',
  help: `usage: wattproof bill compute --tariff FILE --period FILE [--json]

Computes the bill in plain TypeScript (docs/bill-spec.md §6): energy per band, tier surcharges,
standing charge, tax, export credit. The charge and credit are exactly what a proof of this bill
attests. The period may be signed or not (the signature is not checked here).`,
  options: { tariff: { type: 'string' }, period: { type: 'string' } },
  run: lazyRun(() => import('./bill-compute.run.js'), 'compute'),
};

const prove: Command = {
  path: ['bill', 'prove'],
  summary: 'prove a bill (Groth16) for settlement on a chain',
  help: `usage: wattproof bill prove --tariff FILE --period SIGNED [--circuit NAME] [--out FILE]
                            [--domain D | --rpc URL --settlement ADDRESS] [--json]

Proves, in zero knowledge, that the bill of the signed period under the tariff is the charge and
credit the reference engine computes. The readings, the signature and the tariff stay private;
the proof's public signals are the meter key hash, the tariff commitment, the period, the
amounts and the settlement domain (chain id and contract) it may settle in.

The domain: --domain D, or the Settlement contract given by --rpc/--settlement, or (neither)
the fresh in-process development deployment, whose address is the same on every run, so
"wattproof settle" without --rpc accepts the proof.

Options:
  --tariff FILE      the tariff document the consumer accepted
  --period FILE      the meter's signed period
  --circuit NAME     circuit to prove with (default: the smallest built one that fits the
                     tariff's slots per day and the period's days)
  --domain D         settlement domain, decimal
  --out FILE         write the proof here (default: <period>.proof.json)
  --regulator-key FILE      for a circuit with disclosure ("disclose": 1): the regulator's key in
                            force for the period, {"x": "...", "y": "..."}
  --disclosure-secret FILE  with it: the consumer's disclosure secret (one integer; the period's
                            ephemeral key is derived from it, so "bill disclose" reopens the copy)
  --ytd FILE         yearly-block tariffs (tierBasis "year"): the meter's year-to-date opening
                     (default: meter-<id>.ytd.json in the working directory)

Yearly blocks (docs/bill-spec.md §9): the bill consumes the year-to-date commitment the chain
stores for the meter and leaves a new one, so it needs the chain (--rpc, not --domain) and is
proven on a yearly instance ("yearly": 1). The opening it reads must be the chain's commitment (the
first yearly bill, or the first of a new tariff year, starts at 0); the new opening is kept in
FILE.pending, mode 0600, and replaces FILE only once the chain shows its commitment ("wattproof
settle", or the next "bill prove" after anyone settled it). The previous bill must be settled first.

${CHAIN_HELP}`,
  options: {
    tariff: { type: 'string' },
    period: { type: 'string' },
    circuit: { type: 'string' },
    domain: { type: 'string' },
    out: { type: 'string' },
    'regulator-key': { type: 'string' },
    'disclosure-secret': { type: 'string' },
    ytd: { type: 'string' },
    ...CHAIN_OPTIONS,
  },
  run: lazyRun(() => import('./bill.run.js'), 'prove'),
};

const verify: Command = {
  path: ['bill', 'verify'],
  summary: "verify a bill proof off-chain with the circuit's published verification key",
  help: `usage: wattproof bill verify FILE [--circuit NAME] [--json]

Checks a proof file against the verification key of its circuit (build/circuits/<name>/vkey.json,
checked against build/manifest.json) and prints what the proof shows publicly. Exit code 0 when
the proof is valid, 1 when it is not.

Options:
  --circuit NAME   verify with this circuit's key instead of the one the file names`,
  options: { circuit: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run: lazyRun(() => import('./bill.run.js'), 'verify'),
};

const discloseCmd: Command = {
  path: ['bill', 'disclose'],
  summary: "open the consumer's own copy of what a proof disclosed to the regulator",
  help: `usage: wattproof bill disclose PROOF (--regulator-key FILE --disclosure-secret FILE | --shared-point X,Y | --regulator-key FILE --partials A,B) [--json]

A proof of a circuit with disclosure ("disclose": 1) carries the bill's details encrypted to the
regulator's key (docs/disclosure-spec.md): import energy per price band, export energy per export
band, the demand peak and the meter-signed statement. The consumer, who chose the ephemeral key
from its disclosure secret, opens its own copy and prints the settlement's shared point: handed to
an ombudsman or a court, that point opens this settlement and no other (it reveals no key). The
proof itself is checked by "wattproof bill verify".

Options:
  --regulator-key FILE      the regulator's key the proof encrypted to, {"x": "...", "y": "..."}
  --disclosure-secret FILE  the consumer's disclosure secret the proof was made with
  --shared-point X,Y        open with a settlement's shared point instead (the ombudsman's side)
  --partials A,B            open with two supervisory bodies' partial decryptions of a key split 2-of-3
                            ("wattproof regulator disclosure-key partial"; --regulator-key is then the
                            combined key file, whose public shares check each partial)`,
  options: { 'regulator-key': { type: 'string' }, 'disclosure-secret': { type: 'string' }, 'shared-point': { type: 'string' }, partials: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run: lazyRun(() => import('./bill-disclose.run.js'), 'disclose'),
};

/** The `bill` commands. */
export const billCommands: Command[] = [compute, prove, verify, discloseCmd];
