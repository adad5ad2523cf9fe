/**
 * Start a browser prover worker. Bundlers (Vite, webpack 5, esbuild with a worker plugin)
 * recognise this `new Worker(new URL(...), { type: 'module' })` form and bundle the worker;
 * pass your own Worker to {@link wrapWebWorker} when your setup serves it elsewhere.
 */
export function startBrowserWorker() {
    return wrapWebWorker(new Worker(new URL('./browser-worker.js', import.meta.url), { type: 'module' }));
}
/** Adapts a started Web Worker running browser-worker.js to the host protocol. */
export function wrapWebWorker(worker) {
    return {
        post: (req, transfer) => worker.postMessage(req, transfer),
        listen(onMessage, onFailure) {
            worker.addEventListener('message', (e) => onMessage(e.data));
            worker.addEventListener('error', (e) => {
                e.preventDefault();
                onFailure(new Error(e.message || 'the worker failed to start or crashed'));
            });
            worker.addEventListener('messageerror', () => onFailure(new Error('a worker message could not be deserialized')));
        },
        terminate: () => worker.terminate(),
    };
}
//# sourceMappingURL=browser-host.js.map