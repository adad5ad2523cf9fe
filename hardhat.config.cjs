// Hardhat 2 configuration. CommonJS on purpose: the package is ESM ("type":
// "module") and Hardhat 2 can load a TypeScript config only through ts-node,
// which wattproof does not depend on; a .cjs config loads everywhere (CLI,
// vitest via `import hre from "hardhat"`, scripts run with tsx).
require('@nomicfoundation/hardhat-ethers');
require('@typechain/hardhat');
const path = require('node:path');
const { extendConfig, extendEnvironment, subtask } = require('hardhat/config');
const { TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD } = require('hardhat/builtin-tasks/task-names');

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

// TypeChain's node16Modules flag adds `.js` to file imports but leaves the
// barrel files' directory imports (`export * from "./contracts"`), which
// NodeNext rejects; point those at the directory's index.js after generation.
subtask('typechain:generate-types', async (args, hre, runSuper) => {
  const result = await runSuper(args);
  fixDirectoryImports(path.resolve(hre.config.paths.root, hre.config.typechain.outDir));
  return result;
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
    },
  },
};
