/**
 * `bill compute`: the engine only (no prover, no chain, no Poseidon), so it starts fast.
 * @packageDocumentation
 */
import { computeBill } from '../../../core/src/bill/compute.js';
import { INTERVAL_QUALITIES, nonActualCount } from '../../../core/src/meter/quality.js';
import { parseTariffJson } from '../../../core/src/tariff/document.js';
import { need, type RunContext } from '../command.js';
import { readText } from '../files.js';
import { readAnyPeriod } from '../period-files.js';
import { billToJSON, renderBill } from '../render.js';

/** `compute`: see the command's help in ./bill.ts. */
export async function compute({ values, out }: RunContext): Promise<void> {
  const tariffFile = need(values, 'tariff', 'bill compute');
  const tariff = parseTariffJson(await readText(tariffFile), tariffFile);
  const { period } = await readAnyPeriod(need(values, 'period', 'bill compute'));
  const bill = computeBill(tariff, period);
  out.line(renderBill(bill, tariff, period.periodStart));
  // The count the meter's statement commits to and the proof makes public (spec §3, §7).
  const quality = Object.fromEntries(INTERVAL_QUALITIES.map((q) => [q, (period.quality ?? []).filter((x) => x === q).length]));
  quality['actual'] = period.imports.length - nonActualCount(period.quality);
  const nonActual = nonActualCount(period.quality);
  out.line(
    `interval quality: ${nonActual} of ${period.imports.length} intervals not actual reads (${quality['estimated']} estimated, ${quality['substituted']} substituted, ${quality['filled']} filled)`,
  );
  out.result({
    meterId: period.meterId,
    periodStart: period.periodStart,
    currency: tariff.currency,
    bill: billToJSON(bill),
    nonActualCount: nonActual,
    quality,
  });
}
