/**
 * `wattproof collect submit | serve`: the collector. A retailer (or any relayer) gathers consumers'
 * bill proofs in an inbox directory (or over HTTP), verifies them off-chain and settles them in
 * batches sized to a gas limit.
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** The `collect` commands. */
export declare const collectCommands: Command[];
