/**
 * The witness input of the bill circuit (`circuits/bill/bill.circom`, template `Bill(I, MAXD, RB)`)
 * and the public signals it must output, both computed from a tariff and a signed period.
 * Bad input is rejected here, before any proving, with an error naming the field.
 * @packageDocumentation
 */
import { ValidationError } from '../../core/src/errors.js';
import { FIELD_P } from '../../core/src/crypto/field.js';
import { keyHash } from '../../core/src/crypto/eddsa.js';
import { computeBill, periodLayout } from '../../core/src/bill/compute.js';
import { packAmounts, packPeriod } from '../../core/src/bill/signals.js';
import { assertSignedPeriod } from '../../core/src/meter/sign.js';
import { parseSignedPeriodDocument } from '../../core/src/meter/document.js';
import { encodeTariff, encodedTariffCommitment } from '../../core/src/tariff/encode.js';
import { parseTariff } from '../../core/src/tariff/schema.js';
import { TZ_BIAS } from '../../core/src/tariff/constants.js';
/** Domains are `chainId * 2^160 + address` with `chainId < 2^64` (spec §7). */
const DOMAIN_LIMIT = 1n << 224n;
function parseDomain(domain) {
    let v;
    try {
        v = BigInt(domain);
    }
    catch {
        throw new ValidationError('domain', 'must be an integer (bigint, number or decimal string)');
    }
    if (v < 0n || v >= DOMAIN_LIMIT)
        throw new ValidationError('domain', 'must be chainId * 2^160 + address with chainId < 2^64');
    return v;
}
async function check(tariffIn, spIn, opts) {
    const { intervalsPerDay: I, maxDays } = opts;
    if (typeof spIn !== 'object' || spIn === null)
        throw new ValidationError('signedPeriod', 'must be a signed period object');
    if (![24, 48, 96].includes(I))
        throw new ValidationError('options.intervalsPerDay', 'must be 24, 48 or 96');
    if (!Number.isInteger(maxDays) || maxDays < 1 || maxDays > 31)
        throw new ValidationError('options.maxDays', 'must be 1..31');
    const rb = opts.readingBits ?? 16;
    if (!Number.isInteger(rb) || rb < 1 || rb > 16)
        throw new ValidationError('options.readingBits', 'must be 1..16');
    const domain = parseDomain(opts.domain);
    const tariff = parseTariff(tariffIn);
    // The document schema accepts bigint, number or decimal-string forms and flags stray fields.
    const sp = parseSignedPeriodDocument(spIn);
    if (tariff.slotsPerDay !== I) {
        throw new ValidationError('tariff.slotsPerDay', `is ${tariff.slotsPerDay}, but this circuit takes ${I} intervals per day`);
    }
    const { dayCount } = periodLayout(tariff, sp, 'signedPeriod');
    if (dayCount > maxDays) {
        throw new ValidationError('signedPeriod.imports', `covers ${dayCount} days, more than this circuit's ${maxDays}`);
    }
    for (const series of ['imports', 'exports']) {
        const i = sp[series].findIndex((r) => r >= 2 ** rb);
        if (i >= 0)
            throw new ValidationError(`signedPeriod.${series}[${i}]`, `${sp[series][i]} Wh does not fit the circuit's ${rb}-bit readings`);
    }
    await assertSignedPeriod(sp, 'signedPeriod');
    return { tariff, sp, bill: computeBill(tariff, sp, { root: 'signedPeriod' }), domain };
}
const dec = (v) => BigInt(v).toString();
const decs = (vs) => vs.map(dec);
/**
 * Builds the input of `Bill(intervalsPerDay, maxDays, RB)`: the signal names of
 * circuits/bill/bill.circom, decimal strings, readings zero-padded to `maxDays * intervalsPerDay`.
 * @throws ValidationError naming the field: tariff resolution differs from the circuit's, period
 *   longer than `maxDays`, wrong interval length, start not at local midnight, a reading too large
 *   for `readingBits`, a statement or signature that does not verify, a bad domain.
 */
export async function buildBillInput(tariff, signedPeriod, options) {
    const { tariff: t, sp, bill, domain } = await check(tariff, signedPeriod, options);
    const enc = encodeTariff(t);
    const N = options.maxDays * options.intervalsPerDay;
    const pad = (xs) => [...decs(xs), ...new Array(N - xs.length).fill('0')];
    return {
        meterId: dec(sp.meterId),
        periodStart: dec(sp.periodStart),
        dayCount: dec(bill.dayCount),
        imports: pad(sp.imports),
        exports: pad(sp.exports),
        Ax: dec(sp.publicKey.x),
        Ay: dec(sp.publicKey.y),
        R8x: dec(sp.signature.R8x),
        R8y: dec(sp.signature.R8y),
        S: dec(sp.signature.S),
        tzBiased: dec(t.tzOffsetSeconds + TZ_BIAS),
        restDays: dec(enc.restDays),
        taxBps: dec(enc.taxBps),
        standingPerDay: dec(enc.standingPerDay),
        tierAllowances: decs(enc.tierAllowances),
        tierPrices: decs(enc.tierPrices),
        bandPrices: decs(enc.bandPrices),
        exportPrices: decs(enc.exportPrices),
        holidays: decs(enc.holidays),
        workBands: decs(enc.workBands),
        restBands: decs(enc.restBands),
        exportBands: decs(enc.exportBands),
        salt: dec(enc.salt),
        domain: dec(domain),
    };
}
/**
 * The public signals the circuit must output for this tariff, signed period and domain, computed
 * in TypeScript (same checks as {@link buildBillInput}). `intervalsPerDay` defaults to the
 * tariff's slots per day and `maxDays` to 31.
 */
export async function expectedPublicSignals(tariff, signedPeriod, options) {
    const { tariff: t, sp, bill, domain } = await check(tariff, signedPeriod, {
        ...options,
        intervalsPerDay: options.intervalsPerDay ?? tariff.slotsPerDay,
        maxDays: options.maxDays ?? 31,
    });
    const [kh, commitment] = await Promise.all([keyHash(sp.publicKey), encodedTariffCommitment(encodeTariff(t))]);
    const period = packPeriod({
        meterId: sp.meterId,
        periodStart: sp.periodStart,
        intervalCount: sp.imports.length,
        intervalSeconds: sp.intervalSeconds,
    });
    const amounts = packAmounts({ charge: bill.charge, credit: bill.credit });
    const out = [kh, commitment, period, amounts, domain];
    if (out.some((v) => v >= FIELD_P))
        throw new ValidationError('publicSignals', 'a signal is not below the field modulus');
    return out.map(dec);
}
//# sourceMappingURL=bill-input.js.map