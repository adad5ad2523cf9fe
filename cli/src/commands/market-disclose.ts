/**
 * `wattproof market disclose`: the market prover's own copy of what its proof disclosed to the
 * regulator (docs/disclosure-spec.md §11), as `wattproof bill disclose` is the consumer's for a bill.
 * In a file of its own so that the market command files other work touches stay apart.
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';

const disclose: Command = {
  path: ['market', 'disclose'],
  summary: "open a market proof's disclosure: the prover's own copy, or an ombudsman's with the shared point",
  help: `usage: wattproof market disclose PROOF (--regulator-key FILE --disclosure-secret FILE | --shared-point X,Y) [--out FILE] [--json]

A market proof with the regulator's disclosure ("wattproof market prove --regulator-key ...",
fifteen signals) carries the settlement's details encrypted to the regulator's key (docs/disclosure-
spec.md §11). Its prover can open them again: the ephemeral key was derived from its disclosure
secret and the period, so the settlement's shared point follows from that secret and the regulator's
public key. Prints the billed energy per adder band, the non-actual interval count, the signed index
sum, the meter's signed statement and the energy per hour of the zone's day, and the shared point:
it opens this settlement only and reveals no key, so the prover can hand it to an ombudsman or a
court, who open the same proof with --shared-point. The proof file is read as it is (check it with
the chain's settlement: "wattproof market audit" re-verifies settled proofs).

Options:
  --regulator-key FILE      the regulator's public key the proof encrypted to, {"x": "...", "y": "..."}
  --disclosure-secret FILE  the prover's disclosure secret ("market prove --disclosure-secret")
  --shared-point X,Y        or the settlement's shared point, as the prover printed it
  --out FILE                also write the details as JSON (refused if it exists, unless --force)
  --force                   overwrite --out

Example:
  wattproof market disclose day.proof.json --regulator-key regulator.pub.json --disclosure-secret prover.secret`,
  options: {
    'regulator-key': { type: 'string' },
    'disclosure-secret': { type: 'string' },
    'shared-point': { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  run: lazyRun(() => import('./market-disclose.run.js'), 'disclose'),
};

/** The market prover's disclosure command. */
export const marketDiscloseCommands: Command[] = [disclose];
