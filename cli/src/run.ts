#!/usr/bin/env node
/**
 * Entry point of the `wattproof` binary (compiled: dist/cli/src/run.js; from source, cli/bin/wattproof.mjs runs it through tsx).
 * @packageDocumentation
 */
import { main } from './main.js';

const code = await main(process.argv.slice(2));
// Hardhat and snarkjs may leave handles open; the result is written, so leave now.
process.stdout.write('', () => process.exit(code));
