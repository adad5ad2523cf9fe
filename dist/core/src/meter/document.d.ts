import { type MeterPeriod } from './period.js';
import type { SignedPeriod } from './sign.js';
/** Format tag of a meter period document. */
export declare const METER_PERIOD_FORMAT = "wattproof.meter-period.v1";
/** Format tag of a signed period document. */
export declare const SIGNED_PERIOD_FORMAT = "wattproof.signed-period.v1";
/** Plain-JSON form of a meter period. */
export declare function meterPeriodToJSON(p: MeterPeriod): Record<string, unknown>;
/** Plain-JSON form of a signed period. */
export declare function signedPeriodToJSON(sp: SignedPeriod): Record<string, unknown>;
/** Serializes a meter period to JSON. */
export declare function serializeMeterPeriod(p: MeterPeriod): string;
/** Serializes a signed period to JSON. */
export declare function serializeSignedPeriod(sp: SignedPeriod): string;
/** Validates a meter period document object (already JSON-parsed). */
export declare function parseMeterPeriodDocument(value: unknown, root?: string): MeterPeriod;
/** Validates a signed period document object (already JSON-parsed). Does not check the signature. */
export declare function parseSignedPeriodDocument(value: unknown, root?: string): SignedPeriod;
/** Parses a meter period JSON document. */
export declare function parseMeterPeriodJson(text: string, file?: string): MeterPeriod;
/** Parses a signed period JSON document. Does not check the signature. */
export declare function parseSignedPeriodJson(text: string, file?: string): SignedPeriod;
