/**
 * Development setup figures per circuit instance (issue 15, item 5): what a fresh machine spends
 * before its first proof. A new development powers of tau (ptau-fast.ts, its secrets kept) and the
 * fast phase 2 (phase2-fast.ts) are timed; with `baseline`, snarkjs's `zkey new` + `zkey
 * contribute` on the same ceremony in the same run, the path the build took before. Ratios of the
 * two are what to compare: the machine is shared, so absolute seconds move with its load.
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readR1csHeader } from '../circuits/build/binfile.js';
import { compileCircuit } from '../circuits/build/circom.js';
import { exists } from '../circuits/build/fs-util.js';
import { readInstances } from '../circuits/build/instances.js';
import type { BuildLog } from '../circuits/build/log.js';
import { createFastDevZkey, readDevPtauSecrets } from '../circuits/build/phase2-fast.js';
import { createFastDevPtau } from '../circuits/build/ptau-fast.js';
import { terminateCurves, zkeyContribute, zkeyNew } from '../circuits/build/snark.js';

/** One instance's setup figures (seconds). */
export interface SetupInstanceFigures {
  constraints: number;
  /** Power of the development ceremony made for it (the instance's ptauPower). */
  ptauPower: number;
  /** Fresh development powers of tau (ptau-fast.ts), secrets kept. */
  ptauSeconds: number;
  /** Fast phase 2: the proving key from the ceremony's secrets. */
  fastPhase2Seconds: number;
  /** snarkjs `zkey new` + one `zkey contribute` on the same ceremony (`--setup-baseline`). */
  snarkjsPhase2Seconds?: number;
  /** snarkjs / fast. */
  phase2Speedup?: number;
  zkeyBytes: number;
  loadAverageBefore: number;
}

/**
 * One measured first run on a fresh clone (`npm run demo` with an empty ceremony cache): wall
 * time, and CPU time (user + system of the process and its children), which other load on the
 * machine inflates far less than wall time.
 */
export interface FirstRunFigures {
  command: string;
  date: string;
  /** Which phase 2 the build used. */
  phase2: 'fast' | 'snarkjs';
  wallSeconds: number;
  cpuSeconds: number;
  /** Of the wall time: the build (compile, ceremony, phase 2, verifiers, contracts). */
  buildWallSeconds: number;
  loadAverage: string;
  /** The commit measured (short hash and what it is), when the entry compares commits. */
  commit?: string;
  /** `npm ci` on the same fresh clone (its own empty npm cache), when measured. */
  npmInstallSeconds?: number;
  /** What the run showed beyond the figures (where its time went). */
  note?: string;
}

/** What bench/results.json keeps under `setup`. */
export interface SetupFigures {
  date: string;
  command: string;
  instances: Record<string, SetupInstanceFigures>;
  /** Fresh-clone demo runs, fast and snarkjs phase 2 (measured with `time`, see each command). */
  firstRun?: FirstRunFigures[];
  notes: string[];
}

const r2 = (x: number) => Math.round(x * 100) / 100;

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await f();
  return [out, (performance.now() - t0) / 1000];
}

/**
 * Time a fresh development setup of each instance. Uses the r1cs under build/ when it is there,
 * else compiles into a temporary directory (compile time is not counted).
 */
