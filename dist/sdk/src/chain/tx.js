import { ChainError } from '../../../core/src/errors.js';
import { chainCall } from './errors.js';
/** Send with `send`, wait for one confirmation, return the receipt; every failure is a ChainError. */
export async function sendTx(action, send) {
    return chainCall(action, async () => {
        const response = await send();
        const receipt = await response.wait();
        if (receipt === null)
            throw new ChainError(`${action}: transaction ${response.hash} was dropped`, { retryable: true });
        return receipt;
    });
}
/** The plain summary of a receipt. */
export function txResult(receipt) {
    return { hash: receipt.hash, blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed };
}
/** Send and summarize. */
export async function send(action, fn) {
    return txResult(await sendTx(action, fn));
}
//# sourceMappingURL=tx.js.map