/**
 * `wattproof consumer accept | deposit | withdraw | pay-arrears`: the consumer's commands (it
 * proves and settles its bills with "wattproof bill prove" and "wattproof settle").
 * @packageDocumentation
 */
import { lazyRun } from '../command.js';
import { ROLE_HELP, ROLE_OPTIONS } from '../chain-options.js';
const CHAIN = '--deployment FILE --rpc URL --key-file FILE [--json]';
const EX = '--deployment deployment.json --rpc http://127.0.0.1:8545 --key-file consumer.key';
const accept = {
    path: ['consumer', 'accept'],
    summary: 'accept the tariff offered to your meter',
    help: `usage: wattproof consumer accept --meter-id N --tariff FILE ${CHAIN}

Accepts the tariff the retailer offered to the meter, after checking that the document you hold
is the offered commitment and that the regulator approved it. Your bills are then proven with
this document and settle under it.

Options:
  --meter-id N    your meter
  --tariff FILE   the tariff document the retailer gave you

${ROLE_HELP}

Example:
  wattproof consumer accept --meter-id 4100230017 --tariff tariff.json ${EX}`,
    options: { 'meter-id': { type: 'string' }, tariff: { type: 'string' }, ...ROLE_OPTIONS },
    run: lazyRun(() => import('./consumer.run.js'), 'accept'),
};
const deposit = {
    path: ['consumer', 'deposit'],
    summary: 'deposit funds into escrow for your bills',
    help: `usage: wattproof consumer deposit --amount A ${CHAIN}

Deposits tokens into your escrow balance (approving the ERC-20 allowance first when needed).
Each settled bill is paid from it; what it cannot cover becomes arrears of the meter.

Options:
  --amount A   in token units (e.g. 150 or 12.5)

${ROLE_HELP}

Example:
  wattproof consumer deposit --amount 100 ${EX}`,
    options: { amount: { type: 'string' }, ...ROLE_OPTIONS },
    run: lazyRun(() => import('./consumer.run.js'), 'deposit'),
};
const withdraw = {
    path: ['consumer', 'withdraw'],
    summary: 'withdraw free escrow balance',
    help: `usage: wattproof consumer withdraw [--amount A] ${CHAIN}

Withdraws escrow balance not reserved for arrears (default: all of it). Exit code 6 when there
is nothing to withdraw.

Options:
  --amount A   in token units (default: the whole free balance)

${ROLE_HELP}

Example:
  wattproof consumer withdraw --amount 20 ${EX}`,
    options: { amount: { type: 'string' }, ...ROLE_OPTIONS },
    run: lazyRun(() => import('./consumer.run.js'), 'withdraw'),
};
const payArrears = {
    path: ['consumer', 'pay-arrears'],
    summary: "pay a meter's arrears from escrow",
    help: `usage: wattproof consumer pay-arrears --meter-id N [--amount A] [--deposit] ${CHAIN}

Pays the meter's arrears from your escrow balance (default: all of them). With --deposit, the
missing amount is deposited first. Exit code 6 when the meter has no arrears.

Options:
  --meter-id N   the meter
  --amount A     in token units (default: all arrears)
  --deposit      deposit what the escrow balance lacks first

${ROLE_HELP}

Example:
  wattproof consumer pay-arrears --meter-id 4100230017 --deposit ${EX}`,
    options: { 'meter-id': { type: 'string' }, amount: { type: 'string' }, deposit: { type: 'boolean' }, ...ROLE_OPTIONS },
    run: lazyRun(() => import('./consumer.run.js'), 'payArrears'),
};
/** The `consumer` commands. */
export const consumerCommands = [accept, deposit, withdraw, payArrears];
//# sourceMappingURL=consumer.js.map