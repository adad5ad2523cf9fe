/**
 * Is the deployed verifier the published circuit's? The snarkjs Groth16 verifier keeps the whole
 * verification key (alpha, beta, gamma, delta, IC) as constants in its bytecode. The sound check
 * is to regenerate the Solidity verifier from the published key with snarkjs's own template,
 * compile it with the pinned solc, and compare the result with the code at the address. Only
 * the trailing CBOR metadata (a hash of the source text and file names) is ignored.
 * @packageDocumentation
 */
import { WattproofError } from '../../../core/src/errors.js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ContractFactory, type Provider, type Signer } from 'ethers';
import { chainCall } from '../chain/errors.js';
import { verifierCacheFromEnv } from './verifier-cache.js';
import { BATCH_VERIFIER_SIGNALS, renderBatchVerifierSource, type Groth16VerificationKey } from '../../../prover/src/batch-verifier.js';

const require = createRequire(import.meta.url);

/**
 * Compiler settings of the generated verifiers. They mirror hardhat.config.cjs (solc from the
 * pinned `solc` package, optimizer on with 200 runs, EVM cancun); a test asserts they agree.
 */
export const VERIFIER_COMPILER = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
} as const;

/** Version of the pinned solc-js package, e.g. `0.8.28+commit.7893614a`. */
export function solcVersion(): string {
  const solc = require('solc') as { version(): string };
  return solc.version().replace(/\.Emscripten.*$/, '');
}

/** Strips the CBOR metadata that solc appends to runtime code (its length is the last 2 bytes). */
export function stripMetadata(code: string): string {
  const hex = code.toLowerCase().replace(/^0x/, '');
  if (hex.length < 4) return hex;
  const len = Number.parseInt(hex.slice(-4), 16);
  const total = (len + 2) * 2;
  // The CBOR map starts with 0xa1..0xa5 (a map of 1..5 entries); otherwise there is no metadata.
  if (total > hex.length || !/^a[1-5]$/.test(hex.slice(-total, -total + 2))) return hex;
  return hex.slice(0, -total);
}

async function snarkjsTemplate(): Promise<string> {
  const pkgDir = join(dirname(require.resolve('snarkjs')), '..');
  return readFile(join(pkgDir, 'templates', 'verifier_groth16.sol.ejs'), 'utf8');
}

/** The Solidity verifier snarkjs generates for `vkey` (its `exportSolidityVerifier`, from the key instead of a zkey). */
export async function renderVerifierSource(vkey: Record<string, unknown>): Promise<string> {
  // ejs is snarkjs's own renderer: resolve it from snarkjs so the same copy renders the template.
  const snarkRequire = createRequire(require.resolve('snarkjs'));
  const ejs = snarkRequire('ejs') as { render(t: string, d: unknown): string };
  return ejs.render(await snarkjsTemplate(), vkey);
}

const compiled = new Map<string, string>();

/**
 * Which generated verifier: `batch` is the one Settlement is deployed with (prover/src/batch-verifier.ts,
 * rendered by the build beside snarkjs's), `snarkjs` snarkjs's own (deployments before batch settlement).
 */
export type VerifierTemplate = 'batch' | 'snarkjs';

let compilerId: Promise<string> | undefined;

/** sha256 of solc-js's compiler: names it exactly without loading it (loading is what the disk cache saves). */
function solcCompilerId(): Promise<string> {
  compilerId ??= readFile(join(dirname(require.resolve('solc')), 'soljson.js')).then((b) => createHash('sha256').update(b).digest('hex'));
  return compilerId;
}

const RUNTIME_SETTINGS = { ...VERIFIER_COMPILER, outputSelection: { '*': { '*': ['evm.deployedBytecode.object'] } } };

function compileRuntime(source: string): string {
  const solc = require('solc') as { compile(input: string): string };
  const input = { language: 'Solidity', sources: { 'Verifier.sol': { content: source } }, settings: RUNTIME_SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input))) as {
    errors?: { severity: string; formattedMessage: string }[];
    contracts?: Record<string, Record<string, { evm: { deployedBytecode: { object: string } } }>>;
  };
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length > 0) throw new WattproofError('INTERNAL', `compiling the regenerated verifier failed: ${errors[0]!.formattedMessage}`);
  const contracts = output.contracts?.['Verifier.sol'] ?? {};
  const first = Object.values(contracts)[0];
  if (first === undefined) throw new WattproofError('INTERNAL', 'compiling the regenerated verifier produced no contract');
  return stripMetadata(first.evm.deployedBytecode.object);
}

