/**
 * Typed client of the TariffRegistry contract (retailer, regulator and consumer sides).
 * Tariffs are registered under their retailer: a record is keyed by (retailer, commitment).
 * @packageDocumentation
 */
import { getAddress, type ContractRunner } from 'ethers';
import { TariffRegistry__factory, type TariffRegistry } from '../../../typechain-types/index.js';
import { ChainError, ValidationError } from '../../../core/src/errors.js';
import { AdminClient } from './admin.js';
import { chainCall } from './errors.js';
import { send, type TxResult } from './tx.js';
import { connectContract } from './contracts.js';

/** Approval state of a tariff commitment. */
export type TariffStatus = 'pending' | 'approved' | 'rejected';

const STATUS: Record<number, TariffStatus | undefined> = { 1: 'pending', 2: 'approved', 3: 'rejected' };

const DAY = 86400n;
/** Largest absolute time-zone offset a tariff may declare (bill spec section 4). */
export const MAX_TZ_OFFSET = 50400;

/** A registered tariff commitment. */
export interface TariffInfo {
  commitment: bigint;
  /** The retailer that registered it (part of the record's key). */
  retailer: string;
  /** Earliest period start it may settle (unix seconds). */
  validFrom: bigint;
  /** Latest period end it may settle (unix seconds). */
  validUntil: bigint;
  /** The time-zone offset the retailer declared (seconds east of UTC); on a daylight-saving clock the one in force at validFrom. */
  tzOffsetSeconds: number;
  /** A daylight-saving clock's other offset (registerZonedTariff); `tzOffsetSeconds` otherwise. */
  altTzOffsetSeconds: number;
  status: TariffStatus;
  /** Largest share of non-actual intervals (per mille of a period's intervals) a period may have; 1000 = any. */
  maxNonActualPerMille: number;
}

/** Where a public tariff's document is and the keccak256 of its bytes (a `TariffPublished` event). */
export interface TariffPublication {
  commitment: bigint;
  retailer: string;
  uri: string;
  /** keccak256 of the document's bytes, 0x-prefixed hex. */
  documentHash: string;
  blockNumber: number;
  txHash: string;
}

/** Roles of the TariffRegistry. */
export type TariffRegistryRole = 'DEFAULT_ADMIN_ROLE' | 'RETAILER_ROLE' | 'REGULATOR_ROLE' | 'PAUSER_ROLE';

/**
 * The offset in [-50400, 50400] at which unix time `t` is a local midnight (one of them when two
 * are: the registry compares offsets modulo a day).
 */
export function midnightOffsetOf(t: bigint): number {
  const r = Number(((-t % DAY) + DAY) % DAY);
  return r > MAX_TZ_OFFSET ? r - Number(DAY) : r;
}

/** Client of one TariffRegistry deployment. Every call throws ChainError (ContractRevertError on a revert). */
export class TariffRegistryClient extends AdminClient<TariffRegistry, TariffRegistryRole> {
  constructor(address: string, runner: ContractRunner) {
    super(connectContract(TariffRegistry__factory, address, runner), 'TariffRegistry');
  }

  /**
   * Register a tariff commitment under the caller (retailer), valid for periods inside
   * [validFrom, validUntil].
   * @param tzOffsetSeconds - the tariff document's time-zone offset; default: the offset at which
   *   `validFrom` is a local midnight (tariffs normally start at one)
   * @param altTzOffsetSeconds - a daylight-saving clock's other offset (then `tzOffsetSeconds` is the one in
   *   force at validFrom): sent as `registerZonedTariff`, so the tariff can be offered in either season
   */
  registerTariff(commitment: bigint, validFrom: bigint, validUntil: bigint, tzOffsetSeconds?: number, altTzOffsetSeconds?: number): Promise<TxResult> {
    const tz = tzOffsetSeconds ?? midnightOffsetOf(validFrom);
    if (altTzOffsetSeconds !== undefined && altTzOffsetSeconds !== tz) {
      return send(`registerZonedTariff(${commitment})`, () => this.contract.registerZonedTariff(commitment, validFrom, validUntil, tz, altTzOffsetSeconds));
    }
    return send(`registerTariff(${commitment})`, () => this.contract.registerTariff(commitment, validFrom, validUntil, tz));
  }

  /**
   * Limit the share of non-actual intervals (estimated, substituted, filled) of a period settled under
   * the caller's pending tariff, in per mille of the period's intervals (0 = actual reads only,
   * 1000 = any, the default). The regulator's approval covers it.
   */
  async setNonActualLimit(commitment: bigint, maxNonActualPerMille: number): Promise<TxResult> {
    if (!Number.isInteger(maxNonActualPerMille) || maxNonActualPerMille < 0 || maxNonActualPerMille > 1000) {
      throw new ValidationError('maxNonActualPerMille', `must be a whole number of per mille in 0..1000, got ${maxNonActualPerMille}`);
    }
    return send(`setNonActualLimit(${commitment})`, () => this.contract.setNonActualLimit(commitment, maxNonActualPerMille));
  }

  /**
   * Approve a retailer's pending tariff (regulator).
   * @param retailer - who registered it; default: the only retailer that did (see {@link retailerOf})
   */
  async approveTariff(commitment: bigint, retailer?: string): Promise<TxResult> {
    const r = retailer ?? (await this.retailerOf(commitment));
    return send(`approveTariff(${commitment})`, () => this.contract.approveTariff(r, commitment));
  }

