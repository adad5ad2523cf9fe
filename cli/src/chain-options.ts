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
  'private-key': { type: 'string' },
  'from-block': { type: 'string' },
} as const;

/** Help lines of the chain options. */
export const CHAIN_HELP = `Chain options:
  --rpc URL              JSON-RPC endpoint of any EVM node (transient failures are retried).
                         Without --rpc: Hardhat's in-process chain with a fresh development
                         deployment, gone when the command ends (see "wattproof help chain").
  --rpc-timeout SECONDS  give up on one JSON-RPC request after SECONDS (default 30), and on a
                         request with all its retries after twice that: an unreachable or
                         black-holed node fails within 2 x SECONDS
  --settlement ADDRESS   the Settlement contract (with --rpc; registries, verifier and token are
                         read from it)
  --deployment FILE      or: the JSON record "npm run deploy -- --out FILE" writes (its
                         "settlement" address is used)
  --private-key HEX      account to send with (or $WATTPROOF_PRIVATE_KEY; default: the node's
                         first unlocked account)
  --from-block N         first block to scan for events (the deployment block; default 0)`;
