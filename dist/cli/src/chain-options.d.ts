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
    readonly settlement: {
        readonly type: "string";
    };
    readonly deployment: {
        readonly type: "string";
    };
    readonly 'private-key': {
        readonly type: "string";
    };
    readonly 'from-block': {
        readonly type: "string";
    };
};
/** Help lines of the chain options. */
export declare const CHAIN_HELP = "Chain options:\n  --rpc URL              JSON-RPC endpoint of any EVM node (transient failures are retried).\n                         Without --rpc: Hardhat's in-process chain with a fresh development\n                         deployment, gone when the command ends (see \"wattproof help chain\").\n  --settlement ADDRESS   the Settlement contract (with --rpc; registries, verifier and token are\n                         read from it)\n  --deployment FILE      or: the JSON record \"npm run deploy -- --out FILE\" writes (its\n                         \"settlement\" address is used)\n  --private-key HEX      account to send with (or $WATTPROOF_PRIVATE_KEY; default: the node's\n                         first unlocked account)\n  --from-block N         first block to scan for events (the deployment block; default 0)";
