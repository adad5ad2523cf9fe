/**
 * `wattproof status`: a deployment's state, and a meter's billing cursor, key windows, tariff and
 * balances.
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** The `status` command. */
export declare const statusCommands: Command[];
