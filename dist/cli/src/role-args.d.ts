import type { MeterPublicKey } from '../../core/src/crypto/eddsa.js';
import type { Tariff } from '../../core/src/tariff/schema.js';
import { type Values } from './command.js';
/**
 * An account address (checksum-validated when mixed case), never the zero address.
 * @throws ValidationError naming the option
 */
export declare function parseAddress(text: string, option: string): string;
/** A meter id, 0 .. 2^64-1. @throws ValidationError naming the option */
export declare function parseMeterId(text: string, option?: string): bigint;
/**
 * An amount in token units (`150`, `12.5`) to the token's smallest unit, greater than zero.
 * @throws ValidationError naming the option
 */
export declare function parseAmount(text: string, decimals: number, option?: string): bigint;
/**
 * An instant: unix seconds (`1780527600`), an ISO 8601 date-time with its zone
 * (`2026-06-04T00:00:00+01:00`, `2026-06-03T23:00:00Z`), or a date (`2026-06-04`) meaning local
 * midnight in `tzOffsetSeconds` (required for a bare date).
 * @returns unix seconds, within uint40
 * @throws ValidationError naming the option
 */
export declare function parseInstant(text: string, option: string, tzOffsetSeconds?: number): bigint;
/** A tariff given as `--tariff FILE` (the document) or `--commitment C` (decimal). */
export interface TariffArg {
    commitment: bigint;
    /** The document, when a file was given. */
    tariff?: Tariff;
    file?: string;
}
/**
 * The tariff of `--tariff FILE` or `--commitment C` (exactly one).
 * @param allowCommitment - false when the command needs the document itself
 * @throws UsageError when neither or both are given; ValidationError / ImportError for a bad value or file
 */
export declare function tariffArg(values: Values, command: string, allowCommitment?: boolean): Promise<TariffArg>;
/**
 * A meter's public key from a file: the key file of "wattproof meter keygen" (its public key is
 * checked against its private key) or a JSON object with `publicKey: {x, y}` (and optionally
 * `meterId`), e.g. what "meter keygen --json" prints.
 * @returns the key and the meter id the file names, if any
 */
export declare function meterPublicKeyFile(file: string): Promise<{
    publicKey: MeterPublicKey;
    meterId?: bigint;
}>;
/** What a transaction command reports. */
export interface SentTx {
    hash: string;
    blockNumber: number;
    gasUsed: bigint;
}
/**
 * Reports a mined transaction: one human line plus the table of `facts`; with --json, one object
 * `{ action, txHash, blockNumber, gasUsed, ...facts }`.
 */
export declare function reportTx(out: import('./output.js').Output, action: string, txs: SentTx | SentTx[], facts: Record<string, unknown>, human: string): void;
/**
 * Deposits `--amount` into the ledger as the connection's account, after checking its token
 * balance (so a short balance is a clear error, not a revert).
 */
export declare function depositChecked(conn: import('../../sdk/src/roles/connection.js').WattproofConnection, values: Values, command: string): Promise<{
    tx: SentTx;
    amount: bigint;
}>;
/**
 * The amount to withdraw: `--amount` (at most the free balance), else the whole free balance.
 * @throws WattproofError NOTHING_TO_WITHDRAW when the free balance is zero
 */
export declare function withdrawAmount(conn: import('../../sdk/src/roles/connection.js').WattproofConnection, values: Values): Promise<bigint>;
