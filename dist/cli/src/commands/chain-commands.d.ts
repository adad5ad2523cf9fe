/**
 * `wattproof settle` and `wattproof audit`.
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** `settle` and `audit`. */
export declare const chainCommands: Command[];
