/**
 * `wattproof regulator approve | reject | pause | unpause`: the regulator's commands (the audit
 * is `wattproof audit`).
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** The `regulator` commands. */
export declare const regulatorCommands: Command[];
