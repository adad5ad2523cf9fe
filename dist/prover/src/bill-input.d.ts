import { type SignedPeriod } from '../../core/src/meter/sign.js';
import { type Tariff } from '../../core/src/tariff/schema.js';
/** The circuit instance the input is for (its compile-time parameters) and the settlement domain. */
export interface BillInputOptions {
    /** `I`: 24, 48 or 96. */
    intervalsPerDay: number;
    /** `MAXD`: 1..31. */
    maxDays: number;
    /** Settlement domain (public input), e.g. from `settlementDomain(chainId, address)`. */
    domain: bigint | string | number;
    /** `RB`: the circuit's reading bits (default 16). */
    readingBits?: number;
}
/** Circuit input: every signal as a decimal string (arrays of decimal strings). */
export type BillCircuitInput = Record<string, string | string[]>;
/**
 * Builds the input of `Bill(intervalsPerDay, maxDays, RB)`: the signal names of
 * circuits/bill/bill.circom, decimal strings, readings zero-padded to `maxDays * intervalsPerDay`.
 * @throws ValidationError naming the field: tariff resolution differs from the circuit's, period
 *   longer than `maxDays`, wrong interval length, start not at local midnight, a reading too large
 *   for `readingBits`, a statement or signature that does not verify, a bad domain.
 */
export declare function buildBillInput(tariff: Tariff, signedPeriod: SignedPeriod, options: BillInputOptions): Promise<BillCircuitInput>;
/** The five public signals, decimal strings, in spec §7 order: keyHash, tariffCommitment, period, amounts, domain. */
export type BillPublicSignals = [string, string, string, string, string];
/**
 * The public signals the circuit must output for this tariff, signed period and domain, computed
 * in TypeScript (same checks as {@link buildBillInput}). `intervalsPerDay` defaults to the
 * tariff's slots per day and `maxDays` to 31.
 */
export declare function expectedPublicSignals(tariff: Tariff, signedPeriod: SignedPeriod, options: Pick<BillInputOptions, 'domain'> & Partial<BillInputOptions>): Promise<BillPublicSignals>;
