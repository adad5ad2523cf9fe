/**
 * Zod helpers shared by the tariff and meter schemas: integer fields with spec-style messages
 * ("must be < 2^64") and conversion of zod issues into a {@link ValidationError} naming the
 * field path.
 * @packageDocumentation
 */
import { z } from 'zod';
/** Formats a zod path under a root name: `tariff` + `['bandPrices', 3]` -> `tariff.bandPrices[3]`. */
export declare function formatFieldPath(root: string, path: readonly PropertyKey[]): string;
/**
 * Parses `value` with `schema`; on failure throws a {@link ValidationError} for the first problem,
 * its field path rooted at `root`.
 */
export declare function parseWith<S extends z.ZodType>(schema: S, value: unknown, root: string): z.output<S>;
/** Converts a JSON-ish integer (bigint, safe integer number, decimal string) or returns an error reason. */
export declare function toBigIntOrReason(v: unknown): bigint | string;
/**
 * An unsigned integer of at most `bits` bits, accepted as bigint, number or decimal string,
 * output as bigint.
 */
export declare function uintBits(bits: number): z.ZodType<bigint, unknown>;
/** An integer in `[min, max]` accepted as number, bigint or decimal string, output as number. */
export declare function intRange(min: number, max: number, what?: string): z.ZodType<number, unknown>;
/**
 * `JSON.parse` with an {@link ImportError} naming the file and line on a syntax error. Numbers
 * beyond 2^53 lose precision in JSON, which is why wattproof documents write big integers as
 * decimal strings.
 */
export declare function parseJsonText(text: string, file: string): unknown;
/** Replacer for `JSON.stringify` writing bigints as decimal strings. */
export declare function bigintReplacer(_key: string, value: unknown): unknown;
