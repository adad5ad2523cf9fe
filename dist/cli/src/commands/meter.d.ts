/**
 * `wattproof meter keygen | sign | import`.
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** The `meter` commands. */
export declare const meterCommands: Command[];
