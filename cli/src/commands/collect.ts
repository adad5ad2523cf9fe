/**
 * `wattproof collect submit | serve`: the collector. A retailer (or any relayer) gathers consumers'
 * bill proofs in an inbox directory (or over HTTP), verifies them off-chain and settles them in
 * batches sized to a gas limit.
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';
import { ROLE_HELP, ROLE_OPTIONS } from '../chain-options.js';

const submit: Command = {
  path: ['collect', 'submit'],
  summary: 'verify the proofs of an inbox and settle them in gas-sized batches',
  help: `usage: wattproof collect submit --inbox DIR [--circuit NAME] [--gas-limit N] [--dry-run] [--report FILE] --deployment FILE --rpc URL --key-file FILE [--json]

Reads every bill proof file (*.json, as "wattproof bill prove" writes them) in DIR, then:
  - drops, with a reason, what cannot settle: malformed files, proofs made for another chain or
    contract, yearly-block proofs (settleYearly only: the consumer settles each with "wattproof
    settle"), proofs that do not verify off-chain with the circuit's verification key, a second
    proof of the same period, periods the chain has already billed with another bill, periods
    after a missing one (they wait), periods that have not ended;
  - settles the rest with settleBatch, each meter's periods in order, in batches that fit
    --gas-limit (planned from the per-bill gas, then checked with the node's estimate and split
    until each fits). A bill the contract skips is reported with the check it failed.
Idempotent: before each batch it reads the meters' billing cursors; a bill settled meanwhile (by
an earlier run, the consumer, or another relayer) is reported as already settled, never sent.
Exit code 0 when every proof is settled or already settled, 1 when some were dropped.

Options:
  --inbox DIR       the directory of proof files
  --circuit NAME    the deployment's circuit (default: the deployment record's)
  --gas-limit N     gas limit of one batch transaction (default 15000000, half a 30M block)
  --dry-run         verify and plan only; send nothing
  --report FILE     also write the report as JSON

${ROLE_HELP}

Example:
  wattproof collect submit --inbox inbox/ --deployment deployment.json --rpc http://127.0.0.1:8545 --key-file retailer.key`,
  options: {
    inbox: { type: 'string' },
    circuit: { type: 'string' },
    'gas-limit': { type: 'string' },
    'dry-run': { type: 'boolean' },
    report: { type: 'string' },
    ...ROLE_OPTIONS,
  },
  run: lazyRun(() => import('./collect.run.js'), 'submit'),
};

const serve: Command = {
  path: ['collect', 'serve'],
  summary: 'an HTTP inbox consumers\u2019 wallets post their proofs to',
  help: `usage: wattproof collect serve --inbox DIR [--port N] [--host ADDR] [--json]

Listens for bill proofs and files each valid one into DIR, where "wattproof collect submit"
settles them. A wallet hands its proof to the collector instead of sending a transaction:

  POST /proofs   body: a bill proof file (JSON, at most 256 KiB)
                 202 {"id": FILE} when filed; 400 with a reason when it is not a bill proof
  GET  /health   200

Only the shape of a proof is checked here (submit verifies it); files are named by meter,
period start and a hash of the content, so a proof posted twice is filed once. Any web page may
post (CORS: the wallet's "Hand to collector", handToCollector in the SDK). Stops on SIGINT.

Options:
  --inbox DIR    where proofs are filed (created if missing)
  --port N       default 8547
  --host ADDR    default 127.0.0.1 (give 0.0.0.0 to listen on every interface)

Example:
  wattproof collect serve --inbox inbox/ --port 8547`,
  options: { inbox: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
  run: lazyRun(() => import('./collect.run.js'), 'serve'),
};

/** The `collect` commands. */
export const collectCommands: Command[] = [submit, serve];
