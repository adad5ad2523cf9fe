/**
 * `wattproof authority register-meter | rotate-key | revoke-key`: the metering authority's
 * commands (METERING_AUTHORITY_ROLE on the MeterRegistry).
 * @packageDocumentation
 */
import { type Command } from '../command.js';
/** The `authority` commands. */
export declare const authorityCommands: Command[];
