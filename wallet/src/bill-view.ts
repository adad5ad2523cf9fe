/**
 * The itemized bill, from the reference engine's {@link Bill}, as an HTML table. Item amounts
 * are rounded for display; only the charge and the credit are what a proof attests (bill spec §6).
 * @packageDocumentation
 */
import type { Bill } from '../../core/src/bill/compute.js';
import type { Tariff } from '../../core/src/tariff/schema.js';
import { kwh, localDate, money, pricePerKwh, zoneName } from '../../core/src/format.js';
import { h } from './dom.js';

type Row = { item: string; energy?: string; price?: string; amount: string; kind?: 'total' | 'credit' | 'due' };

/** Renders the bill of `periodStart` under `tariff`. */
export function billTable(bill: Bill, tariff: Tariff, periodStart: number): HTMLElement {
  const { symbol, decimals } = tariff.currency;
  const m = (v: bigint): string => money(v, decimals, symbol);
  const p = (v: bigint): string => pricePerKwh(v, decimals, symbol);
  const rows: Row[] = [];
  for (const e of bill.items.energy) rows.push({ item: `Energy, ${e.name}`, energy: kwh(e.wh), price: p(e.price), amount: m(e.amount) });
  for (const t of bill.items.tiers) {
    if (t.price === 0n) continue;
    const range = t.toWh === undefined ? `above ${kwh(t.fromWh)}` : `${kwh(t.fromWh)} to ${kwh(t.toWh)}`;
    rows.push({ item: `Block surcharge, tier ${t.tier + 1} (${range})`, energy: kwh(t.wh), price: p(t.price), amount: m(t.amount) });
  }
  const s = bill.items.standing;
  rows.push({ item: 'Standing charge', energy: `${s.days} day${s.days === 1n ? '' : 's'}`, price: `${m(s.perDay)}/day`, amount: m(s.amount) });
  rows.push({ item: 'Net before tax', amount: m(bill.net) });
  rows.push({ item: `Tax ${(bill.taxBps / 100).toFixed(2)}%`, amount: m(bill.tax) });
  rows.push({ item: 'Charge', energy: kwh(bill.totalImportWh), amount: m(bill.charge), kind: 'total' });
  for (const x of bill.items.exports) rows.push({ item: `Export credit, ${x.name}`, energy: kwh(x.wh), price: p(x.price), amount: `−${m(x.amount)}` });
  rows.push({ item: 'Credit', energy: kwh(bill.totalExportWh), amount: `−${m(bill.credit)}`, kind: 'credit' });
  const due = bill.charge - bill.credit;
  rows.push({ item: due >= 0n ? 'Net due' : 'Net refund', amount: m(due >= 0n ? due : -due), kind: 'due' });

  const rest = bill.restDayFlags.filter(Boolean).length;
  const caption = `${localDate(periodStart, tariff.tzOffsetSeconds)} (${zoneName(tariff.tzOffsetSeconds)}), ${bill.dayCount} day${bill.dayCount === 1 ? '' : 's'}, ${rest} rest day${rest === 1 ? '' : 's'}, under “${tariff.name}”`;
  return h(
    'table',
    { class: 'bill', id: 'bill-table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h('tr', {}, h('th', {}, 'Item'), h('th', { class: 'num' }, 'Energy'), h('th', { class: 'num' }, 'Price'), h('th', { class: 'num' }, 'Amount')),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          { class: r.kind, 'data-item': r.kind },
          h('td', {}, r.item),
          h('td', { class: 'num' }, r.energy ?? ''),
          h('td', { class: 'num' }, r.price ?? ''),
          h('td', { class: 'num', 'data-amount': r.kind }, r.amount),
        ),
      ),
    ),
  );
}
