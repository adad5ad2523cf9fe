/**
 * A Chromium for the browser tests, found or installed by the test itself, so that the README's
 * `npm test` passes on a bare machine (issue 17, item 18). Never a browser downloaded by a test
 * tool (that download is blocked here and unpinned everywhere): Debian's `chromium` package.
 * Order: $WATTPROOF_CHROMIUM, then /usr/bin/chromium, then `apt-get install chromium` (as root,
 * or through passwordless sudo). When none works the error says what was tried; it never skips.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Launch flags for headless Chromium here: without the background-networking flags it keeps
 * trying hosts this machine's closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): { ok: boolean; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 900_000 });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

let found: string | undefined;

/** The path of a Chromium executable, installing Debian's package when none is there. */
export function ensureChromium(log: (m: string) => void = (m) => process.stderr.write(`[chromium] ${m}\n`)): string {
  if (found !== undefined) return found;
  const env = process.env.WATTPROOF_CHROMIUM;
  if (env !== undefined && env.trim() !== '') {
    if (!existsSync(env)) throw new Error(`WATTPROOF_CHROMIUM=${env} does not exist`);
    return (found = env);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return (found = DEBIAN_CHROMIUM);
  const tried: string[] = [`${DEBIAN_CHROMIUM} is missing`];
  if (!existsSync('/usr/bin/apt-get')) {
    tried.push('apt-get is not available (not a Debian-like system)');
  } else {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    const sudo = !root && run('sudo', ['-n', 'true']).ok;
    if (!root && !sudo) {
      tried.push('not root and no passwordless sudo, so apt-get cannot install it');
    } else {
      const pre = root ? [] : ['sudo', '-n'];
      const apt = (args: string[]) =>
        pre.length
          ? run(pre[0]!, [...pre.slice(1), 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args])
          : run('apt-get', args, { DEBIAN_FRONTEND: 'noninteractive' });
      log("installing Debian's chromium for the browser tests (apt-get update; apt-get install chromium), once per machine …");
      const update = apt(['update', '-qq']);
      if (!update.ok) tried.push(`apt-get update failed: ${update.out.trim().split('\n').slice(-3).join(' | ')}`);
      const install = apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
      if (install.ok && existsSync(DEBIAN_CHROMIUM)) {
        log(`installed ${DEBIAN_CHROMIUM}`);
        return (found = DEBIAN_CHROMIUM);
      }
      tried.push(`apt-get install chromium failed: ${install.out.trim().split('\n').slice(-3).join(' | ')}`);
    }
  }
  throw new Error(
    `no Chromium for the browser tests: ${tried.join('; ')}. Install Debian's chromium (apt-get install chromium) or set WATTPROOF_CHROMIUM to a Chromium executable.`,
  );
}
