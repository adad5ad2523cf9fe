/**
 * Typed client of the DisclosureKeys contract: the regulator's disclosure keys by epoch.
 * @packageDocumentation
 */
import type { ContractRunner, Signer } from 'ethers';
import { ChainError, ValidationError } from '../../../core/src/errors.js';
import { type CurvePoint, isCurvePoint, isDisclosureKeyPoint } from '../../../core/src/crypto/disclosure.js';
import { DisclosureKeys__factory, type DisclosureKeys } from '../../../typechain-types/index.js';
import { chainCall } from './errors.js';
import { send, type TxResult } from './tx.js';
import { connectContract } from './contracts.js';

/** A disclosure key epoch with its point (construction v3: proofs name it by `key.y`). */
export interface DisclosureKeyEpoch {
  epoch: number;
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

function checkKey(key: CurvePoint, field: string): void {
  if (!isCurvePoint(key)) throw new ValidationError(field, 'is not a point of BabyJubJub');
  if (!isDisclosureKeyPoint(key)) throw new ValidationError(field, 'has x = 0 (the identity or the point of order 2): it encrypts to nobody');
}

/**
 * Deploys a DisclosureKeys registry with its first epoch. The point is checked on the curve (with
 * x != 0) before anything is sent (a key nobody can decrypt to would stall every disclosed settlement;
 * the contract checks it too).
 * @throws ValidationError when the key is not a BabyJubJub point with x != 0; ChainError on a failed deployment
 */
export async function deployDisclosureKeys(signer: Signer, opts: DisclosureKeysDeployOptions): Promise<string> {
  checkKey(opts.key, 'key');
  const admin = opts.admin ?? (await chainCall('deploy: signer address', () => signer.getAddress()));
  return chainCall('deploy DisclosureKeys', async () => {
    const c = await new DisclosureKeys__factory(signer).deploy(admin, opts.regulator, opts.key.x, opts.key.y);
    await c.waitForDeployment();
    return c.getAddress();
  });
}

/** Client of one DisclosureKeys deployment. Calls throw ChainError (ContractRevertError on a revert). */
export class DisclosureKeysClient {
  readonly contract: DisclosureKeys;

  constructor(address: string, runner: ContractRunner) {
    this.contract = connectContract(DisclosureKeys__factory, address, runner);
  }

  /**
   * Schedules the next epoch (regulator): `key` discloses periods starting at or after `validFrom`.
   * @throws ValidationError when the key is not a BabyJubJub point with x != 0
   */
  async setKey(key: CurvePoint, validFrom: bigint): Promise<TxResult> {
    checkKey(key, 'key');
    return send(`setKey(y ${key.y})`, () => this.contract.setKey(key.x, key.y, validFrom));
  }

  /**
   * Every epoch with its point (stored in the registry), oldest first: what the regulator lists and
   * what a wallet reads the key in force from.
   * @throws ChainError when a stored point is not a curve point with x != 0 (the contract refuses those)
   */
  async epochs(): Promise<DisclosureKeyEpoch[]> {
    const count = Number(await chainCall('DisclosureKeys.epochCount', () => this.contract.epochCount()));
    const out: DisclosureKeyEpoch[] = [];
    for (let i = 0; i < count; i++) {
      const stored = await chainCall(`DisclosureKeys.epochAt(${i})`, () => this.contract.epochAt(i));
      out.push({ epoch: i, key: this.checked({ x: stored.x, y: stored.y }, i), validFrom: stored.validFrom });
    }
    return out;
  }

  /**
   * The key a period starting at `periodStart` must disclose to, with its point, checked on the curve
   * (a prover never encrypts to a key the chain will not accept).
   */
  async keyAt(periodStart: bigint): Promise<DisclosureKeyEpoch> {
    const [keyY, epoch] = await chainCall(`keyAt(${periodStart})`, () => this.contract.keyAt(periodStart));
    const stored = await chainCall(`DisclosureKeys.epochAt(${epoch})`, () => this.contract.epochAt(epoch));
    if (stored.y !== keyY) throw new ChainError(`DisclosureKeys ${this.contract.target}: epoch ${epoch}'s stored y differs from keyAt's`);
    return { epoch: Number(epoch), key: this.checked({ x: stored.x, y: stored.y }, Number(epoch)), validFrom: stored.validFrom };
  }

  private checked(key: CurvePoint, epoch: number): CurvePoint {
    if (!isDisclosureKeyPoint(key)) {
      throw new ChainError(`DisclosureKeys ${this.contract.target}: epoch ${epoch}'s point is not a BabyJubJub point with x != 0; refusing to encrypt to it`);
    }
    return key;
  }
}
