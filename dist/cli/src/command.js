import { ValidationError } from '../../core/src/errors.js';
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
 * Parses a time-zone offset: `+01:00`, `-05:30`, `UTC+2`, or seconds east of UTC (`3600`).
 * @throws ValidationError naming the option
 */
export function parseTz(value, option = 'tz') {
    const s = value.trim().replace(/^UTC/i, '');
    if (/^[+-]?\d+$/.test(s) && Math.abs(Number(s)) > 14)
        return Number(s);
    const m = /^([+-])?(\d{1,2})(?::?(\d{2}))?$/.exec(s);
    if (m === null)
        throw new ValidationError(`--${option}`, `'${value}' is not a time-zone offset (e.g. +01:00, -05:00 or 3600)`);
    const secs = (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60) * (m[1] === '-' ? -1 : 1);
    if (Math.abs(secs) > 50400)
        throw new ValidationError(`--${option}`, `'${value}' is outside -14:00..+14:00`);
    return secs;
}
//# sourceMappingURL=command.js.map