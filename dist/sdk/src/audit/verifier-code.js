/**
 * Is the deployed verifier the published circuit's? The snarkjs Groth16 verifier keeps the whole
 * verification key (alpha, beta, gamma, delta, IC) as constants in its bytecode. The sound check
 * is to regenerate the Solidity verifier from the published key with snarkjs's own template,
 * compile it with the pinned solc, and compare the result with the code at the address. Only
 * the trailing CBOR metadata (a hash of the source text and file names) is ignored.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chainCall } from '../chain/errors.js';
import { BATCH_VERIFIER_SIGNALS, renderBatchVerifierSource, } from '../../../prover/src/batch-verifier.js';
const require = createRequire(import.meta.url);
/**
 * Compiler settings of the generated verifiers. They mirror hardhat.config.cjs (solc from the
 * pinned `solc` package, optimizer on with 200 runs, EVM cancun); a test asserts they agree.
 */
export const VERIFIER_COMPILER = {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
};
/** Version of the pinned solc-js package, e.g. `0.8.28+commit.7893614a`. */
export function solcVersion() {
    const solc = require('solc');
    return solc.version().replace(/\.Emscripten.*$/, '');
}
/** Strips the CBOR metadata that solc appends to runtime code (its length is the last 2 bytes). */
export function stripMetadata(code) {
    const hex = code.toLowerCase().replace(/^0x/, '');
    if (hex.length < 4)
        return hex;
    const len = Number.parseInt(hex.slice(-4), 16);
    const total = (len + 2) * 2;
    // The CBOR map starts with 0xa1..0xa5 (a map of 1..5 entries); otherwise there is no metadata.
    if (total > hex.length || !/^a[1-5]$/.test(hex.slice(-total, -total + 2)))
        return hex;
    return hex.slice(0, -total);
}
async function snarkjsTemplate() {
    const pkgDir = join(dirname(require.resolve('snarkjs')), '..');
    return readFile(join(pkgDir, 'templates', 'verifier_groth16.sol.ejs'), 'utf8');
}
/** The Solidity verifier snarkjs generates for `vkey` (its `exportSolidityVerifier`, from the key instead of a zkey). */
export async function renderVerifierSource(vkey) {
    // ejs is snarkjs's own renderer: resolve it from snarkjs so the same copy renders the template.
    const snarkRequire = createRequire(require.resolve('snarkjs'));
    const ejs = snarkRequire('ejs');
    return ejs.render(await snarkjsTemplate(), vkey);
}
const compiled = new Map();
/**
 * Runtime bytecode (metadata stripped) of the verifier generated from `vkey` with `template`, compiled
 * with solc-js and {@link VERIFIER_COMPILER}. Cached per key and template.
 */
export async function expectedVerifierCode(vkey, template = 'snarkjs') {
    const id = `${template}:${createHash('sha256').update(JSON.stringify(vkey)).digest('hex')}`;
    const hit = compiled.get(id);
    if (hit !== undefined)
        return hit;
    const source = template === 'batch'
        ? renderBatchVerifierSource(vkey, 'BatchVerifier')
        : await renderVerifierSource(vkey);
    const solc = require('solc');
    const input = {
        language: 'Solidity',
        sources: { 'Verifier.sol': { content: source } },
        settings: { ...VERIFIER_COMPILER, outputSelection: { '*': { '*': ['evm.deployedBytecode.object'] } } },
    };
    const output = JSON.parse(solc.compile(JSON.stringify(input)));
    const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
    if (errors.length > 0)
        throw new Error(`compiling the regenerated verifier failed: ${errors[0].formattedMessage}`);
    const contracts = output.contracts?.['Verifier.sol'] ?? {};
    const first = Object.values(contracts)[0];
    if (first === undefined)
        throw new Error('compiling the regenerated verifier produced no contract');
    const code = stripMetadata(first.evm.deployedBytecode.object);
    compiled.set(id, code);
    return code;
}
/**
 * Compares the code at `address` with the verifiers generated from `vkey`: the batch verifier (what
 * Settlement is deployed with), then snarkjs's.
 */
export async function checkVerifierCode(provider, address, vkey) {
    const deployed = stripMetadata(await chainCall(`eth_getCode(${address})`, () => provider.getCode(address)));
    const codeSha256 = createHash('sha256').update(deployed).digest('hex');
    if (deployed === '')
        return { address, matches: false, reason: `no contract at ${address}`, codeSha256 };
    let expected = '';
    const templates = vkey.nPublic === BATCH_VERIFIER_SIGNALS ? ['batch', 'snarkjs'] : ['snarkjs'];
    for (const template of templates) {
        expected = await expectedVerifierCode(vkey, template);
        if (deployed === expected)
            return { address, matches: true, codeSha256, template };
    }
    return {
        address,
        matches: false,
        reason: `the code at ${address} is not the verifier generated from the published verification key (${deployed.length / 2} bytes deployed, ${expected.length / 2} expected)`,
        codeSha256,
    };
}
//# sourceMappingURL=verifier-code.js.map