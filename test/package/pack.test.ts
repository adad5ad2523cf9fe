// The package as a user gets it: `npm pack`, install the tarball into a scratch project outside
// the repository, and there (a) compute and prove a bill from Node ESM against the artifacts the
// package ships, (b) run the installed `wattproof` binary, (c) bundle a browser page that imports
// the prover's browser entry with Vite. Nothing here reaches into the repository's sources.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let scratch: string;
let tarball: string;

async function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    return await run(cmd, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  } catch (e) {
    const x = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${x.stdout ?? ''}\n${x.stderr ?? x.message}`);
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wattproof-pack-'));
  // prepack compiles dist/ (tsc -b); the tarball lands in the scratch directory. npm packs it as
  // for a publish, at gzip level 1 instead of pacote's 9 (fast-gzip.cjs says why).
  const preload = `--require ${JSON.stringify(join(HERE, 'fast-gzip.cjs'))}`;
  const packed = await sh(NPM, ['pack', '--json', '--pack-destination', scratch], ROOT, {
    NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' '),
  });
  const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string }[];
  tarball = join(scratch, info[0]!.filename);
  // XFL (byte 8 of a gzip header): 4 = fastest. Anything else means npm no longer deflates through
  // zlib.Gzip and the shim silently stopped saving its ~15 s of CPU per run.
  const header = Buffer.alloc(10);
  const fh = await open(tarball, 'r');
  await fh.read(header, 0, 10, 0);
  await fh.close();
  expect(header.subarray(0, 2).toString('hex'), 'a gzip file').toBe('1f8b');
  expect(header[8], `${tarball} was not deflated at level 1: update test/package/fast-gzip.cjs`).toBe(4);
  const app = join(scratch, 'app');
  await mkdir(app);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  // --prefer-offline: the dependencies are in npm's cache after the repository's own install.
  await sh(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], app);
}, 600_000);

afterAll(async () => {
  if (scratch !== undefined && process.env.WATTPROOF_KEEP_SCRATCH !== '1') await rm(scratch, { recursive: true, force: true });
});

describe('the installed package', () => {
  it('ships compiled ESM, type declarations and the artifacts its manifest names, not the TypeScript sources', async () => {
    const pkg = join(scratch, 'app', 'node_modules', 'wattproof');
    expect(existsSync(join(pkg, 'dist', 'sdk', 'src', 'index.js'))).toBe(true);
    expect(existsSync(join(pkg, 'dist', 'sdk', 'src', 'index.d.ts'))).toBe(true);
    expect(existsSync(join(pkg, 'sdk', 'src', 'index.ts'))).toBe(false);
    const manifest = JSON.parse(await readFile(join(pkg, 'build', 'manifest.json'), 'utf8')) as {
      circuits: Record<string, { files: Record<string, { path: string }> }>;
    };
    const bill = manifest.circuits.bill_1d_30m!;
    for (const f of ['wasm', 'zkey', 'vkey']) expect(existsSync(join(pkg, 'build', bill.files[f]!.path)), f).toBe(true);
  });

  it('(a) imports the SDK from Node ESM, computes a bill and proves it with the shipped artifacts', async () => {
    const app = join(scratch, 'app');
    await writeFile(
      join(app, 'prove.mjs'),
      `import { TariffAuthoring, Meter, computeBill, settlementDomain } from 'wattproof';
import { loadCircuitArtifacts, proveBill, verifyBill, shutdownProver } from 'wattproof/prover';
import { exampleTariffDraft, householdSeries, localMidnightOf } from 'wattproof/core';

const tariff = TariffAuthoring.build({ ...exampleTariffDraft({ slotsPerDay: 48 }), salt: 42n });
const meter = Meter.generate(7n);
const date = '2026-03-04';
const { imports, exports } = householdSeries({ days: 1, intervalsPerDay: 48, seed: 5, solarKwp: 2, startDate: date });
const signedPeriod = await meter.sign({ meterId: 7n, periodStart: localMidnightOf(date, tariff.tzOffsetSeconds), intervalSeconds: 1800, imports, exports });
const bill = computeBill(tariff, signedPeriod);
const domain = settlementDomain(31337n, '0x5FbDB2315678afecb367f032d93F642f64180aa3');
const proof = await proveBill({ tariff, signedPeriod, circuit: 'bill_1d_30m', domain });
const { vkey } = await loadCircuitArtifacts('bill_1d_30m');
const ok = await verifyBill({ ...proof, vkey });
await shutdownProver();
console.log(JSON.stringify({ charge: String(bill.charge), signals: proof.publicSignals.length, ok }));
`,
    );
    const { stdout } = await sh(process.execPath, ['prove.mjs'], app);
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as { charge: string; signals: number; ok: boolean };
    expect(result.ok).toBe(true);
    expect(BigInt(result.charge)).toBeGreaterThan(0n);
  });

  it('(b) runs the installed wattproof binary: help, and a bill computed from files', async () => {
    const app = join(scratch, 'app');
    const bin = join(app, 'node_modules', '.bin', 'wattproof');
    const help = await sh(bin, ['--help'], app);
    expect(help.stdout).toContain('usage: wattproof <command>');
    await sh(bin, ['tariff', 'new', '--slots', '48', '--out', 'tariff.json'], app);
    await sh(bin, ['meter', 'keygen', '--meter-id', '9', '--out', 'meter.key.json'], app);
    expect(existsSync(join(app, 'tariff.json'))).toBe(true);
    const version = JSON.parse(await readFile(join(app, 'node_modules', 'wattproof', 'package.json'), 'utf8')) as { version: string };
    expect(version.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('(c) bundles a browser page that imports the prover browser entry with Vite', async () => {
    const page = join(scratch, 'app', 'page');
    await mkdir(page, { recursive: true });
    await writeFile(join(page, 'index.html'), '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>');
    await writeFile(
      join(page, 'main.js'),
      `import { proveBill, loadCircuitArtifactsFromUrl } from 'wattproof/prover';
import { parseTariffJson } from 'wattproof/core';
globalThis.wattproofReady = [typeof proveBill, typeof loadCircuitArtifactsFromUrl, typeof parseTariffJson];
`,
    );
    const { build } = await import('vite');
    const outDir = join(page, 'dist');
    await build({
      root: page,
      logLevel: 'warn',
      configFile: false,
      resolve: { alias: [{ find: /^blake-hash$/, replacement: 'wattproof/browser-shims/blake-hash' }] },
      build: { outDir, emptyOutDir: true, target: 'es2022' },
      worker: { format: 'es' },
    });
    const assets = await readdir(join(outDir, 'assets'));
    // The page and the prover's Web Worker, bundled as its own module.
    expect(assets.some((f) => /^index-.*\.js$/.test(f))).toBe(true);
    expect(assets.some((f) => /browser-worker.*\.js$/.test(f))).toBe(true);
    const code = (await Promise.all(assets.filter((f) => f.endsWith('.js')).map((f) => readFile(join(outDir, 'assets', f), 'utf8')))).join('\n');
    expect(code).not.toMatch(/from ?["']node:/);
  });
});
