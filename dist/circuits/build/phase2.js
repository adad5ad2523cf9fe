/**
 * Groth16 phase 2 for one circuit: a zkey from the r1cs and the ptau, one
 * development contribution, and the verification key.
 */
import { randomBytes } from 'node:crypto';
import { join, dirname } from 'node:path';
import { rm } from 'node:fs/promises';
import { produceAtomically, tempPathFor, writeFileAtomic } from './fs-util.js';
import { zkeyContribute, zkeyExportVerificationKey, zkeyNew } from './snark.js';
/**
 * Write `zkeyPath` (phase 2 with one fresh-entropy contribution, INSECURE for
 * production: a real deployment runs a multi-party phase 2) and `vkeyPath`.
 */
export async function groth16Setup(r1cs, ptau, zkeyPath, vkeyPath, log) {
    const initial = tempPathFor(join(dirname(zkeyPath), 'initial.zkey'));
    try {
        let done = log.step('groth16 phase 2: zkey new');
        await zkeyNew(r1cs, ptau, initial, log);
        done();
        done = log.step('groth16 phase 2: development contribution');
        await produceAtomically(zkeyPath, (tmp) => zkeyContribute(initial, tmp, 'wattproof development phase 2 (INSECURE)', randomBytes(64).toString('hex'), log).then(() => undefined));
        done();
    }
    finally {
        await rm(initial, { force: true });
    }
    const vkey = await zkeyExportVerificationKey(zkeyPath);
    await writeFileAtomic(vkeyPath, `${JSON.stringify(vkey, null, 2)}\n`);
}
//# sourceMappingURL=phase2.js.map