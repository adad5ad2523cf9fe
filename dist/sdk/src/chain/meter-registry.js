import { keyHash as computeKeyHash } from '../../../core/src/crypto/index.js';
import { MeterRegistry__factory } from '../../../typechain-types/index.js';
import { chainCall } from './errors.js';
import { send } from './tx.js';
/** `validUntil` of a key that is neither rotated nor revoked (uint40 max). */
export const OPEN_END = 2n ** 40n - 1n;
/** Client of one MeterRegistry deployment. Every call throws ChainError (ContractRevertError on a revert). */
export class MeterRegistryClient {
    /** The typechain contract, for calls this client does not wrap. */
    contract;
    constructor(address, runner) {
        this.contract = MeterRegistry__factory.connect(address, runner);
    }
    /** The registry's address. */
    get address() {
        return this.contract.target;
    }
    /**
     * Register a meter (metering authority). The key hash Poseidon2(x, y) is computed here.
     * @param m.firstPeriodStart - unix seconds where the meter's first billing period starts
     */
    async registerMeter(m) {
        const kh = await computeKeyHash(m.publicKey);
        return send(`registerMeter(${m.meterId})`, () => this.contract.registerMeter(m.meterId, kh, m.publicKey.x, m.publicKey.y, m.consumer, m.retailer, m.firstPeriodStart));
    }
    /** Replace a meter's key from `effectiveAt` on (metering authority). */
    async rotateKey(meterId, publicKey, effectiveAt) {
        const kh = await computeKeyHash(publicKey);
        return send(`rotateKey(${meterId})`, () => this.contract.rotateKey(meterId, kh, publicKey.x, publicKey.y, effectiveAt));
    }
    /** Stop the meter's current key from settling periods that end after `revokedAt` (metering authority). */
    revokeKey(meterId, revokedAt) {
        return send(`revokeKey(${meterId})`, () => this.contract.revokeKey(meterId, revokedAt));
    }
    /** Pause registry changes (pauser). */
    pause() {
        return send('MeterRegistry.pause', () => this.contract.pause());
    }
    /** Resume registry changes (pauser). */
    unpause() {
        return send('MeterRegistry.unpause', () => this.contract.unpause());
    }
    /** Grant a role (admin). */
    async grantRole(role, account) {
        const id = await chainCall(`read ${role}`, () => this.contract[role]());
        return send(`MeterRegistry.grantRole(${role})`, () => this.contract.grantRole(id, account));
    }
    /** Whether `account` holds `role`. */
    async hasRole(role, account) {
        return chainCall(`MeterRegistry.hasRole(${role})`, async () => this.contract.hasRole(await this.contract[role](), account));
    }
    /** Whether registry changes are paused. */
    paused() {
        return chainCall('MeterRegistry.paused', () => this.contract.paused());
    }
    /** The meter, or undefined if it is not registered. */
    async getMeter(meterId) {
        const m = await chainCall(`getMeter(${meterId})`, () => this.contract.getMeter(meterId));
        if (!m.exists)
            return undefined;
        return {
            meterId,
            consumer: m.consumer,
            retailer: m.retailer,
            keyHash: m.keyHash,
            nextPeriodStart: m.nextPeriodStart,
        };
    }
    /** The key's window, or undefined if no meter has this key. */
    async getKey(keyHash) {
        const k = await chainCall(`getKey(${keyHash})`, () => this.contract.getKey(keyHash));
        if (!k.exists)
            return undefined;
        return { keyHash, meterId: k.meterId, validFrom: k.validFrom, validUntil: k.validUntil };
    }
}
//# sourceMappingURL=meter-registry.js.map