/**
 * The build pipeline behind `npm run build`: per circuit compile -> ptau ->
 * phase 2 -> verifier, recorded in build/manifest.json; then the contracts.
 * Each stage is skipped when its inputs and its recorded outputs are
 * unchanged; an output whose sha256 disagrees with the manifest is rebuilt.
 */
import { rm } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { ALLOWLIST_FILE, circuitSourceHash, compileCircuit, disallowedWarnings, readAllowList } from './circom.js';
import { readR1csHeader } from './binfile.js';
import { compileContracts } from './contracts.js';
import type { CoreSlots } from './core-slots.js';
import { exists, sha256File, writeFileAtomic } from './fs-util.js';
import { checkConstraintPin, readInstances, type CircuitInstance } from './instances.js';
import { withLock } from './lock.js';
import type { BuildLog } from './log.js';
import { groth16Setup } from './phase2.js';
import { INSECURE_BANNER, resolvePtau, type PtauFile } from './ptau.js';
import { terminateCurves } from './snark.js';
import { BATCH_VERIFIER_SIGNALS } from '../../prover/src/batch-verifier.js';
import { priceVerifierContractName } from '../../prover/src/price-verifier.js';
import { batchVerifierContractName, GENERATED_CONTRACTS_DIR, verifierContractName, writeBatchVerifier, writePriceVerifier, writeVerifier } from './verifier.js';
import { emptyManifest, MANIFEST_FILE, readManifest, type Manifest, type ManifestCircuit, type ManifestFile } from '../../prover/src/artifacts/manifest.js';

/** Options of one build run. */
export interface BuildOptions {
  /** Repo root (holds circuits/, contracts/). */
  root: string;
  /** Output directory; default `<root>/build`. */
  buildDir?: string;
  /** Build only these circuits. */
  only?: string[];
  /** Build only circuits marked `"tests": true`. */
  testsOnly?: boolean;
  /** A real powers-of-tau file; default a cached development ceremony. */
  ptauPath?: string;
  /** Where the deployed Solidity verifiers go (Hardhat compiles them); default `<root>/contracts/generated`. */
  generatedDir?: string;
  /** Skip `hardhat compile`. */
  skipContracts?: boolean;
  /** Redo every stage. */
  force?: boolean;
  /**
   * Run the circom compiles in these slots at priority 0, as many at once as a slot is free,
   * instead of one at a time beside the setups (`npm test`'s build, whose compile-only circuits
   * wait in the same slots at a lower priority).
   */
  compileSlots?: CoreSlots;
  /** Called once every compile is queued in `compileSlots` (or failed before): other lanes may queue theirs. */
  onCompilesQueued?: () => void;
  log: BuildLog;
}

/** Outcome per circuit and for the contracts. */
export interface BuildReport {
  circuits: Array<{ name: string; status: 'built' | 'up to date' | 'failed'; error?: string; seconds: number }>;
  contracts: 'compiled' | 'up to date' | 'skipped' | 'failed';
  contractsError?: string;
  ok: boolean;
}

/** Smallest power p with 2^p >= what snarkjs's `zkey new` needs for this r1cs. */
function requiredPower(nConstraints: number, nPublic: number): number {
  // snarkjs adds one constraint per public input plus one for the constant signal.
  const n = nConstraints + nPublic + 1;
  return Math.max(1, Math.ceil(Math.log2(n)));
}

/** Select the instances a run builds, refusing unknown names. */
export function selectInstances(all: CircuitInstance[], only: string[] | undefined, testsOnly: boolean | undefined): CircuitInstance[] {
  let chosen = all;
  if (only && only.length > 0) {
    const unknown = only.filter((n) => !all.some((i) => i.name === n));
    if (unknown.length > 0) throw new Error(`unknown circuit ${unknown.join(', ')}; known: ${all.map((i) => i.name).join(', ')}`);
    chosen = chosen.filter((i) => only.includes(i.name));
  }
  if (testsOnly) chosen = chosen.filter((i) => i.tests === true);
  return chosen;
}

async function matches(path: string, entry: ManifestFile | undefined, log: BuildLog, what: string): Promise<boolean> {
  if (!entry) return false;
  if (!(await exists(path))) {
    log.info(`${what} ${path} is missing; rebuilding`);
    return false;
  }
  const sha = await sha256File(path);
  if (sha !== entry.sha256) {
    log.warn(
      `${what} ${path} does not match build/manifest.json (sha256 ${sha.slice(0, 16)}…, recorded ${entry.sha256.slice(0, 16)}…); refusing it and rebuilding`,
    );
    return false;
  }
  return true;
}

