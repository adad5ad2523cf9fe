/**
 * Powers of tau: either a user's real ceremony file (checked against the
 * published hashes) or a local development ceremony cached once per machine.
 */
import { PtauError } from '../../core/src/errors.js';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readPtauHeader } from './binfile.js';
import { cacheDir } from './cache.js';
import { exists, hashFile } from './fs-util.js';
import { withLock } from './lock.js';
import type { BuildLog } from './log.js';
import { HERMEZ_PTAU_BLAKE2B } from './ptau-hashes.js';
import { checkDevPtau } from './ptau-check.js';
import { createFastDevPtau } from './ptau-fast.js';
import { readDevPtauSecrets } from './phase2-fast.js';
import { ptauContribute, ptauNew, ptauPreparePhase2, ptauVerify } from './snark.js';

/** Largest power a BN254 ptau can have (the Hermez ceremony's full size). */
export const MAX_PTAU_POWER = 28;

/** A powers-of-tau file ready for Groth16 phase 2. */
export interface PtauFile {
  path: string;
  /** Powers in the file (fits circuits with up to 2^power constraints). */
  power: number;
  /** blake2b-512 of the whole file, hex. */
  blake2b: string;
  /** `hermez`: a published ceremony file; `development`: a local, insecure one. */
  source: 'hermez' | 'development';
  /**
   * A development ceremony's secrets file (tau, alpha, beta), when the cache has one: the
   * development phase 2 then computes the proving key directly (phase2-fast.ts). Never set
   * for a real ceremony.
   */
  devSecrets?: string;
}

/** A ptau problem a user can fix; the message says how (the core error, code `PTAU`). */
export { PtauError };

const BANNER_TEXT = [
  'INSECURE, FOR DEVELOPMENT: local powers-of-tau ceremony and phase 2.',
  'Whoever ran them could forge proofs. For a deployment, pass a public',
  'ceremony file:  npm run build -- --ptau powersOfTau28_hez_final_NN.ptau',
  'and run a multi-party phase 2.',
];
const BANNER_WIDTH = Math.max(...BANNER_TEXT.map((l) => l.length)) + 4;

/** Printed by every build that uses a development ceremony. */
export const INSECURE_BANNER: readonly string[] = [
  '*'.repeat(BANNER_WIDTH),
  ...BANNER_TEXT.map((l) => `* ${l.padEnd(BANNER_WIDTH - 4)} *`),
  '*'.repeat(BANNER_WIDTH),
];

/**
 * Check a user-supplied ceremony file: prepared for phase 2, big enough, and
 * byte-identical (blake2b-512) to the published Hermez file of its power.
 */
export async function checkRealPtau(path: string, minPower: number, log: BuildLog): Promise<PtauFile> {
  if (!(await exists(path))) throw new PtauError(`powers-of-tau file ${path} does not exist`);
  const header = await readPtauHeader(path).catch((e: Error) => {
    throw new PtauError(`powers-of-tau file ${path} is unreadable: ${e.message}`);
  });
  if (!header.preparedPhase2) {
    throw new PtauError(
      `powers-of-tau file ${path} is not prepared for phase 2 (run \`snarkjs powersoftau prepare phase2\` or use a powersOfTau28_hez_final_NN.ptau file)`,
    );
  }
  if (header.power < minPower) {
    throw new PtauError(
      `powers-of-tau file ${path} has power ${header.power}; this circuit needs at least ${minPower} (use powersOfTau28_hez_final_${String(minPower).padStart(2, '0')}.ptau or larger)`,
    );
  }
  const published = HERMEZ_PTAU_BLAKE2B[header.power];
  if (!published) throw new PtauError(`powers-of-tau file ${path} has power ${header.power}, for which no published hash is known`);
  const done = log.step(`checking blake2b-512 of ${path} (power ${header.power})`);
  const blake2b = await hashFile(path, 'blake2b512');
  done();
  if (blake2b !== published.blake2b) {
    throw new PtauError(
      `powers-of-tau file ${path} does not match the published ${published.file}:\n  blake2b-512 is       ${blake2b}\n  published hash is    ${published.blake2b}\nDownload it again from https://storage.googleapis.com/zkevm/ptau/${published.file}`,
    );
  }
  log.info(`using ${published.file} (blake2b-512 matches the published hash)`);
  return { path, power: header.power, blake2b, source: 'hermez' };
}

/** Directory holding the development ceremonies. */
export function devPtauDir(): string {
  return join(cacheDir(), 'ptau');
}

/** Path of the cached development ceremony of a given power. */
export function devPtauPath(power: number): string {
  return join(devPtauDir(), `dev_pot${power}.ptau`);
}

/** Path of the secrets kept beside a development ceremony made by the fast path. */
export function devPtauSecretsPath(power: number): string {
  return join(devPtauDir(), `dev_pot${power}.secrets.json`);
}

