import { TariffRegistry__factory } from '../../../typechain-types/index.js';
import { chainCall } from './errors.js';
import { send } from './tx.js';
const STATUS = { 1: 'pending', 2: 'approved', 3: 'rejected' };
/** Client of one TariffRegistry deployment. Every call throws ChainError (ContractRevertError on a revert). */
export class TariffRegistryClient {
    /** The typechain contract, for calls this client does not wrap. */
    contract;
    constructor(address, runner) {
        this.contract = TariffRegistry__factory.connect(address, runner);
    }
    /** The registry's address. */
    get address() {
        return this.contract.target;
    }
    /** Register a tariff commitment valid for periods inside [validFrom, validUntil] (retailer). */
    registerTariff(commitment, validFrom, validUntil) {
        return send(`registerTariff(${commitment})`, () => this.contract.registerTariff(commitment, validFrom, validUntil));
    }
    /** Approve a pending tariff (regulator). */
    approveTariff(commitment) {
        return send(`approveTariff(${commitment})`, () => this.contract.approveTariff(commitment));
    }
    /** Reject a pending tariff or withdraw an approval (regulator). */
    rejectTariff(commitment, reason) {
        return send(`rejectTariff(${commitment})`, () => this.contract.rejectTariff(commitment, reason));
    }
    /** Offer an approved tariff to one of the caller's meters (the meter's retailer). */
    offerTariff(meterId, commitment) {
        return send(`offerTariff(${meterId})`, () => this.contract.offerTariff(meterId, commitment));
    }
    /** Accept the tariff offered to the caller's meter (the meter's consumer). */
    acceptTariff(meterId, commitment) {
        return send(`acceptTariff(${meterId})`, () => this.contract.acceptTariff(meterId, commitment));
    }
    /** Pause registry changes (pauser). */
    pause() {
        return send('TariffRegistry.pause', () => this.contract.pause());
    }
    /** Resume registry changes (pauser). */
    unpause() {
        return send('TariffRegistry.unpause', () => this.contract.unpause());
    }
    /** Grant a role (admin). */
    async grantRole(role, account) {
        const id = await chainCall(`read ${role}`, () => this.contract[role]());
        return send(`TariffRegistry.grantRole(${role})`, () => this.contract.grantRole(id, account));
    }
    /** Whether `account` holds `role`. */
    async hasRole(role, account) {
        return chainCall(`TariffRegistry.hasRole(${role})`, async () => this.contract.hasRole(await this.contract[role](), account));
    }
    /** Whether registry changes are paused. */
    paused() {
        return chainCall('TariffRegistry.paused', () => this.contract.paused());
    }
    /** The tariff, or undefined if the commitment is not registered. */
    async getTariff(commitment) {
        const t = await chainCall(`getTariff(${commitment})`, () => this.contract.getTariff(commitment));
        const status = STATUS[Number(t.status)];
        if (status === undefined)
            return undefined;
        return { commitment, retailer: t.retailer, validFrom: t.validFrom, validUntil: t.validUntil, status };
    }
    /** The commitment currently offered to a meter, or undefined. */
    async offeredTariff(meterId) {
        const c = await chainCall(`offeredTariff(${meterId})`, () => this.contract.offeredTariff(meterId));
        return c === 0n ? undefined : c;
    }
    /** The commitment the meter's consumer accepted, or undefined. */
    async acceptedTariff(meterId) {
        const c = await chainCall(`acceptedTariff(${meterId})`, () => this.contract.acceptedTariff(meterId));
        return c === 0n ? undefined : c;
    }
}
//# sourceMappingURL=tariff-registry.js.map