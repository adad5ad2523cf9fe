/**
 * The snarkjs internals the fast development ceremony reuses, so that its
 * contribution record, hashes and file layout come from the very code
 * `snarkjs powersoftau contribute` runs (snarkjs 0.7.6, pinned exactly).
 *
 * snarkjs's package `exports` exposes only its public API, so these modules
 * are loaded by file path from the installed package. If an upgrade moves
 * them, loading fails with a message naming the file.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBn128Curve } from '../../prover/src/bn128-curve.js';

// Untyped JS internals: typed only as far as this module's callers need.
// biome-ignore lint/suspicious/noExplicitAny: snarkjs's internals are untyped JavaScript; this file is their typed edge
type Any = any;

/** An ffjavascript curve (bn128), untyped. */
export type Curve = Any;

/** What the fast ceremony needs from snarkjs and its dependencies. */
export interface SnarkjsInternals {
  /** A single-thread bn128 curve, of the ffjavascript snarkjs uses (from the checked cached wasm). */
  bn128SingleThread(): Promise<Curve>;
  /** keypair.js: tau/alpha/beta private keys and their proofs of knowledge. */
  createPTauKey(curve: Curve, challengeHash: Uint8Array, rng: Any): Any;
  /** keypair.js: the G2 point a phase-2 contribution's transcript hashes to. */
  hashToG2(curve: Curve, transcript: Uint8Array): Any;
  /** misc.js: the ChaCha stream a `zkey beacon` contribution draws its key from. */
  rngFromBeaconParams(beaconHash: Uint8Array, numIterationsExp: number): Promise<Any>;
  /** powersoftau_utils.js */
  writePTauHeader(fd: Any, curve: Curve, power: number): Promise<void>;
  writeContributions(fd: Any, curve: Curve, contributions: Any[]): Promise<void>;
  calculateFirstChallengeHash(curve: Curve, power: number): Uint8Array;
  toPtauPubKeyRpr(buff: Uint8Array, pos: number, curve: Curve, key: Any, montgomery: boolean): Uint8Array;
  /** misc.js: the resumable blake2b state stored in a contribution. */
  toPartialHash(hasher: Any): Uint8Array;
  /** @noble/hashes blake2b, the version snarkjs uses (toPartialHash reads its internals). */
  blake2b: { create(opts: { dkLen: number }): { update(b: Uint8Array): unknown; digest(): Uint8Array } };
  /** @iden3/binfileutils */
  createBinFile(path: string, type: string, version: number, nSections: number): Promise<Any>;
  startWriteSection(fd: Any, sectionId: number): Promise<void>;
  endWriteSection(fd: Any): Promise<void>;
  readBinFile(path: string, type: string, maxVersion: number): Promise<{ fd: Any; sections: Any }>;
  copySection(fdFrom: Any, sections: Any, fdTo: Any, sectionId: number): Promise<void>;
  /** ffjavascript's ChaCha20 generator, as snarkjs seeds it. */
  ChaCha: new (
    seed: number[],
  ) => Any;
}

let loaded: Promise<SnarkjsInternals> | undefined;

/** Load (once) the snarkjs internals; throws naming the missing file. */
export function snarkjsInternals(): Promise<SnarkjsInternals> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SnarkjsInternals> {
  const require = createRequire(import.meta.url);
  const root = dirname(dirname(require.resolve('snarkjs'))); // .../snarkjs/build/main.cjs
  const fromSnarkjs = createRequire(join(root, 'package.json'));
  const imp = async (what: string, path: string): Promise<Any> => {
    try {
      return await import(pathToFileURL(path).href);
    } catch (e) {
      throw new Error(`fast ptau: cannot load ${what} from ${path} (written for snarkjs 0.7.6): ${(e as Error).message}`);
    }
  };
  const resolveDep = (spec: string) => {
    try {
      return fromSnarkjs.resolve(spec);
    } catch (e) {
      throw new Error(`fast ptau: cannot resolve ${spec} from ${root}: ${(e as Error).message}`);
    }
  };
  const [keypair, utils, misc, binfile, noble] = await Promise.all([
    imp('snarkjs keypair', join(root, 'src', 'keypair.js')),
    imp('snarkjs powersoftau_utils', join(root, 'src', 'powersoftau_utils.js')),
    imp('snarkjs misc', join(root, 'src', 'misc.js')),
    imp('@iden3/binfileutils', resolveDep('@iden3/binfileutils')),
    imp('@noble/hashes/blake2b', resolveDep('@noble/hashes/blake2b')),
  ]);
  const ffjs = await imp('ffjavascript', resolveDep('ffjavascript'));
  const pick = (mod: Any, name: string, what: string) => {
    const v = mod[name] ?? mod.default?.[name];
    if (v === undefined) throw new Error(`fast ptau: ${what} has no export ${name} (written for snarkjs 0.7.6)`);
    return v;
  };
  return {
    bn128SingleThread: () => buildBn128Curve(true),
    createPTauKey: pick(keypair, 'createPTauKey', 'snarkjs keypair.js'),
    hashToG2: pick(keypair, 'hashToG2', 'snarkjs keypair.js'),
    rngFromBeaconParams: pick(misc, 'rngFromBeaconParams', 'snarkjs misc.js'),
    writePTauHeader: pick(utils, 'writePTauHeader', 'snarkjs powersoftau_utils.js'),
    writeContributions: pick(utils, 'writeContributions', 'snarkjs powersoftau_utils.js'),
    calculateFirstChallengeHash: pick(utils, 'calculateFirstChallengeHash', 'snarkjs powersoftau_utils.js'),
    toPtauPubKeyRpr: pick(utils, 'toPtauPubKeyRpr', 'snarkjs powersoftau_utils.js'),
    toPartialHash: pick(misc, 'toPartialHash', 'snarkjs misc.js'),
    blake2b: pick(noble, 'blake2b', '@noble/hashes/blake2b'),
    createBinFile: pick(binfile, 'createBinFile', '@iden3/binfileutils'),
    startWriteSection: pick(binfile, 'startWriteSection', '@iden3/binfileutils'),
    endWriteSection: pick(binfile, 'endWriteSection', '@iden3/binfileutils'),
    readBinFile: pick(binfile, 'readBinFile', '@iden3/binfileutils'),
    copySection: pick(binfile, 'copySection', '@iden3/binfileutils'),
    ChaCha: pick(ffjs, 'ChaCha', 'ffjavascript'),
  };
}
