/**
 * Typed client of the DisclosureKeys contract: the regulator's disclosure keys by epoch.
 * @packageDocumentation
 */
import type { ContractRunner, Signer } from 'ethers';
import { ChainError, ValidationError } from '../../../core/src/errors.js';
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

/** What {@link deployDisclosureKeys} needs. */
export interface DisclosureKeysDeployOptions {
  /** Granted REGULATOR_ROLE: schedules the next epochs. */
  regulator: string;
  /** The regulator's first disclosure key (epoch 0, in force from time 0). */
  key: CurvePoint;
  /** DEFAULT_ADMIN_ROLE; default the deploying account. */
  admin?: string;
}

/**
 * Deploys a DisclosureKeys registry with its first epoch. The point is checked on the curve before
 * anything is sent (a key nobody can decrypt to would stall every disclosed settlement).
 * @throws ValidationError when the key is not a BabyJubJub point; ChainError on a failed deployment
 */
export async function deployDisclosureKeys(signer: Signer, opts: DisclosureKeysDeployOptions): Promise<string> {
  if (!isCurvePoint(opts.key)) throw new ValidationError('key', 'is not a point of BabyJubJub');
  const keyHash = await disclosureKeyHash(opts.key);
  const admin = opts.admin ?? (await chainCall('deploy: signer address', () => signer.getAddress()));
  return chainCall('deploy DisclosureKeys', async () => {
    const c = await new DisclosureKeys__factory(signer).deploy(admin, opts.regulator, keyHash, opts.key.x, opts.key.y);
    await c.waitForDeployment();
    return c.getAddress();
  });
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
   * Every epoch with its point (from the `DisclosureKeySet` events, checked against the registry's
   * hashes), oldest first: what the regulator lists and what a wallet reads the key in force from.
   * @throws ChainError when an epoch has no event or its point does not hash to the registered hash
   */
  async epochs(): Promise<DisclosureKeyEpoch[]> {
    const count = Number(await chainCall('DisclosureKeys.epochCount', () => this.contract.epochCount()));
    const logs = await chainCall('DisclosureKeySet events', () => this.contract.queryFilter(this.contract.filters.DisclosureKeySet()));
    const out: DisclosureKeyEpoch[] = [];
    for (let i = 0; i < count; i++) {
      const stored = await chainCall(`DisclosureKeys.epochAt(${i})`, () => this.contract.epochAt(i));
      const ev = logs.filter((l) => Number(l.args.epoch) === i).at(-1);
      const key = ev === undefined ? undefined : { x: ev.args.x, y: ev.args.y };
      if (key === undefined || !isCurvePoint(key) || (await disclosureKeyHash(key)) !== stored.keyHash) {
        throw new ChainError(`DisclosureKeys ${this.contract.target}: epoch ${i} has no DisclosureKeySet event whose point hashes to its key hash`);
      }
      out.push({ epoch: i, keyHash: stored.keyHash, key, validFrom: stored.validFrom });
    }
    return out;
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
