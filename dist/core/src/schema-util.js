/**
 * Zod helpers shared by the tariff and meter schemas: integer fields with spec-style messages
 * ("must be < 2^64") and conversion of zod issues into a {@link ValidationError} naming the
 * field path.
 * @packageDocumentation
 */
import { z } from 'zod';
import { ImportError, ValidationError } from './errors.js';
/** Formats a zod path under a root name: `tariff` + `['bandPrices', 3]` -> `tariff.bandPrices[3]`. */
export function formatFieldPath(root, path) {
    let out = root;
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? String(key) : `.${String(key)}`;
    }
    return out;
}
/**
 * Parses `value` with `schema`; on failure throws a {@link ValidationError} for the first problem,
 * its field path rooted at `root`.
 */
export function parseWith(schema, value, root) {
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    if (issue === undefined)
        throw new ValidationError(root, 'is invalid');
    let path = [...issue.path];
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys;
        path = [...path, keys[0] ?? ''];
        message = 'is not a known field (check the spelling)';
    }
    else if (issue.code === 'invalid_type' && message.includes('received undefined')) {
        message = 'is required';
    }
    const more = result.error.issues.length - 1;
    throw new ValidationError(formatFieldPath(root, path), more > 0 ? `${message} (and ${more} more problem${more > 1 ? 's' : ''})` : message);
}
const DECIMAL = /^(0|[1-9][0-9]*)$/;
/** Converts a JSON-ish integer (bigint, safe integer number, decimal string) or returns an error reason. */
export function toBigIntOrReason(v) {
    if (typeof v === 'bigint')
        return v;
    if (typeof v === 'number') {
        if (!Number.isInteger(v))
            return 'must be an integer';
        if (!Number.isSafeInteger(v))
            return 'is too large for a JSON number; write it as a decimal string';
        return BigInt(v);
    }
    if (typeof v === 'string') {
        const s = v.trim();
        if (s.startsWith('-') && DECIMAL.test(s.slice(1)))
            return BigInt(s);
        if (!DECIMAL.test(s))
            return 'must be a decimal integer string';
        return BigInt(s);
    }
    return 'must be an integer (number, bigint or decimal string)';
}
/**
 * An unsigned integer of at most `bits` bits, accepted as bigint, number or decimal string,
 * output as bigint.
 */
export function uintBits(bits) {
    const limit = 1n << BigInt(bits);
    return z.unknown().transform((v, ctx) => {
        const r = toBigIntOrReason(v);
        if (typeof r === 'string') {
            ctx.addIssue({ code: 'custom', message: r });
            return z.NEVER;
        }
        if (r < 0n) {
            ctx.addIssue({ code: 'custom', message: 'must be >= 0' });
            return z.NEVER;
        }
        if (r >= limit) {
            ctx.addIssue({ code: 'custom', message: `must be < 2^${bits}` });
            return z.NEVER;
        }
        return r;
    });
}
/** An integer in `[min, max]` accepted as number, bigint or decimal string, output as number. */
export function intRange(min, max, what) {
    return z.unknown().transform((v, ctx) => {
        const r = toBigIntOrReason(v);
        if (typeof r === 'string') {
            ctx.addIssue({ code: 'custom', message: r });
            return z.NEVER;
        }
        if (r < BigInt(min) || r > BigInt(max)) {
            ctx.addIssue({ code: 'custom', message: `must be ${what ?? `between ${min} and ${max}`}, got ${r}` });
            return z.NEVER;
        }
        return Number(r);
    });
}
/**
 * `JSON.parse` with an {@link ImportError} naming the file and line on a syntax error. Numbers
 * beyond 2^53 lose precision in JSON, which is why wattproof documents write big integers as
 * decimal strings.
 */
export function parseJsonText(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        let line;
        const lc = /line (\d+) column \d+/.exec(message);
        const pos = /position (\d+)/.exec(message);
        if (lc?.[1] !== undefined)
            line = Number(lc[1]);
        else if (pos?.[1] !== undefined)
            line = text.slice(0, Number(pos[1])).split('\n').length;
        throw new ImportError(file, line, `not valid JSON (${message.replace(/^JSON\.parse: /, '')})`);
    }
}
/** Replacer for `JSON.stringify` writing bigints as decimal strings. */
export function bigintReplacer(_key, value) {
    return typeof value === 'bigint' ? value.toString() : value;
}
//# sourceMappingURL=schema-util.js.map