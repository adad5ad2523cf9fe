/**
 * The shape of bench/results.json `market` (bench/market.ts) and its section of results.md. No
 * dependencies beyond types, so that rendering results.md never loads Hardhat or snarkjs.
 * @packageDocumentation
 */
import type { GasShare } from './gas-trace.js';

/** Issue 13's targets for the 31-day hourly spot-indexed bill and every settlement. */
export const MARKET_TARGETS = { constraints31d: 2 ** 16, prove31dMs: 4000, settleGas: 320_000 } as const;

/** Median and spread of some samples (ms). */
export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  /** 1-minute load average just before the first measured run. */
  loadAverageBefore: number;
}

/** One market circuit instance. */
export interface MarketInstanceFigures {
  name: string;
  intervalsPerDay: number;
  maxDays: number;
  series: 'import' | 'export';
  constraints: number;
  zkeyBytes?: number;
  node?: Timing & { cpuMs: number; firstProofMs: number };
  chromium?: (Timing & { browser: string; firstProofMs: number; signalsMatchNode: boolean }) | { status: string };
  /**
   * Receipt gasUsed: the first settlement of an agreement and a later one; `keepBase` when the bench sent
   * keepBase before the first (as MarketParty.accept does), which then reads the kept point instead of
   * folding it. Figures without `keepBase` were measured on settle's fallback (the first folds and keeps).
   */
  settleGas?: { first: number; later: number; keepBase?: number };
  /** A public-price instance: gas of publishing one day with its verifier registered in the feed. */
  publishGas?: number;
  status?: string;
}

/** bench/results.json `market`. */
export interface MarketFigures {
  date: string;
  command: string;
  machine: { cores: number; model: string };
  loadAverageAtStart: number;
  loadAverageAtEnd: number;
  instances: Record<string, MarketInstanceFigures>;
  /** Where a later settlement's gas goes (mkt_spot_1d_60m). */
  breakdown?: { circuit: string; gasUsed: number; shares: GasShare[] };
  /** A 31-day month of hourly spot-indexed data: 31 daily settlements against one monthly one. */
  month?: {
    days: number;
    /** proveMs: wall time (grows with the machine's load); cpuMs: CPU time of witness + proof (fairer on a shared machine). */
    /** gas: the 31 settlements plus the agreement's one keepBase when measured */
    daily: { circuit: string; proveMs: number; cpuMs: number; gas: number; settlements: number };
    /** gasFirst: the first month's settlement (after keepBase, whose own gas is keepBaseGas, when measured) */
    monthly: { circuit: string; proveMs: number; cpuMs: number; gasFirst: number; gasLater: number; keepBaseGas?: number };
  };
  targets: Array<{ what: string; limit: number; value: number | null; met: boolean | null }>;
  notes: string[];
}

/** The month comparison and the targets, from whatever instances were measured (in this run or before). */
export function monthAndTargets(instances: Record<string, MarketInstanceFigures>): Pick<MarketFigures, 'month' | 'targets'> {
  const day = instances.mkt_spot_1d_60m;
  // the public-price month (spec §11) is issue 13's answer once measured; the feed-linked one before it
  const month31 = instances.mkt_spotpub_31d_60m?.node ? instances.mkt_spotpub_31d_60m : instances.mkt_spot_31d_60m;
  const month =
    day?.node && day.settleGas && month31?.node && month31.settleGas
      ? {
          days: 31,
          daily: {
            circuit: day.name,
            proveMs: 31 * day.node.medianMs,
            cpuMs: 31 * day.node.cpuMs,
            gas: (day.settleGas.keepBase ?? 0) + day.settleGas.first + 30 * day.settleGas.later,
            settlements: 31,
          },
          monthly: {
            circuit: month31.name,
            proveMs: month31.node.medianMs,
            cpuMs: month31.node.cpuMs,
            gasFirst: month31.settleGas.first,
            gasLater: month31.settleGas.later,
            ...(month31.settleGas.keepBase !== undefined ? { keepBaseGas: month31.settleGas.keepBase } : {}),
          },
        }
      : undefined;
  // every settlement: the later ones, and the first where keepBase took the fold out of it (a figure
  // measured on the fallback is the first's cost without the SDK's keepBase, not the settlement path's)
  const settleGas = Object.values(instances).flatMap((i) =>
    i.settleGas === undefined ? [] : i.settleGas.keepBase !== undefined ? [i.settleGas.first, i.settleGas.later] : [i.settleGas.later],
  );
  const targets: MarketFigures['targets'] = [
    { what: '31-day hourly spot bill: constraints', limit: MARKET_TARGETS.constraints31d, value: month31?.constraints ?? null, met: null },
    { what: '31-day hourly spot bill: Node proving time (ms)', limit: MARKET_TARGETS.prove31dMs, value: month31?.node?.medianMs ?? null, met: null },
    {
      what: 'settle gas (every settlement of an agreement, the first after keepBase included; worst instance)',
      limit: MARKET_TARGETS.settleGas,
      value: settleGas.length > 0 ? Math.max(...settleGas) : null,
      met: null,
    },
  ];
  for (const t of targets) t.met = t.value === null || Number.isNaN(t.value) ? null : t.value <= t.limit;
  return { ...(month !== undefined ? { month } : {}), targets };
}

