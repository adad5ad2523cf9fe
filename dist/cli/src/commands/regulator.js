/**
 * `wattproof regulator approve | reject | pause | unpause`: the regulator's commands (the audit
 * is `wattproof audit`).
 * @packageDocumentation
 */
import { lazyRun } from '../command.js';
import { ROLE_HELP, ROLE_OPTIONS } from '../chain-options.js';
const CHAIN = '--deployment FILE --rpc URL --key-file FILE [--json]';
const EX = '--deployment deployment.json --rpc http://127.0.0.1:8545 --key-file regulator.key';
const approve = {
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
const reject = {
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
const pause = {
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
const unpause = {
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
/** The `regulator` commands. */
export const regulatorCommands = [approve, reject, pause, unpause];
//# sourceMappingURL=regulator.js.map