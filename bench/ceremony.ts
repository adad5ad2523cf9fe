/**
 * Trusted-setup ceremony figures per circuit instance (issue 16): how long `ceremony init`
 * (zkey new), one participant's `contribute`, the `beacon` and a full `verify` (from the r1cs and
 * the ptau to the final zkey) take on this machine, with the library the CLI uses. A circuit whose
 * r1cs is not built, or whose development ptau is not cached (and no --ptau is given), is reported
 * as not measured rather than built here (a 2^16 development ptau takes many minutes).
 * @packageDocumentation
 */
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  applyBeacon,
  ceremonyPtau,
  collectingLogger,
  contributeInCeremony,
  initCeremony,
  requiredPtauPower,
  TRANSCRIPT_FILE,
  transcriptText,
  verifyCeremony,
} from '../circuits/build/ceremony/index.js';
import { readR1csHeader } from '../circuits/build/binfile.js';
import { exists, writeFileAtomic } from '../circuits/build/fs-util.js';
import { devPtauPath } from '../circuits/build/ptau.js';
import { terminateCurves } from '../circuits/build/snark.js';
import { manifestCircuit, readManifest } from '../prover/src/artifacts/manifest.js';

/** One instance's ceremony figures (seconds). */
export interface CeremonyInstanceFigures {
  status: 'measured' | string;
  constraints?: number;
  ptauPower?: number;
  ptauSource?: 'hermez' | 'development';
  zkeyBytes?: number;
  initSeconds?: number;
  /** One contribution each, median over the participants. */
  contributeSeconds?: number[];
  contributeMedianSeconds?: number;
  beaconSeconds?: number;
  /** `ceremony verify` of the final zkey (includes recomputing zkey new from r1cs + ptau). */
  verifySeconds?: number;
}

export interface CeremonyFigures {
  status: string;
  participants: number;
  instances: Record<string, CeremonyInstanceFigures>;
  notes: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** Runs a small ceremony (`participants` contributions + beacon + verify) per instance. */
export async function ceremonyFigures(
  root: string,
  buildDir: string,
  instances: readonly string[],
  opts: { participants?: number; ptau?: string },
  say: (m: string) => void,
): Promise<CeremonyFigures> {
  const participants = opts.participants ?? 3;
  const manifest = await readManifest(buildDir).catch(() => undefined);
  const out: CeremonyFigures = { status: 'measured', participants, instances: {}, notes: [] };
  await mkdir(join(root, 'build', 'bench'), { recursive: true });
  const work = await mkdtemp(join(root, 'build', 'bench', 'ceremony-'));
  const log = collectingLogger();
  try {
    for (const name of instances) {
      const entry = manifest === undefined ? undefined : manifestCircuit(manifest, name);
      const r1cs = entry === undefined ? undefined : join(buildDir, entry.files.r1cs.path);
      if (r1cs === undefined || !(await exists(r1cs))) {
        out.instances[name] = { status: `not measured: ${name} is not built (npm run build -- --only ${name})` };
        continue;
      }
      const h = await readR1csHeader(r1cs);
      const power = requiredPtauPower(h.nConstraints, h.nPubInputs + h.nPubOutputs);
      if (opts.ptau === undefined && !(await exists(devPtauPath(power)))) {
        out.instances[name] = { status: `not measured: no cached development ptau 2^${power} (npm run build -- --dev-ptau ${power}) and no --ptau` };
        continue;
      }
      const ptau = await ceremonyPtau(opts.ptau, power, opts.ptau === undefined, log);
      const dir = join(work, name);
      say(`ceremony ${name}: init (${h.nConstraints} constraints, ptau 2^${ptau.power}, ${ptau.source}) …`);
      let t0 = performance.now();
      const t = await initCeremony({ dir, circuit: name, r1cs, ptau, log });
      await writeFileAtomic(join(dir, TRANSCRIPT_FILE), transcriptText(t));
      const initSeconds = (performance.now() - t0) / 1000;
      const contributeSeconds: number[] = [];
      for (let i = 1; i <= participants; i++) {
        const { transcript, result } = await contributeInCeremony(dir, `bench participant ${i}`, undefined, log);
        await writeFileAtomic(join(dir, TRANSCRIPT_FILE), transcriptText(transcript));
        contributeSeconds.push(r2(result.seconds));
        say(`ceremony ${name}: contribution ${i}/${participants} in ${result.seconds.toFixed(1)} s`);
      }
      t0 = performance.now();
      const { transcript, entry: beaconEntry } = await applyBeacon(dir, 'ab'.repeat(32), 10, 'bench beacon', log);
      await writeFileAtomic(join(dir, TRANSCRIPT_FILE), transcriptText(transcript));
      const beaconSeconds = (performance.now() - t0) / 1000;
      const v = await verifyCeremony({ dir, r1cs, ptau, log });
      if (!v.ok) throw new Error(`ceremony ${name} did not verify: ${v.problems.join('; ')}`);
      say(`ceremony ${name}: verify in ${v.seconds.toFixed(1)} s`);
      out.instances[name] = {
        status: 'measured',
        constraints: h.nConstraints,
        ptauPower: ptau.power,
        ptauSource: ptau.source,
        zkeyBytes: (await stat(join(dir, beaconEntry.output.file))).size,
        initSeconds: r2(initSeconds),
        contributeSeconds,
        contributeMedianSeconds: median(contributeSeconds),
        beaconSeconds: r2(beaconSeconds),
        verifySeconds: r2(v.seconds),
      };
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await terminateCurves();
    await rm(work, { recursive: true, force: true });
  }
  out.notes.push(
    `Each instance: init (zkey new), ${participants} contributions (fresh entropy each), a beacon (2^10 iterations), then a full verify from the r1cs and the ptau (which recomputes zkey new).`,
    'Timed in the bench process with the library the CLI uses (no CLI start-up); a real ceremony uses a public ptau of the same power, so the times are the same.',
  );
  return out;
}

/** Markdown lines of the ceremony figures. */
export function ceremonyMarkdown(c: CeremonyFigures): string[] {
  const lines = [
    '',
    '## Trusted-setup ceremony (issue 16)',
    '',
    '| instance | constraints | ptau | init (zkey new) | one contribution (median) | beacon | verify (whole chain) | zkey |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, f] of Object.entries(c.instances)) {
    if (f.status !== 'measured') {
      lines.push(`| ${name} | ${f.status} | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${name} | ${f.constraints} | 2^${f.ptauPower} (${f.ptauSource}) | ${f.initSeconds} s | ${f.contributeMedianSeconds} s | ${f.beaconSeconds} s | ${f.verifySeconds} s | ${((f.zkeyBytes ?? 0) / 2 ** 20).toFixed(1)} MiB |`,
    );
  }
  lines.push('', ...c.notes.map((n) => `- ${n}`));
  return lines;
}