async function cachedDevPowers(): Promise<number[]> {
  const names = await readdir(devPtauDir()).catch(() => [] as string[]);
  return names
    .map((n) => /^dev_pot(\d+)\.ptau$/.exec(n)?.[1])
    .filter((p): p is string => p !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

async function describeDev(path: string, power: number): Promise<PtauFile> {
  const header = await readPtauHeader(path);
  if (header.power !== power || !header.preparedPhase2) {
    throw new PtauError(`cached development ceremony ${path} is not a prepared power-${power} file; delete it and build again`);
  }
  const secrets = devPtauSecretsPath(power);
  return {
    path,
    power,
    blake2b: await hashFile(path, 'blake2b512'),
    source: 'development',
    ...((await exists(secrets)) ? { devSecrets: secrets } : {}),
  };
}

/**
 * Create a development ceremony of `power` in the cache, in a temporary
 * directory renamed into place at the end. By default the fast path
 * (ptau-fast.ts: one contribution with a fresh random key, Lagrange sections
 * computed from it); `WATTPROOF_DEV_PTAU=snarkjs` uses snarkjs's own
 * new + contribute + prepare phase2 instead. Before it is used, a fast file
 * must hold exactly the powers of its secrets (ptau-check.ts; with
 * `WATTPROOF_DEV_PTAU_VERIFY=snarkjs` also pass `snarkjs powersoftau verify`),
 * a snarkjs-made one must pass `snarkjs powersoftau verify`. The fast path also keeps
 * the contribution's secrets beside the file (devPtauSecretsPath), which
 * lets the development phase 2 skip snarkjs's `zkey new` + `contribute`.
 */
async function createDevPtau(power: number, log: BuildLog): Promise<void> {
  const finalPath = devPtauPath(power);
  const work = join(devPtauDir(), `.tmp-dev_pot${power}-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(work, { recursive: true });
  const classic = process.env.WATTPROOF_DEV_PTAU === 'snarkjs';
  log.info(
    `INSECURE, FOR DEVELOPMENT: creating powers of tau 2^${power} in ${finalPath} (once per machine${classic ? '; snarkjs prepare phase2 takes minutes' : ''})`,
  );
  const started = Date.now();
  const out = join(work, 'final.ptau');
  const secretsOut = join(work, 'secrets.json');
  // A secrets file left from a deleted ceremony would not match the new one.
  await rm(devPtauSecretsPath(power), { force: true });
  try {
    if (classic) {
      let done = log.step(`ptau ${power}: new accumulator`);
      await ptauNew(power, join(work, 'pot_0000.ptau'), log);
      done();
      done = log.step(`ptau ${power}: development contribution (random entropy, discarded)`);
      await ptauContribute(
        join(work, 'pot_0000.ptau'),
        join(work, 'pot_0001.ptau'),
        'wattproof development contribution (INSECURE)',
        randomBytes(64).toString('hex'),
        log,
      );
      done();
      await rm(join(work, 'pot_0000.ptau'));
      done = log.step(`ptau ${power}: prepare phase2 (the slow part)`);
      await ptauPreparePhase2(join(work, 'pot_0001.ptau'), out, log);
      done();
    } else {
      await createFastDevPtau(power, out, (m) => log.info(m), { secretsPath: secretsOut });
    }
    if (classic || process.env.WATTPROOF_DEV_PTAU_VERIFY === 'snarkjs') {
      const done = log.step(`ptau ${power}: snarkjs powersoftau verify`);
      if (!(await ptauVerify(out, log))) throw new PtauError(`the new development ceremony 2^${power} failed snarkjs powersoftau verify; nothing was cached`);
      done();
    }
    if (!classic) {
      // Every point against the secrets it was made from (ptau-check.ts): complete for what a
      // phase 2 reads, at a third of snarkjs verify's CPU, which cannot use the secrets.
      const done = log.step(`ptau ${power}: every point checked against the development secrets`);
      await checkDevPtau(out, await readDevPtauSecrets(secretsOut));
      done();
    }
    // Secrets first: a ceremony present without them only loses the fast phase 2.
    if (!classic) await rename(secretsOut, devPtauSecretsPath(power));
    await rename(out, finalPath);
    log.info(`development ceremony 2^${power} ready after ${((Date.now() - started) / 1000).toFixed(0)}s`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The development ceremony to use for a circuit needing `power`: the smallest
 * cached one that is large enough, else a new one of `createPower` (a build of
 * several circuits creates one file that serves them all).
 */
export async function devPtau(power: number, log: BuildLog, createPower = power): Promise<PtauFile> {
  if (power > MAX_PTAU_POWER) throw new PtauError(`a circuit needing 2^${power} powers of tau exceeds the BN254 maximum 2^${MAX_PTAU_POWER}`);
  const pick = async () => (await cachedDevPowers()).find((p) => p >= power);
  let found = await pick();
  if (found === undefined) {
    await withLock(`${devPtauPath(Math.max(power, createPower))}.lock`, `the 2^${power} development ceremony`, log, async () => {
      found = await pick();
      if (found === undefined) {
        await createDevPtau(Math.max(power, createPower), log);
        found = Math.max(power, createPower);
      }
    });
  }
  const file = await describeDev(devPtauPath(found!), found!);
  log.warn(`INSECURE, FOR DEVELOPMENT: using local ceremony ${file.path}`);
  return file;
}

/**
 * Resolve the ptau for a circuit needing `power`: the user's file when given
 * (`--ptau` or `$WATTPROOF_PTAU`), else a cached development ceremony.
 */
export async function resolvePtau(power: number, userPath: string | undefined, log: BuildLog, createPower = power): Promise<PtauFile> {
  return userPath ? checkRealPtau(userPath, power, log) : devPtau(power, log, createPower);
}
