// Preloaded (NODE_OPTIONS=--require) into the `npm pack` of test/package/pack.test.ts only.
// pacote hard-codes gzip level 9 for the tarball; on this package (~180 MB, mostly zkeys: curve
// points that do not compress) level 9 costs ~17 s of CPU and level 1 ~2 s. Everything else stays
// npm's own: the prepack script, the file list (package.json "files", npm-packlist), the tar entries
// (package/ prefix, modes, dates), the JSON report and the .tgz that `npm install` then unpacks.
// The deflate level is not something a user of the package can observe, so the test loses nothing.
// tar (through minizlib) constructs `new zlib.Gzip(opts)`; the test checks the gzip header's XFL
// byte to know this took effect (4: fastest; level 9 writes 2).
const zlib = require('node:zlib');

const Gzip = zlib.Gzip;
function FastGzip(opts) {
  return new Gzip({ ...opts, level: zlib.constants.Z_BEST_SPEED });
}
FastGzip.prototype = Gzip.prototype;
zlib.Gzip = FastGzip;
