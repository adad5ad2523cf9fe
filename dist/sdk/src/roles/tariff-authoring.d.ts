/**
 * Writing a tariff (the retailer's desk): build and validate a tariff document, commit to it,
 * serialize it for the consumer and the regulator, and compute its reference bill.
 * @packageDocumentation
 */
import { type Bill } from '../../../core/src/bill/compute.js';
import { ValidationError } from '../../../core/src/errors.js';
import type { MeterPeriod } from '../../../core/src/meter/period.js';
import { type Tariff, type TariffInput } from '../../../core/src/tariff/schema.js';
/** The outcome of {@link TariffAuthoring.validate}. */
export type TariffValidation = {
    ok: true;
    tariff: Tariff;
} | {
    ok: false;
    error: ValidationError;
};
/** Tariff authoring: every step from a draft to a committed, published document. */
export declare const TariffAuthoring: {
    /**
     * Builds a tariff from a draft (weekday names, ISO holidays, time ranges, numbers or decimal
     * strings), drawing a fresh random salt unless one is given.
     * @throws ValidationError naming the first bad field, e.g. `tariff.workBands[2].to`
     */
    readonly build: (draft: Omit<TariffInput, "salt"> & {
        salt?: bigint | string;
    }) => Tariff;
    /** Validates without throwing: the canonical tariff, or the error naming the field. */
    readonly validate: (input: unknown) => TariffValidation;
    /** The commitment registered on chain: Poseidon of the encoded tariff and its salt (spec §4). */
    readonly commit: (tariff: Tariff) => Promise<bigint>;
    /** The JSON document (pretty-printed; includes the salt, so share it only with the consumer and the regulator). */
    readonly serialize: (tariff: Tariff) => string;
    /** The plain-JSON object of a tariff. */
    readonly toJSON: (tariff: Tariff) => Record<string, unknown>;
    /** Parses a JSON document. @throws ImportError on bad JSON, ValidationError naming the field */
    readonly parse: (text: string, file?: string) => Tariff;
    /**
     * The reference bill of a period under the tariff, itemized (energy per band, tiers, standing
     * charge, tax, export credit). `charge` and `credit` are what a proof of this bill attests.
     */
    readonly referenceBill: (tariff: Tariff, period: MeterPeriod) => Bill;
    /**
     * Checks that a document is the one behind a commitment (what a consumer or regulator does
     * before accepting or approving it).
     * @throws WattproofError (code TARIFF_MISMATCH) when it is not
     */
    readonly assertCommitment: (tariff: Tariff, commitment: bigint) => Promise<void>;
};
