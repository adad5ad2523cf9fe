// A TCP proxy between a JSON-RPC client and its node that injects the faults a real link has: the
// connection cut (every open socket destroyed, new ones refused for a while), answers delayed, and the
// proxy itself restarted (its listening socket closed and opened again on the same port). Loopback
// only; the load bench and its test drive it.
import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** One kind of injected fault. */
export type FaultKind = 'cut' | 'delay' | 'restart';

/** A fault that was injected, for the report. */
export interface InjectedFault {
  kind: FaultKind;
  at: number;
  ms: number;
}

/** The proxy: `url` is what the client connects to. */
export class FaultProxy {
  readonly faults: InjectedFault[] = [];
  #server: Server | undefined;
  readonly #sockets = new Set<Socket>();
  #refuseUntil = 0;
  #delayUntil = 0;
  #delayMs = 0;
  #port = 0;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  private constructor(
    readonly targetHost: string,
    readonly targetPort: number,
  ) {}

  /** Starts a proxy on 127.0.0.1 (random port) in front of `target` (`http://127.0.0.1:8545`). */
  static async start(target: string): Promise<FaultProxy> {
    const u = new URL(target);
    const proxy = new FaultProxy(u.hostname, Number(u.port));
    await proxy.#listen();
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  async #listen(): Promise<void> {
    const server = createServer((client) => this.#accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#port, '127.0.0.1', () => resolve());
    });
    this.#port = (server.address() as { port: number }).port;
    this.#server = server;
  }

  #accept(client: Socket): void {
    if (Date.now() < this.#refuseUntil) {
      client.destroy();
      return;
    }
    const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
    this.#sockets.add(client);
    this.#sockets.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.#sockets.delete(client);
      this.#sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.on('data', (d) => upstream.write(d));
    // Answers are held back while a delay fault is on: the request reached the node, the answer is late.
    // Chunks keep their order: none is delivered before the one that came before it.
    let lastAt = 0;
    upstream.on('data', (d) => {
      const now = Date.now();
      const at = Math.max(now + (now < this.#delayUntil ? this.#delayMs : 0), lastAt);
      lastAt = at;
      if (at <= now) client.write(d);
      else setTimeout(() => client.writable && client.write(d), at - now);
    });
  }

  /** Destroys every open connection and refuses new ones for `ms`. */
  cut(ms: number): void {
    this.faults.push({ kind: 'cut', at: Date.now(), ms });
    this.#refuseUntil = Date.now() + ms;
    for (const s of this.#sockets) s.destroy();
    this.#sockets.clear();
  }

  /** Delays every answer by `ms` for the next `forMs`. */
  delay(ms: number, forMs: number): void {
    this.faults.push({ kind: 'delay', at: Date.now(), ms });
    this.#delayMs = ms;
    this.#delayUntil = Date.now() + forMs;
  }

  /** Closes the listening socket and every connection, and listens again on the same port after `ms`. */
  async restart(ms: number): Promise<void> {
    this.faults.push({ kind: 'restart', at: Date.now(), ms });
    const server = this.#server;
    this.#server = undefined;
    for (const s of this.#sockets) s.destroy();
    this.#sockets.clear();
    if (server !== undefined) await new Promise<void>((r) => server.close(() => r()));
    await new Promise((r) => setTimeout(r, ms));
    if (!this.#stopped) await this.#listen();
  }

  /**
   * Injects a random fault every `meanMs` on average (uniform in [meanMs/2, 3 meanMs/2]) until
   * {@link stopFaults}, from a seeded generator so that a run can be repeated.
   */
  startFaults(meanMs: number, seed = 1): void {
    let state = seed >>> 0 || 1;
    const rand = () => {
      // xorshift32: small, seeded, good enough to pick faults.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) / 0x1_0000_0000;
    };
    const next = () => {
      this.#timer = setTimeout(
        () => {
          const r = rand();
          const run =
            r < 0.4
              ? Promise.resolve(this.cut(100 + Math.floor(rand() * 600)))
              : r < 0.7
                ? Promise.resolve(this.delay(200 + Math.floor(rand() * 1500), 1000))
                : this.restart(100 + Math.floor(rand() * 500));
          void run.then(() => {
            if (this.#timer !== undefined) next();
          });
        },
        meanMs / 2 + rand() * meanMs,
      );
    };
    next();
  }

  /** Stops injecting faults (the link is healthy afterwards). */
  stopFaults(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#refuseUntil = 0;
    this.#delayUntil = 0;
  }

  /** Stops the proxy. */
  async close(): Promise<void> {
    this.#stopped = true;
    this.stopFaults();
    for (const s of this.#sockets) s.destroy();
    const server = this.#server;
    if (server !== undefined) await new Promise<void>((r) => server.close(() => r()));
  }
}
