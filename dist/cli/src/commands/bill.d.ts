/**
 * `wattproof bill compute | prove | verify`.
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** The `bill` commands. */
export declare const billCommands: Command[];
