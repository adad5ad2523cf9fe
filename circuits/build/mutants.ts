/**
 * `npm run mutants`: mutation check of the circuits (issues 17, 13). Each mutant removes one check
 * from circuits/lib/*.circom, circuits/bill/bill.circom or circuits/market/*.circom:
 *   - an assertion `a === b;` (the line is deleted),
 *   - a range check `_ <== Num2Bits(n)(x);` (deleted),
 *   - a comparator `x <== LessThan(n)([a, b]);` / `LessEqThan` (replaced by the unconstrained
 *     hint `x <-- a < b ? 1 : 0;`, so the witness generator still computes it).
 * For each mutant the smallest circuits that contain the file are recompiled (the lib_* test
 * circuit of the template, bill_1d_30m and its disclose, zone, yearly and zone_yearly variants, and bill_31d_60m for bill.circom), witness generator
 * and R1CS only, and the constraint-level circuit tests run against them (a market file's mutants:
 * mkt_spot_1d_60m and mkt_cfd_1d_60m against the market's malicious witnesses, and a market.circom
 * survivor of those mkt_spot_31d_60m against the month's). A mutant is killed
 * when a test fails. The score goes to bench/results.json ("mutants"); a survivor must be
 * explained in circuits/README.md as provably redundant.
 *
 *   npm run mutants                    every mutant
 *   npm run mutants -- --only calendar  mutants of files whose name contains "calendar"
 *   npm run mutants -- --only market    mutants of circuits/market/*.circom
 *   npm run mutants -- --list           list the mutants and exit
 *   npm run mutants -- --ids 34,35      those mutants only (ids of --list)
 *   npm run mutants -- --no-write       do not update bench/results.json
 *
 * Needs the honest test build (`npm run build -- --tests-only`, or any `npm test`) first.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCircuit, includeClosure } from './circom.js';
import { readInstances, type CircuitInstance } from './instances.js';
import { createBuildLog, type BuildLog } from './log.js';
import { scriptArgs } from './script-args.js';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The test files run against every mutant: constraint-level and witness-level checks, no proofs. */
export const MUTANT_TESTS = [
  'test/circuits/lib-edges.test.ts',
  'test/circuits/bill-attacks.test.ts',
  'test/circuits/bill-malicious.test.ts',
  'test/circuits/bill-disclosure.test.ts',
  'test/circuits/bill-disclosure-hourly.test.ts',
  // lib_disclosure's own edges (a nonce of 2^128, a recipient off the curve or with x = 0): the bill's
  // Disclosure(L, 0) leaves out the nonce's range check (meterId + 2^64 periodStart is below 2^104 by the
  // bill's range checks) and x != 0 (implied by the registered y), so only this file sees those checks
  'test/circuits/disclosure.test.ts',
  // VarBaseMul and EdDSAPoseidonVerify alone (docs/scalar-mul.md): each slope and the x != 0 checks
  // against tampered witnesses; S < l, the equation and 8A != O against circomlib's verifier
  'test/circuits/scalar-mul.test.ts',
  'test/circuits/eddsa-verify.test.ts',
  'test/circuits/bill-dst.test.ts',
  'test/circuits/ytd.test.ts',
  'test/circuits/zone-yearly.test.ts',
];
/** The test files run against a mutant of a market circuit file (docs/market-spec.md §8). */
export const MARKET_MUTANT_TESTS = [
  'test/market/market-malicious.test.ts',
  'test/market/market-public-malicious.test.ts',
  // the market disclosure's assertions (docs/disclosure-spec.md §11-§12) exist only in the disclosed instances
  'test/market/market-disclosure.test.ts',
  'test/market/spot-disclosure.test.ts',
];
/** The market instances a market file's mutant is compiled into: the smallest of each series, and the disclosed ones. */
const MARKET_CIRCUITS = ['mkt_spot_1d_60m', 'mkt_cfd_1d_60m', 'mkt_spotpub_3d_60m', 'mkt_spot_1d_60m_disclose', 'mkt_spotpub_3d_60m_disclose'];
/**
 * A market.circom mutant the one-day circuits cannot see (a check that only binds when dayCount <
 * maxDays) gets a second stage: the 31-day circuit and its month test (minutes, so only then).
 */
const MARKET_MONTH = 'mkt_spot_31d_60m';
export const MARKET_MONTH_TESTS = ['test/market/market-malicious-month.test.ts'];
/** Files mutated. */
const SOURCES = ['circuits/lib', 'circuits/bill', 'circuits/market'];
const isMarket = (file: string) => file.startsWith('circuits/market/');

export interface Mutant {
  id: number;
  file: string;
  line: number;
  kind: 'assertion' | 'range check' | 'comparator';
  original: string;
  replacement: string;
}

