/**
 * Sending a transaction and waiting for it, with failures as ChainErrors.
 * @packageDocumentation
 */
import type { ContractTransactionReceipt, ContractTransactionResponse } from 'ethers';
import { ChainError } from '../../../core/src/errors.js';
import { chainCall } from './errors.js';

/** What every state-changing client call returns. */
export interface TxResult {
  /** Transaction hash. */
  hash: string;
  blockNumber: number;
  gasUsed: bigint;
}

/** Send with `send`, wait for one confirmation, return the receipt; every failure is a ChainError. */
export async function sendTx(action: string, send: () => Promise<ContractTransactionResponse>): Promise<ContractTransactionReceipt> {
  return chainCall(action, async () => {
    const response = await send();
    const receipt = await response.wait();
    if (receipt === null) throw new ChainError(`${action}: transaction ${response.hash} was dropped`, { retryable: true });
    return receipt;
  });
}

/** The plain summary of a receipt. */
export function txResult(receipt: ContractTransactionReceipt): TxResult {
  return { hash: receipt.hash, blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed };
}

/** Send and summarize. */
export async function send(action: string, fn: () => Promise<ContractTransactionResponse>): Promise<TxResult> {
  return txResult(await sendTx(action, fn));
}
