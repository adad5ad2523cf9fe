import { ValidationError } from '../../core/src/errors.js';
import { parseTzOffset, TZ_OFFSET_SYNTAX } from '../../core/src/meter/tz-offset.js';
import { UsageError } from './output.js';
/**
 * A `run` that imports the command's implementation module only when the command runs, so the
 * command table (and `--help`) loads none of the heavy modules (ethers, snarkjs, hardhat).
 */
export function lazyRun(load, name) {
    return async (ctx) => (await load())[name](ctx);
}
/** A string option's value, or undefined. */
export function str(values, name) {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
}
/** A required string option. @throws UsageError */
export function need(values, name, command) {
    const v = str(values, name);
    if (v === undefined || v === '')
        throw new UsageError(`${command}: --${name} is required`, command);
    return v;
}
/** A boolean flag. */
export function flag(values, name) {
    return values[name] === true;
}
/** Parses a non-negative integer option (decimal). @throws ValidationError naming the option */
export function uint(value, option) {
    if (!/^\d+$/.test(value.trim()))
        throw new ValidationError(`--${option}`, `'${value}' is not a non-negative integer`);
    return BigInt(value.trim());
}
/**
 * Lets a string option take a value that starts with a dash and a digit (`--tz -05:00`,
 * `--amount -1`): node's parseArgs refuses those as "ambiguous", so they are rewritten to the
 * `--tz=-05:00` form it accepts. Anything else (`-h`, `--json`) is left alone.
 */
export function attachDashValues(args, options) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const next = args[i + 1];
        const name = a.startsWith('--') && !a.includes('=') ? a.slice(2) : undefined;
        if (name !== undefined && Object.hasOwn(options, name) && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
            out.push(`${a}=${next}`);
            i++;
        }
        else
            out.push(a);
    }
    return out;
}
/**
 * Parses a time-zone offset option in the one syntax of core/src/meter/tz-offset.ts: `+01:00`,
 * `-05:00`, `+0530`, `+1`, `UTC+2`, `Z`, or seconds with a unit (`3600s`); range -14:00..+14:00.
 * A bare number other than 0 is refused as ambiguous.
 * @throws ValidationError naming the option
 */
export function parseTz(value, option = 'tz') {
    const r = parseTzOffset(value);
    if (typeof r === 'string')
        throw new ValidationError(`--${option}`, r);
    return r;
}
/** Help line of a `--tz OFFSET` option's syntax. */
export const TZ_HELP = `OFFSET is ${TZ_OFFSET_SYNTAX}; -14:00..+14:00`;
//# sourceMappingURL=command.js.map