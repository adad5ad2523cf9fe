import { type RunContext } from '../command.js';
/**
 * The settle journal, PROOF.pending: the hash of the transaction in flight, so that a re-run
 * after a crash waits for it instead of sending a second one. Its location is proven writable
 * before anything is sent; once a transaction is sent, a failure to record it is a warning
 * (the transaction stands), never the command's failure.
 */
export declare class SettleJournal {
    #private;
    readonly path: string;
    constructor(path: string);
    /** The hash an earlier run recorded, if any. */
    pending(): Promise<string | undefined>;
    /**
     * Writes the journal before sending (keeping an earlier run's hash), proving the location is
     * writable. @throws ImportError naming the file; nothing has been sent then
     */
    prepare(pending: string | undefined): Promise<void>;
    /** Records a sent transaction. @returns a warning when the journal could not be written (never throws) */
    record(hash: string): string | undefined;
    /** Removes the journal: the outcome is known (or nothing was sent and nothing was pending). */
    remove(): Promise<void>;
    /** True once a sent transaction's hash is in the journal. */
    get recorded(): boolean;
}
/** `settle`: see the command's help in ./chain-commands.ts. */
export declare function settle({ values, positionals, out }: RunContext): Promise<void>;
/** `auditCmd`: see the command's help in ./chain-commands.ts. */
export declare function auditCmd({ values, out }: RunContext): Promise<void>;