/** Where one circuit's outputs go. */
function circuitPaths(opts: BuildOptions & { buildDir: string }, inst: CircuitInstance) {
  const dir = join(opts.buildDir, 'circuits', inst.name);
  return {
    dir,
    r1cs: join(dir, `${inst.name}.r1cs`),
    wasm: join(dir, `${inst.name}_js`, `${inst.name}.wasm`),
    zkey: join(dir, `${inst.name}.zkey`),
    vkey: join(dir, 'vkey.json'),
    /** What Hardhat compiles: the verifier a deployment uses. */
    generated: opts.generatedDir ?? join(opts.root, GENERATED_CONTRACTS_DIR),
  };
}

/**
 * Where snarkjs's verifier of a circuit goes. Hardhat compiles every file under contracts/, so it goes
 * to the generated contracts only when it is the verifier deployed: a circuit with neither a batch
 * verifier (a bill or market circuit, five public signals or more) nor a price verifier (public-price
 * market circuit) has only it (foundation_tiny). Otherwise nothing deploys it, and compiling it cost
 * every contracts build solc time and typechain factories for nothing: it is kept beside the zkey, the
 * plain snarkjs export of the key for outside tools, hashed in the manifest.
 */
function snarkjsVerifierPath(paths: ReturnType<typeof circuitPaths>, inst: CircuitInstance, nPublic: number): { path: string; deployed: boolean } {
  const file = `${verifierContractName(inst.name)}.sol`;
  const deployed = inst.params.publicPrices !== 1 && nPublic < BATCH_VERIFIER_SIGNALS;
  return { path: join(deployed ? paths.generated : paths.dir, file), deployed };
}

/**
 * Removes snarkjs's verifier of a circuit that deploys another from the generated contracts, where a
 * tree built before it moved beside the zkey still has it (Hardhat would go on compiling it).
 */
async function dropFromGenerated(path: string, root: string, log: BuildLog): Promise<void> {
  if (!(await exists(path))) return;
  await rm(path, { force: true });
  log.info(`removed ${relative(root, path)}: nothing deploys it (snarkjs's verifier is kept beside the zkey)`);
}

/** What the compile stage hands to the setup stage. */
interface Compiled {
  sourceHash: string;
  warnings: ManifestCircuit['inputs']['inspectWarnings'];
  nConstraints: number;
  nPublic: number;
  power: number;
  r1csSha: string;
  wasmSha: string;
  rebuilt: boolean;
}

/** Stage 1 of a circuit: circom compile (one core) and the checks of its output. */
async function compileStage(opts: BuildOptions & { buildDir: string }, inst: CircuitInstance, prev: ManifestCircuit | undefined): Promise<Compiled> {
  const { root, force } = opts;
  const log = opts.log.child(inst.name);
  const paths = circuitPaths(opts, inst);
  const dir = paths.dir;
  let rebuilt = false;

  if (!(await exists(join(root, inst.main)))) throw new Error(`main file ${inst.main} does not exist`);

  // 1. compile
  const sourceHash = await circuitSourceHash(root, inst.main);
  let warnings = prev?.inputs.inspectWarnings ?? [];
  const compiledOk =
    !force &&
    prev?.inputs.sourceHash === sourceHash &&
    (await matches(paths.r1cs, prev.files.r1cs, log, 'r1cs')) &&
    (await matches(paths.wasm, prev.files.wasm, log, 'wasm'));
  if (!compiledOk) {
    const done = log.step(`compiling ${inst.main} (circom --O2 --inspect)`);
    warnings = (await compileCircuit(root, inst.name, inst.main, dir, log)).warnings;
    done();
    rebuilt = true;
  }
  const bad = disallowedWarnings(inst.name, warnings, await readAllowList(root));
  if (bad.length > 0) {
    throw new Error(
      `circom --inspect reported ${bad.length} warning(s) not in ${ALLOWLIST_FILE}:\n` +
        bad.map((w) => `    warning[${w.code}]: ${w.message}`).join('\n') +
        `\n  Fix the circuit, or add an entry {circuit, code, message, reason} to ${ALLOWLIST_FILE} after review.`,
    );
  }
  const header = await readR1csHeader(paths.r1cs);
  checkConstraintPin(inst, header.nConstraints);
  const nPublic = header.nPubOutputs + header.nPubInputs;
  const needed = requiredPower(header.nConstraints, nPublic);
  if (needed > inst.ptauPower) {
    log.warn(
      `needs 2^${needed} powers of tau (${header.nConstraints} constraints) but instances.json says ptauPower ${inst.ptauPower}; using ${needed} — update instances.json`,
    );
  }
  const power = Math.max(needed, inst.ptauPower);
  const r1csSha = await sha256File(paths.r1cs);
  const wasmSha = await sha256File(paths.wasm);
  return { sourceHash, warnings, nConstraints: header.nConstraints, nPublic, power, r1csSha, wasmSha, rebuilt };
}

