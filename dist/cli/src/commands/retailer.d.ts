/**
 * `wattproof retailer register-tariff | offer-tariff | settlements | deposit | withdraw`: the
 * retailer's commands.
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** The `retailer` commands. */
export declare const retailerCommands: Command[];
