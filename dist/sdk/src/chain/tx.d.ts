/**
 * Sending a transaction and waiting for it, with failures as ChainErrors.
 * @packageDocumentation
 */
import type { ContractTransactionReceipt, ContractTransactionResponse } from 'ethers';
/** What every state-changing client call returns. */
export interface TxResult {
    /** Transaction hash. */
    hash: string;
    blockNumber: number;
    gasUsed: bigint;
}
/** Send with `send`, wait for one confirmation, return the receipt; every failure is a ChainError. */
export declare function sendTx(action: string, send: () => Promise<ContractTransactionResponse>): Promise<ContractTransactionReceipt>;
/** The plain summary of a receipt. */
export declare function txResult(receipt: ContractTransactionReceipt): TxResult;
/** Send and summarize. */
export declare function send(action: string, fn: () => Promise<ContractTransactionResponse>): Promise<TxResult>;