/** Stages 2 and 3 of a circuit: powers of tau, Groth16 phase 2, the Solidity verifiers. */
async function setupStage(
  opts: BuildOptions & { buildDir: string },
  inst: CircuitInstance,
  prev: ManifestCircuit | undefined,
  compiled: Compiled,
  ptauFor: (power: number, log: BuildLog) => Promise<PtauFile>,
): Promise<{ entry: ManifestCircuit; rebuilt: boolean }> {
  const { root, buildDir, force } = opts;
  const log = opts.log.child(inst.name);
  const paths = circuitPaths(opts, inst);
  const rel = (p: string) => relative(buildDir, p);
  const { sourceHash, warnings, nPublic, power, r1csSha, wasmSha } = compiled;
  const header = { nConstraints: compiled.nConstraints };
  let rebuilt = compiled.rebuilt;

  // 2. powers of tau + phase 2
  const ptau = await ptauFor(power, log);
  const setupOk =
    !force &&
    prev?.files.r1cs.sha256 === r1csSha &&
    prev.ptau.blake2b === ptau.blake2b &&
    (await matches(paths.zkey, prev.files.zkey, log, 'zkey')) &&
    (await matches(paths.vkey, prev.files.vkey, log, 'verification key'));
  let setupRedone = false;
  if (!setupOk) {
    const done = log.step(`groth16 setup (${header.nConstraints} constraints, ptau 2^${ptau.power})`);
    await groth16Setup(paths.r1cs, ptau, paths.zkey, paths.vkey, log);
    done();
    rebuilt = setupRedone = true;
  }
  const zkeySha = await sha256File(paths.zkey);
  const vkeySha = await sha256File(paths.vkey);

  // 3. Solidity verifier
  const verifier = snarkjsVerifierPath(paths, inst, nPublic);
  const verifierOk = !force && !setupRedone && prev?.files.zkey.sha256 === zkeySha && (await matches(verifier.path, prev.verifier, log, 'verifier'));
  if (!verifierOk) {
    await writeVerifier(verifier.path, inst.name, paths.zkey, zkeySha);
    log.info(`wrote ${relative(root, verifier.path)}`);
    rebuilt = true;
  }
  if (!verifier.deployed) await dropFromGenerated(join(paths.generated, basename(verifier.path)), root, log);
  const verifierSha = await sha256File(verifier.path);
  // 3b. Batch verifier of a bill circuit: the same key, rendered from vkey.json (cheap; rewritten only
  // when it differs). Settlement verifies with it.
  const batchPath = join(paths.generated, `${batchVerifierContractName(inst.name)}.sol`);
  let batchVerifier: { path: string; sha256: string; contract: string } | undefined;
  if (inst.params.publicPrices === 1) {
    // A public-price market circuit (docs/market-spec.md §11) settles through its price verifier, which
    // takes the feed's price point instead of hundreds of price signals: no batch verifier.
    const pricePath = join(paths.generated, `${priceVerifierContractName(inst.name)}.sol`);
    const shape = { intervalsPerDay: inst.params.intervalsPerDay!, maxDays: inst.params.maxDays! };
    if ((await writePriceVerifier(pricePath, inst.name, paths.vkey, zkeySha, shape)) === 'written') {
      log.info(`wrote ${relative(root, pricePath)}`);
      rebuilt = true;
    }
  } else {
    const batchWrite = await writeBatchVerifier(batchPath, inst.name, paths.vkey, zkeySha);
    if (batchWrite === 'written') {
      log.info(`wrote ${relative(root, batchPath)}`);
      rebuilt = true;
    }
    if (batchWrite !== 'not-a-bill') {
      batchVerifier = { path: relative(root, batchPath), sha256: await sha256File(batchPath), contract: batchVerifierContractName(inst.name) };
    }
  }

  const entry: ManifestCircuit = {
    name: inst.name,
    main: inst.main,
    params: inst.params,
    constraints: header.nConstraints,
    publicSignals: nPublic,
    ptau: { power: ptau.power, requiredPower: power, blake2b: ptau.blake2b, source: ptau.source },
    insecure: true, // phase 2 here always has a single (development) contribution
    files: {
      r1cs: { path: rel(paths.r1cs), sha256: r1csSha },
      wasm: { path: rel(paths.wasm), sha256: wasmSha },
      zkey: { path: rel(paths.zkey), sha256: zkeySha },
      vkey: { path: rel(paths.vkey), sha256: vkeySha },
    },
    verifier: { path: relative(root, verifier.path), sha256: verifierSha, contract: verifierContractName(inst.name) },
    ...(batchVerifier !== undefined ? { batchVerifier } : {}),
    inputs: { sourceHash, inspectWarnings: warnings },
  };
  return { entry, rebuilt };
}

