/**
 * The wallet's Vite configuration and the plugin that serves what the page fetches besides its
 * own code:
 * - `/artifacts/manifest.json` and the wasm, zkey and verification key of each circuit it lists,
 *   straight from the build directory (the page checks each file's sha256 against the manifest);
 * - `/wallet-session.json`, the development chain `npm run wallet` started (404 without one);
 * - `/api/audit`, the regulator's audit of that chain's settlements, run with the SDK's `audit`
 *   in Node (it regenerates and compiles the verifier with solc-js, which a browser cannot).
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';
import type { WalletSession } from '../src/session.js';

/** The wallet app's folder (holds index.html). */
export const WALLET_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root. */
export const REPO_ROOT = resolve(WALLET_DIR, '..');

/** Options of {@link walletViteConfig}. */
export interface WalletServerOptions {
  /** The development chain, when there is one. */
  session?: WalletSession;
  /** Build directory with manifest.json (default `$WATTPROOF_BUILD_DIR` or `<repo>/build`). */
  buildDir?: string;
  /** Port (default 5173, or the next free one); 0 = any free port. */
  port?: number;
  /** Vite's log level (default `info`). */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

interface ManifestFiles {
  circuits: Record<string, { files: Record<string, { path: string }> }>;
}

/** The artifact paths (relative to the build directory) the page may fetch. */
async function servedArtifacts(buildDir: string): Promise<Set<string> | undefined> {
  let manifest: ManifestFiles;
  try {
    manifest = JSON.parse(await readFile(join(buildDir, 'manifest.json'), 'utf8')) as ManifestFiles;
  } catch {
    return undefined;
  }
  const paths = new Set<string>(['manifest.json']);
  for (const c of Object.values(manifest.circuits ?? {})) {
    for (const kind of ['wasm', 'zkey', 'vkey']) {
      const p = c.files?.[kind]?.path;
      if (typeof p === 'string') paths.add(p);
    }
  }
  return paths;
}

const TYPES: Record<string, string> = { '.wasm': 'application/wasm', '.json': 'application/json' };

function send(res: ServerResponse, status: number, body: string | Uint8Array, type = 'text/plain; charset=utf-8'): void {
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.setHeader('cache-control', 'no-store');
  res.end(body);
}

async function serveArtifact(buildDir: string, rel: string, res: ServerResponse): Promise<void> {
  const allowed = await servedArtifacts(buildDir);
  if (allowed === undefined) {
    send(res, 404, 'no build/manifest.json: run `npm run build`');
    return;
  }
  // Only files the manifest names are served: nothing else of the build (or the disk) leaks out.
  if (!allowed.has(rel)) {
    send(res, 404, `${rel} is not an artifact listed in the build manifest`);
    return;
  }
  try {
    const data = await readFile(join(buildDir, rel));
    send(res, 200, data, TYPES[rel.slice(rel.lastIndexOf('.'))] ?? 'application/octet-stream');
  } catch {
    send(res, 404, `${rel} is listed in the manifest but missing from the build directory; run \`npm run build\``);
  }
}

async function runAudit(session: WalletSession, buildDir: string, res: ServerResponse): Promise<void> {
  const [{ JsonRpcProvider }, { audit, auditReportToJSON }] = await Promise.all([import('ethers'), import('../../sdk/src/audit/audit.js')]);
  const provider = new JsonRpcProvider(session.rpcUrl, undefined, { cacheTimeout: -1, staticNetwork: true });
  try {
    const report = await audit({ provider, settlement: session.settlement, fromBlock: session.fromBlock, buildDir });
    send(res, 200, JSON.stringify(auditReportToJSON(report)), 'application/json');
  } catch (e) {
    send(res, 500, JSON.stringify({ error: e instanceof Error ? e.message : String(e) }), 'application/json');
  } finally {
    provider.destroy();
  }
}

/** The plugin serving artifacts, the session and the audit API (dev server and preview). */
export function walletPlugin(opts: WalletServerOptions): Plugin {
  const buildDir = resolve(opts.buildDir ?? process.env.WATTPROOF_BUILD_DIR ?? join(REPO_ROOT, 'build'));
  const handle = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://wallet').pathname);
    if (path.startsWith('/artifacts/')) {
      void serveArtifact(buildDir, path.slice('/artifacts/'.length), res);
    } else if (path === '/wallet-session.json') {
      if (opts.session === undefined) send(res, 404, 'no development chain: start the wallet with `npm run wallet`');
      else send(res, 200, JSON.stringify(opts.session), 'application/json');
    } else if (path === '/api/audit') {
      if (opts.session === undefined) send(res, 404, JSON.stringify({ error: 'no development chain to audit' }), 'application/json');
      else void runAudit(opts.session, buildDir, res);
    } else {
      next();
    }
  };
  return {
    name: 'wattproof-wallet',
    configureServer: (server) => void server.middlewares.use(handle),
    configurePreviewServer: (server) => void server.middlewares.use(handle),
  };
}

/** The wallet's Vite configuration. */
export function walletViteConfig(opts: WalletServerOptions = {}): InlineConfig {
  return {
    configFile: false,
    root: WALLET_DIR,
    // Artifacts come from the build directory through the plugin, not from a public folder.
    publicDir: false,
    logLevel: opts.logLevel ?? 'info',
    clearScreen: false,
    server: {
      host: '127.0.0.1',
      port: opts.port ?? 5173,
      strictPort: opts.port !== undefined && opts.port !== 5173,
      // The page imports the SDK and prover sources from the repository.
      fs: { allow: [REPO_ROOT] },
    },
    preview: { host: '127.0.0.1' },
    // Pre-bundle every dependency up front, the worker's too: a dependency discovered while
    // proving would make Vite re-optimize and reload the page.
    optimizeDeps: {
      entries: ['index.html', 'ceremony.html', '../prover/src/worker/browser-worker.ts', 'src/ceremony-worker.ts'],
      include: ['snarkjs', 'circomlibjs', 'ethers', 'zod'],
    },
    resolve: {
      // See core/src/crypto/blake-hash-browser.ts: the wallet never derives meter keys or signs.
      alias: [{ find: /^blake-hash$/, replacement: join(REPO_ROOT, 'core', 'src', 'crypto', 'blake-hash-browser.ts') }],
    },
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      outDir: resolve(REPO_ROOT, 'build', 'wallet'),
      emptyOutDir: true,
      // Two pages: the wallet, and the trusted-setup contribution page (ceremony.html).
      rollupOptions: { input: { main: join(WALLET_DIR, 'index.html'), ceremony: join(WALLET_DIR, 'ceremony.html') } },
    },
    plugins: [walletPlugin(opts)],
  };
}
