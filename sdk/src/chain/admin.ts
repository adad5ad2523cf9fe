/**
 * Pause and role helpers shared by the three contract clients (each contract is an OpenZeppelin
 * AccessControl + Pausable): written once here instead of once per client.
 * @packageDocumentation
 */
import type { BaseContract, ContractTransactionResponse } from 'ethers';
import { chainCall } from './errors.js';
import { send, type TxResult } from './tx.js';

/** What every wattproof contract exposes for pausing and roles (typechain contracts satisfy it). */
interface AdminContract {
  pause(): Promise<ContractTransactionResponse>;
  unpause(): Promise<ContractTransactionResponse>;
  paused(): Promise<boolean>;
  grantRole(role: string, account: string): Promise<ContractTransactionResponse>;
  revokeRole(role: string, account: string): Promise<ContractTransactionResponse>;
  hasRole(role: string, account: string): Promise<boolean>;
}

/**
 * Base of the contract clients: `pause`, `unpause`, `paused`, `grantRole`, `revokeRole`, `hasRole`,
 * with role names (`'PAUSER_ROLE'`, …) resolved to ids by the contract's own constant getters.
 */
export abstract class AdminClient<C extends BaseContract, Role extends string> {
  /** The typechain contract, for calls the client does not wrap. */
  readonly contract: C;

  protected constructor(
    contract: C,
    /** Contract name used in error messages, e.g. `MeterRegistry`. */
    protected readonly label: string,
  ) {
    this.contract = contract;
  }

  /** The contract's address. */
  get address(): string {
    return this.contract.target as string;
  }

  private get admin(): AdminContract {
    return this.contract as unknown as AdminContract;
  }

  /** The id of a role, read from the contract's constant getter of that name. */
  roleId(role: Role): Promise<string> {
    const getter = (this.contract as unknown as Record<string, () => Promise<string>>)[role];
    if (typeof getter !== 'function') throw new TypeError(`${this.label} has no role ${role}`);
    return chainCall(`${this.label}.${role}`, () => getter.call(this.contract));
  }

  /** Pause the contract (pauser); see contracts/README.md for what each pause stops. */
  pause(): Promise<TxResult> {
    return send(`${this.label}.pause`, () => this.admin.pause());
  }

  /** Resume (pauser). */
  unpause(): Promise<TxResult> {
    return send(`${this.label}.unpause`, () => this.admin.unpause());
  }

  /** Whether the contract is paused. */
  paused(): Promise<boolean> {
    return chainCall(`${this.label}.paused`, () => this.admin.paused());
  }

  /** Grant a role (admin). */
  async grantRole(role: Role, account: string): Promise<TxResult> {
    const id = await this.roleId(role);
    return send(`${this.label}.grantRole(${role})`, () => this.admin.grantRole(id, account));
  }

  /** Revoke a role (admin). */
  async revokeRole(role: Role, account: string): Promise<TxResult> {
    const id = await this.roleId(role);
    return send(`${this.label}.revokeRole(${role})`, () => this.admin.revokeRole(id, account));
  }

  /** Whether `account` holds `role`. */
  async hasRole(role: Role, account: string): Promise<boolean> {
    const id = await this.roleId(role);
    return chainCall(`${this.label}.hasRole(${role})`, () => this.admin.hasRole(id, account));
  }
}
