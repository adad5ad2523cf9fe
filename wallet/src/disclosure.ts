/**
 * The regulator's disclosed view (docs/disclosure-spec.md): load the regulator's key file (its
 * disclosure secrets, one per epoch) and the approved tariff documents, read every settlement of a
 * DisclosedSettlement in a block range, decrypt each from its transaction's calldata, recompute
 * charge and credit from the details, and chart the totals per band, and, for settlements of the
 * hourly layout (docs/disclosure-spec.md §8), the import per hour of the local day by band. Everything runs in the page
 * with the SDK's `auditDisclosures`: the secret never leaves the browser.
 * @packageDocumentation
 */
import type { Provider } from 'ethers';
import { FIELD_P } from '../../core/src/crypto/field.js';
import { localDate, money, short } from '../../core/src/format.js';
import { parseTariffJson } from '../../core/src/tariff/document.js';
import type { Tariff } from '../../core/src/tariff/schema.js';
import { auditDisclosures, type DisclosureAuditReport } from '../../sdk/src/audit/disclosure-audit.js';
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const IMPORT_COLOUR = '#3b6fb6';
const EXPORT_COLOUR = '#59b26a';
/** Colours of price bands 0..7 in the hour chart, and of the energy of hours that span bands. */
const BAND_COLOURS = ['#1f3f73', '#3b6fb6', '#d9822b', '#b8446a', '#6b4fa0', '#2b8c8c', '#8c7a2b', '#555555'];
const MIXED_COLOUR = '#b0b0b0';

/**
 * The regulator's secrets from its key file: one integer (decimal or 0x-hex) per line, `#` comments
 * (the format of `wattproof regulator disclosure-key new` and `wattproof audit --disclose --key`).
 * @throws Error naming the line that is not a non-zero field element
 */
export function parseRegulatorSecrets(text: string, file: string): bigint[] {
  const secrets: bigint[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    if (!/^(0x[0-9a-fA-F]+|[0-9]+)$/.test(line)) throw new Error(`${file}, line ${i + 1}: not an integer (the key file holds one secret per line)`);
    const s = BigInt(line);
    if (s <= 0n || s >= FIELD_P) throw new Error(`${file}, line ${i + 1}: not a non-zero field element`);
    secrets.push(s);
  }
  if (secrets.length === 0) throw new Error(`${file} holds no secret`);
  return secrets;
}

/** Tariff documents the regulator approved (JSON), parsed; errors name the file. */
export function parseTariffs(files: readonly { name: string; text: string }[]): Tariff[] {
  return files.map((f) => parseTariffJson(f.text, f.name));
}

/** What {@link readDisclosures} needs. */
export interface DisclosedViewOptions {
  provider: Provider;
  settlement: string;
  disclosureKeys: string;
  secrets: readonly bigint[];
  tariffs: readonly Tariff[];
  /** The disclosed instance's verification key: each proof re-verified with the words read (see auditDisclosures). */
  verificationKey?: Record<string, unknown>;
  fromBlock?: number;
  toBlock?: number;
}

/** Reads and decrypts the range (the SDK's disclosure audit). */
export function readDisclosures(opts: DisclosedViewOptions): Promise<DisclosureAuditReport> {
  return auditDisclosures({
    provider: opts.provider,
    settlement: opts.settlement,
    disclosureKeys: opts.disclosureKeys,
    regulatorSecrets: opts.secrets,
    tariffs: opts.tariffs,
    ...(opts.verificationKey === undefined ? {} : { verificationKey: opts.verificationKey }),
    ...(opts.fromBlock === undefined ? {} : { fromBlock: opts.fromBlock }),
    ...(opts.toBlock === undefined ? {} : { toBlock: opts.toBlock }),
  });
}

/** Band names of the first tariff that names them (bands are each tariff's own numbers). */
function names(tariffs: readonly Tariff[], kind: 'import' | 'export', count: number): string[] {
  const t = tariffs[0];
  const named = t === undefined ? [] : kind === 'import' ? t.bandNames : t.exportBandNames;
  return Array.from({ length: count }, (_, b) => named[b] ?? `${kind === 'import' ? 'band' : 'export band'} ${b}`);
}

/** How many bands to show: those any tariff names, or that carry energy. */
function shownBands(tariffs: readonly Tariff[], wh: readonly bigint[], kind: 'import' | 'export'): number {
  const named = Math.max(0, ...tariffs.map((t) => (kind === 'import' ? t.bandPrices.length : t.exportPrices.length)));
  const used = wh.reduce((n, v, b) => (v > 0n ? b + 1 : n), 0);
  return Math.max(named, used, 1);
}

const kwh = (wh: bigint | undefined): string => (wh === undefined ? '?' : (Number(wh) / 1000).toFixed(3));

