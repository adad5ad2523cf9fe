/**
 * Writing a tariff (the retailer's desk): build and validate a tariff document, commit to it,
 * serialize it for the consumer and the regulator, and compute its reference bill.
 * @packageDocumentation
 */
import { computeBill } from '../../../core/src/bill/compute.js';
import { ValidationError, WattproofError } from '../../../core/src/errors.js';
import { parseTariffJson, serializeTariff, tariffToJSON } from '../../../core/src/tariff/document.js';
import { tariffCommitment } from '../../../core/src/tariff/encode.js';
import { createTariff, parseTariff } from '../../../core/src/tariff/schema.js';
/** Tariff authoring: every step from a draft to a committed, published document. */
export const TariffAuthoring = {
    /**
     * Builds a tariff from a draft (weekday names, ISO holidays, time ranges, numbers or decimal
     * strings), drawing a fresh random salt unless one is given.
     * @throws ValidationError naming the first bad field, e.g. `tariff.workBands[2].to`
     */
    build(draft) {
        return createTariff(draft);
    },
    /** Validates without throwing: the canonical tariff, or the error naming the field. */
    validate(input) {
        try {
            return { ok: true, tariff: parseTariff(input) };
        }
        catch (e) {
            if (e instanceof ValidationError)
                return { ok: false, error: e };
            throw e;
        }
    },
    /** The commitment registered on chain: Poseidon of the encoded tariff and its salt (spec §4). */
    commit(tariff) {
        return tariffCommitment(tariff);
    },
    /** The JSON document (pretty-printed; includes the salt, so share it only with the consumer and the regulator). */
    serialize(tariff) {
        return serializeTariff(tariff);
    },
    /** The plain-JSON object of a tariff. */
    toJSON(tariff) {
        return tariffToJSON(tariff);
    },
    /** Parses a JSON document. @throws ImportError on bad JSON, ValidationError naming the field */
    parse(text, file = 'tariff.json') {
        return parseTariffJson(text, file);
    },
    /**
     * The reference bill of a period under the tariff, itemized (energy per band, tiers, standing
     * charge, tax, export credit). `charge` and `credit` are what a proof of this bill attests.
     */
    referenceBill(tariff, period) {
        return computeBill(tariff, period);
    },
    /**
     * Checks that a document is the one behind a commitment (what a consumer or regulator does
     * before accepting or approving it).
     * @throws WattproofError (code TARIFF_MISMATCH) when it is not
     */
    async assertCommitment(tariff, commitment) {
        const c = await tariffCommitment(tariff);
        if (c !== commitment) {
            throw new WattproofError('TARIFF_MISMATCH', `the tariff document commits to ${c}, not to ${commitment}: it is not the registered tariff`);
        }
    },
};
//# sourceMappingURL=tariff-authoring.js.map