/**
 * Run the build. Never throws for a failing circuit: it reports it, builds the
 * rest, and sets `ok: false`.
 */
export async function runBuild(options: BuildOptions): Promise<BuildReport> {
  const buildDir = options.buildDir ?? join(options.root, 'build');
  const opts = { ...options, buildDir };
  const { log } = opts;
  return withLock(join(buildDir, '.build.lock'), 'wattproof artifacts', log, async () => {
    const selected = selectInstances(await readInstances(opts.root), opts.only, opts.testsOnly);
    const report: BuildReport = { circuits: [], contracts: 'skipped', ok: true };
    const manifest: Manifest =
      (await readManifest(buildDir).catch((e: Error) => {
        log.warn(`${e.message}; starting a fresh manifest`);
        return undefined;
      })) ?? emptyManifest();

    const ptauCache = new Map<number, Promise<PtauFile>>();
    // One ceremony resolution at a time in this process: the prefetch below runs beside the
    // compiles, and the cross-process lock (lock.ts) does not exclude its own process, so a second
    // concurrent resolution would make a second ceremony instead of waiting for the first.
    let ptauQueue: Promise<unknown> = Promise.resolve();
    let bannerShown = false;
    const ptauFor = (power: number, clog: BuildLog): Promise<PtauFile> => {
      if (!opts.ptauPath && !bannerShown) {
        bannerShown = true;
        for (const line of INSECURE_BANNER) log.warn(line);
      }
      let p = ptauCache.get(power);
      if (!p) {
        p = ptauQueue.then(() => resolvePtau(power, opts.ptauPath, clog, Math.max(power, ...selected.map((i) => i.ptauPower))));
        ptauQueue = p.catch(() => undefined);
        ptauCache.set(power, p);
      }
      return p;
    };

    log.info(`circuits: ${selected.map((i) => i.name).join(', ') || '(none)'}`);
    // The ceremony depends only on the power, which instances.json states before any compile:
    // start it now, beside the first circuit's compile (circom runs on one core; a fresh
    // machine otherwise waits for the two in sequence). buildCircuit awaits the same promise.
    // (A real ceremony file is checked per circuit, as before.)
    const prefetch =
      selected.length > 0 && !opts.ptauPath
        ? ptauFor(Math.max(...selected.map((i) => i.ptauPower)), log).catch(() => undefined) // failures surface where buildCircuit awaits it
        : undefined;
    // Two-stage pipeline: circom compiles one circuit at a time (it uses one core), or as many as
    // `compileSlots` has free, while the setups run one at a time in order behind them, instead of
    // compile, setup, compile, setup in turn.
    const prevOf = (inst: CircuitInstance) => (Object.hasOwn(manifest.circuits, inst.name) ? manifest.circuits[inst.name] : undefined);
    const startedAt = new Map<string, number>();
    let compileChain: Promise<unknown> = Promise.resolve();
    const compile = (inst: CircuitInstance) => () => {
      startedAt.set(inst.name, Date.now());
      return compileStage(opts, inst, prevOf(inst));
    };
    const slots = opts.compileSlots;
    const compiles = selected.map((inst) => {
      const p = slots ? slots.run(0, compile(inst)) : compileChain.then(compile(inst));
      // a failed compile is reported below; the next one still runs
      compileChain = Promise.all([compileChain, p.catch(() => undefined)]);
      return p;
    });
    opts.onCompilesQueued?.();
    try {
      for (const [i, inst] of selected.entries()) {
        let started = Date.now();
        try {
          const compiled = await compiles[i]!;
          started = startedAt.get(inst.name) ?? started;
          const { entry, rebuilt } = await setupStage(opts, inst, prevOf(inst), compiled, ptauFor);
          manifest.circuits[inst.name] = entry;
          await writeFileAtomic(join(buildDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
          report.circuits.push({ name: inst.name, status: rebuilt ? 'built' : 'up to date', seconds: (Date.now() - started) / 1000 });
        } catch (e) {
          report.ok = false;
          const msg = (e as Error).message;
          log.child(inst.name).error(msg);
          report.circuits.push({ name: inst.name, status: 'failed', error: msg, seconds: (Date.now() - started) / 1000 });
        }
      }
    } finally {
      await compileChain; // never leave a compile running behind a failed setup
      await prefetch; // never leave the ceremony half made (e.g. when every compile failed)
      await terminateCurves();
    }

    if (!opts.skipContracts) {
      try {
        report.contracts = await compileContracts(opts.root, buildDir, log.child('contracts'), opts.force);
        log.info(`contracts: ${report.contracts}`);
      } catch (e) {
        report.ok = false;
        report.contracts = 'failed';
        report.contractsError = (e as Error).message;
        log.error(report.contractsError);
      }
    }
    return report;
  });
}
