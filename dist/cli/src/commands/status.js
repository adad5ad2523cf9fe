/**
 * `wattproof status`: a deployment's state, and a meter's billing cursor, key windows, tariff and
 * balances.
 * @packageDocumentation
 */
import { lazyRun } from '../command.js';
import { ROLE_OPTIONS } from '../chain-options.js';
const status = {
    path: ['status'],
    summary: "show a deployment, a meter's billing cursor, key windows, tariff and balances",
    help: `usage: wattproof status [--meter N] [--account ADDRESS] --deployment FILE --rpc URL [--json]

Reads (sends nothing):
  - the deployment: contracts, token, which contracts are paused;
  - with --meter N: the meter's consumer and retailer, its billing cursor (where the next
    settled period must start), every key it had with its validity window, the tariff offered
    and the one accepted (approval status and window), the meter's arrears, the consumer's and
    the retailer's ledger positions and token balances, and its last settlement;
  - with --account ADDRESS (or the account of --key-file / $WATTPROOF_PRIVATE_KEY): that
    account's ledger position and token balance.

Options:
  --meter N            the meter
  --account ADDRESS    an account to show the position of

Chain options:
  --deployment FILE    the deployment record "wattproof deploy --out FILE" wrote (required)
  --rpc URL            JSON-RPC endpoint (or $WATTPROOF_RPC; required)
  --key-file FILE      optional: show this key's account
  --from-block N       first block to scan for events (default: the deployment's block)

Example:
  wattproof status --meter 4100230017 --deployment deployment.json --rpc http://127.0.0.1:8545`,
    options: { meter: { type: 'string' }, account: { type: 'string' }, ...ROLE_OPTIONS },
    run: lazyRun(() => import('./status.run.js'), 'status'),
};
/** The `status` command. */
export const statusCommands = [status];
//# sourceMappingURL=status.js.map