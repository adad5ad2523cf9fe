/**
 * `wattproof retailer register-tariff | publish-tariff | offer-tariff | settlements | deposit | withdraw`: the
 * retailer's commands.
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';
import { ROLE_HELP, ROLE_OPTIONS } from '../chain-options.js';

const CHAIN = '--deployment FILE --rpc URL --key-file FILE [--json]';
const EX = '--deployment deployment.json --rpc http://127.0.0.1:8545 --key-file retailer.key';

const registerTariff: Command = {
  path: ['retailer', 'register-tariff'],
  summary: "register a tariff's commitment for the regulator to approve",
  help: `usage: wattproof retailer register-tariff --tariff FILE --valid-from WHEN --valid-until WHEN
                                          ${CHAIN}

Registers the commitment of the tariff document (the document itself stays private; the
regulator reads it off-chain) with the window of periods it may bill: a period settles under it
when valid-from <= period start and period end <= valid-until. The tariff then waits for the
regulator's approval ("wattproof regulator approve") before it can be offered.

Options:
  --tariff FILE         the tariff document
  --valid-from WHEN     earliest period start (unix seconds, YYYY-MM-DD = local midnight in the
                        tariff's own time zone, or an ISO date-time with its zone)
  --valid-until WHEN    latest period end
  --max-non-actual N    refuse periods whose non-actual intervals (estimated, substituted,
                        filled; counted in the meter-signed statement) exceed N per mille of
                        their intervals (0..1000; default 1000 = any); approved with the tariff

${ROLE_HELP}

Example:
  wattproof retailer register-tariff --tariff tariff.json --valid-from 2026-06-01 \\
    --valid-until 2027-01-01 ${EX}`,
  options: {
    tariff: { type: 'string' },
    'valid-from': { type: 'string' },
    'valid-until': { type: 'string' },
    'max-non-actual': { type: 'string' },
    ...ROLE_OPTIONS,
  },
  run: lazyRun(() => import('./retailer.run.js'), 'registerTariff'),
};

const publishTariff: Command = {
  path: ['retailer', 'publish-tariff'],
  summary: 'make a registered tariff public: its document at a URI, its hash on chain',
  help: `usage: wattproof retailer publish-tariff --tariff FILE --uri URI [--no-check] ${CHAIN}

Makes a tariff public, for a retailer that wants transparent prices: upload the tariff
document (salt included) to URI first, exactly as FILE, then record the URI and the keccak256
of its bytes in the TariffRegistry beside the commitment. Anyone can then fetch the document,
check the hash and recompute the commitment ("wattproof tariff show --commitment C"), and the
regulator's audit says which tariffs are public. Usage stays private either way. Final: a
public tariff cannot be made private again (the document is out).

Before sending, the document at URI is read (file:, http:, https:, data:) and must be FILE
byte for byte; --no-check skips that (for a URI this machine cannot reach).

Options:
  --tariff FILE    the tariff document, exactly as served at URI
  --uri URI        where anyone can read it
  --no-check       do not read URI before sending

${ROLE_HELP}

Example:
  wattproof retailer publish-tariff --tariff tariff.json \\
    --uri https://retailer.example/tariffs/2026-tou.json ${EX}`,
  options: { tariff: { type: 'string' }, uri: { type: 'string' }, 'no-check': { type: 'boolean' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./retailer.run.js'), 'publishTariff'),
};

const offerTariff: Command = {
  path: ['retailer', 'offer-tariff'],
  summary: "offer an approved tariff to one of the retailer's meters",
  help: `usage: wattproof retailer offer-tariff --meter-id N (--tariff FILE | --commitment C) ${CHAIN}

Offers an approved tariff to the consumer of one of this retailer's meters; the consumer then
accepts it ("wattproof consumer accept"). Give the consumer the tariff document too: it proves
its bills with it.

Options:
  --meter-id N       the meter
  --tariff FILE      the tariff document (or --commitment C, its decimal commitment)

${ROLE_HELP}

Example:
  wattproof retailer offer-tariff --meter-id 4100230017 --tariff tariff.json ${EX}`,
  options: { 'meter-id': { type: 'string' }, tariff: { type: 'string' }, commitment: { type: 'string' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./retailer.run.js'), 'offerTariff'),
};

const settlements: Command = {
  path: ['retailer', 'settlements'],
  summary: 'list the settlements credited to this retailer',
  help: `usage: wattproof retailer settlements [--meter-id N] [--from N] [--to N] ${CHAIN}

Lists the bills settled to this retailer (from the Settled events): meter, period, charge,
export credit, what the escrow paid and what became arrears, and the ledger balance.

Options:
  --meter-id N   only this meter
  --from N       first block (default: the deployment's)
  --to N         last block (default: latest)

${ROLE_HELP}

Example:
  wattproof retailer settlements --meter-id 4100230017 ${EX}`,
  options: { 'meter-id': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./retailer.run.js'), 'settlements'),
};

const deposit: Command = {
  path: ['retailer', 'deposit'],
  summary: 'deposit a float for export credits above a bill',
  help: `usage: wattproof retailer deposit --amount A ${CHAIN}

Deposits tokens into the retailer's ledger balance (approving the ERC-20 allowance first when
needed): a prosumer's export credit above its charge is paid from it.

Options:
  --amount A   in token units (e.g. 150 or 12.5)

${ROLE_HELP}

Example:
  wattproof retailer deposit --amount 50 ${EX}`,
  options: { amount: { type: 'string' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./retailer.run.js'), 'deposit'),
};

const withdraw: Command = {
  path: ['retailer', 'withdraw'],
  summary: "withdraw the retailer's earnings",
  help: `usage: wattproof retailer withdraw [--amount A] ${CHAIN}

Withdraws from the retailer's ledger balance to its account (default: all of it). Exit code 6
when there is nothing to withdraw.

Options:
  --amount A   in token units (default: the whole free balance)

${ROLE_HELP}

Example:
  wattproof retailer withdraw ${EX}`,
  options: { amount: { type: 'string' }, ...ROLE_OPTIONS },
  run: lazyRun(() => import('./retailer.run.js'), 'withdraw'),
};

/** The `retailer` commands. */
export const retailerCommands: Command[] = [registerTariff, publishTariff, offerTariff, settlements, deposit, withdraw];
