/**
 * Groth16 phase 2 for one circuit: a zkey from the r1cs and the ptau, one
 * development contribution, and the verification key.
 *
 * With a development ceremony whose secrets are cached (ptau.ts), the zkey is
 * computed directly from them (phase2-fast.ts: the same bytes snarkjs would
 * write, seconds instead of minutes); otherwise, or with
 * `WATTPROOF_DEV_PHASE2=snarkjs`, snarkjs's `zkey new` + `zkey contribute`.
 */
import { randomBytes } from 'node:crypto';
import { join, dirname } from 'node:path';
import { rm } from 'node:fs/promises';
import { produceAtomically, tempPathFor, writeFileAtomic } from './fs-util.js';
import type { BuildLog } from './log.js';
import { createFastDevZkey, DEV_PHASE2_CONTRIBUTION_NAME, readDevPtauSecrets } from './phase2-fast.js';
import type { PtauFile } from './ptau.js';
import { zkeyContribute, zkeyExportVerificationKey, zkeyNew } from './snark.js';

/** Which phase 2 a setup runs: `fast` needs a development ceremony with its secrets. */
export type Phase2Method = 'fast' | 'snarkjs';

/** The method groth16Setup picks for a ptau (the env variable forces snarkjs, e.g. for a baseline). */
export function phase2MethodFor(ptau: string | PtauFile): Phase2Method {
  if (process.env.WATTPROOF_DEV_PHASE2 === 'snarkjs') return 'snarkjs';
  return typeof ptau !== 'string' && ptau.source === 'development' && ptau.devSecrets !== undefined ? 'fast' : 'snarkjs';
}

/**
 * Write `zkeyPath` (phase 2 with one fresh-entropy contribution, INSECURE for
 * production: a real deployment runs a multi-party phase 2) and `vkeyPath`.
 * Resolves to the method used.
 */
export async function groth16Setup(r1cs: string, ptau: string | PtauFile, zkeyPath: string, vkeyPath: string, log: BuildLog): Promise<Phase2Method> {
  const method = phase2MethodFor(ptau);
  const ptauPath = typeof ptau === 'string' ? ptau : ptau.path;
  if (method === 'fast') {
    const secrets = await readDevPtauSecrets((ptau as PtauFile).devSecrets!);
    const done = log.step('groth16 phase 2: proving key from the development secrets');
    await produceAtomically(zkeyPath, (tmp) =>
      createFastDevZkey(r1cs, ptauPath, secrets, tmp, { kind: 'random', name: DEV_PHASE2_CONTRIBUTION_NAME }, (m) => log.info(m)).then(() => undefined),
    );
    done();
  } else {
    if (typeof ptau !== 'string' && ptau.source === 'development' && ptau.devSecrets === undefined && process.env.WATTPROOF_DEV_PHASE2 !== 'snarkjs') {
      log.info(
        `${ptau.path} was made without its secrets file (before the fast development phase 2), so this phase 2 takes snarkjs's slow path; delete it to have the next build make one that has it`,
      );
    }
    const initial = tempPathFor(join(dirname(zkeyPath), 'initial.zkey'));
    try {
      let done = log.step('groth16 phase 2: zkey new');
      await zkeyNew(r1cs, ptauPath, initial, log);
      done();
      done = log.step('groth16 phase 2: development contribution');
      await produceAtomically(zkeyPath, (tmp) =>
        zkeyContribute(initial, tmp, DEV_PHASE2_CONTRIBUTION_NAME, randomBytes(64).toString('hex'), log).then(() => undefined),
      );
      done();
    } finally {
      await rm(initial, { force: true });
    }
  }
  const vkey = await zkeyExportVerificationKey(zkeyPath);
  await writeFileAtomic(vkeyPath, `${JSON.stringify(vkey, null, 2)}\n`);
  return method;
}