export async function setupFigures(root: string, names: readonly string[], opts: { baseline: boolean; command: string }, log: BuildLog): Promise<SetupFigures> {
  const all = await readInstances(root);
  const work = await mkdtemp(join(tmpdir(), 'wattproof-bench-setup-'));
  const instances: Record<string, SetupInstanceFigures> = {};
  const say = (m: string) => log.info(m);
  try {
    for (const name of names) {
      const inst = all.find((i) => i.name === name);
      if (!inst) throw new Error(`unknown instance ${name}`);
      let r1cs = '';
      for (const dir of ['circuits', 'witness']) {
        const p = join(root, 'build', dir, name, `${name}.r1cs`);
        if (!r1cs && (await exists(p))) r1cs = p;
      }
      if (!r1cs) {
        say(`${name}: compiling (not timed)`);
        r1cs = (await compileCircuit(root, name, inst.main, join(work, name), log, 'r1cs')).r1cs; // the setup reads the r1cs alone
      }
      const header = await readR1csHeader(r1cs);
      const ptau = join(work, `${name}.ptau`);
      const secretsPath = join(work, `${name}.secrets.json`);
      const loadAverageBefore = r2(loadavg()[0]!);
      say(`${name}: development powers of tau 2^${inst.ptauPower} …`);
      const [, ptauSeconds] = await timed(() => createFastDevPtau(inst.ptauPower, ptau, undefined, { secretsPath }));
      const secrets = await readDevPtauSecrets(secretsPath);
      const fastZkey = join(work, `${name}.fast.zkey`);
      say(`${name}: fast phase 2 …`);
      const [, fastPhase2Seconds] = await timed(() => createFastDevZkey(r1cs, ptau, secrets, fastZkey));
      const fig: SetupInstanceFigures = {
        constraints: header.nConstraints,
        ptauPower: inst.ptauPower,
        ptauSeconds: r2(ptauSeconds),
        fastPhase2Seconds: r2(fastPhase2Seconds),
        zkeyBytes: (await stat(fastZkey)).size,
        loadAverageBefore,
      };
      await rm(fastZkey, { force: true });
      if (opts.baseline) {
        say(`${name}: snarkjs zkey new + zkey contribute (baseline) …`);
        const init = join(work, `${name}.init.zkey`);
        const [, slow] = await timed(async () => {
          await zkeyNew(r1cs, ptau, init, log);
          await zkeyContribute(init, join(work, `${name}.slow.zkey`), 'bench baseline', randomBytes(32).toString('hex'), log);
        });
        fig.snarkjsPhase2Seconds = r2(slow);
        fig.phase2Speedup = r2(slow / fastPhase2Seconds);
        await rm(init, { force: true });
        await rm(join(work, `${name}.slow.zkey`), { force: true });
      }
      await rm(ptau, { force: true });
      say(
        `${name}: ptau ${fig.ptauSeconds}s, fast phase 2 ${fig.fastPhase2Seconds}s` +
          (fig.snarkjsPhase2Seconds === undefined ? '' : `, snarkjs phase 2 ${fig.snarkjsPhase2Seconds}s (${fig.phase2Speedup}x)`),
      );
      instances[name] = fig;
    }
  } finally {
    await terminateCurves();
    await rm(work, { recursive: true, force: true });
  }
  return {
    date: new Date().toISOString(),
    command: opts.command,
    instances,
    notes: [
      'Fresh development setup per instance: a new powers of tau of the instance ptauPower (fast path, secrets kept) and its phase 2; the build caches the ceremony per machine, so later circuits pay only the phase 2.',
      'snarkjsPhase2Seconds is zkey new + one zkey contribute on the same ceremony, measured in the same run (the build path before issue 15); the two keys are the same up to the random delta (test/foundation/phase2-fast.test.ts proves byte equality with a beacon contribution).',
      'The machine is shared with other work: compare the ratio, not the seconds (loadAverageBefore says how busy it was).',
    ],
  };
}

/** The results.md section of the setup figures. */
export function setupMarkdown(f: SetupFigures): string[] {
  const lines = [
    '',
    '## Development setup on a fresh machine (issue 15)',
    '',
    `\`${f.command}\` (${f.date.slice(0, 10)})`,
    '',
    '| instance | constraints | new dev ptau | phase 2, fast | phase 2, snarkjs zkey new + contribute | speed-up | load before |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, s] of Object.entries(f.instances)) {
    lines.push(
      `| ${name} | ${s.constraints} | 2^${s.ptauPower}: ${s.ptauSeconds} s | **${s.fastPhase2Seconds} s** | ${s.snarkjsPhase2Seconds === undefined ? '—' : `${s.snarkjsPhase2Seconds} s`} | ${s.phase2Speedup === undefined ? '—' : `${s.phase2Speedup}×`} | ${s.loadAverageBefore} |`,
    );
  }
  if (f.firstRun !== undefined && f.firstRun.length > 0) {
    lines.push(
      '',
      'First run on a fresh clone (empty ceremony cache; `npm install` not included):',
      '',
      '| phase 2 | commit | wall | of which build | CPU (user + sys) | load average | command |',
      '| --- | --- | ---: | ---: | ---: | --- | --- |',
      ...f.firstRun.map(
        (x) => `| ${x.phase2} | ${x.commit ?? '—'} | ${x.wallSeconds} s | ${x.buildWallSeconds} s | ${x.cpuSeconds} s | ${x.loadAverage} | \`${x.command}\` |`,
      ),
      '',
      ...f.firstRun.flatMap((x) => [
        ...(x.npmInstallSeconds === undefined ? [] : [`- ${x.commit ?? x.date}: \`npm ci\` before it took ${x.npmInstallSeconds} s.`]),
        ...(x.note === undefined ? [] : [`- ${x.commit ?? x.date}: ${x.note}`]),
      ]),
    );
  }
  lines.push('', ...f.notes.map((n) => `- ${n}`));
  return lines;
}
