/**
 * `npm run wallet`: the consumer wallet page with a local development chain.
 *
 *   npm run wallet -- [--port 5173] [--rpc-port 8545] [--folder DIR] [--circuit bill_1d_30m]
 *
 * Starts a Hardhat node on 127.0.0.1, deploys the demo's setup (token, registries, the circuit's
 * verifier, Settlement; a household meter with rooftop solar, the demo tariff approved and
 * accepted, an escrow deposit), writes the files a consumer loads (signed daily periods and the
 * tariff document) into a folder, and serves the wallet with Vite. Ctrl-C stops everything.
 *
 * Programmatic use (the browser test): {@link startWallet}.
 * @packageDocumentation
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer, type ViteDevServer } from 'vite';
import { startHardhatNode, type HardhatNode } from '../wallet/server/hardhat-node.js';
import { REPO_ROOT, walletViteConfig } from '../wallet/server/plugin.js';
import { setUpWalletWorld, type WalletWorld, type WalletWorldPart } from '../wallet/server/setup.js';
import type { WalletSession } from '../wallet/src/session.js';

/** Options of {@link startWallet}. */
export interface StartWalletOptions {
  /** Port of the page (default 5173 or the next free one). */
  port?: number;
  /** Port of the Hardhat node (default 8545; pass a free one in tests). */
  rpcPort?: number;
  /** Folder for the user's files (default: a new temporary folder). */
  folder?: string;
  /** Bill circuit of the deployment (default bill_1d_30m). */
  circuit?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** Vite's log level (default `warn`). */
  viteLogLevel?: 'info' | 'warn' | 'error' | 'silent';
  /** Optional parts of the world to leave out (tests that never use them; default: none). */
  without?: readonly WalletWorldPart[];
}

/** A running wallet. */
export interface RunningWallet {
  /** The page's URL. */
  url: string;
  rpcUrl: string;
  session: WalletSession;
  /** Paths of the written files. */
  paths: WalletWorld['paths'];
  world: WalletWorld;
  /** The node's process id (a child of this process). */
  nodePid: number;
  /** Stops the page server and the node. */
  close(): Promise<void>;
}

async function circuitParams(circuit: string): Promise<{ intervalsPerDay: 24 | 48 | 96 }> {
  const file = join(process.env.WATTPROOF_BUILD_DIR ?? join(REPO_ROOT, 'build'), 'manifest.json');
  let manifest: { circuits?: Record<string, { params?: Record<string, number> }> };
  try {
    manifest = JSON.parse(await readFile(file, 'utf8')) as typeof manifest;
  } catch {
    throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  const ipd = manifest.circuits?.[circuit]?.params?.intervalsPerDay;
  if (ipd !== 24 && ipd !== 48 && ipd !== 96) throw new Error(`circuit ${circuit} is not built: run \`npm run build -- --only ${circuit}\``);
  return { intervalsPerDay: ipd };
}

/** Starts the node, deploys and registers the demo, writes the files and serves the page. */
export async function startWallet(opts: StartWalletOptions = {}): Promise<RunningWallet> {
  const log = opts.log ?? (() => undefined);
  const circuit = opts.circuit ?? 'bill_1d_30m';
  const { intervalsPerDay } = await circuitParams(circuit);
  const folder = resolve(opts.folder ?? (await mkdtemp(join(tmpdir(), 'wattproof-wallet-'))));

  log(`starting a Hardhat node on 127.0.0.1:${opts.rpcPort ?? 8545} ...`);
  const node: HardhatNode = await startHardhatNode(REPO_ROOT, opts.rpcPort ?? 8545);
  let vite: ViteDevServer | undefined;
  try {
    const world = await setUpWalletWorld({ rpcUrl: node.url, circuit, intervalsPerDay, folder, log, ...(opts.without ? { without: opts.without } : {}) });
    const session: WalletSession = { ...world.session, auditApi: true };
    vite = await createServer(walletViteConfig({ session, logLevel: opts.viteLogLevel ?? 'warn', ...(opts.port === undefined ? {} : { port: opts.port }) }));
    await vite.listen();
    const url = vite.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('the Vite server has no local URL');
    const server = vite;
    return {
      url,
      rpcUrl: node.url,
      session,
      paths: world.paths,
      world,
      nodePid: node.pid,
      close: async () => {
        await server.close();
        await node.stop();
      },
    };
  } catch (e) {
    await vite?.close().catch(() => undefined);
    await node.stop();
    throw e;
  }
}

const USAGE = 'usage: npm run wallet -- [--port N] [--rpc-port N] [--folder DIR] [--circuit NAME]';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'rpc-port': { type: 'string' },
      folder: { type: 'string' },
      circuit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const num = (v: string | undefined, name: string): number | undefined => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new Error(`--${name} must be a port number`);
    return Number(v);
  };
  const port = num(values.port, 'port');
  const rpcPort = num(values['rpc-port'], 'rpc-port');
  const w = await startWallet({
    log: (l) => console.log(`  ${l}`),
    viteLogLevel: 'warn',
    ...(port === undefined ? {} : { port }),
    ...(rpcPort === undefined ? {} : { rpcPort }),
    ...(values.folder === undefined ? {} : { folder: values.folder }),
    ...(values.circuit === undefined ? {} : { circuit: values.circuit }),
  });
  const s = w.session;
  console.log('');
  console.log(`wattproof wallet: ${w.url}`);
  console.log('');
  console.log(`chain      Hardhat node ${w.rpcUrl} (chain id ${s.chainId}), Settlement ${s.settlement}`);
  console.log(`account    ${s.devAccount.address}: ${s.devAccount.label}`);
  console.log(`files      ${s.folder}`);
  for (const f of s.files) console.log(`             ${f.name.padEnd(34)} ${f.description}`);
  console.log('');
  console.log('Open the page, load a period and tariff.json, prove, connect and settle. Ctrl-C stops the page and the node.');
  const stop = (): void => {
    void w.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(`wallet: ${e instanceof Error ? e.message : String(e)}`);
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(USAGE);
    process.exit(1);
  });
}