  /**
   * Reject a retailer's tariff or withdraw its approval (regulator; works while paused).
   * @param retailer - who registered it; default: the only retailer that did
   */
  async rejectTariff(commitment: bigint, reason: string, retailer?: string): Promise<TxResult> {
    const r = retailer ?? (await this.retailerOf(commitment));
    return send(`rejectTariff(${commitment})`, () => this.contract.rejectTariff(r, commitment, reason));
  }

  /**
   * Make one of the caller's registered tariffs public (retailer): its document, salt included, is at
   * `uri` and its bytes hash (keccak256) to `documentHash`. Final.
   */
  publishTariff(commitment: bigint, uri: string, documentHash: string): Promise<TxResult> {
    return send(`publishTariff(${commitment})`, () => this.contract.publishTariff(commitment, uri, documentHash));
  }

  /**
   * The publication of a retailer's tariff, or undefined while the tariff is private. The hash is read
   * from the registry's state; the URI from its `TariffPublished` event.
   */
  async publication(commitment: bigint, retailer: string): Promise<TariffPublication | undefined> {
    const hash = await chainCall(`publishedTariff(${commitment})`, () => this.contract.publishedTariff(retailer, commitment));
    if (BigInt(hash) === 0n) return undefined;
    const logs = await chainCall(`TariffPublished(${commitment}) events`, () =>
      this.contract.queryFilter(this.contract.filters.TariffPublished(commitment, retailer)),
    );
    const log = logs.find((l) => l.args.documentHash === hash);
    if (log === undefined) {
      throw new ChainError(
        `TariffRegistry ${this.address} holds a document hash for tariff ${commitment} of ${retailer} but no TariffPublished event names it`,
      );
    }
    return {
      commitment,
      retailer: getAddress(retailer),
      uri: log.args.uri,
      documentHash: hash,
      blockNumber: log.blockNumber,
      txHash: log.transactionHash,
    };
  }

  /** Offer one of the caller's approved tariffs to one of its meters (the meter's retailer). */
  offerTariff(meterId: bigint, commitment: bigint): Promise<TxResult> {
    return send(`offerTariff(${meterId})`, () => this.contract.offerTariff(meterId, commitment));
  }

  /** Accept the tariff offered to the caller's meter (the meter's consumer). */
  acceptTariff(meterId: bigint, commitment: bigint): Promise<TxResult> {
    return send(`acceptTariff(${meterId})`, () => this.contract.acceptTariff(meterId, commitment));
  }

  /** Every retailer that registered `commitment`, in registration order (from TariffRegistered events). */
  async registrantsOf(commitment: bigint): Promise<string[]> {
    const logs = await chainCall(`TariffRegistered(${commitment}) events`, () => this.contract.queryFilter(this.contract.filters.TariffRegistered(commitment)));
    return [...new Set(logs.map((l) => getAddress(l.args.retailer)))];
  }

  /**
   * The retailer that registered `commitment` when exactly one did.
   * @throws ValidationError when none or several did (then name the retailer)
   */
  async retailerOf(commitment: bigint): Promise<string> {
    const all = await this.registrantsOf(commitment);
    if (all.length === 1) return all[0]!;
    throw new ValidationError(
      'retailer',
      all.length === 0
        ? `no retailer registered tariff ${commitment}`
        : `tariff ${commitment} is registered by ${all.length} retailers (${all.join(', ')}): name the retailer`,
    );
  }

  /**
   * The tariff record, or undefined if the commitment is not registered (by `retailer`).
   * @param retailer - who registered it; default: the only retailer that did (undefined when none did)
   */
  async getTariff(commitment: bigint, retailer?: string): Promise<TariffInfo | undefined> {
    let r = retailer;
    if (r === undefined) {
      const all = await this.registrantsOf(commitment);
      if (all.length === 0) return undefined;
      r = await this.retailerOf(commitment);
    }
    const who = r;
    const t = await chainCall(`getTariff(${commitment})`, () => this.contract.getTariff(who, commitment));
    const status = STATUS[Number(t.status)];
    if (status === undefined) return undefined;
    return {
      commitment,
      retailer: getAddress(who),
      validFrom: t.validFrom,
      validUntil: t.validUntil,
      tzOffsetSeconds: Number(t.tzOffsetSeconds),
      altTzOffsetSeconds: Number(t.altTzOffsetSeconds),
      status,
      maxNonActualPerMille: Number(t.maxNonActualPerMille),
    };
  }

  /** The commitment currently offered to a meter (the meter's retailer's), or undefined. */
  async offeredTariff(meterId: bigint): Promise<bigint | undefined> {
    const c = await chainCall(`offeredTariff(${meterId})`, () => this.contract.offeredTariff(meterId));
    return c === 0n ? undefined : c;
  }

  /** The commitment the meter's consumer accepted (the meter's retailer's), or undefined. */
  async acceptedTariff(meterId: bigint): Promise<bigint | undefined> {
    const c = await chainCall(`acceptedTariff(${meterId})`, () => this.contract.acceptedTariff(meterId));
    return c === 0n ? undefined : c;
  }
}
