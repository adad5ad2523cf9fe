/**
 * snarkjs 0.7 leaves files open in two of its checks: `powersOfTau.verify` returns early on a
 * failed check without closing the ptau, and `zKey.verifyFromR1cs` (sameRatioH) never closes the
 * ptau it reopens. Node then closes them on garbage collection with a warning (and a future Node
 * will throw). This runs such a call and closes whatever it opened on the named files and left
 * open; handles on other paths, and those the call closed itself, are not touched.
 * @packageDocumentation
 */
import fs from 'node:fs';
import { resolve } from 'node:path';
/** Run `fn`, then close the handles it left open on any of `paths`. */
export async function closingLeftovers(paths, fn) {
    const watched = new Set(paths.map((p) => resolve(p)));
    const open = fs.promises.open;
    const opened = [];
    const closed = new WeakSet();
    const tracking = async (path, ...rest) => {
        const fh = await open(path, ...rest);
        if (typeof path === 'string' && watched.has(resolve(path))) {
            opened.push(fh);
            const close = fh.close.bind(fh);
            fh.close = async () => {
                closed.add(fh);
                return close();
            };
        }
        return fh;
    };
    fs.promises.open = tracking;
    try {
        return await fn();
    }
    finally {
        if (fs.promises.open === tracking)
            fs.promises.open = open;
        await Promise.all(opened.filter((fh) => !closed.has(fh)).map((fh) => fh.close().catch(() => undefined)));
    }
}
//# sourceMappingURL=fd-guard.js.map