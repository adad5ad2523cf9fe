/**
 * `wattproof bill disclose`, and the disclosure options of `bill prove` (docs/disclosure-spec.md):
 * the consumer's own copy of what its proof disclosed to the regulator.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import {
  type BillDetails,
  deriveEphemeralSecret,
  disclosureNonce,
  disclosureSignalsOf,
  openBillDisclosure,
  openWithCombinedPoint,
  settlementSharedPoint,
} from '../../../core/src/bill/disclosure.js';
import { unpackPeriod } from '../../../core/src/bill/signals.js';
import { type CurvePoint, isDisclosureKeyPoint } from '../../../core/src/crypto/disclosure.js';
import { FIELD_P } from '../../../core/src/crypto/field.js';
import { ValidationError } from '../../../core/src/errors.js';
import { parseJsonText } from '../../../core/src/schema-util.js';
import type { BillDisclosureOptions } from '../../../prover/src/bill-input.js';
import { DISCLOSED_BILL_SIGNAL_COUNT, DISCLOSED_HOURLY_BILL_SIGNAL_COUNT } from '../../../prover/src/verify-bill.js';
import { str, type RunContext, type Values } from '../command.js';
import { readText } from '../files.js';
import { table } from '../../../core/src/format.js';
import { UsageError } from '../output.js';
import { parseBillProof } from '../proof-file.js';

function integer(text: string, field: string): bigint {
  const t = text.trim();
  if (!/^(0x[0-9a-fA-F]+|[0-9]+)$/.test(t)) throw new ValidationError(field, 'must be a decimal or 0x-hex integer');
  return BigInt(t);
}

/** A regulator public key file: `{"x": "...", "y": "..."}` (decimal strings), a BabyJubJub point. */
export async function readRegulatorKey(file: string, option = '--regulator-key'): Promise<CurvePoint> {
  const doc = parseJsonText(await readText(file), file) as { x?: unknown; y?: unknown } | null;
  if (doc === null || typeof doc !== 'object' || typeof doc.x !== 'string' || typeof doc.y !== 'string') {
    throw new ValidationError(option, `${file} must hold {"x": "...", "y": "..."} (decimal strings)`);
  }
  const p = { x: integer(doc.x, `${option}.x`), y: integer(doc.y, `${option}.y`) };
  if (!isDisclosureKeyPoint(p)) throw new ValidationError(option, `${file} is not a BabyJubJub point with x != 0`);
  return p;
}

/** The consumer's disclosure secret: a file holding one integer (keep it mode 0600). */
export async function readDisclosureSecret(file: string): Promise<bigint> {
  const s = integer(await readText(file), '--disclosure-secret');
  if (s <= 0n || s >= FIELD_P) throw new ValidationError('--disclosure-secret', 'must be a non-zero field element');
  return s;
}

/** `bill prove --regulator-key FILE --disclosure-secret FILE`: the disclosure for this period, or none. */
export async function disclosureOptions(values: Values, meterId: bigint, periodStart: number): Promise<BillDisclosureOptions | undefined> {
  const keyFile = str(values, 'regulator-key');
  const secretFile = str(values, 'disclosure-secret');
  if (keyFile === undefined && secretFile === undefined) return undefined;
  if (keyFile === undefined || secretFile === undefined) {
    throw new UsageError('bill prove: --regulator-key and --disclosure-secret go together', 'bill prove');
  }
  const [regulatorKey, secret] = await Promise.all([readRegulatorKey(keyFile), readDisclosureSecret(secretFile)]);
  return { regulatorKey, ephemeralSecret: await deriveEphemeralSecret(secret, disclosureNonce(meterId, periodStart)) };
}

function detailRows(d: BillDetails): string[][] {
  return [
    ...d.bandWh.map((wh, b) => [`import, price band ${b}`, `${wh} Wh`]),
    ...d.exportBandWh.map((wh, b) => [`export, export band ${b}`, `${wh} Wh`]),
    ['demand peak', `${d.peakWh} Wh`],
    ['signed statement', d.statement.toString()],
    // layout v2 (docs/disclosure-spec.md §8): the hours of the tariff's local day
    ...(d.hourWh ?? []).map((wh, h) => [`import, ${String(h).padStart(2, '0')}:00-${String(h + 1).padStart(2, '0')}:00`, `${wh} Wh`]),
  ];
}

