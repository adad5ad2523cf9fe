import { chainCall } from './errors.js';
import { send } from './tx.js';
/**
 * Base of the contract clients: `pause`, `unpause`, `paused`, `grantRole`, `revokeRole`, `hasRole`,
 * with role names (`'PAUSER_ROLE'`, …) resolved to ids by the contract's own constant getters.
 */
export class AdminClient {
    label;
    /** The typechain contract, for calls the client does not wrap. */
    contract;
    constructor(contract, 
    /** Contract name used in error messages, e.g. `MeterRegistry`. */
    label) {
        this.label = label;
        this.contract = contract;
    }
    /** The contract's address. */
    get address() {
        return this.contract.target;
    }
    get admin() {
        return this.contract;
    }
    /** The id of a role, read from the contract's constant getter of that name. */
    roleId(role) {
        const getter = this.contract[role];
        if (typeof getter !== 'function')
            throw new TypeError(`${this.label} has no role ${role}`);
        return chainCall(`${this.label}.${role}`, () => getter.call(this.contract));
    }
    /** Pause the contract (pauser); see contracts/README.md for what each pause stops. */
    pause() {
        return send(`${this.label}.pause`, () => this.admin.pause());
    }
    /** Resume (pauser). */
    unpause() {
        return send(`${this.label}.unpause`, () => this.admin.unpause());
    }
    /** Whether the contract is paused. */
    paused() {
        return chainCall(`${this.label}.paused`, () => this.admin.paused());
    }
    /** Grant a role (admin). */
    async grantRole(role, account) {
        const id = await this.roleId(role);
        return send(`${this.label}.grantRole(${role})`, () => this.admin.grantRole(id, account));
    }
    /** Revoke a role (admin). */
    async revokeRole(role, account) {
        const id = await this.roleId(role);
        return send(`${this.label}.revokeRole(${role})`, () => this.admin.revokeRole(id, account));
    }
    /** Whether `account` holds `role`. */
    async hasRole(role, account) {
        const id = await this.roleId(role);
        return chainCall(`${this.label}.hasRole(${role})`, () => this.admin.hasRole(id, account));
    }
}
//# sourceMappingURL=admin.js.map