/** Every mutant of one source file. */
export function mutantsOf(file: string, text: string): Omit<Mutant, 'id'>[] {
  const out: Omit<Mutant, 'id'>[] = [];
  text.split('\n').forEach((src, i) => {
    const code = src.replace(/\/\/.*$/, '');
    const indent = /^\s*/.exec(src)![0];
    const note = (what: string) => `${indent}// MUTANT: ${what} removed`;
    if (/^\s*[^=<>]*[^=<>]===[^=].*;\s*$/.test(code)) {
      out.push({ file, line: i + 1, kind: 'assertion', original: src.trim(), replacement: note('assertion') });
    } else if (/^\s*_ <== Num2Bits\(/.test(code)) {
      out.push({ file, line: i + 1, kind: 'range check', original: src.trim(), replacement: note('range check') });
    } else {
      const m = /^(\s*)(signal )?([\w[\]]+) <== (LessThan|LessEqThan)\(\w+\)\(\[(.+), (.+)\]\);\s*$/.exec(code);
      if (m) {
        const [, ind, decl, target, cmp, a, b] = m;
        const op = cmp === 'LessThan' ? '<' : '<=';
        out.push({
          file,
          line: i + 1,
          kind: 'comparator',
          original: src.trim(),
          replacement: `${ind}${decl ?? ''}${target} <-- ${a} ${op} ${b} ? 1 : 0;   // MUTANT: comparator removed`,
        });
      }
    }
  });
  return out;
}

async function allMutants(): Promise<Mutant[]> {
  const all: Mutant[] = [];
  for (const dir of SOURCES) {
    for (const f of (await readdir(join(ROOT, dir))).filter((n) => n.endsWith('.circom')).sort()) {
      const file = `${dir}/${f}`;
      for (const m of mutantsOf(file, await readFile(join(ROOT, file), 'utf8'))) all.push({ id: all.length + 1, ...m });
    }
  }
  return all;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', rej);
    child.on('close', (code) => res({ code: code ?? 1, out }));
  });
}

/** Runs the mutant test set against the circuits in buildDir; returns the failing tests. */
async function runTests(buildDir: string, skipLarge: boolean, files = MUTANT_TESTS): Promise<{ passed: boolean; failed: string[]; seconds: number }> {
  const started = Date.now();
  const report = join(buildDir, 'vitest.json');
  const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
  const { code, out } = await run(process.execPath, [vitest, 'run', ...files, '--bail=1', '--reporter=json', `--outputFile=${report}`], {
    ...process.env,
    WATTPROOF_SKIP_BUILD: '1',
    WATTPROOF_BUILD_DIR: buildDir,
    ...(skipLarge ? { WATTPROOF_MUTANT: '1' } : {}),
  });
  let failed: string[] = [];
  try {
    const json = JSON.parse(await readFile(report, 'utf8')) as {
      testResults: Array<{ assertionResults: Array<{ status: string; fullName: string }>; message?: string; name: string }>;
    };
    failed = json.testResults.flatMap((f) => [
      ...f.assertionResults.filter((a) => a.status === 'failed').map((a) => a.fullName),
      ...(f.assertionResults.length === 0 && f.message ? [`${relative(ROOT, f.name)}: ${f.message.split('\n')[0]}`] : []),
    ]);
  } catch {
    if (code !== 0)
      failed = [
        `vitest exited ${code}: ${out
          .split('\n')
          .filter((l) => /Error|FAIL/.test(l))
          .slice(0, 3)
          .join(' | ')}`,
      ];
  }
  return { passed: code === 0, failed, seconds: (Date.now() - started) / 1000 };
}

