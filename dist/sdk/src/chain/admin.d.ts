/**
 * Pause and role helpers shared by the three contract clients (each contract is an OpenZeppelin
 * AccessControl + Pausable): written once here instead of once per client.
 * @packageDocumentation
 */
import type { BaseContract } from 'ethers';
import { type TxResult } from './tx.js';
/**
 * Base of the contract clients: `pause`, `unpause`, `paused`, `grantRole`, `revokeRole`, `hasRole`,
 * with role names (`'PAUSER_ROLE'`, …) resolved to ids by the contract's own constant getters.
 */
export declare abstract class AdminClient<C extends BaseContract, Role extends string> {
    /** Contract name used in error messages, e.g. `MeterRegistry`. */
    protected readonly label: string;
    /** The typechain contract, for calls the client does not wrap. */
    readonly contract: C;
    protected constructor(contract: C, 
    /** Contract name used in error messages, e.g. `MeterRegistry`. */
    label: string);
    /** The contract's address. */
    get address(): string;
    private get admin();
    /** The id of a role, read from the contract's constant getter of that name. */
    roleId(role: Role): Promise<string>;
    /** Pause the contract (pauser); see contracts/README.md for what each pause stops. */
    pause(): Promise<TxResult>;
    /** Resume (pauser). */
    unpause(): Promise<TxResult>;
    /** Whether the contract is paused. */
    paused(): Promise<boolean>;
    /** Grant a role (admin). */
    grantRole(role: Role, account: string): Promise<TxResult>;
    /** Revoke a role (admin). */
    revokeRole(role: Role, account: string): Promise<TxResult>;
    /** Whether `account` holds `role`. */
    hasRole(role: Role, account: string): Promise<boolean>;
}
