/**
 * `npm run build`: compile circuits, obtain powers of tau, Groth16 phase 2,
 * Solidity verifiers, build/manifest.json, then the contracts. Incremental.
 *
 *   npm run build                       every circuit in circuits/instances.json
 *   npm run build -- --only bill_1d_30m  just these (comma-separated)
 *   npm run build -- --tests-only        just what `npm test` needs
 *   npm run build -- --ptau FILE         use a real ceremony file (or $WATTPROOF_PTAU)
 *   npm run build -- --force             redo every stage
 *   npm run build -- --no-contracts      skip hardhat compile
 *   npm run build -- --dev-ptau 17       only make sure the 2^17 development ceremony is cached
 *   npm run build -- --compile           then compile the package (dist/, as `npm run compile`)
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultBuildDir } from '../prover/src/artifacts/index.js';
import { readInstances } from '../circuits/build/instances.js';
import { createBuildLog } from '../circuits/build/log.js';
import { runBuild } from '../circuits/build/pipeline.js';
import { devPtau, MAX_PTAU_POWER } from '../circuits/build/ptau.js';
import { terminateCurves } from '../circuits/build/snark.js';
import { buildForWitnessTests, compileOnlyInstances, WitnessQueue } from '../circuits/build/witness-build.js';
import { CoreSlots } from '../circuits/build/core-slots.js';

/** circom compiles at once (each single-threaded): the cores of the 2-core machines `npm test` is sized for. */
const CIRCOM_SLOTS = 2;

const USAGE = `usage: npm run build -- [--only name[,name]] [--tests-only] [--ptau FILE] [--force] [--no-contracts] [--compile] [--quiet] | --dev-ptau POWER`;

/**
 * `npm run compile` (tsc -b tsconfig.build.json) in a child process; resolves to its exit code.
 * It needs the contracts' typechain types, so it runs after the contracts compile.
 */
function compilePackage(root: string): Promise<number> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  return new Promise<number>((res, rej) => {
    const child = spawn(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', rej);
    child.on('close', (c) => res(c ?? 1));
  });
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        only: { type: 'string', multiple: true },
        'tests-only': { type: 'boolean', default: false },
        ptau: { type: 'string' },
        force: { type: 'boolean', default: false },
        'no-contracts': { type: 'boolean', default: false },
        compile: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        'dev-ptau': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const log = createBuildLog('build', values.quiet);
  const only = values.only
    ?.flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const envPtau = process.env.WATTPROOF_PTAU?.trim();
  const started = Date.now();
  if (values['dev-ptau'] !== undefined) {
    const power = Number(values['dev-ptau']);
    if (!Number.isInteger(power) || power < 1 || power > MAX_PTAU_POWER) {
      log.error(`--dev-ptau wants a power from 1 to ${MAX_PTAU_POWER}, got ${values['dev-ptau']}`);
      return 2;
    }
    try {
      const file = await devPtau(power, log);
      log.info(`${file.path} (power ${file.power}) ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      return 0;
    } finally {
      await terminateCurves();
    }
  }
  try {
    // Circuits whose tests only compute witnesses (compile, no Groth16 setup) build beside the
    // main build, two lanes drawing from one queue, largest first. Every circom compile, the
    // proving circuits' and theirs, takes one of two slots (one core each; the setups use the
    // cores left), the proving circuits' first: those, their setups, then the contracts compile
    // (solc-js) and tsc -b, all single-threaded, are the build's critical path, and the
    // compile-only circuits fill the other core through that tail. (With a single main-lane
    // compile chain beside one witness lane, the witness lane was done before the contracts and
    // a core idled through the ~20 s tail of a fresh clone.)
    const slots = new CoreSlots(CIRCOM_SLOTS);
    const queue = values['tests-only'] ? readInstances(root).then((all) => new WitnessQueue(compileOnlyInstances(all))) : Promise.resolve(undefined);
    let mainQueued: () => void = () => {};
    const queued = new Promise<void>((res) => {
      mainQueued = res;
    });
    const lane = async () => {
      const q = await queue;
      await queued;
      if (q !== undefined) await buildForWitnessTests(root, defaultBuildDir(), q, log, slots);
    };
    const [settledReport, ...settledWitness] = await Promise.allSettled([
      runBuild({
        root,
        only,
        testsOnly: values['tests-only'],
        ptauPath: values.ptau ? resolve(values.ptau) : envPtau ? resolve(envPtau) : undefined,
        force: values.force,
        skipContracts: values['no-contracts'],
        // Only beside the compile-only circuits: a full build keeps one circom at a time (its largest need the memory).
        compileSlots: values['tests-only'] ? slots : undefined,
        onCompilesQueued: mainQueued,
        log,
      })
        .finally(mainQueued) // a build that fails before queueing its compiles never leaves the witness lanes waiting
        .then(async (report) => {
          if (values.compile && report.ok) {
            const done = log.step('compiling the package (tsc -b tsconfig.build.json)');
            const code = await compilePackage(root);
            done();
            if (code !== 0) {
              report.ok = false;
              log.error(`compiling the package (npm run compile) failed with exit code ${code}; see its output above`);
            }
          }
          return report;
        }),
      lane(),
      lane(),
    ]);
    if (settledReport.status === 'rejected') throw settledReport.reason;
    for (const w of settledWitness) if (w.status === 'rejected') throw w.reason;
    const report = settledReport.value;
    log.info('summary:');
    for (const c of report.circuits) log.info(`  ${c.name.padEnd(20)} ${c.status.padEnd(10)} ${c.seconds.toFixed(1)}s`);
    log.info(`  ${'contracts'.padEnd(20)} ${report.contracts}`);
    log.info(`${report.ok ? 'build OK' : 'build FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return report.ok ? 0 : 1;
  } catch (e) {
    log.error((e as Error).message);
    return 1;
  }
}

process.exitCode = await main();