/** results.md section for {@link MarketFigures}. */
export function marketMarkdown(m: MarketFigures): string[] {
  const int = (n: number) => Math.round(n).toLocaleString('en-US');
  const lines = [
    '',
    '## Market bills (issue 13)',
    '',
    `Measured by \`${m.command}\` on ${m.date.slice(0, 10)} (${m.machine.cores} cores, ${m.machine.model}); load average ${m.loadAverageAtStart} at the start, ${m.loadAverageAtEnd} at the end — **the machine was shared**, times are pessimistic.`,
    '',
    '| circuit | intervals/day | days | constraints | Node witness + proof (median wall; CPU) | load before | Chromium witness + proof (median) | load before | settle gas (first of agreement) | settle gas (later) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const i of Object.values(m.instances)) {
    const ch = i.chromium;
    const chCells = ch === undefined ? ['—', '—'] : 'status' in ch ? [ch.status, '—'] : [`**${int(ch.medianMs)} ms**`, ch.loadAverageBefore.toFixed(1)];
    lines.push(
      `| ${i.name} | ${i.intervalsPerDay} | ${i.maxDays} | ${Number.isNaN(i.constraints) ? '—' : int(i.constraints)} | ${i.node ? `**${int(i.node.medianMs)} ms** (CPU ${int(i.node.cpuMs)} ms)` : (i.status ?? '—')} | ${i.node ? i.node.loadAverageBefore.toFixed(1) : '—'} | ${chCells.join(' | ')} | ${i.settleGas ? int(i.settleGas.first) : '—'} | ${i.settleGas ? `**${int(i.settleGas.later)}**` : '—'} |`,
    );
  }
  if (m.month !== undefined) {
    const mo = m.month;
    lines.push(
      '',
      `A month of ${mo.days} days, hourly, spot-indexed: ${mo.daily.settlements} daily settlements (\`${mo.daily.circuit}\`) cost **${int(mo.daily.gas)} gas** and ${int(mo.daily.proveMs / 1000)} s of Node proving wall time (${int(mo.daily.cpuMs / 1000)} s CPU) in all; ` +
        `one monthly settlement (\`${mo.monthly.circuit}\`) costs **${int(mo.monthly.gasFirst)} gas** the first month of an agreement${mo.monthly.keepBaseGas !== undefined ? ` (after a one-time keepBase of ${int(mo.monthly.keepBaseGas)} gas on acceptance)` : ''} (${int(mo.monthly.gasLater)} later) and ${int(mo.monthly.proveMs / 1000)} s of proving (${int(mo.monthly.cpuMs / 1000)} s CPU): ` +
        `daily settlement costs ${(mo.daily.gas / mo.monthly.gasLater).toFixed(1)}× the gas and ${(mo.daily.cpuMs / mo.monthly.cpuMs).toFixed(1)}× the proving CPU time (${(mo.daily.proveMs / mo.monthly.proveMs).toFixed(1)}× the wall time, which the load distorts), for money that moves the day after delivery instead of a month later.`,
    );
  }
  lines.push('', '| target | limit | measured | |', '| --- | ---: | ---: | --- |');
  for (const t of m.targets) {
    lines.push(
      `| ${t.what} | ${int(t.limit)} | ${t.value === null || Number.isNaN(t.value) ? 'not measured' : int(t.value)} | ${t.met === null ? '—' : t.met ? 'met' : '**missed**'} |`,
    );
  }
  if (m.breakdown !== undefined) {
    lines.push(
      '',
      `Where a later settlement's ${int(m.breakdown.gasUsed)} gas goes (\`${m.breakdown.circuit}\`, \`bench/gas-trace.ts\` on Hardhat's \`debug_traceTransaction\`; each call's whole cost, cold account access included):`,
      '',
      '| part | gas |',
      '| --- | ---: |',
      ...m.breakdown.shares.map((s) => `| ${s.what} | ${int(s.gas)} |`),
    );
  }
  lines.push('', ...m.notes.map((n) => `- ${n}`));
  return lines;
}
