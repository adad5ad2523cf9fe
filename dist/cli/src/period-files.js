/**
 * Reading period files (signed or not) with the engine alone, for commands that must start fast.
 * @packageDocumentation
 */
import { parseMeterPeriodJson, parseSignedPeriodDocument } from '../../core/src/meter/document.js';
import { parseJsonText } from '../../core/src/schema-util.js';
import { readText } from './files.js';
/** Reads a period file that may be signed or not. */
export async function readAnyPeriod(path) {
    const text = await readText(path);
    const doc = parseJsonText(text, path);
    if (doc !== null && typeof doc === 'object' && 'signature' in doc)
        return { period: parseSignedPeriodDocument(doc), signed: true };
    return { period: parseMeterPeriodJson(text, path), signed: false };
}
//# sourceMappingURL=period-files.js.map