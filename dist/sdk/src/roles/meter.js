/**
 * The meter (or the head-end system that speaks for it): holds an EdDSA-Poseidon key, imports
 * interval data, cuts it into billing periods and signs each period.
 * @packageDocumentation
 */
import { generateMeterKey, keyHash, meterKeyFromHex, meterKeyToHex, meterPublicKey, } from '../../../core/src/crypto/eddsa.js';
import { ValidationError } from '../../../core/src/errors.js';
import { parseIntervalCsv } from '../../../core/src/meter/csv.js';
import { parseGreenButtonXml } from '../../../core/src/meter/greenbutton.js';
import { splitBillingPeriods } from '../../../core/src/meter/billing-periods.js';
import { parseMeterPeriod } from '../../../core/src/meter/period.js';
import { signPeriod } from '../../../core/src/meter/sign.js';
import { parseJsonText } from '../../../core/src/schema-util.js';
/** Format tag of a meter key file. */
export const METER_KEY_FORMAT = 'wattproof.meter-key.v1';
/** A meter: its id and signing key. */
export class Meter {
    meterId;
    #privateKey;
    constructor(meterId, privateKey) {
        if (typeof meterId !== 'bigint' || meterId < 0n || meterId >= 1n << 64n)
            throw new ValidationError('meterId', 'must be an integer in 0..2^64-1');
        this.meterId = meterId;
        this.#privateKey = privateKey;
    }
    /** A meter with a fresh random key. */
    static generate(meterId) {
        return new Meter(meterId, generateMeterKey());
    }
    /** A meter with a known key (32 bytes or 64 hex digits). */
    static fromPrivateKey(meterId, key) {
        return new Meter(meterId, typeof key === 'string' ? meterKeyFromHex(key, 'privateKey') : key);
    }
    /**
     * Reads a key file written by {@link toKeyFile}.
     * @throws ImportError on bad JSON; ValidationError naming the field otherwise
     */
    static async fromKeyFile(text, file = 'meter-key.json') {
        const doc = parseJsonText(text, file);
        if (doc === null || typeof doc !== 'object')
            throw new ValidationError('meterKey', `${file} must contain a JSON object`);
        if (doc.format !== METER_KEY_FORMAT)
            throw new ValidationError('meterKey.format', `must be '${METER_KEY_FORMAT}'`);
        if (typeof doc.meterId !== 'string' || !/^\d+$/.test(doc.meterId))
            throw new ValidationError('meterKey.meterId', 'must be a decimal string');
        if (typeof doc.privateKey !== 'string')
            throw new ValidationError('meterKey.privateKey', 'must be 64 hex digits');
        const meter = Meter.fromPrivateKey(BigInt(doc.meterId), meterKeyFromHex(doc.privateKey, 'meterKey.privateKey'));
        if (doc.publicKey !== undefined) {
            const pub = await meter.publicKey();
            if (String(doc.publicKey.x) !== pub.x.toString() || String(doc.publicKey.y) !== pub.y.toString()) {
                throw new ValidationError('meterKey.publicKey', 'does not belong to privateKey (the file was altered)');
            }
        }
        return meter;
    }
    /** The key file (JSON object) of this meter. */
    async toKeyFile() {
        const pub = await this.publicKey();
        return {
            format: METER_KEY_FORMAT,
            meterId: this.meterId.toString(),
            privateKey: meterKeyToHex(this.#privateKey),
            publicKey: { x: pub.x.toString(), y: pub.y.toString() },
            keyHash: (await keyHash(pub)).toString(),
        };
    }
    /** The public key `(Ax, Ay)` the metering authority registers. */
    publicKey() {
        return meterPublicKey(this.#privateKey);
    }
    /** Poseidon2 of the public key (public signal 0 of every bill it signs). */
    async keyHash() {
        return keyHash(await this.publicKey());
    }
    /**
     * Signs one period's readings. The period's meter id must be this meter's.
     * @throws ValidationError naming the field of a bad period
     */
    async sign(period) {
        const p = parseMeterPeriod({ ...period, meterId: period.meterId ?? this.meterId });
        if (p.meterId !== this.meterId)
            throw new ValidationError('period.meterId', `is ${p.meterId}, but this is meter ${this.meterId}`);
        return signPeriod(this.#privateKey, p);
    }
    /** Signs several periods (in order). */
    async signAll(periods) {
        const out = [];
        for (const p of periods)
            out.push(await this.sign(p));
        return out;
    }
    /** Cuts imported data into billing periods of this meter (calendar months by default). */
    billingPeriods(data, opts) {
        return splitBillingPeriods(data, { ...opts, meterId: this.meterId });
    }
    /** Imports interval data from CSV text (see the engine's CSV format). @throws ImportError naming file and line */
    static importCsv(text, opts = {}) {
        return parseIntervalCsv(text, opts);
    }
    /** Imports interval data from a Green Button (ESPI XML) file. @throws ImportError naming file and line */
    static importGreenButton(xml, opts = {}) {
        return parseGreenButtonXml(xml, opts);
    }
}
//# sourceMappingURL=meter.js.map