/** One row per settlement: decrypted energies, settled against recomputed amounts, the check. */
export function disclosedTable(
  report: DisclosureAuditReport,
  tariffs: readonly Tariff[],
  token: { decimals: number; symbol: string },
  tz: number,
): HTMLElement {
  if (report.settlements.length === 0)
    return h('p', { class: 'muted', id: 'disclosed-table' }, `No disclosed settlement in blocks ${report.fromBlock}..${report.toBlock}.`);
  const nImp = shownBands(tariffs, report.summary.importBandWh, 'import');
  const nExp = shownBands(tariffs, report.summary.exportBandWh, 'export');
  const imp = names(tariffs, 'import', nImp);
  const exp = names(tariffs, 'export', nExp);
  const m = (v: bigint | undefined): string => (v === undefined ? '?' : money(v, token.decimals, token.symbol));
  return h(
    'table',
    { id: 'disclosed-table', class: 'audit' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, 'Block'),
        h('th', {}, 'Meter'),
        h('th', {}, 'Period'),
        imp.map((n) => h('th', { class: 'num' }, `${n} kWh`)),
        exp.map((n) => h('th', { class: 'num' }, `export ${n} kWh`)),
        h('th', { class: 'num' }, 'Peak Wh'),
        h('th', { class: 'num' }, 'Charge (settled / recomputed)'),
        h('th', { class: 'num' }, 'Credit (settled / recomputed)'),
        h('th', {}, 'Check'),
      ),
    ),
    h(
      'tbody',
      {},
      report.settlements.map((s) => {
        const ok = s.mismatches.length === 0 && s.recomputed !== undefined;
        return h(
          'tr',
          { 'data-tx': s.bill.txHash, 'data-meter': s.bill.meterId.toString() },
          h('td', {}, s.bill.blockNumber),
          h('td', {}, s.bill.meterId.toString()),
          h('td', {}, localDate(s.bill.periodStart, tz)),
          imp.map((_, b) => h('td', { class: 'num' }, kwh(s.details?.bandWh[b]))),
          exp.map((_, b) => h('td', { class: 'num' }, kwh(s.details?.exportBandWh[b]))),
          h('td', { class: 'num' }, s.details?.peakWh.toString() ?? '?'),
          h('td', { class: 'num' }, `${m(s.bill.charge)} / ${m(s.recomputed?.charge)}`),
          h('td', { class: 'num' }, `${m(s.bill.credit)} / ${m(s.recomputed?.credit)}`),
          h(
            'td',
            {},
            h('span', { class: `badge ${ok ? 'verified' : 'not-verified'}`, title: s.mismatches.join('; ') || undefined }, ok ? 'match' : 'mismatch'),
            s.mismatches.length > 0 ? h('div', { class: 'reasons' }, s.mismatches.join('; ')) : null,
          ),
        );
      }),
    ),
  );
}

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * The market summary as a bar chart: total import per price band (blue) and export per export band
 * (green) across every decrypted settlement of the range, in kWh. Layout v1 discloses bands, not
 * hours of day (docs/disclosure-spec.md §4), so the bars are bands.
 */
export function disclosureChart(report: DisclosureAuditReport, tariffs: readonly Tariff[]): SVGSVGElement {
  const sum = report.summary;
  const nImp = shownBands(tariffs, sum.importBandWh, 'import');
  const nExp = shownBands(tariffs, sum.exportBandWh, 'export');
  const bars = [
    ...names(tariffs, 'import', nImp).map((n, b) => ({ label: n, wh: sum.importBandWh[b] ?? 0n, colour: IMPORT_COLOUR, kind: 'import', band: b })),
    ...names(tariffs, 'export', nExp).map((n, b) => ({ label: `export ${n}`, wh: sum.exportBandWh[b] ?? 0n, colour: EXPORT_COLOUR, kind: 'export', band: b })),
  ];
  const W = 720;
  const H = 260;
  const left = 56;
  const top = 24;
  const plotH = H - top - 44;
  const max = Math.max(1, ...bars.map((b) => Number(b.wh)));
  const bw = (W - left - 12) / bars.length;
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart', id: 'disclosure-chart' }) as SVGSVGElement;
  svg.append(el('title', {}, `Energy per band across ${sum.settlements} disclosed settlements (kWh)`));
  svg.append(el('text', { x: 4, y: top + 4, class: 'axis-label' }, `${(max / 1000).toFixed(1)} kWh`));
  svg.append(el('text', { x: 4, y: top + plotH, class: 'axis-label' }, '0'));
  bars.forEach((b, i) => {
    const hgt = (Number(b.wh) / max) * plotH;
    const x = left + i * bw;
    const r = el('rect', {
      x: x + 4,
      y: top + plotH - hgt,
      width: Math.max(2, bw - 8),
      height: hgt,
      fill: b.colour,
      [`data-${b.kind}-band`]: b.band,
      'data-wh': b.wh.toString(),
    });
    r.append(el('title', {}, `${b.label}: ${(Number(b.wh) / 1000).toFixed(3)} kWh`));
    svg.append(r);
    svg.append(el('text', { x: x + bw / 2, y: top + plotH - hgt - 4, class: 'tick', 'text-anchor': 'middle' }, (Number(b.wh) / 1000).toFixed(1)));
    svg.append(el('text', { x: x + bw / 2, y: top + plotH + 16, class: 'tick', 'text-anchor': 'middle' }, b.label));
  });
  svg.append(el('line', { x1: left, x2: W - 12, y1: top + plotH, y2: top + plotH, class: 'axis' }));
  return svg;
}

