/**
 * Event logs over a block range, fetched in chunks (nodes cap eth_getLogs ranges). Browser-safe: the
 * wallet's regulator view reads the disclosed settlements with it.
 * @packageDocumentation
 */
import type { Log, Provider } from 'ethers';
import { ISettlement__factory } from '../../../typechain-types/index.js';
import { chainCall } from '../chain/errors.js';
import { sharedInterface } from '../chain/contracts.js';

/** Blocks per eth_getLogs request. */
const LOG_CHUNK = 5000;

/** Logs of one event of one contract over a block range, fetched in chunks. */
export async function eventLogs(provider: Provider, address: string, topic: string, fromBlock: number, toBlock: number): Promise<Log[]> {
  return eventLogsWhere(provider, { address, topics: [topic] }, fromBlock, toBlock);
}

/** Logs matching an eth_getLogs filter (address optional, topics with alternatives) over a block range, in chunks. */
export async function eventLogsWhere(
  provider: Provider,
  filter: { address?: string; topics: (string | string[] | null)[] },
  fromBlock: number,
  toBlock: number,
): Promise<Log[]> {
  const logs: Log[] = [];
  for (let from = fromBlock; from <= toBlock; from += LOG_CHUNK) {
    const to = Math.min(toBlock, from + LOG_CHUNK - 1);
    const chunk = await chainCall(`eth_getLogs ${from}..${to}`, () => provider.getLogs({ ...filter, fromBlock: from, toBlock: to }));
    logs.push(...chunk);
  }
  return logs;
}

/**
 * The Settled and BatchSettled logs of a Settlement contract over a block range (in chain order), fetched in
 * chunks: settle's bills and settleBatch's batches (billsOfLogs in the chain client reads the bills of either).
 */
export async function settledLogs(provider: Provider, settlement: string, fromBlock: number, toBlock: number): Promise<Log[]> {
  const iface = sharedInterface(ISettlement__factory);
  const topics = [iface.getEvent('Settled').topicHash, iface.getEvent('BatchSettled').topicHash];
  const logs = await eventLogsWhere(provider, { address: settlement, topics: [topics] }, fromBlock, toBlock);
  return logs.sort((x, y) => x.blockNumber - y.blockNumber || x.index - y.index);
}