/**
 * Runtime bytecode (metadata stripped) of the verifier generated from `vkey` with `template`, compiled
 * with solc-js and {@link VERIFIER_COMPILER}. Cached per key and template in this process and, only
 * when `WATTPROOF_VERIFIER_CACHE` names a directory (the test runs set it; off by default, since
 * whoever writes that directory decides what the audit accepts: see verifier-cache.ts), on disk
 * per source, settings and compiler.
 */
export async function expectedVerifierCode(vkey: Record<string, unknown>, template: VerifierTemplate = 'snarkjs'): Promise<string> {
  const id = `${template}:${createHash('sha256').update(JSON.stringify(vkey)).digest('hex')}`;
  const hit = compiled.get(id);
  if (hit !== undefined) return hit;
  const source =
    template === 'batch' ? renderBatchVerifierSource(vkey as unknown as Groth16VerificationKey, 'BatchVerifier') : await renderVerifierSource(vkey);
  const code = await compileThroughDisk(source);
  compiled.set(id, code);
  return code;
}

async function compileThroughDisk(source: string): Promise<string> {
  const disk = verifierCacheFromEnv();
  if (disk === undefined) return compileRuntime(source);
  const compilation = { source, settings: RUNTIME_SETTINGS, compiler: await solcCompilerId() };
  const cached = await disk.get(compilation);
  if (cached !== undefined) return cached;
  const code = compileRuntime(source);
  // An unwritable cache only costs the next process a compile.
  await disk.put(compilation, code).catch(() => undefined);
  return code;
}

/** The verifier check's outcome. */
export interface VerifierCheck {
  address: string;
  /** True when the deployed code is the verifier of the key. */
  matches: boolean;
  /** Why not, when it does not match. */
  reason?: string;
  /** keccak-free fingerprint of the deployed code (sha256 of the stripped runtime code). */
  codeSha256: string;
  /** Which generated verifier it is, when it matches. */
  template?: VerifierTemplate;
}

/**
 * Compares the code at `address` with the verifiers generated from `vkey`: the batch verifier (what
 * Settlement is deployed with), then snarkjs's.
 */
export async function checkVerifierCode(provider: Provider, address: string, vkey: Record<string, unknown>): Promise<VerifierCheck> {
  const deployed = stripMetadata(await chainCall(`eth_getCode(${address})`, () => provider.getCode(address)));
  const codeSha256 = createHash('sha256').update(deployed).digest('hex');
  if (deployed === '') return { address, matches: false, reason: `no contract at ${address}`, codeSha256 };
  let expected = '';
  // Settlement is deployed with the batch verifier of a bill key: five signals, or a yearly circuit's eight;
  // DisclosedSettlement with a disclosure circuit's: ten, or thirteen with the hours of the day.
  const batch = [0, 3, 5, 8].some((extra) => vkey.nPublic === BATCH_VERIFIER_SIGNALS + extra);
  const templates: VerifierTemplate[] = batch ? ['batch', 'snarkjs'] : ['snarkjs'];
  for (const template of templates) {
    expected = await expectedVerifierCode(vkey, template);
    if (deployed === expected) return { address, matches: true, codeSha256, template };
  }
  return {
    address,
    matches: false,
    reason: `the code at ${address} is not the verifier generated from the published verification key (${deployed.length / 2} bytes deployed, ${expected.length / 2} expected)`,
    codeSha256,
  };
}

/**
 * Compiles a Groth16 verifier's Solidity source (e.g. the one `wattproof ceremony export` writes)
 * with the pinned solc and {@link VERIFIER_COMPILER}: the same code the audit regenerates.
 */
export function compileVerifierSource(source: string): { abi: unknown[]; bytecode: string; contract: string } {
  const solc = require('solc') as { compile(input: string): string };
  const input = {
    language: 'Solidity',
    sources: { 'Verifier.sol': { content: source } },
    settings: { ...VERIFIER_COMPILER, outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input))) as {
    errors?: { severity: string; formattedMessage: string }[];
    contracts?: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>>;
  };
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length > 0) throw new Error(`compiling the verifier failed: ${errors[0]!.formattedMessage}`);
  const [contract, c] = Object.entries(output.contracts?.['Verifier.sol'] ?? {})[0] ?? [];
  if (contract === undefined || c === undefined) throw new Error('compiling the verifier produced no contract');
  return { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}`, contract };
}

/**
 * Deploys a verifier from its Solidity source (compiled by {@link compileVerifierSource}); pass the
 * address to `deployWattproof({ verifierAddress })`.
 * @returns the verifier's address
 */
export async function deployVerifierSource(signer: Signer, source: string): Promise<string> {
  const { abi, bytecode } = compileVerifierSource(source);
  const c = await chainCall('deploy verifier', async () => {
    const deployed = await new ContractFactory(abi as never, bytecode, signer).deploy();
    await deployed.waitForDeployment();
    return deployed;
  });
  return c.getAddress();
}