/**
 * The market by hour of the local day (layout v2, docs/disclosure-spec.md §8): one stacked bar per hour,
 * the import of every hourly settlement in that hour split by price band (the tariff's colours and names),
 * and in grey the energy of hours whose band the disclosure cannot split (an hour spanning two bands).
 * Each segment carries `data-hour`, `data-band` (or `data-mixed`) and `data-wh`.
 */
export function hourChart(report: DisclosureAuditReport, tariffs: readonly Tariff[]): SVGSVGElement {
  const sum = report.summary;
  const { bandHourWh, mixedHourWh } = sum.bandHour;
  const bands = bandHourWh.flatMap((row, b) => (row.some((x) => x !== 0n) ? [b] : []));
  const label = names(tariffs, 'import', 8);
  const W = 720;
  const H = 280;
  const left = 56;
  const top = 24;
  const plotH = H - top - 64;
  const max = Math.max(1, ...sum.hourWh.map((x) => Number(x)));
  const bw = (W - left - 12) / 24;
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart', id: 'disclosure-hour-chart' }) as SVGSVGElement;
  svg.append(el('title', {}, `Import per hour of the local day and band across ${sum.hourlySettlements} disclosed settlements (kWh)`));
  svg.append(el('text', { x: 4, y: top + 4, class: 'axis-label' }, `${(max / 1000).toFixed(1)} kWh`));
  svg.append(el('text', { x: 4, y: top + plotH, class: 'axis-label' }, '0'));
  for (let hour = 0; hour < 24; hour++) {
    const x = left + hour * bw;
    let y = top + plotH;
    const segments = [
      ...bands.map((b) => ({ wh: bandHourWh[b]![hour]!, colour: BAND_COLOURS[b]!, attr: { 'data-band': b }, name: label[b]! })),
      { wh: mixedHourWh[hour]!, colour: MIXED_COLOUR, attr: { 'data-mixed': 1 }, name: 'spans bands' },
    ];
    for (const seg of segments) {
      if (seg.wh === 0n) continue;
      const hgt = (Number(seg.wh) / max) * plotH;
      y -= hgt;
      const r = el('rect', {
        x: x + 2,
        y,
        width: Math.max(2, bw - 4),
        height: hgt,
        fill: seg.colour,
        'data-hour': hour,
        ...seg.attr,
        'data-wh': seg.wh.toString(),
      });
      r.append(el('title', {}, `${String(hour).padStart(2, '0')}:00, ${seg.name}: ${(Number(seg.wh) / 1000).toFixed(3)} kWh`));
      svg.append(r);
    }
    if (hour % 3 === 0)
      svg.append(el('text', { x: x + bw / 2, y: top + plotH + 16, class: 'tick', 'text-anchor': 'middle' }, `${String(hour).padStart(2, '0')}h`));
  }
  svg.append(el('line', { x1: left, x2: W - 12, y1: top + plotH, y2: top + plotH, class: 'axis' }));
  // legend: the bands present, then the grey of hours spanning bands when there are any
  const legend = [
    ...bands.map((b) => ({ colour: BAND_COLOURS[b]!, name: label[b]! })),
    ...(mixedHourWh.some((x) => x !== 0n) ? [{ colour: MIXED_COLOUR, name: 'hour spans bands' }] : []),
  ];
  legend.forEach((item, i) => {
    const lx = left + i * 150;
    svg.append(el('rect', { x: lx, y: H - 22, width: 12, height: 12, fill: item.colour }));
    svg.append(el('text', { x: lx + 16, y: H - 12, class: 'tick' }, item.name));
  });
  return svg;
}

/** One line under the chart: settlements read, flagged, highest peak. */
export function summaryLine(report: DisclosureAuditReport, settlement: string): string {
  const s = report.summary;
  const what = s.hourlySettlements > 0 ? `energy per band and, for ${s.hourlySettlements}, per hour of the day` : 'energy per band only';
  return `DisclosedSettlement ${short(settlement, 4)}, blocks ${report.fromBlock}..${report.toBlock}: ${report.settlements.length} settlement${report.settlements.length === 1 ? '' : 's'}, ${s.settlements} decrypted, ${report.flagged} flagged; highest demand peak ${s.maxPeakWh} Wh. No reading was disclosed: ${what}.`;
}
