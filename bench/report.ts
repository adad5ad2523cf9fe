/**
 * bench/results.md: the figures of bench/results.json for people.
 * @packageDocumentation
 */
import { ceremonyMarkdown } from './ceremony.js';
import { marketMarkdown } from './market-report.js';
import { setupMarkdown } from './setup.js';
import type { ProvingFigures } from './measure.js';
import type { BenchResults, CircuitFigures } from './results.js';
import type { TargetResult } from './targets.js';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${int(n)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

function proving(c: CircuitFigures | { status: string }): ProvingFigures | undefined {
  return 'proving' in c && 'totalMs' in c.proving ? c.proving : undefined;
}

function fmtValue(t: TargetResult, v: number): string {
  if (t.unit === 'ms') return ms(v);
  if (t.unit === '') return v.toFixed(3);
  if (t.unit === 'gas') return `${int(v)} gas`;
  if (t.unit === '%') return `${v.toFixed(1)} %`;
  return Number.isInteger(v) ? int(v) : v.toFixed(2);
}

function targetRow(t: TargetResult): string {
  const goal = `${t.comparison} ${fmtValue(t, t.limit)}`;
  if (t.value === null || t.distance === null) return `| ${t.what} | ${goal} | not measured | — | — |`;
  const pct = `${Math.abs(t.distanceFraction! * 100).toFixed(1)} %`;
  const dist = t.met ? `${fmtValue(t, Math.abs(t.distance))} under (${pct} headroom)` : `${fmtValue(t, Math.abs(t.distance))} over (${pct} too much)`;
  return `| ${t.what} | ${goal} | ${fmtValue(t, t.value)} | ${dist} | ${t.met ? 'met' : '**missed**'} |`;
}

/** snarkjs's Groth16 evaluation domain: constraints + public inputs + 1, rounded up to a power of two. */
function domainPower(c: CircuitFigures): number {
  return Math.ceil(Math.log2(c.constraints + c.publicSignals + 1));
}

function circuitRows(cs: Array<CircuitFigures | { status: string }>): string[] {
  const rows = [
    '| circuit | shape | constraints | wires | per interval | FFT domain | zkey (download) | witness | proof | witness + proof | CPU time | first proof (cold) | verify | peak RSS |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const c of cs) {
    if (!('constraints' in c)) continue;
    const p = proving(c);
    const t = p
      ? [
          ms(p.witnessMs.median),
          ms(p.proofMs.median),
          `**${ms(p.totalMs.median)}**`,
          ms(p.cpuMs.median),
          p.firstProofMs === null ? '—' : ms(p.firstProofMs),
          `${p.verifyMs.median.toFixed(1)} ms`,
          `${int(p.peakRssMiB)} MiB`,
        ]
      : ['status' in c.proving ? c.proving.status : '—', '', '', '', '', '', ''];
    rows.push(
      `| ${c.name} | ${c.description.split(':')[0]} | ${int(c.constraints)} | ${int(c.wires)} | ${c.constraintsPerInterval.toFixed(1)} | 2^${domainPower(c)} | ${mib(c.zkeyBytes)} | ${t.join(' | ')} |`,
    );
  }
  return rows;
}

/**
 * What a template flag costs against the plain instance of the same shape, when both were measured:
 * `<name>_yearly` (docs/bill-spec.md §9: the year-to-date commitment's two Poseidon openings, the
 * tariff-year range checks and the block split on the carried import) and `<name>_zone` (§5a: the
 * daylight-saving clock's local slots and days; the zone instance bills a London month with its
 * 25-hour day, the plain one a fixed-offset month). `<name>_zone_yearly` against `<name>`: both flags
 * (its `_yearly` line compares it with `<name>_zone`).
 */
function flagCost(r: BenchResults, suffix: '_yearly' | '_zone' | '_zone_yearly', heading: string): string[] {
  const lines: string[] = [];
  for (const [name, y] of Object.entries(r.circuits)) {
    const base = r.circuits[name.slice(0, -suffix.length)];
    if (!name.endsWith(suffix) || base === undefined || !('constraints' in y) || !('constraints' in base)) continue;
    const dy = y.constraints - base.constraints;
    const [py, pb] = [proving(y), proving(base)];
    // the loads are printed beside the times: instances measured in different runs saw different loads
    const time =
      py && pb
        ? `; witness + proof ${ms(py.totalMs.median)} (load ${py.loadAverageBefore.toFixed(1)}) against ${ms(pb.totalMs.median)} (load ${pb.loadAverageBefore.toFixed(1)})`
        : '';
    lines.push(`- ${name}: ${int(y.constraints)} constraints, +${int(dy)} (+${((100 * dy) / base.constraints).toFixed(1)} %) over ${base.name}${time}`);
  }
  return lines.length === 0 ? [] : ['', heading, '', ...lines];
}

function provingLoadValues(r: BenchResults): number[] {
  const all: Array<CircuitFigures | { status: string }> = [...Object.values(r.circuits), r.baseline];
  const loads = all.map((c) => proving(c)?.loadAverageBefore).filter((x): x is number => x !== undefined);
  return loads.length > 0 ? loads : [r.machine.loadAverageAtStart];
}

function provingLoads(r: BenchResults): string {
  return provingLoadValues(r)
    .map((x) => x.toFixed(1))
    .join(' / ');
}

/** Render results.md. */
/** Issue 14: what the regulator's disclosure adds in proving time and in settle gas. */
function disclosureMarkdown(r: BenchResults): string[] {
  const d = r.disclosure;
  const gas = r.gas.status === 'measured' && 'disclosed' in r.gas ? r.gas.disclosed : undefined;
  if (d === undefined && gas === undefined) return [];
  const lines = ['', '## Disclosure to the regulator (issue 14)', ''];
  if (d !== undefined && 'pairs' in d) {
    lines.push(
      `The same bench month proven without and with the disclosure, alternating run by run, each proof in a fresh process (\`${d.command}\`, ${d.measuredAt.slice(0, 16)}Z, load average ${d.loadAverageAtStart} at the start and ${d.loadAverageAtEnd} at the end: CPU time is the steadier figure under load).`,
      '',
      '| circuit | constraints | median wall | median CPU | added CPU |',
      '| --- | ---: | ---: | ---: | ---: |',
    );
    for (const p of Object.values(d.pairs)) {
      if (p === undefined) continue;
      lines.push(
        `| ${p.plain.circuit} | ${p.plain.constraints === undefined ? '' : int(p.plain.constraints)} | ${ms(p.plain.medianWallMs)} | ${ms(p.plain.medianCpuMs)} | |`,
      );
      lines.push(
        `| ${p.disclose.circuit} | ${p.disclose.constraints === undefined ? '' : int(p.disclose.constraints)} | ${ms(p.disclose.medianWallMs)} | ${ms(p.disclose.medianCpuMs)} | **${p.cpuIncrease}** |`,
      );
    }
  } else if (d !== undefined) lines.push(`Proving: ${d.status}.`);
  if (gas !== undefined) {
    lines.push('', '| entry point (one-day instance) | a later bill of the meter | its first bill (keeps the base point) |', '| --- | ---: | ---: |');
    for (const g of Object.values(gas)) lines.push(`| \`${g.entry}\` (${g.circuit}) | **${int(g.later)}** | ${int(g.first)} |`);
  }
  return lines;
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const all: Array<CircuitFigures | { status: string }> = [...Object.values(r.circuits), r.baseline];
  const lines: string[] = [
    '# wattproof benchmarks',
    '',
    `Generated by \`${r.command}\` on ${r.date.slice(0, 10)} (${r.date}); the run took ${(r.durationSeconds / 60).toFixed(1)} min, ` +
      `of which ${(r.buildSeconds / 60).toFixed(1)} min building (compiles, ceremonies and setups not already cached). ` +
      'Regenerate with `npm run bench`; `bench/results.json` has every sample.',
    '',
    `Machine: ${m.cpuModel}, ${m.availableCores} cores (${m.cores} online), ${m.totalMemoryGiB} GiB RAM, ${m.os}; Node ${m.nodeVersion}, snarkjs ${m.snarkjsVersion}, circom2 ${m.circom2Version}. ` +
      `Load average ${m.loadAverageAtStart} at the start, ${m.loadAverageAtEnd} at the end, ${provingLoads(r)} before each proving measurement (the bench's own proving counts in it)` +
      (Math.max(...provingLoadValues(r)) > m.availableCores + 0.5
        ? " — **other work shared the cores at times, so some absolute times are pessimistic** (each run's CPU time is in results.json; ratios between circuits are fairer)."
        : '.'),
    '',
    `Times are medians of ${r.measuredRuns} runs after ${r.warmupRuns} warm-up run, each circuit in its own Node process with snarkjs (worker threads on every core), proving key and witness calculator held in memory.`,
    '',
    '## Targets (issue 6)',
    '',
    '| goal | target | measured | distance | |',
    '| --- | --- | ---: | --- | --- |',
    ...r.targets.map(targetRow),
    '',
    '## Circuits',
    '',
    ...circuitRows(all),
    '',
    'Constraints and wires are read from the `.r1cs` headers. "FFT domain" is the size of the Groth16 prover\'s FFTs ' +
      '(constraints + public inputs + 1, rounded up to a power of two): the FFT part of proving time steps with it, the MSM part grows with the wires. ' +
      '"zkey" is the Groth16 proving key a wallet downloads. ' +
      '"CPU time" is user + system time of witness and proof over all threads: when it is far below wall time × cores, the process was waiting for a CPU that other work held. ' +
      '"first proof (cold)" is the warm-up run in a fresh process (curve set-up and worker start-up included).',
    ...flagCost(r, '_yearly', 'Yearly blocks (the year-to-date commitment, three more public signals) against the same instance without them:'),
    ...flagCost(r, '_zone', 'Daylight-saving clocks (committed transitions, local slots and days; no public signal) against the plain instance:'),
    ...flagCost(r, '_zone_yearly', 'Both flags (a London month with its 25-hour day, on top of a carried year to date) against the plain instance:'),
    '',
    '## Against the naive baseline (31 days, hourly)',
    '',
  ];
  const hourly = r.circuits.bill_31d_60m;
  if (hourly && 'constraints' in r.baseline) {
    const b = r.baseline;
    const hp = proving(hourly);
    const bp = proving(b);
    lines.push(
      `The baseline (\`circuits/baseline/naive_bill.circom\`) proves the same bill (same tariff, readings, public signals) the obvious way: ` +
        'a 32-bit range check per reading, readings hashed unpacked (15 per Poseidon16), one price selection and one multiplication per interval. It is compiled and set up in the same run.',
      '',
      '| | wattproof `bill_31d_60m` | naive baseline | ours / baseline |',
      '| --- | ---: | ---: | ---: |',
      `| constraints | ${int(hourly.constraints)} | ${int(b.constraints)} | **${r.baselineRatio?.toFixed(3)}** |`,
      `| wires | ${int(hourly.wires)} | ${int(b.wires)} | ${(hourly.wires / b.wires).toFixed(3)} |`,
      `| constraints per interval | ${hourly.constraintsPerInterval.toFixed(1)} | ${b.constraintsPerInterval.toFixed(1)} | |`,
      `| proving key | ${mib(hourly.zkeyBytes)} | ${mib(b.zkeyBytes)} | ${(hourly.zkeyBytes / b.zkeyBytes).toFixed(3)} |`,
    );
    if (hp && bp) {
      lines.push(
        `| witness (median) | ${ms(hp.witnessMs.median)} | ${ms(bp.witnessMs.median)} | ${(hp.witnessMs.median / bp.witnessMs.median).toFixed(3)} |`,
        `| proof (median) | ${ms(hp.proofMs.median)} | ${ms(bp.proofMs.median)} | ${r.baselineProofOnlyRatio?.toFixed(3)} |`,
        `| witness + proof (median) | ${ms(hp.totalMs.median)} | ${ms(bp.totalMs.median)} | **${r.baselineProvingTimeRatio?.toFixed(3)}** |`,
        `| CPU time of witness + proof (median) | ${ms(hp.cpuMs.median)} | ${ms(bp.cpuMs.median)} | ${r.baselineCpuTimeRatio?.toFixed(3)} |`,
        `| peak RSS | ${int(hp.peakRssMiB)} MiB | ${int(bp.peakRssMiB)} MiB | ${(hp.peakRssMiB / bp.peakRssMiB).toFixed(3)} |`,
      );
    }
  } else {
    lines.push(
      `${'status' in r.baseline ? r.baseline.status : 'not measured: the 31-day hourly circuit was not measured'}.`.replace(/^./, (c) => c.toUpperCase()),
    );
  }
  lines.push('', '## Gas (Hardhat in-process EVM)', '');
  if (r.gas.status === 'measured') {
    const g = r.gas;
    lines.push(
      `\`settle\` (an ordinary bill, the escrow pays it): **${g.settleGas === null ? 'not in the report' : `${int(g.settleGas)} gas`}** with the ` +
        `\`${g.settleCircuit}\` verifier, Groth16 verification included. Receipt gasUsed (21k intrinsic and calldata included), ` +
        `from \`${g.source}\` written by \`scripts/gas-report.ts\`${g.solc ? ` (solc ${g.solc}${g.hardfork ? `, ${g.hardfork}` : ''})` : ''}.`,
      '',
    );
    const others = Object.entries(g.settleByCircuit ?? {}).filter(([c]) => c !== g.settleCircuit);
    if (others.length > 0) lines.push(`\`settle\` with the other verifiers: ${others.map(([c, v]) => `${c} ${int(v)}`).join(', ')}.`, '');
    lines.push('| call | gas |', '| --- | ---: |', ...Object.entries(g.calls).map(([k, v]) => `| ${k} | ${int(v)} |`));
  } else {
    lines.push(`${r.gas.status.replace(/^./, (c) => c.toUpperCase())}.`);
  }
  if (r.batchGas !== undefined) {
    const bg = r.batchGas;
    lines.push(
      '',
      `### Batched settlement (\`settleBatch\`, ${bg.circuit})`,
      '',
      `\`settle\`: ${int(bg.settle.plain)} gas for a plain bill, ${int(bg.settle.arrears)} gas for one that creates arrears. Measured by \`${bg.command}\` on ${bg.date.slice(0, 10)}.`,
      '',
      '| bills in the batch | gasUsed | gas per bill | within a 30M block |',
      '| ---: | ---: | ---: | --- |',
      ...Object.entries(bg.batches).map(([n, b]) => `| ${n} | ${int(b.gasUsed)} | **${int(b.perBill)}** | ${b.withinBlock ? 'yes' : 'no'} |`),
      '',
      ...bg.notes,
    );
    const c = bg.collector;
    if (c !== undefined) {
      lines.push(
        '',
        `Collector path on the same ${c.proofs} proofs: handed to the HTTP inbox in ${int(c.handOffMs)} ms, read and verified off-chain in ${int(c.verifyMs)} ms, submitted in ${c.batches} settleBatch transaction(s) in ${int(c.submitMs)} ms; **${c.perProofMs} ms per proof** (${int(c.totalMs)} ms in all).`,
      );
    }
  }
  lines.push(...disclosureMarkdown(r));
  if (r.load !== undefined) {
    const l = r.load;
    lines.push(
      '',
      '## Load run (issue 18)',
      '',
      `\`npm run bench -- load --meters ${l.meters}\` on ${l.measuredAt.slice(0, 10)}: a Hardhat node in its own process, ${int(l.meters)} meters of ${l.retailers} retailers, ${int(l.settledSingle)} bills settled one by one and ${int(l.settledBatched)} by the collector in batches, through a proxy that injected ${l.faultsInjected} faults (${Object.entries(
        l.faultsByKind,
      )
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')}); ${int(l.retriesRecovered)} client operations retried.`,
      '',
      `- settlements per second: **${r.loadSettlementsPerSecond ?? l.loadSettlementsPerSecond.toFixed(2)}** (${l.settleSeconds.toFixed(0)} s for all)`,
      `- reconciliation against an independent replay: **${l.reconciliation.ok ? 'exact' : `FAILED (${l.reconciliation.mismatches.length} mismatches)`}**; ${l.reconciliation.settledEvents} Settled events, ${l.reconciliation.paidTwice} paid twice, ${l.reconciliation.lost} lost`,
      `- faults recovered: **${r.loadFaultsRecovered ?? l.loadFaultsRecovered}**`,
      `- audit index from block 0: ${l.audit.verified}/${l.audit.total} verified in ${l.audit.seconds.toFixed(1)} s (**${(r.auditVerifiedPerSecond ?? l.audit.auditVerifiedPerSecond).toFixed(2)} verified/s**)`,
    );
  }
  if (r.collector1000 !== undefined) {
    const c = r.collector1000;
    lines.push(
      '',
      '## Collector at scale (issue 15)',
      '',
      `\`${c.command}\` on ${c.measuredAt.slice(0, 10)} (load average ${c.loadAverageAtStart} at the start): ${int(c.proofs)} proofs posted to the HTTP inbox in ${(c.handOffMs / 1000).toFixed(1)} s, read and verified off-chain in ${(c.verifyMs / 1000).toFixed(1)} s, submitted to a Hardhat node over JSON-RPC in ${c.batches} settleBatch transactions (${c.batchSizes.join(', ')} bills) in ${(c.submitMs / 1000).toFixed(1)} s: **${(c.totalMs / 1000).toFixed(1)} s in all, ${c.perProofMs} ms per proof**, ${int(c.gasPerBill)} gas per bill; ${c.settledEvents} Settled events, ${c.paidTwice} paid twice, ${c.lost} lost.`,
    );
  }
  if (r.importThroughput !== undefined) {
    const it = r.importThroughput;
    lines.push(
      '',
      '## Meter import throughput',
      '',
      `${it.file}; median of ${it.runs} parses after a warm-up, measured by \`npm run bench -- --import-only\` on ${it.date.slice(0, 10)} (one core; load average ${it.loadAverageAtStart} on ${it.cores} cores at the start: other work competed, so these are lower bounds).`,
      '',
      '| format | file size | intervals | median parse | intervals / s |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...(
        [
          ['CSV', it.formats.csv],
          ['Green Button (ESPI XML)', it.formats.greenButton],
          ['NEM12', it.formats.nem12],
        ] as const
      ).map(([name, f]) => `| ${name} | ${(f.bytes / 1e6).toFixed(1)} MB | ${int(f.intervals)} | ${f.medianMs} ms | **${int(f.intervalsPerSecond)}** |`),
    );
  }
  lines.push('', '## Browser', '');
  const b = r.browser;
  if (b.status === 'measured' && b.totalMs && b.witnessMs && b.proofMs && b.wallMs) {
    const node = r.circuits[b.circuit ?? '']?.proving;
    const nodeTotal = node && 'totalMs' in node ? node.totalMs.median : undefined;
    lines.push(
      `\`${b.circuit}\` proved in headless ${b.browser} through the wallet's own prover (\`wallet/src/prover.ts\`: module Web Worker, artifacts fetched from the wallet server and sha256-checked), ` +
        `median of ${b.runs} runs after a warm-up${b.checked ? "; public signals equal the engine's" : ''}.`,
      '',
      '| witness | proof | in the worker (validate + witness + proof + check) | wall time on the page | first proof on the page | artifacts fetch + check (loopback) |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${ms(b.witnessMs.median)} | ${ms(b.proofMs.median)} | ${ms(b.totalMs.median)} | **${ms(b.wallMs.median)}** | ${b.firstProofMs === undefined ? '—' : ms(b.firstProofMs)} | ${b.artifactsMs === undefined ? '—' : ms(b.artifactsMs)} |`,
      ...(nodeTotal ? ['', `Browser / Node (witness + proof, medians): ${((b.witnessMs.median + b.proofMs.median) / nodeTotal).toFixed(2)}.`] : []),
    );
  } else {
    lines.push(`Proving in headless Chromium: ${b.status}.`);
  }
  if (r.market !== undefined) lines.push(...marketMarkdown(r.market));
  if (r.ceremony !== undefined && Object.keys(r.ceremony.instances).length > 0) lines.push(...ceremonyMarkdown(r.ceremony));
  if (r.setup !== undefined && Object.keys(r.setup.instances).length > 0) lines.push(...setupMarkdown(r.setup));
  lines.push('', '## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}
