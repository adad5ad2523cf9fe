/**
 * Tariff commitment salts.
 * @packageDocumentation
 */
import { FIELD_P } from '../crypto/field.js';
/**
 * A fresh uniformly random field element for a tariff's commitment salt. The salt hides the
 * tariff behind its commitment: whoever lacks it cannot test guesses of the prices.
 */
export function newTariffSalt() {
    const bytes = new Uint8Array(32);
    for (;;) {
        globalThis.crypto.getRandomValues(bytes);
        bytes[0] = (bytes[0] ?? 0) & 0x3f; // 254 bits: p > 2^253, so fewer than 1 in 4 draws are rejected
        let v = 0n;
        for (const b of bytes)
            v = (v << 8n) | BigInt(b);
        if (v < FIELD_P)
            return v;
    }
}
//# sourceMappingURL=salt.js.map