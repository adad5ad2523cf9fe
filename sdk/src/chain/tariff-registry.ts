/**
 * Typed client of the TariffRegistry contract (retailer, regulator and consumer sides).
 * @packageDocumentation
 */
import type { ContractRunner } from 'ethers';
import { TariffRegistry__factory, type TariffRegistry } from '../../../typechain-types/index.js';
import { chainCall } from './errors.js';
import { send, type TxResult } from './tx.js';

/** Approval state of a tariff commitment. */
export type TariffStatus = 'pending' | 'approved' | 'rejected';

const STATUS: Record<number, TariffStatus | undefined> = { 1: 'pending', 2: 'approved', 3: 'rejected' };

/** A registered tariff commitment. */
export interface TariffInfo {
  commitment: bigint;
  retailer: string;
  /** Earliest period start it may settle (unix seconds). */
  validFrom: bigint;
  /** Latest period end it may settle (unix seconds). */
  validUntil: bigint;
  status: TariffStatus;
}

/** Roles of the TariffRegistry. */
export type TariffRegistryRole = 'DEFAULT_ADMIN_ROLE' | 'RETAILER_ROLE' | 'REGULATOR_ROLE' | 'PAUSER_ROLE';

/** Client of one TariffRegistry deployment. Every call throws ChainError (ContractRevertError on a revert). */
export class TariffRegistryClient {
  /** The typechain contract, for calls this client does not wrap. */
  readonly contract: TariffRegistry;

  constructor(address: string, runner: ContractRunner) {
    this.contract = TariffRegistry__factory.connect(address, runner);
  }

  /** The registry's address. */
  get address(): string {
    return this.contract.target as string;
  }

  /** Register a tariff commitment valid for periods inside [validFrom, validUntil] (retailer). */
  registerTariff(commitment: bigint, validFrom: bigint, validUntil: bigint): Promise<TxResult> {
    return send(`registerTariff(${commitment})`, () => this.contract.registerTariff(commitment, validFrom, validUntil));
  }

  /** Approve a pending tariff (regulator). */
  approveTariff(commitment: bigint): Promise<TxResult> {
    return send(`approveTariff(${commitment})`, () => this.contract.approveTariff(commitment));
  }

  /** Reject a pending tariff or withdraw an approval (regulator). */
  rejectTariff(commitment: bigint, reason: string): Promise<TxResult> {
    return send(`rejectTariff(${commitment})`, () => this.contract.rejectTariff(commitment, reason));
  }

  /** Offer an approved tariff to one of the caller's meters (the meter's retailer). */
  offerTariff(meterId: bigint, commitment: bigint): Promise<TxResult> {
    return send(`offerTariff(${meterId})`, () => this.contract.offerTariff(meterId, commitment));
  }

  /** Accept the tariff offered to the caller's meter (the meter's consumer). */
  acceptTariff(meterId: bigint, commitment: bigint): Promise<TxResult> {
    return send(`acceptTariff(${meterId})`, () => this.contract.acceptTariff(meterId, commitment));
  }

  /** Pause registry changes (pauser). */
  pause(): Promise<TxResult> {
    return send('TariffRegistry.pause', () => this.contract.pause());
  }

  /** Resume registry changes (pauser). */
  unpause(): Promise<TxResult> {
    return send('TariffRegistry.unpause', () => this.contract.unpause());
  }

  /** Grant a role (admin). */
  async grantRole(role: TariffRegistryRole, account: string): Promise<TxResult> {
    const id = await chainCall(`read ${role}`, () => this.contract[role]());
    return send(`TariffRegistry.grantRole(${role})`, () => this.contract.grantRole(id, account));
  }

  /** Whether `account` holds `role`. */
  async hasRole(role: TariffRegistryRole, account: string): Promise<boolean> {
    return chainCall(`TariffRegistry.hasRole(${role})`, async () => this.contract.hasRole(await this.contract[role](), account));
  }

  /** Whether registry changes are paused. */
  paused(): Promise<boolean> {
    return chainCall('TariffRegistry.paused', () => this.contract.paused());
  }

  /** The tariff, or undefined if the commitment is not registered. */
  async getTariff(commitment: bigint): Promise<TariffInfo | undefined> {
    const t = await chainCall(`getTariff(${commitment})`, () => this.contract.getTariff(commitment));
    const status = STATUS[Number(t.status)];
    if (status === undefined) return undefined;
    return { commitment, retailer: t.retailer, validFrom: t.validFrom, validUntil: t.validUntil, status };
  }

  /** The commitment currently offered to a meter, or undefined. */
  async offeredTariff(meterId: bigint): Promise<bigint | undefined> {
    const c = await chainCall(`offeredTariff(${meterId})`, () => this.contract.offeredTariff(meterId));
    return c === 0n ? undefined : c;
  }

  /** The commitment the meter's consumer accepted, or undefined. */
  async acceptedTariff(meterId: bigint): Promise<bigint | undefined> {
    const c = await chainCall(`acceptedTariff(${meterId})`, () => this.contract.acceptedTariff(meterId));
    return c === 0n ? undefined : c;
  }
}
