/**
 * `wattproof ceremony init|contribute|accept|verify|beacon|finalize|export`: the multi-party
 * trusted setup (Groth16 phase 2) of one circuit instance.
 * @packageDocumentation
 */
import { lazyRun, type Command } from '../command.js';

const PTAU_HELP = `  --ptau FILE            a public powers-of-tau file, e.g. powersOfTau28_hez_final_14.ptau
                         (https://storage.googleapis.com/zkevm/ptau/); its blake2b-512 must be
                         the published hash of its power, and the power large enough
  --insecure-dev-ptau    allow the local development powers of tau (the cached one when no
                         --ptau is given): everything made from it is INSECURE, for tests only`;

const init: Command = {
  path: ['ceremony', 'init'],
  summary: 'start a multi-party trusted setup (phase 2) of a circuit from its r1cs and a public ptau',
  help: `usage: wattproof ceremony init --circuit NAME --dir DIR (--ptau FILE | --insecure-dev-ptau) [--r1cs FILE] [--json]

The coordinator (normally the regulator) starts the ceremony of one circuit instance: checks the
powers-of-tau file against its published hash (a file that is unknown, altered, too small or
not prepared for phase 2 is refused), runs snarkjs "zkey new" from the compiled circuit
(build/circuits/NAME/NAME.r1cs unless --r1cs is given) and writes DIR/NAME_0000.zkey and
DIR/transcript.json. (On the cached development ceremony, --insecure-dev-ptau, the same file is
computed from that ceremony's secrets, in seconds.) Publish the transcript's r1cs sha256, ptau hash and circuit hash.

Options:
  --circuit NAME         the circuit instance (e.g. bill_31d_60m)
  --dir DIR              the ceremony directory to create (must not hold a ceremony)
  --r1cs FILE            the compiled circuit (default: from build/manifest.json)
${PTAU_HELP}`,
  options: {
    circuit: { type: 'string' },
    dir: { type: 'string' },
    r1cs: { type: 'string' },
    ptau: { type: 'string' },
    'insecure-dev-ptau': { type: 'boolean' },
  },
  run: lazyRun(() => import('./ceremony.run.js'), 'init'),
};

const contribute: Command = {
  path: ['ceremony', 'contribute'],
  summary: 'add your contribution (fresh OS entropy) and print the hash to publish',
  help: `usage: wattproof ceremony contribute --name NAME (--dir DIR | --in ZKEY --out ZKEY) [--text TEXT] [--json]

A participant adds randomness: 64 bytes from the operating system's CSPRNG (plus, if given, a
hash of --text) become the secret of this contribution. The secret exists only in memory while
the command runs; it is never written, printed or logged. The ceremony is sound if at least one
participant's secret is destroyed, so run it on a machine you trust and let the process end.

With --dir (the coordinator's directory, or a copy of it): contributes to the transcript's
latest zkey, writes the next NAME_NNNN.zkey and records the contribution in transcript.json.
With --in/--out: contributes to the file you were sent and writes the new one; send it back to
the coordinator, who records it with "wattproof ceremony accept".

Print out and publish the contribution hash (on your own channel: web site, signed mail): anyone
can then check that your contribution is in the final key.

Options:
  --name NAME            your name or organisation, recorded in the zkey (first 64 bytes)
  --dir DIR              the ceremony directory
  --in ZKEY, --out ZKEY  or: the zkey you received and the one to write
  --text TEXT            optional extra randomness (hashed in; not needed for security)`,
  options: { name: { type: 'string' }, dir: { type: 'string' }, in: { type: 'string' }, out: { type: 'string' }, text: { type: 'string' } },
  run: lazyRun(() => import('./ceremony.run.js'), 'contribute'),
};

const accept: Command = {
  path: ['ceremony', 'accept'],
  summary: "record a participant's contribution made elsewhere (another machine, the browser page)",
  help: `usage: wattproof ceremony accept --dir DIR --zkey FILE [--hash HASH] (--ptau FILE | --insecure-dev-ptau) [--json]

The coordinator records a zkey a participant sent back: it must be for this circuit, keep every
recorded contribution unchanged and add exactly one, and pass snarkjs's verification from the
initial zkey and the ptau. It is copied into DIR as the next NAME_NNNN.zkey and recorded in the
transcript (with the name the participant gave). With --hash, the new contribution's hash must
be the one the participant published.

Options:
  --dir DIR              the ceremony directory
  --zkey FILE            the participant's zkey
  --hash HASH            the contribution hash the participant published (spaces ignored)
${PTAU_HELP}`,
  options: { dir: { type: 'string' }, zkey: { type: 'string' }, hash: { type: 'string' }, ptau: { type: 'string' }, 'insecure-dev-ptau': { type: 'boolean' } },
  run: lazyRun(() => import('./ceremony.run.js'), 'accept'),
};

