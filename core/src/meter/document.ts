/**
 * JSON documents for meter periods and signed periods (big integers as decimal strings).
 * Parsing checks structure and ranges; checking the signature is async, see
 * {@link verifySignedPeriod} / {@link assertSignedPeriod}.
 * @packageDocumentation
 */
import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { BABYJUB_SUBORDER, FIELD_P } from '../crypto/field.js';
import { bigintReplacer, parseJsonText, parseWith, uintBits } from '../schema-util.js';
import { meterPeriodShape, withExports, type MeterPeriod } from './period.js';
import type { SignedPeriod } from './sign.js';

/** Format tag of a meter period document (v2: optional per-interval `quality`; v1 files are read too). */
export const METER_PERIOD_FORMAT = 'wattproof.meter-period.v2';
/**
 * Format tag of a signed period document (v4: statement v3 over the slots v2 digest, spec §3; v3
 * signed the slots v1 digest, v2 lacked the export sums by slot, v1 the non-actual count: none of
 * them verifies now).
 */
export const SIGNED_PERIOD_FORMAT = 'wattproof.signed-period.v4';

const fieldElement = uintBits(254).refine((v) => v < FIELD_P, { error: 'must be a field element (< p)' });

const periodDocSchema = z
  .object({ ...meterPeriodShape, format: z.enum([METER_PERIOD_FORMAT, 'wattproof.meter-period.v1']).optional() })
  .strict()
  .transform((p, ctx) => withExports(p, ctx));
const signedDocSchema = z
  .object({
    ...meterPeriodShape,
    format: z
      .literal(SIGNED_PERIOD_FORMAT, {
        error: `must be ${SIGNED_PERIOD_FORMAT} (an older signed period's statement signs the export slot sums in the v1 digest (v3), lacks them (v2) or lacks the non-actual count (v1); re-sign it)`,
      })
      .optional(),
    publicKey: z.object({ x: fieldElement, y: fieldElement }).strict(),
    statement: fieldElement,
    signature: z
      .object({
        R8x: fieldElement,
        R8y: fieldElement,
        S: uintBits(254).refine((v) => v < BABYJUB_SUBORDER, { error: 'must be below the BabyJubJub subgroup order' }),
      })
      .strict(),
  })
  .strict()
  .transform((p, ctx) => withExports(p, ctx));

function periodFields(p: MeterPeriod): Record<string, unknown> {
  return {
    meterId: p.meterId.toString(),
    periodStart: p.periodStart,
    intervalSeconds: p.intervalSeconds,
    imports: p.imports,
    exports: p.exports,
    ...(p.quality === undefined ? {} : { quality: p.quality }),
  };
}

/** Plain-JSON form of a meter period. */
export function meterPeriodToJSON(p: MeterPeriod): Record<string, unknown> {
  return { format: METER_PERIOD_FORMAT, ...periodFields(p) };
}

/** Plain-JSON form of a signed period. */
export function signedPeriodToJSON(sp: SignedPeriod): Record<string, unknown> {
  return {
    format: SIGNED_PERIOD_FORMAT,
    ...periodFields(sp),
    publicKey: { x: sp.publicKey.x.toString(), y: sp.publicKey.y.toString() },
    statement: sp.statement.toString(),
    signature: { R8x: sp.signature.R8x.toString(), R8y: sp.signature.R8y.toString(), S: sp.signature.S.toString() },
  };
}

function compactJson(doc: Record<string, unknown>): string {
  // One reading array per line keeps a month of 15-minute data readable and diffable.
  return `${JSON.stringify(doc, bigintReplacer, 2).replace(/\[\s+((?:[\d,\s]|"[a-z]+")+?)\s+\]/g, (_, body: string) => `[${body.replace(/\s+/g, '')}]`)}\n`;
}

/** Serializes a meter period to JSON. */
export function serializeMeterPeriod(p: MeterPeriod): string {
  return compactJson(meterPeriodToJSON(p));
}

/** Serializes a signed period to JSON. */
export function serializeSignedPeriod(sp: SignedPeriod): string {
  return compactJson(signedPeriodToJSON(sp));
}

function objectOf(text: string, file: string, root: string): unknown {
  const v = parseJsonText(text, file);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ValidationError(root, `${file} must contain a JSON object`);
  return v;
}

/** Validates a meter period document object (already JSON-parsed). */
export function parseMeterPeriodDocument(value: unknown, root = 'period'): MeterPeriod {
  const { format: _format, ...p } = parseWith(periodDocSchema, value, root);
  return p;
}

/** Validates a signed period document object (already JSON-parsed). Does not check the signature. */
export function parseSignedPeriodDocument(value: unknown, root = 'signedPeriod'): SignedPeriod {
  const { format: _format, ...sp } = parseWith(signedDocSchema, value, root);
  return sp;
}

/** Parses a meter period JSON document. */
export function parseMeterPeriodJson(text: string, file = 'period.json'): MeterPeriod {
  return parseMeterPeriodDocument(objectOf(text, file, 'period'));
}

/** Parses a signed period JSON document. Does not check the signature. */
export function parseSignedPeriodJson(text: string, file = 'signed-period.json'): SignedPeriod {
  return parseSignedPeriodDocument(objectOf(text, file, 'signedPeriod'));
}
