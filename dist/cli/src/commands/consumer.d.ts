/**
 * `wattproof consumer accept | deposit | withdraw | pay-arrears`: the consumer's commands (it
 * proves and settles its bills with "wattproof bill prove" and "wattproof settle").
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** The `consumer` commands. */
export declare const consumerCommands: Command[];
