/**
 * The period's usage by price band as an inline SVG: import stacked above the axis, coloured by
 * the band each interval falls in (work-day or rest-day schedule), export below it by export
 * band. One bar per interval for a one-day period, one stacked bar per day otherwise.
 * @packageDocumentation
 */
import type { Bill } from '../../core/src/bill/compute.js';
import type { MeterPeriod } from '../../core/src/meter/period.js';
import type { Tariff } from '../../core/src/tariff/schema.js';

const SVG = 'http://www.w3.org/2000/svg';
const IMPORT_COLOURS = ['#3b6fb6', '#e0a93b', '#c8483c', '#7a5ab8', '#2f9e8f', '#8c6d46', '#d46aa6', '#6b7a8f'];
const EXPORT_COLOURS = ['#59b26a', '#1f7a3a', '#a4d46c', '#2aa198', '#7cc4a4', '#3d8b5f', '#b5d99c', '#16613a'];

/** Import and export Wh per bar and band. */
interface Series {
  labels: string[];
  imports: number[][]; // [bar][band]
  exports: number[][]; // [bar][exportBand]
}

function series(bill: Bill, tariff: Tariff, period: MeterPeriod): Series {
  const I = tariff.slotsPerDay;
  const perInterval = bill.dayCount === 1;
  const bars = perInterval ? I : bill.dayCount;
  const imports = Array.from({ length: bars }, () => new Array<number>(tariff.bandPrices.length).fill(0));
  const exports = Array.from({ length: bars }, () => new Array<number>(tariff.exportPrices.length).fill(0));
  period.imports.forEach((wh, i) => {
    const day = Math.floor(i / I);
    const slot = i % I;
    const band = (bill.restDayFlags[day] ? tariff.restBands : tariff.workBands)[slot] ?? 0;
    const bar = perInterval ? slot : day;
    imports[bar]![band]! += wh;
    exports[bar]![tariff.exportBands[slot] ?? 0]! += period.exports[i] ?? 0;
  });
  const labels = perInterval
    ? Array.from({ length: bars }, (_, s) => {
        const min = (s * 1440) / I;
        return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
      })
    : Array.from({ length: bars }, (_, d) => new Date((bill.firstDay + d) * 86400_000).toISOString().slice(5, 10));
  return { labels, imports, exports };
}

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The chart, with a legend of band totals. */
export function usageChart(bill: Bill, tariff: Tariff, period: MeterPeriod): SVGSVGElement {
  const s = series(bill, tariff, period);
  const W = 720;
  const H = 300;
  const left = 48;
  const right = 12;
  const top = 16;
  const legendH = 44;
  const plotH = H - top - legendH - 18;
  const sum = (a: number[]): number => a.reduce((x, y) => x + y, 0);
  const maxImport = Math.max(1, ...s.imports.map(sum));
  const maxExport = Math.max(0, ...s.exports.map(sum));
  const scale = plotH / (maxImport + maxExport);
  const axisY = top + maxImport * scale;
  const bw = (W - left - right) / s.labels.length;

  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart', id: 'usage-chart' }) as SVGSVGElement;
  svg.append(el('title', {}, `Usage by band: import above the axis, export below (${bill.dayCount === 1 ? 'per interval' : 'per day'})`));
  const unit = bill.dayCount === 1 ? 'Wh' : 'kWh';
  const shown = (wh: number): string => (unit === 'Wh' ? `${wh}` : (wh / 1000).toFixed(1));
  svg.append(el('text', { x: 4, y: top + 4, class: 'axis-label' }, shown(maxImport)));
  svg.append(el('text', { x: 4, y: axisY + 4, class: 'axis-label' }, `0 ${unit}`));
  if (maxExport > 0) svg.append(el('text', { x: 4, y: axisY + maxExport * scale, class: 'axis-label' }, `−${shown(maxExport)}`));

  s.labels.forEach((label, b) => {
    const x = left + b * bw;
    let y = axisY;
    s.imports[b]!.forEach((wh, band) => {
      if (wh === 0) return;
      const hgt = wh * scale;
      y -= hgt;
      const r = el('rect', { x: x + 0.5, y, width: Math.max(1, bw - 1), height: hgt, fill: IMPORT_COLOURS[band % 8]!, 'data-band': band });
      r.append(el('title', {}, `${label} ${tariff.bandNames[band]}: ${wh} Wh import`));
      svg.append(r);
    });
    let ye = axisY;
    s.exports[b]!.forEach((wh, band) => {
      if (wh === 0) return;
      const hgt = wh * scale;
      const r = el('rect', { x: x + 0.5, y: ye, width: Math.max(1, bw - 1), height: hgt, fill: EXPORT_COLOURS[band % 8]!, 'data-export-band': band });
      r.append(el('title', {}, `${label} ${tariff.exportBandNames[band]}: ${wh} Wh export`));
      svg.append(r);
      ye += hgt;
    });
    const every = Math.max(1, Math.ceil(s.labels.length / 12));
    if (b % every === 0) svg.append(el('text', { x: x + bw / 2, y: top + plotH + 14, class: 'tick', 'text-anchor': 'middle' }, label));
  });
  svg.append(el('line', { x1: left, x2: W - right, y1: axisY, y2: axisY, class: 'axis' }));

  // Legend: band totals from the reference engine.
  let lx = left;
  const ly = H - legendH + 8;
  const legend = [
    ...bill.items.energy.map((e) => ({ colour: IMPORT_COLOURS[e.band % 8]!, text: `${e.name} ${(Number(e.wh) / 1000).toFixed(2)} kWh` })),
    ...bill.items.exports.map((e) => ({ colour: EXPORT_COLOURS[e.band % 8]!, text: `export ${e.name} ${(Number(e.wh) / 1000).toFixed(2)} kWh` })),
  ];
  legend.forEach((item, i) => {
    const row = i < 4 ? 0 : 1;
    if (i === 4) lx = left;
    svg.append(el('rect', { x: lx, y: ly + row * 18, width: 10, height: 10, fill: item.colour }));
    svg.append(el('text', { x: lx + 14, y: ly + row * 18 + 9, class: 'legend' }, item.text));
    lx += 14 + item.text.length * 6.4 + 14;
  });
  return svg;
}
