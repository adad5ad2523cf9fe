/**
 * `wattproof tariff new | commit | show`.
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** The `tariff` commands. */
export declare const tariffCommands: Command[];
