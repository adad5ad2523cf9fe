/**
 * The options every chain command takes, and their help text (light: the command table loads
 * this without ethers or the SDK).
 * @packageDocumentation
 */
/** The parseArgs option definitions of {@link ChainOptions}. */
export declare const CHAIN_OPTIONS: {
    readonly rpc: {
        readonly type: "string";
    };
    readonly 'rpc-timeout': {
        readonly type: "string";
    };
    readonly settlement: {
        readonly type: "string";
    };
    readonly deployment: {
        readonly type: "string";
    };
    readonly 'key-file': {
        readonly type: "string";
    };
    readonly 'private-key': {
        readonly type: "string";
    };
    readonly 'from-block': {
        readonly type: "string";
    };
};
/** The options of the role commands (authority, retailer, regulator, consumer, status). */
export declare const ROLE_OPTIONS: {
    readonly rpc: {
        readonly type: "string";
    };
    readonly 'rpc-timeout': {
        readonly type: "string";
    };
    readonly deployment: {
        readonly type: "string";
    };
    readonly 'key-file': {
        readonly type: "string";
    };
    readonly 'private-key': {
        readonly type: "string";
    };
    readonly 'from-block': {
        readonly type: "string";
    };
};
/** Help lines of the account options (shared by chain and role commands). */
export declare const KEY_HELP = "  --key-file FILE        the account's private key: a file holding 64 hex digits (or JSON\n                         {\"privateKey\": \u2026}, or an encrypted JSON keystore with the password in\n                         $WATTPROOF_KEY_PASSWORD); keep it mode 0600. Or set\n                         $WATTPROOF_PRIVATE_KEY. A key is never accepted on the command line\n                         (--private-key is refused: it would show in process listings).";
/** Help lines of the chain options. */
export declare const CHAIN_HELP = "Chain options:\n  --rpc URL              JSON-RPC endpoint of any EVM node (or $WATTPROOF_RPC; transient\n                         failures are retried). Without it: Hardhat's in-process chain with a\n                         fresh development deployment, gone when the command ends (see\n                         \"wattproof help chain\").\n  --rpc-timeout SECONDS  give up on one JSON-RPC request after SECONDS (default 30), and on a\n                         request with all its retries after twice that: an unreachable or\n                         black-holed node fails within 2 x SECONDS\n  --deployment FILE      the deployment record \"wattproof deploy --out FILE\" writes (its\n                         Settlement address, chain id and first block are used)\n  --settlement ADDRESS   or: the Settlement contract (registries, verifier and token are read\n                         from it)\n  --key-file FILE        the account's private key: a file holding 64 hex digits (or JSON\n                         {\"privateKey\": \u2026}, or an encrypted JSON keystore with the password in\n                         $WATTPROOF_KEY_PASSWORD); keep it mode 0600. Or set\n                         $WATTPROOF_PRIVATE_KEY. A key is never accepted on the command line\n                         (--private-key is refused: it would show in process listings).\n                         Default: the node's first unlocked account.\n  --from-block N         first block to scan for events (default: the deployment's block, else 0)";
/** Help lines of the role commands' options. */
export declare const ROLE_HELP = "Chain options:\n  --deployment FILE      the deployment record \"wattproof deploy --out FILE\" wrote (required)\n  --rpc URL              JSON-RPC endpoint of the deployment's chain (or $WATTPROOF_RPC; required)\n  --rpc-timeout SECONDS  give up on one JSON-RPC request after SECONDS (default 30), and on a\n                         request with all its retries after twice that: an unreachable or\n                         black-holed node fails within 2 x SECONDS\n  --key-file FILE        the account's private key: a file holding 64 hex digits (or JSON\n                         {\"privateKey\": \u2026}, or an encrypted JSON keystore with the password in\n                         $WATTPROOF_KEY_PASSWORD); keep it mode 0600. Or set\n                         $WATTPROOF_PRIVATE_KEY. A key is never accepted on the command line\n                         (--private-key is refused: it would show in process listings).\n  --from-block N         first block to scan for events (default: the deployment's block)";
