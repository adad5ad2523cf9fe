/**
 * Typed client of the DisclosureKeys contract: the regulator's disclosure keys by epoch.
 * @packageDocumentation
 */
import type { ContractRunner } from 'ethers';
import { ChainError } from '../../../core/src/errors.js';
import { type CurvePoint, disclosureKeyHash, isCurvePoint } from '../../../core/src/crypto/disclosure.js';
import { DisclosureKeys__factory, type DisclosureKeys } from '../../../typechain-types/index.js';
import { chainCall } from './errors.js';
import { send, type TxResult } from './tx.js';

/** A disclosure key epoch with its point (from the `DisclosureKeySet` event). */
export interface DisclosureKeyEpoch {
  epoch: number;
  keyHash: bigint;
  key: CurvePoint;
  /** First period start it applies to (it lasts until the next epoch's). */
  validFrom: bigint;
}

/** Client of one DisclosureKeys deployment. Calls throw ChainError (ContractRevertError on a revert). */
export class DisclosureKeysClient {
  readonly contract: DisclosureKeys;

  constructor(address: string, runner: ContractRunner) {
    this.contract = DisclosureKeys__factory.connect(address, runner);
  }

  /** Schedules the next epoch (regulator): `key` discloses periods starting at or after `validFrom`. */
  async setKey(key: CurvePoint, validFrom: bigint): Promise<TxResult & { keyHash: bigint }> {
    const keyHash = await disclosureKeyHash(key);
    return { ...(await send(`setKey(${keyHash})`, () => this.contract.setKey(keyHash, key.x, key.y, validFrom))), keyHash };
  }

  /**
   * The key a period starting at `periodStart` must disclose to, with its point, checked: the point
   * must be on the curve and hash to the registered hash (a prover never encrypts to a key the
   * chain will not accept).
   */
  async keyAt(periodStart: bigint): Promise<DisclosureKeyEpoch> {
    const [keyHash, epoch] = await chainCall(`keyAt(${periodStart})`, () => this.contract.keyAt(periodStart));
    const logs = await chainCall(`DisclosureKeySet(${epoch}) events`, () => this.contract.queryFilter(this.contract.filters.DisclosureKeySet(epoch)));
    const ev = logs.at(-1);
    if (ev === undefined) throw new ChainError(`DisclosureKeys ${this.contract.target}: no DisclosureKeySet event for epoch ${epoch}`);
    const key = { x: ev.args.x, y: ev.args.y };
    if (!isCurvePoint(key) || (await disclosureKeyHash(key)) !== keyHash) {
      throw new ChainError(
        `DisclosureKeys ${this.contract.target}: epoch ${epoch}'s point does not hash to its registered key hash; refusing to encrypt to it`,
      );
    }
    return { epoch: Number(epoch), keyHash, key, validFrom: ev.args.validFrom };
  }
}
