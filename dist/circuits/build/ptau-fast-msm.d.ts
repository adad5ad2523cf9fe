/** Which group; G1 points are 64 bytes affine, G2 128. */
export type GroupName = 'G1' | 'G2';
/** Affine point size in ffjavascript's Montgomery ("LEM") layout. */
export declare const AFFINE_BYTES: Record<GroupName, number>;
/**
 * Window width minimising table building plus per-point additions:
 * ceil(254/w) · (2^w + points per worker), bounded to keep tables ≤ ~128 MB.
 */
export declare function chooseWindow(pointsPerWorker: number): number;
/** A pool of worker threads multiplying the G1 and G2 generators by scalars. */
export declare class FixedBaseMultiplier {
    private readonly workers;
    private readonly idle;
    private readonly queue;
    private readonly pending;
    private readonly busy;
    private nextId;
    private failure;
    private constructor();
    /**
     * Start the pool.
     * @param wasmCode - ffjavascript's bn128 wasm module bytes (`tm.code` of a single-thread curve)
     * @param bases - the G1 and G2 base points, affine Montgomery bytes
     * @param expectedPoints - how many products of each group will be asked for (sizes the tables)
     */
    static start(wasmCode: Uint8Array, bases: Record<GroupName, Uint8Array>, expectedPoints: Record<GroupName, number>, threads?: number): Promise<FixedBaseMultiplier>;
    /**
     * `scalars[i] · base` for each 32-byte little-endian (standard form,
     * not Montgomery) scalar; returns the affine points, Montgomery form,
     * in ffjavascript's layout (`G.toRprLEM`).
     */
    mul(group: GroupName, scalars: Uint8Array): Promise<Uint8Array>;
    /** Stop the worker threads (their wasm memory, which held scalars, goes with them). */
    close(): Promise<void>;
    private submit;
    private dispatch;
    private onMessage;
    private fail;
}
