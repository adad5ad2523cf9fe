/**
 * Human renderings shared by the CLI and the demo: a tariff, an itemized bill.
 * @packageDocumentation
 */
import type { Bill } from '../../core/src/bill/compute.js';
import { bandsToRanges, slotsToWindows } from '../../core/src/tariff/bands.js';
import { WEEKDAY_NAMES } from '../../core/src/tariff/calendar.js';
import type { Tariff } from '../../core/src/tariff/schema.js';
import { kwh, localDate, money, pricePerKwh, table, zoneName } from '../../core/src/format.js';

/** The tariff as readable text: prices, schedules, tiers, charges, calendar. */
/** The tariff's clock: a fixed offset, or its zone with the committed changes (spec §5a). */
function zoneLine(t: Tariff): string {
  if (t.zone === undefined && t.zoneTransitions === undefined) return zoneName(t.tzOffsetSeconds);
  const changes = (t.zoneTransitions ?? []).map(
    (x) => `${new Date(x.at * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC -> ${zoneName(x.offsetAfter)}`,
  );
  const window = t.zone !== undefined ? `${t.zone} ${t.zoneValidFrom}..${t.zoneValidUntil}` : 'committed clock';
  return `${window} (${zoneName(t.tzOffsetSeconds)} at the start${changes.length > 0 ? `; changes ${changes.join(', ')}` : ''})`;
}

export function renderTariff(t: Tariff, commitment?: bigint): string {
  const { symbol, decimals } = t.currency;
  const p = (v: bigint) => pricePerKwh(v, decimals, symbol);
  const ranges = (slots: number[], names: string[]) =>
    bandsToRanges(slots)
      .map((r) => `${r.from}-${r.to} ${names[r.band] ?? r.band}`)
      .join(', ');
  const lines = [
    `${t.name}${t.description ? `\n  ${t.description}` : ''}`,
    `  ${t.slotsPerDay} slots per day, ${zoneLine(t)}; rest days: ${t.restDays.map((d) => WEEKDAY_NAMES[d]).join(', ') || 'none'}; holidays: ${t.holidays.join(', ') || 'none'}`,
    '',
    table(
      ['band', { header: 'price', align: 'right' }],
      t.bandPrices.map((v, i) => [t.bandNames[i], p(v)]),
    ),
    `  work days: ${ranges(t.workBands, t.bandNames)}`,
    `  rest days: ${ranges(t.restBands, t.bandNames)}`,
    '',
    table(
      [
        t.tierBasis === 'period'
          ? 'tier (import per period)'
          : t.tierBasis === 'year'
            ? `tier (import per tariff year from ${t.yearStart ?? '?'})`
            : 'tier (daily import)',
        { header: 'surcharge', align: 'right' },
      ],
      t.tiers.map((tier, i) => {
        const limitOf = (x: (typeof t.tiers)[number] | undefined) => x?.upToWhPerDay ?? x?.upToWhPerPeriod ?? x?.upToWhPerYear;
        const from = i === 0 ? 0 : (limitOf(t.tiers[i - 1]) ?? 0);
        const upTo = limitOf(tier);
        const range = upTo === undefined ? `above ${from / 1000} kWh` : `${from / 1000}-${upTo / 1000} kWh`;
        return [range, p(tier.price)];
      }),
    ),
    '',
    table(
      ['export band', { header: 'feed-in', align: 'right' }],
      t.exportPrices.map((v, i) => [t.exportBandNames[i], p(v)]),
    ),
    `  export bands: ${ranges(t.exportBands, t.exportBandNames)}`,
    '',
    `  standing charge ${money(t.standingPerDay, decimals, symbol)}/day; tax ${(t.taxBps / 100).toFixed(2)}% on the charge (not on export credit)`,
  ];
  if (t.demand !== undefined) {
    const windows = (slots: number[]) =>
      slotsToWindows(slots)
        .map((w) => `${w.from}-${w.to}`)
        .join(', ') || 'none';
    lines.push(
      `  demand charge ${money(t.demand.pricePerKw, decimals, symbol)}/kW on the period's highest interval; window on work days: ${windows(t.demand.workSlots)}; on rest days: ${windows(t.demand.restSlots)}`,
    );
  }
  if (commitment !== undefined) lines.push(`  commitment ${commitment}`);
  return lines.join('\n');
}

/** The itemized bill as a table, with the authoritative charge and credit. */
export function renderBill(bill: Bill, t: Tariff, periodStart: number): string {
  const { symbol, decimals } = t.currency;
  const m = (v: bigint) => money(v, decimals, symbol);
  const rows: unknown[][] = [];
  for (const e of bill.items.energy) rows.push([`energy ${e.name}`, kwh(e.wh), pricePerKwh(e.price, decimals, symbol), m(e.amount)]);
  for (const tier of bill.items.tiers) {
    if (tier.price === 0n && tier.wh === 0n) continue;
    const k = (wh: bigint) => String(Number(wh) / 1000);
    const range = tier.toWh === undefined ? `above ${k(tier.fromWh)} kWh` : `${k(tier.fromWh)}-${k(tier.toWh)} kWh`;
    rows.push([`tier ${tier.tier + 1} (${range})`, kwh(tier.wh), pricePerKwh(tier.price, decimals, symbol), m(tier.amount)]);
  }
  const s = bill.items.standing;
  rows.push([`standing charge`, `${s.days} days`, `${m(s.perDay)}/day`, m(s.amount)]);
  const d = bill.items.demand;
  if (d !== undefined) rows.push([`demand charge`, `peak ${Number(d.peakW) / 1000} kW`, `${m(d.pricePerKw)}/kW`, m(d.amount)]);
  rows.push(['net', '', '', m(bill.net)]);
  rows.push([`tax ${(bill.taxBps / 100).toFixed(2)}%`, '', '', m(bill.tax)]);
  rows.push(['CHARGE', kwh(bill.totalImportWh), '', m(bill.charge)]);
  for (const x of bill.items.exports) rows.push([`export ${x.name}`, kwh(x.wh), pricePerKwh(x.price, decimals, symbol), `-${m(x.amount)}`]);
  rows.push(['CREDIT', kwh(bill.totalExportWh), '', `-${m(bill.credit)}`]);
  rows.push(['NET DUE', '', '', m(bill.charge - bill.credit)]);
  const rest = bill.restDayFlags.filter(Boolean).length;
  // spec §5a: the local date under the offset in force at the start; a change inside is named
  const change =
    bill.transition === undefined
      ? ''
      : `, clock change ${new Date(bill.transition.at * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC (${bill.transition.delta > 0 ? '23' : '25'}-hour day)`;
  const zone = t.zone === undefined ? '' : ` ${t.zone}`;
  const head = `bill ${localDate(periodStart, bill.offsetStartSeconds)}${zone}, ${bill.dayCount} day(s) (${rest} rest day(s))${change} under "${t.name}"`;
  return `${head}\n${table(['item', { header: 'energy', align: 'right' }, { header: 'price', align: 'right' }, { header: 'amount', align: 'right' }], rows)}`;
}

/** Plain-JSON form of a bill (bigints as decimal strings). */
export function billToJSON(bill: Bill): Record<string, unknown> {
  return JSON.parse(JSON.stringify(bill, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Record<string, unknown>;
}
