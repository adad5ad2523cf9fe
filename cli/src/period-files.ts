/**
 * Reading period files (signed or not) with the engine alone, for commands that must start fast.
 * @packageDocumentation
 */
import { parseMeterPeriodJson, parseSignedPeriodDocument } from '../../core/src/meter/document.js';
import type { MeterPeriod } from '../../core/src/meter/period.js';
import { parseJsonText } from '../../core/src/schema-util.js';
import { readText } from './files.js';

/** Reads a period file that may be signed or not. */
export async function readAnyPeriod(path: string): Promise<{ period: MeterPeriod; signed: boolean }> {
  const text = await readText(path);
  const doc = parseJsonText(text, path) as Record<string, unknown> | null;
  if (doc !== null && typeof doc === 'object' && 'signature' in doc) return { period: parseSignedPeriodDocument(doc), signed: true };
  return { period: parseMeterPeriodJson(text, path), signed: false };
}
