// Counts ffjavascript's bn128 wasm code generations (wasmcurves' buildBn128, ~0.22 s of CPU each), in every
// process and worker thread it is preloaded into, one entry per call with its caller's stack, appended to
// $CODEGEN_LOG (default /tmp/codegen.log). Measures what prover/src/bn128-curve.ts spares, e.g.
//   NODE_OPTIONS="--require ./scripts/count-codegen.cjs" WATTPROOF_SKIP_BUILD=1 npx vitest run <files>
//   grep -c '^pid' /tmp/codegen.log
const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const { threadId } = require('node:worker_threads');

const log = process.env.CODEGEN_LOG || '/tmp/codegen.log';
const load = Module._load;
Module._load = function (request, ...rest) {
  const out = load.call(this, request, ...rest);
  // wasmcurves is CommonJS: ESM importers (ffjavascript) read its exports through this loader too.
  if (/wasmcurves(\/index\.js)?$/.test(request) && typeof out?.buildBn128 === 'function' && !out.buildBn128.counted) {
    const build = out.buildBn128;
    out.buildBn128 = function (...args) {
      const stack = new Error().stack.split('\n').slice(2, 12).join('\n');
      appendFileSync(log, `pid ${process.pid} thread ${threadId} ${process.argv.slice(1, 3).join(' ')}\n${stack}\n`);
      return build.apply(this, args);
    };
    out.buildBn128.counted = true;
  }
  return out;
};
