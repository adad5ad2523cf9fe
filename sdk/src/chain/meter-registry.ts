/**
 * Typed client of the MeterRegistry contract (the metering authority's side).
 * @packageDocumentation
 */
import type { ContractRunner } from 'ethers';
import { keyHash as computeKeyHash, type MeterPublicKey } from '../../../core/src/crypto/index.js';
import { MeterRegistry__factory, type MeterRegistry } from '../../../typechain-types/index.js';
import { AdminClient } from './admin.js';
import { chainCall } from './errors.js';
import { send, type TxResult } from './tx.js';
import { connectContract } from './contracts.js';

/** `validUntil` of a key that is neither rotated nor revoked (uint40 max). */
export const OPEN_END = 2n ** 40n - 1n;

/** A registered meter. */
export interface MeterInfo {
  meterId: bigint;
  consumer: string;
  retailer: string;
  /** Hash of the current key. */
  keyHash: bigint;
  /** Where the next settled period must start (unix seconds): the billing cursor. */
  nextPeriodStart: bigint;
  /** End of the last period settled by proof (0 before the first); a repair never moves the cursor below it. */
  billedUntil: bigint;
}

/** A meter key's validity window: it signs periods [start, end) with validFrom <= start, end <= validUntil. */
export interface KeyInfo {
  keyHash: bigint;
  meterId: bigint;
  validFrom: bigint;
  /** {@link OPEN_END} while the key is neither rotated nor revoked. */
  validUntil: bigint;
}

/** Roles of the MeterRegistry. */
export type MeterRegistryRole = 'DEFAULT_ADMIN_ROLE' | 'METERING_AUTHORITY_ROLE' | 'PAUSER_ROLE' | 'SETTLEMENT_ROLE';

/** Client of one MeterRegistry deployment. Every call throws ChainError (ContractRevertError on a revert). */
export class MeterRegistryClient extends AdminClient<MeterRegistry, MeterRegistryRole> {
  constructor(address: string, runner: ContractRunner) {
    super(connectContract(MeterRegistry__factory, address, runner), 'MeterRegistry');
  }

  /**
   * Register a meter (metering authority). The key hash Poseidon2(x, y) is computed here.
   * @param m.firstPeriodStart - unix seconds where the meter's first billing period starts
   */
  async registerMeter(m: { meterId: bigint; publicKey: MeterPublicKey; consumer: string; retailer: string; firstPeriodStart: bigint }): Promise<TxResult> {
    const kh = await computeKeyHash(m.publicKey);
    return send(`registerMeter(${m.meterId})`, () =>
      this.contract.registerMeter(m.meterId, kh, m.publicKey.x, m.publicKey.y, m.consumer, m.retailer, m.firstPeriodStart),
    );
  }

  /**
   * Replace a meter's key (metering authority): the old key stops at `effectiveAt`; the new one is
   * valid from min(effectiveAt, the meter's billing cursor), so no unsettled instant is left uncovered.
   */
  async rotateKey(meterId: bigint, publicKey: MeterPublicKey, effectiveAt: bigint): Promise<TxResult> {
    const kh = await computeKeyHash(publicKey);
    return send(`rotateKey(${meterId})`, () => this.contract.rotateKey(meterId, kh, publicKey.x, publicKey.y, effectiveAt));
  }

  /**
   * Stop the meter's current key from settling periods that end after `revokedAt` (metering
   * authority; works while the registry is paused).
   */
  revokeKey(meterId: bigint, revokedAt: bigint): Promise<TxResult> {
    return send(`revokeKey(${meterId})`, () => this.contract.revokeKey(meterId, revokedAt));
  }

  /**
   * The repair path (metering authority): move a meter's billing cursor to `newStart`, never below
   * the end of its last period settled by proof. Emits `CursorRepaired` with `reason`.
   */
  repairCursor(meterId: bigint, newStart: bigint, reason: string): Promise<TxResult> {
    return send(`repairCursor(${meterId})`, () => this.contract.repairCursor(meterId, newStart, reason));
  }

  /** The meter, or undefined if it is not registered. */
  async getMeter(meterId: bigint): Promise<MeterInfo | undefined> {
    const m = await chainCall(`getMeter(${meterId})`, () => this.contract.getMeter(meterId));
    if (!m.exists) return undefined;
    return {
      meterId,
      consumer: m.consumer,
      retailer: m.retailer,
      keyHash: m.keyHash,
      nextPeriodStart: m.nextPeriodStart,
      billedUntil: m.billedUntil,
    };
  }

  /** The key's window, or undefined if no meter has this key. */
  async getKey(keyHash: bigint): Promise<KeyInfo | undefined> {
    const k = await chainCall(`getKey(${keyHash})`, () => this.contract.getKey(keyHash));
    if (!k.exists) return undefined;
    return { keyHash, meterId: k.meterId, validFrom: k.validFrom, validUntil: k.validUntil };
  }
}
