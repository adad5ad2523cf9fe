/**
 * The meter (or the head-end system that speaks for it): holds an EdDSA-Poseidon key, imports
 * interval data, cuts it into billing periods and signs each period.
 * @packageDocumentation
 */
import { generateMeterKey, keyHash, meterKeyFromHex, meterKeyToHex, meterPublicKey, type MeterPublicKey } from '../../../core/src/crypto/eddsa.js';
import { ValidationError } from '../../../core/src/errors.js';
import { parseIntervalCsv, type CsvImportOptions } from '../../../core/src/meter/csv.js';
import { parseGreenButtonXml, type GreenButtonData, type GreenButtonImportOptions } from '../../../core/src/meter/greenbutton.js';
import { splitBillingPeriods, type SplitOptions } from '../../../core/src/meter/billing-periods.js';
import { parseNem12, type Nem12Data, type Nem12ImportOptions } from '../../../core/src/meter/nem12.js';
import type { IntervalData } from '../../../core/src/meter/interval-data.js';
import { parseMeterPeriod, type MeterPeriod } from '../../../core/src/meter/period.js';
import { signPeriod, type SignedPeriod } from '../../../core/src/meter/sign.js';
import { parseJsonText } from '../../../core/src/schema-util.js';

/** Format tag of a meter key file. */
export const METER_KEY_FORMAT = 'wattproof.meter-key.v1';

/** The JSON key file of a meter (keep it secret: it signs readings). */
export interface MeterKeyFile {
  format: typeof METER_KEY_FORMAT;
  meterId: string;
  /** 64 hex digits. */
  privateKey: string;
  publicKey: { x: string; y: string };
  /** Poseidon2(x, y), what the registry and the proofs carry. */
  keyHash: string;
}

/** A meter: its id and signing key. */
export class Meter {
  readonly meterId: bigint;
  readonly #privateKey: Uint8Array;

  private constructor(meterId: bigint, privateKey: Uint8Array) {
    if (typeof meterId !== 'bigint' || meterId < 0n || meterId >= 1n << 64n) throw new ValidationError('meterId', 'must be an integer in 0..2^64-1');
    this.meterId = meterId;
    this.#privateKey = privateKey;
  }

  /** A meter with a fresh random key. */
  static generate(meterId: bigint): Meter {
    return new Meter(meterId, generateMeterKey());
  }

  /** A meter with a known key (32 bytes or 64 hex digits). */
  static fromPrivateKey(meterId: bigint, key: Uint8Array | string): Meter {
    return new Meter(meterId, typeof key === 'string' ? meterKeyFromHex(key, 'privateKey') : key);
  }

  /**
   * Reads a key file written by {@link toKeyFile}.
   * @throws ImportError on bad JSON; ValidationError naming the field otherwise
   */
  static async fromKeyFile(text: string, file = 'meter-key.json'): Promise<Meter> {
    const doc = parseJsonText(text, file) as Partial<MeterKeyFile> | null;
    if (doc === null || typeof doc !== 'object') throw new ValidationError('meterKey', `${file} must contain a JSON object`);
    if (doc.format !== METER_KEY_FORMAT) throw new ValidationError('meterKey.format', `must be '${METER_KEY_FORMAT}'`);
    if (typeof doc.meterId !== 'string' || !/^\d+$/.test(doc.meterId)) throw new ValidationError('meterKey.meterId', 'must be a decimal string');
    if (typeof doc.privateKey !== 'string') throw new ValidationError('meterKey.privateKey', 'must be 64 hex digits');
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
  async toKeyFile(): Promise<MeterKeyFile> {
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
  publicKey(): Promise<MeterPublicKey> {
    return meterPublicKey(this.#privateKey);
  }

  /** Poseidon2 of the public key (public signal 0 of every bill it signs). */
  async keyHash(): Promise<bigint> {
    return keyHash(await this.publicKey());
  }

  /**
   * Signs one period's readings. The period's meter id must be this meter's.
   * @throws ValidationError naming the field of a bad period
   */
  async sign(period: Omit<MeterPeriod, 'meterId'> & { meterId?: bigint | number | string }): Promise<SignedPeriod> {
    const p = parseMeterPeriod({ ...period, meterId: period.meterId ?? this.meterId });
    if (p.meterId !== this.meterId) throw new ValidationError('period.meterId', `is ${p.meterId}, but this is meter ${this.meterId}`);
    return signPeriod(this.#privateKey, p);
  }

  /** Signs several periods (in order). */
  async signAll(periods: readonly MeterPeriod[]): Promise<SignedPeriod[]> {
    const out: SignedPeriod[] = [];
    for (const p of periods) out.push(await this.sign(p));
    return out;
  }

  /** Cuts imported data into billing periods of this meter (calendar months by default). */
  billingPeriods(data: IntervalData, opts: Omit<SplitOptions, 'meterId'>): MeterPeriod[] {
    return splitBillingPeriods(data, { ...opts, meterId: this.meterId });
  }

  /** Imports interval data from CSV text (see the engine's CSV format). @throws ImportError naming file and line */
  static importCsv(text: string, opts: CsvImportOptions = {}): IntervalData {
    return parseIntervalCsv(text, opts);
  }

  /** Imports interval data from a Green Button (ESPI XML) file. @throws ImportError naming file and line */
  static importGreenButton(xml: string, opts: GreenButtonImportOptions = {}): GreenButtonData {
    return parseGreenButtonXml(xml, opts);
  }

  /** Imports one NMI's interval data from an AEMO NEM12 file. @throws ImportError naming file and line */
  static importNem12(text: string, opts: Nem12ImportOptions = {}): Nem12Data {
    return parseNem12(text, opts);
  }
}