async function main(): Promise<number> {
  const values = scriptArgs(
    'usage: npx tsx circuits/build/mutants.ts [--only FILE-PART] [--ids N[,N]] [--list] [--no-write]\n  --only      mutate only the circuit files whose path contains FILE-PART (e.g. zone)\n  --ids       only the mutants with these ids (as --list prints them)\n  --list      list the mutants and stop\n  --no-write  do not write the figures into bench/results.json',
    {
      only: { type: 'string' },
      list: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      ids: { type: 'string' },
    },
  );
  // compiler chatter (constraint counts of every mutant) would bury the progress lines
  const quiet: BuildLog = {
    log() {},
    debug() {},
    info() {},
    warn() {},
    error: (m) => createBuildLog('mutants').error(m),
    step: () => () => {},
    child: () => quiet,
  };
  const log = quiet;
  const say = (s: string) => process.stdout.write(`${s}\n`);
  let mutants = await allMutants();
  if (values.only) mutants = mutants.filter((m) => m.file.includes(values.only!));
  // --ids 34,35: those mutants only (ids as --list prints them), e.g. to check one template's checks
  const ids = values.ids?.split(',').map(Number);
  if (ids !== undefined) mutants = mutants.filter((m) => ids.includes(m.id));
  if (values.list) {
    for (const m of mutants) say(`#${m.id} ${m.file}:${m.line} ${m.kind}: ${m.original}`);
    return 0;
  }

  const honestBuild = process.env.WATTPROOF_BUILD_DIR ?? join(ROOT, 'build');
  const work = join(ROOT, 'build', 'mutants');
  await rm(work, { recursive: true, force: true });
  const tree = join(work, 'tree');
  await mkdir(tree, { recursive: true });
  await cp(join(ROOT, 'circuits'), join(tree, 'circuits'), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(tree, 'node_modules'));

  const all = await readInstances(ROOT);
  // compiled with a mutant when they include its file; the one-day flag instances are the smallest
  // with the disclosure (BillDetails, BillDisclosure), the zone clock (ZoneClock, LocalSlotSums) and
  // the year to date (YearToDate: YEARLY = 1 only)
  const ONE_DAY_FLAGS = ['bill_1d_30m_disclose', 'bill_1d_30m_disclose_hourly', 'bill_1d_30m_zone', 'bill_1d_30m_yearly', 'bill_1d_30m_zone_yearly'];
  const instances = all.filter(
    (i) =>
      i.name.startsWith('lib_') ||
      i.name === 'bill_1d_30m' ||
      i.name === 'bill_31d_60m' ||
      ONE_DAY_FLAGS.includes(i.name) ||
      MARKET_CIRCUITS.includes(i.name) ||
      i.name === MARKET_MONTH,
  );
  const closures = new Map<string, string[]>();
  for (const inst of instances)
    closures.set(
      inst.name,
      (await includeClosure(ROOT, inst.main)).map((f) => relative(ROOT, f)),
    );
  const honestDir = async (name: string) => {
    for (const kind of ['circuits', 'witness']) {
      const d = join(honestBuild, kind, name);
      if (
        await readFile(join(d, `${name}.r1cs`)).then(
          () => true,
          () => false,
        )
      )
        return d;
    }
    throw new Error(`${name} is not built; run \`npm run build -- --tests-only\` first`);
  };

  // the honest circuits must pass the test set, or every mutant would look killed
  const testSets = [
    ...(mutants.some((m) => !isMarket(m.file)) ? [MUTANT_TESTS] : []),
    ...(mutants.some((m) => isMarket(m.file)) ? [MARKET_MUTANT_TESTS, MARKET_MONTH_TESTS] : []),
  ];
  say(`mutants: ${mutants.length} (tests: ${testSets.flat().join(', ')})`);
  const baseline = await runTests(honestBuild, true, testSets.flat());
  if (!baseline.passed) {
    say(`the honest circuits fail the mutant test set; fix that first:\n  ${baseline.failed.join('\n  ')}`);
    return 1;
  }
  say(`baseline: the honest circuits pass the test set in ${baseline.seconds.toFixed(0)}s`);

  const results: Array<Mutant & { status: 'killed' | 'survived' | 'stillborn'; by?: string; seconds: number }> = [];
  const started = Date.now();
  for (const [n, m] of mutants.entries()) {
    const t0 = Date.now();
    const text = await readFile(join(ROOT, m.file), 'utf8');
    const lines = text.split('\n');
    lines[m.line - 1] = m.replacement;
    await writeFile(join(tree, m.file), lines.join('\n'));
    const buildDir = join(work, `m${m.id}`);
    // a lib file is tested through the bill (the market circuits include some lib templates too,
    // but the bill's tests already cover them); a market file through the market's 1-day circuits
    const affected = instances.filter(
      (i) =>
        closures.get(i.name)!.includes(m.file) &&
        (isMarket(m.file)
          ? MARKET_CIRCUITS.includes(i.name) || (i.name === MARKET_MONTH && m.file.endsWith('market.circom'))
          : // bill_1d_30m_disclose(_hourly): the test circuits that use BillDetails and BillDisclosure
            // (the hourly one alone their HOURLY = 1 branch);
            // bill_1d_30m_zone: the only one with ZoneClock and LocalSlotSums (ZONE = 1)
            i.name.startsWith('lib_') || i.name === 'bill_1d_30m' || ONE_DAY_FLAGS.includes(i.name) || m.file.endsWith('bill.circom')),
    );
    const tests = isMarket(m.file) ? MARKET_MUTANT_TESTS : MUTANT_TESTS;
    let status: 'killed' | 'survived' | 'stillborn' = 'survived';
    let by: string | undefined;
    try {
      // stage 1: the template's own lib_* circuit and its edge tests (seconds); stage 2, only if
      // the mutant survives: the bill circuits and every test file
      const libs = affected.filter((i) => i.name.startsWith('lib_'));
      // (a market file: the one-day circuits and the malicious witnesses; then, for market.circom,
      // the month)
      const month = affected.filter((i) => i.name === MARKET_MONTH);
      const stages: Array<[CircuitInstance[], string[]]> = [
        ...(libs.length > 0 ? [[libs, [MUTANT_TESTS[0]!]] as [CircuitInstance[], string[]]] : []),
        [affected.filter((i) => !libs.includes(i) && !month.includes(i)), tests],
        ...(month.length > 0 ? [[month, MARKET_MONTH_TESTS] as [CircuitInstance[], string[]]] : []),
      ];
      const compiled = new Set<string>();
      for (const [compile, files] of stages) {
        // every other instance the tests load (the months, the demand circuit) is the honest build:
        // a test that found its circuit missing would count as a kill
        for (const inst of all) {
          const dir = join(buildDir, 'witness', inst.name);
          if (compile.includes(inst)) {
            await rm(dir, { recursive: true, force: true }); // a link to the honest build, never written through
            await compileCircuit(tree, inst.name, inst.main, dir, log);
            compiled.add(inst.name);
          } else if (!compiled.has(inst.name)) {
            const honest = await honestDir(inst.name).catch(() => undefined); // built on demand only: no test loads it
            if (honest === undefined) continue;
            await rm(dir, { recursive: true, force: true });
            await mkdir(dirname(dir), { recursive: true });
            await symlink(honest, dir);
          }
        }
        const r = await runTests(buildDir, !m.file.endsWith('bill.circom'), files);
        if (!r.passed) {
          status = 'killed';
          by = r.failed[0];
          break;
        }
      }
    } catch (e) {
      status = 'stillborn';
      by = (e as Error).message.split('\n').slice(0, 2).join(' ');
    } finally {
      await writeFile(join(tree, m.file), text);
      await rm(buildDir, { recursive: true, force: true });
    }
    const seconds = (Date.now() - t0) / 1000;
    results.push({ ...m, status, by, seconds });
    const eta = (((Date.now() - started) / (n + 1)) * (mutants.length - n - 1)) / 1000;
    say(
      `[${n + 1}/${mutants.length}] ${status.toUpperCase().padEnd(9)} ${m.file}:${m.line} ${m.kind}: ${m.original}` +
        `  (${affected.map((i) => i.name).join(', ')}; ${seconds.toFixed(0)}s, ~${Math.ceil(eta / 60)} min left)${by ? `\n      by: ${by}` : ''}`,
    );
  }
  await rm(work, { recursive: true, force: true });

  const killed = results.filter((r) => r.status === 'killed').length;
  const survivors = results.filter((r) => r.status === 'survived');
  const stillborn = results.filter((r) => r.status === 'stillborn');
  if (stillborn.length > 0) {
    // a mutant that could not be compiled or tested says nothing about the tests: no score
    say(
      `\n${stillborn.length} mutant(s) could not be built or tested; no score written:\n  ${stillborn.map((s) => `${s.file}:${s.line} ${s.by}`).join('\n  ')}`,
    );
    return 2;
  }
  say(
    `\nmutants killed: ${killed}/${results.length}${survivors.length ? `; survivors:\n  ${survivors.map((s) => `${s.file}:${s.line} ${s.original}`).join('\n  ')}` : ''}`,
  );
  if (!values['no-write'] && !values.only) {
    const file = join(ROOT, 'bench', 'results.json');
    const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    json.mutants = {
      date: new Date().toISOString(),
      command: 'npm run mutants',
      killed,
      total: results.length,
      seconds: Math.round((Date.now() - started) / 1000),
      circuits:
        'lib_* test circuits, bill_1d_30m; bill_31d_60m for bill.circom; mkt_spot_1d_60m, mkt_cfd_1d_60m, mkt_spotpub_3d_60m, mkt_spot_1d_60m_disclose, mkt_spotpub_3d_60m_disclose for circuits/market; mkt_spot_31d_60m for a market.circom survivor of those',
      tests: [...MUTANT_TESTS, ...MARKET_MUTANT_TESTS, ...MARKET_MONTH_TESTS],
      mutants: results.map((r) => ({ file: r.file, line: r.line, kind: r.kind, check: r.original, status: r.status, ...(r.by ? { killedBy: r.by } : {}) })),
    };
    await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
    say('wrote bench/results.json (mutants)');
  }
  return survivors.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
