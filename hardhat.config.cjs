// Hardhat 2 configuration. CommonJS on purpose: the package is ESM ("type":
// "module") and Hardhat 2 can load a TypeScript config only through ts-node,
// which wattproof does not depend on; a .cjs config loads everywhere (CLI,
// vitest via `import hre from "hardhat"`, scripts run with tsx).
require('@nomicfoundation/hardhat-ethers');
require('@typechain/hardhat');
const path = require('node:path');
const { extendConfig, extendEnvironment, subtask } = require('hardhat/config');
const { TASK_COMPILE_REMOVE_OBSOLETE_ARTIFACTS, TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD } = require('hardhat/builtin-tasks/task-names');

// The solc npm package (solc-js, WebAssembly) is the only compiler: its version
// is pinned in package.json and Hardhat never downloads one, so builds work
// offline and are reproducible.
const solcPkg = require('solc/package.json');
const SOLC_VERSION = solcPkg.version;

subtask(TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD, async ({ solcVersion }) => {
  if (solcVersion !== SOLC_VERSION) {
    throw new Error(
      `Solidity ${solcVersion} requested, but wattproof compiles only with the pinned solc npm package ${SOLC_VERSION}; ` +
        `set that version in hardhat.config.cjs (no compiler is ever downloaded)`,
    );
  }
  const solc = require('solc');
  return {
    compilerPath: path.join(path.dirname(require.resolve('solc/package.json')), 'soljson.js'),
    isSolcJs: true,
    version: SOLC_VERSION,
    longVersion: solc.version().replace(/\.Emscripten.*$/, ''),
  };
});

// One compilation job for the files that share an override: Hardhat merges jobs whose settings
// are the same object, and its config resolution copies each override into an object of its
// own, so the three runtime-gas files were three solc-js runs, each re-compiling the shared
// imports (the registries, interfaces, OpenZeppelin). Pointing them at one resolved object makes
// them one run with the same settings; the bytecode is unchanged (solc compiles each contract
// from its own imports; `npm run gas` and the gas tests measure the same figures).
extendConfig((config) => {
  const overrides = config.solidity.overrides;
  const shared = new Map();
  for (const [file, settings] of Object.entries(overrides)) {
    const key = JSON.stringify(settings);
    if (!shared.has(key)) shared.set(key, settings);
    overrides[file] = shared.get(key);
  }
});

// Solidity stack traces off when WATTPROOF_HARDHAT_STACK_TRACES=0 (set for the test workers by
// vitest.config.ts): every Hardhat network provider, in process or a `hardhat node`, otherwise reads
// and indexes all of artifacts/build-info (~23 MB) when it starts, ~0.5 s of CPU per chain, a few
// dozen chains per `npm test`. Nothing there reads a stack trace: reverts are decoded from their
// return data by the SDK (sdk/src/chain/errors.ts), which EDR returns with or without them. Outside
// a provider, build-info paths are read only to delete obsolete ones after a compilation.
extendEnvironment((hre) => {
  if (process.env.WATTPROOF_HARDHAT_STACK_TRACES === '0') hre.artifacts.getBuildInfoPaths = async () => [];
});

// TypeChain formats every binding it writes with prettier: ~3 of its ~4 s of CPU per full generation
// (the ~180 files of a fresh build), for layout nobody reads (typechain-types is git-ignored, not linted;
// tsc compiles it the same). Its transformers are a module-level list (typechain is pinned in
// package.json); the formatting one is dropped, and a TypeChain that changed the list stops the build
// here instead of silently formatting again. A process may load this config more than once (test workers
// reset Hardhat's context) while TypeChain's module stays loaded: the list is marked once done.
{
  const { outputTransformers } = require('typechain/dist/codegen/outputTransformers');
  const done = Symbol.for('wattproof.typechain.noPrettier');
  if (!outputTransformers[done]) {
    const prettier = outputTransformers.findIndex((t) => t.name === 'prettierOutputTransformer');
    if (prettier < 0) {
      throw new Error('typechain no longer has its prettierOutputTransformer: update the override in hardhat.config.cjs');
    }
    outputTransformers.splice(prettier, 1);
    outputTransformers[done] = true;
  }
}

// TypeChain's node16Modules flag adds `.js` to file imports but leaves the
// barrel files' directory imports (`export * from "./contracts"`), which
// NodeNext rejects; point those at the directory's index.js after generation.
subtask('typechain:generate-types', async (args, hre, runSuper) => {
  const result = await runSuper(args);
  fixDirectoryImports(path.resolve(hre.config.paths.root, hre.config.typechain.outDir));
  return result;
});

