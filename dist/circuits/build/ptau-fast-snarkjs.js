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
let loaded;
/** Load (once) the snarkjs internals; throws naming the missing file. */
export function snarkjsInternals() {
    loaded ??= load();
    return loaded;
}
async function load() {
    const require = createRequire(import.meta.url);
    const root = dirname(dirname(require.resolve('snarkjs'))); // .../snarkjs/build/main.cjs
    const fromSnarkjs = createRequire(join(root, 'package.json'));
    const imp = async (what, path) => {
        try {
            return await import(pathToFileURL(path).href);
        }
        catch (e) {
            throw new Error(`fast ptau: cannot load ${what} from ${path} (written for snarkjs 0.7.6): ${e.message}`);
        }
    };
    const resolveDep = (spec) => {
        try {
            return fromSnarkjs.resolve(spec);
        }
        catch (e) {
            throw new Error(`fast ptau: cannot resolve ${spec} from ${root}: ${e.message}`);
        }
    };
    const [main, keypair, utils, misc, binfile, noble] = await Promise.all([
        imp('snarkjs', join(root, 'main.js')),
        imp('snarkjs keypair', join(root, 'src', 'keypair.js')),
        imp('snarkjs powersoftau_utils', join(root, 'src', 'powersoftau_utils.js')),
        imp('snarkjs misc', join(root, 'src', 'misc.js')),
        imp('@iden3/binfileutils', resolveDep('@iden3/binfileutils')),
        imp('@noble/hashes/blake2b', resolveDep('@noble/hashes/blake2b')),
    ]);
    const ffjs = await imp('ffjavascript', resolveDep('ffjavascript'));
    const pick = (mod, name, what) => {
        const v = mod[name] ?? mod.default?.[name];
        if (v === undefined)
            throw new Error(`fast ptau: ${what} has no export ${name} (written for snarkjs 0.7.6)`);
        return v;
    };
    return {
        getCurveFromName: pick(main.curves, 'getCurveFromName', 'snarkjs.curves'),
        createPTauKey: pick(keypair, 'createPTauKey', 'snarkjs keypair.js'),
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
//# sourceMappingURL=ptau-fast-snarkjs.js.map