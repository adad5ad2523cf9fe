/**
 * `wattproof deploy`: deploys a wattproof set on a node and writes its deployment record.
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';
import { KEY_HELP } from '../chain-options.js';

const deploy: Command = {
  path: ['deploy'],
  summary: 'deploy registries, a verifier and a Settlement contract; write the deployment file',
  help: `usage: wattproof deploy (--token ADDRESS | --dev-token) (--circuit NAME | --verifier ADDRESS)
                        [--authority ADDRESS] [--regulator ADDRESS] [--retailer ADDRESS]...
                        [--meter-registry ADDRESS --tariff-registry ADDRESS] [--mint ADDRESS=AMOUNT]...
                        [--disclosure (--disclosure-key FILE | --disclosure-keys ADDRESS)]
                        --out FILE [--force] --rpc URL --key-file FILE [--json]

Deploys a MeterRegistry and a TariffRegistry (or reuses existing ones), the circuit's Groth16
verifier (or uses a deployed one) and a Settlement contract over an ERC-20 token, and grants the
roles: METERING_AUTHORITY_ROLE to --authority, REGULATOR_ROLE and PAUSER_ROLE (all three
contracts) to --regulator, RETAILER_ROLE to each --retailer. The key's account deploys and is
admin of every contract.

With --disclosure it deploys a DisclosedSettlement instead (docs/disclosure-spec.md): every bill
must carry its details encrypted to the regulator's disclosure key in force for its period. The
circuit must be a disclosure instance (e.g. bill_1d_30m_disclose; its batch verifier is deployed:
batch settlement with disclosure is not built). A DisclosureKeys registry is deployed with the
regulator's first key (--disclosure-key; --regulator is then required and schedules later keys with
"wattproof regulator disclosure-key rotate"), or an existing registry is used (--disclosure-keys).

Everything is checked before the first transaction: every address (EIP-55 checksum, not zero),
that the token answers as an ERC-20, that given contracts exist and the account may grant roles
on reused registries, that the verifier is compiled, that the account has gas money, and that
--out can be written. The deployment record (addresses, chain id, first block, roles, every
transaction) is written to --out atomically when everything is done. Meanwhile FILE.partial
records each transaction as it is sent: if the deployment fails halfway it stays, with what was
deployed, and the command names it.

Options:
  --token ADDRESS            the settlement token: an existing ERC-20
  --dev-token                or: deploy a test token anyone can mint (development only)
  --mint ADDRESS=AMOUNT      with --dev-token: mint AMOUNT tokens to ADDRESS (repeatable)
  --circuit NAME             deploy this circuit's generated verifier (e.g. bill_31d_60m; built by
                             "npm run build")
  --verifier ADDRESS         or: an already deployed verifier
  --authority ADDRESS        the metering authority
  --regulator ADDRESS        the regulator
  --retailer ADDRESS         a retailer (repeatable)
  --meter-registry ADDRESS   reuse these registries (a second Settlement for another circuit);
  --tariff-registry ADDRESS  the account must be their admin
  --disclosure               deploy a DisclosedSettlement (the regulator's disclosure enforced)
  --disclosure-key FILE      with it: the regulator's first disclosure public key, {"x","y"} JSON
                             (written by "wattproof regulator disclosure-key new")
  --disclosure-keys ADDRESS  or: an existing DisclosureKeys registry
  --out FILE                 the deployment record to write (refused if it exists, unless --force)
  --force                    overwrite --out

Chain options:
  --rpc URL              JSON-RPC endpoint (or $WATTPROOF_RPC; required)
${KEY_HELP}

Example:
  wattproof deploy --dev-token --circuit bill_1d_30m --authority 0x7099…79C8 \\
    --regulator 0x3C44…93BC --retailer 0x90F7…b906 --out deployment.json \\
    --rpc http://127.0.0.1:8545 --key-file admin.key`,
  options: {
    token: { type: 'string' },
    'dev-token': { type: 'boolean' },
    mint: { type: 'string', multiple: true },
    circuit: { type: 'string' },
    verifier: { type: 'string' },
    authority: { type: 'string' },
    regulator: { type: 'string' },
    retailer: { type: 'string', multiple: true },
    'meter-registry': { type: 'string' },
    'tariff-registry': { type: 'string' },
    disclosure: { type: 'boolean' },
    'disclosure-key': { type: 'string' },
    'disclosure-keys': { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    rpc: { type: 'string' },
    'key-file': { type: 'string' },
    'private-key': { type: 'string' },
  },
  run: lazyRun(() => import('./deploy.run.js'), 'deploy'),
};

/** The `deploy` command. */
export const deployCommands: Command[] = [deploy];
