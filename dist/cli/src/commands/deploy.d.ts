/**
 * `wattproof deploy`: deploys a wattproof set on a node and writes its deployment record.
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** The `deploy` command. */
export declare const deployCommands: Command[];