const verify: Command = {
  path: ['ceremony', 'verify'],
  summary: 'verify a whole ceremony from the r1cs and the ptau to its latest zkey',
  help: `usage: wattproof ceremony verify --dir DIR (--ptau FILE | --insecure-dev-ptau) [--r1cs FILE] [--all] [--json]

Anyone can re-verify a ceremony from its directory (the transcript and the zkeys), the circuit
(compile it: npm run build -- --only NAME, or pass --r1cs) and the powers of tau:
  - the r1cs and the ptau are the ones the transcript names (sha256, blake2b-512); a public
    ptau must also match its published hash;
  - the zkeys chain as the transcript says (each step starts from the previous output; every
    file's sha256 is the recorded one: a file changed afterwards is reported as tampered);
  - every zkey is for this circuit (a contribution made on another circuit is reported);
  - the latest zkey's own list of contributions is the transcript's, in order (a skipped or an
    unlisted contribution is reported), and its beacon is the recorded one;
  - snarkjs "zkey verify" accepts the latest zkey from the r1cs and the ptau; if not, each step
    is verified to name the first contribution that breaks.
Lists every contribution hash (check yours against what you published). Exit code 0 when the
ceremony verifies, 1 when it does not.

Options:
  --dir DIR              the ceremony directory
  --r1cs FILE            the compiled circuit (default: from build/manifest.json)
  --all                  verify every intermediate zkey too (slower)
${PTAU_HELP}`,
  options: { dir: { type: 'string' }, r1cs: { type: 'string' }, all: { type: 'boolean' }, ptau: { type: 'string' }, 'insecure-dev-ptau': { type: 'boolean' } },
  run: lazyRun(() => import('./ceremony.run.js'), 'verify'),
};

const BEACON_HELP = `The coordinator closes the ceremony with a public random beacon: a value nobody could know when
the last contribution was made, announced in advance (e.g. "the hash of Ethereum block N", N a
block some hours after the last contribution). snarkjs hashes it 2^N times (--iterations-exp,
default 10) into a last contribution that anyone can recompute; its output is the final zkey.
No contribution can follow; run "wattproof ceremony verify" and "wattproof ceremony export".

Options:
  --dir DIR              the ceremony directory
  --beacon HEX           the beacon value (e.g. 0x + a 32-byte block hash)
  --iterations-exp N     2^N hash iterations (10..63, default 10)
  --name NAME            recorded name (default "public random beacon")`;

const beaconOptions = { dir: { type: 'string' }, beacon: { type: 'string' }, 'iterations-exp': { type: 'string' }, name: { type: 'string' } } as const;

const beacon: Command = {
  path: ['ceremony', 'beacon'],
  summary: 'apply the public random beacon and finalize the ceremony',
  help: `usage: wattproof ceremony beacon --dir DIR --beacon HEX [--iterations-exp N] [--name NAME] [--json]\n\n${BEACON_HELP}`,
  options: beaconOptions,
  run: lazyRun(() => import('./ceremony.run.js'), 'beacon'),
};

const finalize: Command = {
  path: ['ceremony', 'finalize'],
  summary: 'the same as "ceremony beacon": apply the beacon, making the final zkey',
  help: `usage: wattproof ceremony finalize --dir DIR --beacon HEX [--iterations-exp N] [--name NAME] [--json]\n\n${BEACON_HELP}`,
  options: beaconOptions,
  run: lazyRun(() => import('./ceremony.run.js'), 'beacon'),
};

const exportCmd: Command = {
  path: ['ceremony', 'export'],
  summary: 'export a finalized ceremony: verification key, Solidity verifier, manifest entry',
  help: `usage: wattproof ceremony export --dir DIR --out-dir BUILD (--ptau FILE | --insecure-dev-ptau) [--r1cs FILE] [--json]

Verifies the ceremony (as "ceremony verify") and writes a build directory BUILD that the SDK,
the prover, the wallet and the audit use like the build's own (WATTPROOF_BUILD_DIR=BUILD, or
buildDir in the SDK):
  BUILD/manifest.json                       the circuit's entry, with the sha256 of every file
                                            and the ceremony (transcript, contribution hashes)
  BUILD/circuits/NAME/NAME.zkey, vkey.json  the final zkey and its verification key
  BUILD/circuits/NAME/NAME.r1cs, NAME_js/   the circuit (copied from the build)
  BUILD/contracts/<Name>Verifier.sol        the Solidity verifier to deploy
  BUILD/ceremony/NAME/transcript.json       the transcript
Other circuits already in BUILD/manifest.json are kept.

Options:
  --dir DIR              the ceremony directory (finalized)
  --out-dir BUILD        the build directory to write
  --r1cs FILE            the compiled circuit (default: from build/manifest.json)
${PTAU_HELP}`,
  options: {
    dir: { type: 'string' },
    'out-dir': { type: 'string' },
    r1cs: { type: 'string' },
    ptau: { type: 'string' },
    'insecure-dev-ptau': { type: 'boolean' },
  },
  run: lazyRun(() => import('./ceremony.run.js'), 'exportCeremonyCmd'),
};

/** The ceremony commands. */
export const ceremonyCommands: Command[] = [init, contribute, accept, verify, beacon, finalize, exportCmd];
