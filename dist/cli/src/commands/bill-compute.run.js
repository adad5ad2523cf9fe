/**
 * `bill compute`: the engine only (no prover, no chain, no Poseidon), so it starts fast.
 * @packageDocumentation
 */
import { computeBill } from '../../../core/src/bill/compute.js';
import { parseTariffJson } from '../../../core/src/tariff/document.js';
import { need } from '../command.js';
import { readText } from '../files.js';
import { readAnyPeriod } from '../period-files.js';
import { billToJSON, renderBill } from '../render.js';
/** `compute`: see the command's help in ./bill.ts. */
export async function compute({ values, out }) {
    const tariffFile = need(values, 'tariff', 'bill compute');
    const tariff = parseTariffJson(await readText(tariffFile), tariffFile);
    const { period } = await readAnyPeriod(need(values, 'period', 'bill compute'));
    const bill = computeBill(tariff, period);
    out.line(renderBill(bill, tariff, period.periodStart));
    out.result({ meterId: period.meterId, periodStart: period.periodStart, currency: tariff.currency, bill: billToJSON(bill) });
}
//# sourceMappingURL=bill-compute.run.js.map