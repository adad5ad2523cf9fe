/**
 * The options every chain command takes, and their help text (light: the command table loads
 * this without ethers or the SDK).
 * @packageDocumentation
 */
/** The parseArgs option definitions of {@link ChainOptions}. */
export const CHAIN_OPTIONS = {
    rpc: { type: 'string' },
    'rpc-timeout': { type: 'string' },
    settlement: { type: 'string' },
    deployment: { type: 'string' },
    'key-file': { type: 'string' },
    // Refused with a message (a key on the command line shows in process listings).
    'private-key': { type: 'string' },
    'from-block': { type: 'string' },
};
/** The options of the role commands (authority, retailer, regulator, consumer, status). */
export const ROLE_OPTIONS = {
    rpc: { type: 'string' },
    'rpc-timeout': { type: 'string' },
    deployment: { type: 'string' },
    'key-file': { type: 'string' },
    'private-key': { type: 'string' },
    'from-block': { type: 'string' },
};
/** Help lines of the RPC timeout (shared by chain and role commands). */
const TIMEOUT_HELP = `  --rpc-timeout SECONDS  give up on one JSON-RPC request after SECONDS (default 30), and on a
                         request with all its retries after twice that: an unreachable or
                         black-holed node fails within 2 x SECONDS`;
/** Help lines of the account options (shared by chain and role commands). */
export const KEY_HELP = `  --key-file FILE        the account's private key: a file holding 64 hex digits (or JSON
                         {"privateKey": …}, or an encrypted JSON keystore with the password in
                         $WATTPROOF_KEY_PASSWORD); keep it mode 0600. Or set
                         $WATTPROOF_PRIVATE_KEY. A key is never accepted on the command line
                         (--private-key is refused: it would show in process listings).`;
/** Help lines of the chain options. */
export const CHAIN_HELP = `Chain options:
  --rpc URL              JSON-RPC endpoint of any EVM node (or $WATTPROOF_RPC; transient
                         failures are retried). Without it: Hardhat's in-process chain with a
                         fresh development deployment, gone when the command ends (see
                         "wattproof help chain").
${TIMEOUT_HELP}
  --deployment FILE      the deployment record "wattproof deploy --out FILE" writes (its
                         Settlement address, chain id and first block are used)
  --settlement ADDRESS   or: the Settlement contract (registries, verifier and token are read
                         from it)
${KEY_HELP}
                         Default: the node's first unlocked account.
  --from-block N         first block to scan for events (default: the deployment's block, else 0)`;
/** Help lines of the role commands' options. */
export const ROLE_HELP = `Chain options:
  --deployment FILE      the deployment record "wattproof deploy --out FILE" wrote (required)
  --rpc URL              JSON-RPC endpoint of the deployment's chain (or $WATTPROOF_RPC; required)
${TIMEOUT_HELP}
${KEY_HELP}
  --from-block N         first block to scan for events (default: the deployment's block)`;
//# sourceMappingURL=chain-options.js.map