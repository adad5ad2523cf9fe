/**
 * `wattproof settle` and `wattproof audit`.
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';
import { CHAIN_HELP, CHAIN_OPTIONS } from '../chain-options.js';

const settle: Command = {
  path: ['settle'],
  summary: 'settle a proven bill on chain (idempotent: never pays twice)',
  help: `usage: wattproof settle PROOF [--rpc URL --settlement ADDRESS] [--period SIGNED] [--deposit AMOUNT] [--json]

Sends the proof to the Settlement contract, which checks it and moves the money in its escrow
ledger (charge minus export credit from the consumer to the retailer; what the escrow cannot
cover becomes arrears of the meter). Anyone may send a proof: the outcome is the same.

Idempotent: if the chain already settled this meter's period with this bill, the existing
settlement is reported and nothing is sent. The transaction hash is kept in PROOF.pending
while the transaction is in flight, so a re-run after a crash finds it. That file is written
(atomically) before anything is sent: if its location is not writable, settle stops with nothing
sent. A transaction that was sent is always reported as sent: if its hash then cannot be
recorded, or its outcome cannot be learnt, the message says so and names the hash.

Without --rpc (development): a fresh in-process deployment is set up for the proof: the meter
is registered from --period SIGNED, its tariff commitment registered, approved, offered and
accepted, and the consumer deposits --deposit AMOUNT (default: the net charge). The proof must
have been made for that deployment ("wattproof bill prove" without --rpc/--domain).

A yearly-block proof (eight public signals) is sent to settleYearly: the contract consumes the
meter's year-to-date commitment and stores the new one. Once the chain shows it, the opening
"bill prove" kept pending in FILE.pending becomes FILE (nothing changes if the settlement fails).

Options:
  --period FILE      the signed period the proof was made from (development mode)
  --deposit AMOUNT   consumer escrow deposit in token units (development mode)
  --ytd FILE         a yearly bill's year-to-date opening (default: meter-<id>.ytd.json)

${CHAIN_HELP}`,
  options: { period: { type: 'string' }, deposit: { type: 'string' }, ytd: { type: 'string' }, ...CHAIN_OPTIONS },
  positionals: { min: 1, max: 1 },
  run: lazyRun(() => import('./chain-commands.run.js'), 'settle'),
};

const auditCmd: Command = {
  path: ['audit'],
  summary: "the regulator's audit: re-verify every settlement of a block range",
  help: `usage: wattproof audit [--from N] [--to N] [--circuit NAME] [--rpc URL --settlement ADDRESS] [--json]
       wattproof audit --index DB [--meter ID] [--retailer ADDRESS] [--period-from T] [--period-to T]
                       [--confirmations N] [--range-blocks N] [--offline] [--rpc URL --settlement ADDRESS] [--json]
       wattproof audit --disclose --key FILE [--tariff FILE,FILE…] [--from N] [--to N]
                       --rpc URL --settlement ADDRESS [--json]
       wattproof audit --disclose --partial SHARE --out FILE [--from N] [--to N] --rpc URL --settlement ADDRESS
       wattproof audit --disclose --partials A,B --regulator-key FILE [--tariff FILE,FILE…] [--from N] [--to N]
                       --rpc URL --settlement ADDRESS [--json]

Walks the Settled events of the block range and, for each settlement, checks that the event's
fields are the ones its public signals encode, that the signals bind this chain and contract,
that the ledger movement adds up, that the proof's key is the meter's, that no period is billed
twice, and re-verifies the Groth16 proof off-chain with the published verification key
(build/manifest.json). Once per audit it checks that the deployed verifier contract is the one
generated from that key, and reports the key's trusted setup: the ceremony transcript it came
from, its contribution hashes and whether the key is the final zkey's (or INSECURE: a
development setup) (regenerated with snarkjs, compiled with the pinned solc, and compared
byte for byte, metadata aside). On a yearly-block deployment (settleYearly, docs/bill-spec.md §9)
each proof is re-verified with its three year-to-date signals, read from the transaction's calldata
and checked against its YearToDateReplaced event, and each meter's commitments must chain: every bill
consumes the one the previous bill left, or starts a later tariff year at 0 (from block 0, the first
bill of a meter must start at 0). Exit code 0 when everything verifies, 1 otherwise.

Without --rpc the audit runs on a fresh in-process deployment: it checks the verifier and finds
no settlements (useful only as a self-test).

With --index the audit answers from an index of settlements: DB is a SQLite file (created when
missing) or a postgres://USER@HOST:PORT/DATABASE connection URL. First the index is brought up to
the head minus --confirmations blocks: new settlements get every check above, their proofs
re-verified in parallel worker threads, and are written one block range per transaction (a run
that is interrupted resumes after the last committed range, re-verifying nothing); stored block
hashes are compared with the chain's, and blocks a reorganisation replaced are rolled back and read
again. Then the settlements of --meter, --retailer and the period are listed from the index.

Options:
  --from N         first block (default: --from-block, else 0)
  --to N           last block (default: latest)
  --circuit NAME   only consider this circuit's published key (default: identify it)
  --build-dir DIR  the build directory with the published keys (default: $WATTPROOF_BUILD_DIR,
                   else build/); a "wattproof ceremony export" directory names its ceremony
  --transcript FILE  the ceremony transcript the verifier's key must come from (default: the
                   one the manifest names); its contribution hashes are listed, and a key from a
                   development setup is flagged INSECURE
  --index DB       answer from the audit index DB (SQLite file or postgres:// URL), synced first
  --meter ID       (with --index) only this meter's settlements
  --retailer ADDRESS  (with --index) only this retailer's settlements
  --period-from T  (with --index) only periods that end after T (unix seconds or an ISO date, UTC)
  --period-to T    (with --index) only periods that start before T
  --confirmations N  (with --index) blocks at the head not indexed yet (default 12)
  --range-blocks N  (with --index) blocks read and written per transaction (default 2000); a
                   killed run loses at most the range in flight
  --offline        (with --index) do not sync; answer from what is indexed
  --disclose       the regulator's disclosure audit of a DisclosedSettlement (docs/disclosure-spec.md):
                   decrypt every settlement's details from its calldata, check they were encrypted
                   to the key in force for the period, recompute charge and credit from them and
                   the approved tariff documents, and flag what differs (exit code 1 if any)
  --key FILE       (with --disclose) the regulator's disclosure secrets, one integer per line (one
                   per key epoch); keep the file private
  --tariff FILES   (with --disclose) the approved tariff documents, comma-separated
  --partial SHARE  (with --disclose) a key split 2-of-3 among supervisory bodies (docs/disclosure-
                   spec.md §9): this body's share file ("regulator disclosure-key combine"); writes
                   the body's partial decryption of every settlement of the range encrypted to the
                   combined key, each with its proof, to --out FILE (mode 0600; it opens nothing alone)
  --partials A,B   (with --disclose) two bodies' --partial files: each partial is checked against its
                   body's public share, each settlement's pair combined, then the audit runs as with --key
  --regulator-key FILE  (with --partials) the bodies' combined key file (its public shares)
  --out FILE       (with --partial) where the partial decryptions go (refused if it exists, unless --force)
  --force          (with --partial) overwrite --out

${CHAIN_HELP}`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    circuit: { type: 'string' },
    'build-dir': { type: 'string' },
    transcript: { type: 'string' },
    index: { type: 'string' },
    meter: { type: 'string' },
    retailer: { type: 'string' },
    'period-from': { type: 'string' },
    'period-to': { type: 'string' },
    confirmations: { type: 'string' },
    'range-blocks': { type: 'string' },
    offline: { type: 'boolean' },
    disclose: { type: 'boolean' },
    key: { type: 'string' },
    tariff: { type: 'string' },
    partial: { type: 'string' },
    partials: { type: 'string' },
    'regulator-key': { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    ...CHAIN_OPTIONS,
  },
  run: lazyRun(() => import('./chain-commands.run.js'), 'auditCmd'),
};

/** `settle` and `audit`. */
export const chainCommands: Command[] = [settle, auditCmd];