// TypeChain generates bindings only for what a compilation emitted: the binding of a contract whose source
// was removed (the build moves a verifier nothing deploys out of contracts/generated) stayed in
// typechain-types, exported by its index, compiled by tsc and loaded by every import of it. When Hardhat
// removes obsolete artifacts, the bindings are made again from the artifacts that remain (`hardhat typechain`,
// a full regeneration, only then).
subtask(TASK_COMPILE_REMOVE_OBSOLETE_ARTIFACTS, async (args, hre, runSuper) => {
  const before = await hre.artifacts.getArtifactPaths();
  await runSuper(args);
  const after = new Set(await hre.artifacts.getArtifactPaths());
  if (before.every((p) => after.has(p))) return;
  require('node:fs').rmSync(path.resolve(hre.config.paths.root, hre.config.typechain.outDir), { recursive: true, force: true });
  await hre.run('typechain');
});

function fixDirectoryImports(dir) {
  const fs = require('node:fs');
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const src = fs.readFileSync(file, 'utf8');
    const out = src.replace(/(from\s+["'])(\.{1,2}\/[^"']*)(["'])/g, (m, pre, spec, post) => {
      const target = path.resolve(entry.parentPath, spec);
      const isDir = fs.existsSync(target) && fs.statSync(target).isDirectory();
      return isDir ? `${pre}${spec}/index.js${post}` : m;
    });
    if (out !== src) fs.writeFileSync(file, out);
  }
}

// Hardhat's default accounts, written out: given as the mnemonic (the default), every Hardhat network
// provider derives the twenty keys again when it starts, each through its own BIP-39 seed (PBKDF2, 2048
// rounds of SHA-512) and BIP-32 path, ~0.25 s of CPU per chain, a few dozen chains per `npm test`.
// These are the keys of that mnemonic ('test test ... junk', m/44'/60'/0'/0/0..19, published by Hardhat:
// public test keys, never to hold value) with its balance, so the accounts, addresses and funds are the
// same; test/contracts/hardhat-accounts.test.ts derives them again and compares.
const HARDHAT_ACCOUNT_KEYS = [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
  '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
  '0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e',
  '0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356',
  '0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97',
  '0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6',
  '0xf214f2b2cd398c806f84e317254e0f0b801d0643303237d97a22a48e01628897',
  '0x701b615bbdfb9de65240bc28bd21bbc0d996645a3dd57e7b12bc2bdf6f192c82',
  '0xa267530f49f8280200edf313ee7af6b827f2a8bce2897751d06a843f644967b1',
  '0x47c99abed3324a2707c28affff1267e45918ec8c3f20b8aa892e8b065d2942dd',
  '0xc526ee95bf44d8fc405a158bb884d9d1238d99f0612e9f33d006bb0789009aaa',
  '0x8166f546bab6da521a8369cab06c5d2b9e46670292d85c875ee9ec20e84ffb61',
  '0xea6c44ac03bff858b476bba40716402b03e41b8e97e276d1baec7c37d42484a0',
  '0x689af8efa8c651a91ad287602527f3af2fe9f6501a7ac4b061667b5a93e037fd',
  '0xde9be858da4a475276426320d5e9262ecfc3ba460bfac56360bfa6c4c28b4ee0',
  '0xdf57089febbacf7ba0bc227dafbffa9fc08a93fdc68e1e42411a14efcf23656e',
];

/** @type {import('hardhat/config').HardhatUserConfig} */
module.exports = {
  solidity: {
    compilers: [{ version: SOLC_VERSION, settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: 'cancun' } }],
    // The settlement path's contracts run once per bill, every month, for every meter: optimized for
    // runtime gas (larger code, paid once at deployment; each stays below the 24,576-byte limit). The
    // verifiers keep 200 runs, the setting the audit recompiles them with (sdk/src/audit/verifier-code.ts).
    // MeterRegistry is compiled through the IR pipeline (viaIR): its optimizer inlines the claim's small internal
    // functions and drops their stack shuffling (issue 15: the registry's frame -0.5k per bill). Settlement is not:
    // through viaIR its batch step costs 0.13k more per bill (settle 1k less; the batch at 128 is the target).
    // Measured each way with bench/batch-gas.ts (contracts/README.md, Gas, pass 6).
    overrides: Object.fromEntries(
      ['contracts/Settlement.sol', 'contracts/MeterRegistry.sol', 'contracts/DisclosedSettlement.sol'].map((f) => [
        f,
        { version: SOLC_VERSION, settings: { viaIR: f === 'contracts/MeterRegistry.sol', optimizer: { enabled: true, runs: 1000000 }, evmVersion: 'cancun' } },
      ]),
    ),
  },
  paths: {
    sources: './contracts',
    tests: './test/contracts',
    cache: './cache',
    artifacts: './artifacts',
  },
  typechain: {
    outDir: 'typechain-types',
    target: 'ethers-v6',
    // Emit `.js` extensions on relative imports, as TypeScript's NodeNext resolution requires.
    node16Modules: true,
  },
  networks: {
    hardhat: {
      // Hardhat's default, pinned: proofs bind to the chain id (settlement domain, bill spec §7).
      chainId: 31337,
      accounts: HARDHAT_ACCOUNT_KEYS.map((privateKey) => ({ privateKey, balance: '10000000000000000000000' })),
    },
  },
};
