import { Meter } from './meter.js';
/** The metering authority's facade (the connection's account must hold METERING_AUTHORITY_ROLE). */
export class MeteringAuthority {
    conn;
    constructor(conn) {
        this.conn = conn;
    }
    /** Registers a meter with its key, consumer, retailer and first billing instant. */
    async registerMeter(r) {
        const m = r.meter;
        const [meterId, publicKey] = m instanceof Meter ? [m.meterId, await m.publicKey()] : [m.meterId, m.publicKey];
        return this.conn.meters.registerMeter({
            meterId,
            publicKey,
            consumer: r.consumer,
            retailer: r.retailer,
            firstPeriodStart: BigInt(r.firstPeriodStart),
        });
    }
    /** Replaces a meter's key from `effectiveAt` (unix seconds) on. */
    async rotateKey(meterId, next, effectiveAt) {
        const pub = next instanceof Meter ? await next.publicKey() : next;
        return this.conn.meters.rotateKey(meterId, pub, BigInt(effectiveAt));
    }
    /** Revokes a meter's key: periods ending after `revokedAt` can no longer settle with it. */
    revokeKey(meterId, revokedAt) {
        return this.conn.meters.revokeKey(meterId, BigInt(revokedAt));
    }
    /** The registered meter, or undefined. */
    meter(meterId) {
        return this.conn.meters.getMeter(meterId);
    }
}
//# sourceMappingURL=authority.js.map