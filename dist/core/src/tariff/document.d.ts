import { type Tariff } from './schema.js';
/** The plain-JSON form of a tariff (no bigints). */
export declare function tariffToJSON(tariff: Tariff): Record<string, unknown>;
/** Serializes a tariff to a JSON document (pretty-printed, stable field order). */
export declare function serializeTariff(tariff: Tariff): string;
/**
 * Parses a tariff JSON document.
 * @param file - Name used in error messages.
 * @throws ImportError on malformed JSON; ValidationError naming the field on invalid content.
 */
export declare function parseTariffJson(text: string, file?: string): Tariff;
