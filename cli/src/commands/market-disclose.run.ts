/**
 * `wattproof market disclose`: see ./market-disclose.ts for the command's help.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { deriveEphemeralSecret, settlementSharedPoint } from '../../../core/src/bill/disclosure.js';
import { unpackAmounts, unpackPeriod } from '../../../core/src/bill/signals.js';
import type { CurvePoint } from '../../../core/src/crypto/disclosure.js';
import { ValidationError } from '../../../core/src/errors.js';
import { table } from '../../../core/src/format.js';
import {
  MARKET_DISCLOSURE_SIGNAL_COUNT,
  MARKET_DISCLOSURE_SIGNAL_OFFSET,
  type MarketDetails,
  marketDisclosureNonce,
  marketDisclosureSignalsOf,
  openMarketDisclosure,
} from '../../../core/src/market/disclosure.js';
import { parseJsonText } from '../../../core/src/schema-util.js';
import { flag, str, type RunContext } from '../command.js';
import { readText, toJson, writeText } from '../files.js';
import { UsageError } from '../output.js';
import { readDisclosureSecret, readRegulatorKey } from './bill-disclose.run.js';
import { MARKET_PROOF_FORMAT } from './market.run.js';

/** The disclosed market proof's circuit and public signals (fifteen: seven market signals, eight disclosure words). */
function parseDisclosedMarketProof(text: string, file: string): { circuit: string; publicSignals: bigint[] } {
  const doc = parseJsonText(text, file) as Record<string, unknown> | null;
  if (doc === null || typeof doc !== 'object' || doc.format !== MARKET_PROOF_FORMAT) {
    throw new ValidationError(file, `must be a market proof ('${MARKET_PROOF_FORMAT}', "wattproof market prove" writes it)`);
  }
  const signals = doc.publicSignals;
  if (!Array.isArray(signals) || !signals.every((s) => typeof s === 'string' && /^\d+$/.test(s))) {
    throw new ValidationError(`${file}: publicSignals`, 'must be decimal strings');
  }
  const want = MARKET_DISCLOSURE_SIGNAL_OFFSET + MARKET_DISCLOSURE_SIGNAL_COUNT;
  if (signals.length !== want) {
    throw new ValidationError(
      `${file}: publicSignals`,
      `has ${signals.length} signals, no disclosure (a disclosed market proof has ${want}; proven with ${String(doc.circuit)})`,
    );
  }
  return { circuit: String(doc.circuit), publicSignals: signals.map((s) => BigInt(s as string)) };
}

function integer(text: string, field: string): bigint {
  const t = text.trim();
  if (!/^(0x[0-9a-fA-F]+|[0-9]+)$/.test(t)) throw new ValidationError(field, 'must be a decimal or 0x-hex integer');
  return BigInt(t);
}

function detailRows(d: MarketDetails): string[][] {
  return [
    ...d.bandWh.flatMap((wh, b) => (wh === 0n ? [] : [[`energy, adder band ${b}`, `${wh} Wh`]])),
    ['non-actual intervals', String(d.nonActualCount)],
    // market-spec §6: sum of energy times price, the index part of the energy charge before the adder
    ['index sum (Wh x cents/MWh)', d.market.toString()],
    ['signed statement', d.statement.toString()],
    ...d.hourWh.map((wh, h) => [`energy, ${String(h).padStart(2, '0')}:00-${String(h + 1).padStart(2, '0')}:00`, `${wh} Wh`]),
  ];
}

/** `market disclose`: see the command's help in ./market-disclose.ts. */
export async function disclose({ values, positionals, out }: RunContext): Promise<void> {
  const cmd = 'market disclose';
  const file = positionals[0]!;
  const keyFile = str(values, 'regulator-key');
  const secretFile = str(values, 'disclosure-secret');
  const sharedText = str(values, 'shared-point');
  if (sharedText !== undefined && (keyFile !== undefined || secretFile !== undefined)) {
    throw new UsageError(`${cmd}: give --shared-point, or --regulator-key with --disclosure-secret, not both`, cmd);
  }
  if (sharedText === undefined && (keyFile === undefined || secretFile === undefined)) {
    throw new UsageError(`${cmd}: give --regulator-key and --disclosure-secret, or --shared-point`, cmd);
  }
  const p = parseDisclosedMarketProof(await readText(file), file);
  const period = unpackPeriod(p.publicSignals[2]!);
  const { charge, credit } = unpackAmounts(p.publicSignals[3]!);
  const nonce = marketDisclosureNonce(period.meterId, period.periodStart);
  const signals = marketDisclosureSignalsOf(p.publicSignals);
  let shared: CurvePoint;
  if (sharedText !== undefined) {
    const [x, y, extra] = sharedText.split(',');
    if (x === undefined || y === undefined || extra !== undefined) throw new ValidationError('--shared-point', 'must be X,Y');
    shared = { x: integer(x, '--shared-point.x'), y: integer(y, '--shared-point.y') };
  } else {
    const [regulatorKey, secret] = await Promise.all([readRegulatorKey(keyFile!), readDisclosureSecret(secretFile!)]);
    // the ephemeral secret `market prove` derived from the same secret and period (its nonce)
    shared = settlementSharedPoint(await deriveEphemeralSecret(secret, nonce), regulatorKey);
  }
  const details = openMarketDisclosure(signals, shared, nonce);
  const outFile = str(values, 'out');
  const result = { file, circuit: p.circuit, meterId: period.meterId, periodStart: period.periodStart, charge, credit, details, sharedPoint: shared };
  if (outFile !== undefined) await writeText(outFile, toJson(result), { exclusive: !flag(values, 'force'), mode: 0o600 });
  out.line(
    `${file}: what meter ${period.meterId}'s market bill from ${period.periodStart} (${p.circuit}; charge ${charge}, credit ${credit}) disclosed to the regulator (key y ${signals.regulatorKeyY})`,
  );
  out.line(table(['detail', 'value'], detailRows(details)));
  out.line(`shared point (opens this settlement only; hand it to an ombudsman): ${shared.x},${shared.y}`);
  if (outFile !== undefined) out.line(`details written to ${outFile}`);
  out.result(result);
}