/** `disclose`: see the command's help in ./bill.ts. */
export async function disclose({ values, positionals, out }: RunContext): Promise<void> {
  const file = positionals[0]!;
  const p = parseBillProof(await readText(file), file);
  // ten signals: layout v1; thirteen: layout v2 with the hours of the day (a disclosed yearly circuit
  // would also have thirteen; none is built, and its plaintext would not unpack as v2)
  const layout = p.publicSignals.length === DISCLOSED_BILL_SIGNAL_COUNT ? 1 : p.publicSignals.length === DISCLOSED_HOURLY_BILL_SIGNAL_COUNT ? 2 : undefined;
  if (layout === undefined) throw new ValidationError('proofFile.publicSignals', `${file} has no disclosure (proven with ${p.circuit})`);
  const period = unpackPeriod(p.publicSignals[2]);
  const nonce = disclosureNonce(period.meterId, period.periodStart);
  const signals = disclosureSignalsOf(p.publicSignals, layout);
  const sharedText = str(values, 'shared-point');
  const partialsText = str(values, 'partials');
  let shared: CurvePoint;
  if (partialsText !== undefined) {
    // two supervisory bodies of a 2-of-3 split (docs/disclosure-spec.md §9): each partial checked against
    // its body's public share, then combined into this settlement's shared point (its sign settled below)
    const keyFile = str(values, 'regulator-key');
    if (keyFile === undefined) throw new UsageError('bill disclose --partials needs --regulator-key (the combined key file)', 'bill disclose');
    const { combinePartials } = await import('../../../core/src/crypto/threshold.js');
    const { ephemeralOf, readPartial, readPublicShares } = await import('./regulator-threshold.run.js');
    const partials = await Promise.all(partialsText.split(',').map((f) => readPartial(f.trim())));
    const combined = await combinePartials(partials, await readPublicShares(keyFile), ephemeralOf(p.publicSignals.map(BigInt)).e);
    const details = openWithCombinedPoint(signals, combined, nonce);
    out.line(
      `${file}: what meter ${period.meterId}'s bill from ${period.periodStart} disclosed, opened by bodies ${partials.map((x) => x.index).join(' and ')}`,
    );
    out.line(table(['detail', 'value'], detailRows(details)));
    out.result({ file, meterId: period.meterId, periodStart: period.periodStart, details, bodies: partials.map((x) => x.index) });
    return;
  }
  if (sharedText !== undefined) {
    const [x, y] = sharedText.split(',');
    if (x === undefined || y === undefined) throw new ValidationError('--shared-point', 'must be X,Y');
    shared = { x: integer(x, '--shared-point.x'), y: integer(y, '--shared-point.y') };
  } else {
    const keyFile = str(values, 'regulator-key');
    const secretFile = str(values, 'disclosure-secret');
    if (keyFile === undefined || secretFile === undefined) {
      throw new UsageError('bill disclose: give --regulator-key and --disclosure-secret, or --shared-point', 'bill disclose');
    }
    const e = await deriveEphemeralSecret(await readDisclosureSecret(secretFile), nonce);
    shared = settlementSharedPoint(e, await readRegulatorKey(keyFile));
  }
  const details = openBillDisclosure(signals, shared, nonce);
  out.line(`${file}: what meter ${period.meterId}'s bill from ${period.periodStart} disclosed to the regulator (key y ${signals.regulatorKeyY})`);
  out.line(table(['detail', 'value'], detailRows(details)));
  out.line(`shared point (opens this settlement only; hand it to an ombudsman): ${shared.x},${shared.y}`);
  out.result({ file, meterId: period.meterId, periodStart: period.periodStart, details, sharedPoint: shared });
}
