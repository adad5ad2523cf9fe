/**
 * `wattproof build` and `wattproof demo`.
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** `build` and `demo`. */
export declare const buildDemoCommands: Command[];
