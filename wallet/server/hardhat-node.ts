/**
 * A Hardhat JSON-RPC node on loopback, as a child process (`hardhat node --hostname 127.0.0.1`),
 * for the wallet's development chain. A child rather than an in-process node so that stopping it
 * is one `kill` and its per-request logging stays out of the wallet's output.
 * @packageDocumentation
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** Preloaded into the node: it exits when this process does (see the file). */
const EXIT_WITH_PARENT = fileURLToPath(new URL('./exit-with-parent.cjs', import.meta.url));

/** A running node. */
export interface HardhatNode {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  pid: number;
  /** Stops the node (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
}

/** A TCP port that was free on loopback a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts `hardhat node` on 127.0.0.1 with the repository's Hardhat config.
 * @param root - the repository root (holds hardhat.config.cjs)
 * @param port - TCP port; default a free one
 * @throws Error with the node's output when it exits or is not up within `timeoutMs`
 */
export async function startHardhatNode(root: string, port?: number, timeoutMs = 120_000): Promise<HardhatNode> {
  const p = port ?? (await freePort());
  const cli = join(require.resolve('hardhat/package.json'), '..', 'internal', 'cli', 'cli.js');
  // The IPC channel (unused for messages) lets the node notice when this process is gone, whatever
  // ended it: ./exit-with-parent.cjs.
  const child = spawn(process.execPath, ['--require', EXIT_WITH_PARENT, cli, 'node', '--hostname', '127.0.0.1', '--port', String(p)], {
    cwd: root,
    env: { ...process.env, HARDHAT_CONFIG: join(root, 'hardhat.config.cjs'), HARDHAT_DISABLE_TELEMETRY_PROMPT: 'true' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // the channel does not keep this process alive either (the pipes and the node's 'exit' do as before)
  child.channel?.unref();
  // The node logs every request; keep only the start of its output for error messages, but
  // always drain the pipes so a chatty node never blocks on a full pipe.
  let head = '';
  const keep = (d: Buffer): void => {
    if (head.length < 8000) head += d.toString();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  const stop = (): Promise<void> => stopChild(child);
  // If this process ends without calling stop(), take the node with it.
  const onExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', onExit);

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`hardhat node did not start on 127.0.0.1:${p} within ${timeoutMs / 1000} s:\n${head}`));
    }, timeoutMs);
    const onData = (): void => {
      if (head.includes('Started HTTP and WebSocket JSON-RPC server')) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`hardhat node exited (${signal ?? `code ${code}`}) before it started:\n${head}`));
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
  return {
    url: `http://127.0.0.1:${p}`,
    port: p,
    pid: child.pid!,
    stop: async () => {
      process.off('exit', onExit);
      await stop();
    },
  };
}
