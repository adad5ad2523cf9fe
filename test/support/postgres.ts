// A throwaway PostgreSQL server for the audit index tests: Debian's `postgresql` package (installed
// here with apt-get when missing and we are root), a cluster in a temp dir owned by the `postgres`
// user (initdb refuses root), trust auth on 127.0.0.1, a random port. Returns undefined, with a loud
// notice, only where the server cannot be installed or started.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running server: its connection URL, and stop() to end it and remove its files. */
export interface PgServer {
  url: string;
  stop(): void;
}

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

function install(): void {
  if (process.getuid?.() !== 0) return;
  spawnSync('apt-get', ['update'], { stdio: 'ignore', timeout: 300_000 });
  spawnSync('apt-get', ['install', '-y', 'postgresql'], { stdio: 'ignore', timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function notice(why: string): undefined {
  const line = '!'.repeat(100);
  console.warn(`\n${line}\n!!! POSTGRESQL TESTS SKIPPED: ${why}\n${line}\n`);
  return undefined;
}

/** Starts a PostgreSQL server for one test file. */
export async function startPostgres(): Promise<PgServer | undefined> {
  let bin = binDir();
  if (bin === undefined) {
    install();
    bin = binDir();
  }
  if (bin === undefined) return notice("Debian's postgresql package is not installed and could not be installed (apt-get install -y postgresql)");
  const dir = mkdtempSync(join(tmpdir(), 'wattproof-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  // initdb and postgres refuse to run as root: the cluster belongs to the postgres user.
  let uid: number | undefined;
  let gid: number | undefined;
  if (asRoot) {
    try {
      uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    } catch {
      rmSync(dir, { recursive: true, force: true });
      return notice('running as root and there is no postgres user to run the server as');
    }
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (cmd: string, args: string[]) => spawnSync(join(bin!, cmd), args, { encoding: 'utf8', timeout: 120_000, ...(asRoot ? { uid, gid } : {}) });
  const init = run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return notice(`initdb failed: ${init.stderr}`);
  }
  const port = await freePort();
  const start = run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  if (start.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return notice(`pg_ctl start failed: ${start.stderr}${start.stdout}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
