/**
 * A JSON-RPC provider that applies the {@link RetryPolicy} to every HTTP exchange, for `--rpc URL`.
 *
 * Retrying happens at the transport, below ethers: only exchanges whose HTTP request failed (no
 * answer, 429, 5xx without a JSON-RPC body) are repeated. A JSON-RPC error answer (a revert, a
 * nonce problem) reaches the caller untouched. Re-sending the same signed transaction is
 * harmless (same bytes, same hash); if the node already has it from the lost attempt, its
 * "already known" answer is turned into the transaction hash. `eth_sendTransaction` (the node
 * signs) is not idempotent, so it is retried only when the request certainly never arrived.
 * @packageDocumentation
 */
import { FetchRequest, JsonRpcProvider, Network, keccak256, type JsonRpcError, type JsonRpcPayload, type JsonRpcResult } from 'ethers';
import { ChainError } from '../../../core/src/errors.js';
import { TransientRpcError, isUnsentError, withRetry, type RetryPolicy } from './retry.js';

/** Options of {@link RetryingJsonRpcProvider} and {@link connectRpc}. */
export interface RpcOptions {
  /** Retry policy of each HTTP exchange. */
  retry?: RetryPolicy;
  /** Timeout of one HTTP exchange in ms (default 30000). */
  timeoutMs?: number;
  /**
   * Time budget of one request with all its retries, ms (default twice `timeoutMs`): a
   * black-holed node fails within it instead of after every attempt's full timeout.
   */
  totalTimeoutMs?: number;
  /** How often to poll for receipts and blocks in ms (default 1000; ethers' own is 4000). */
  pollingIntervalMs?: number;
}

type RpcAnswer = JsonRpcResult | JsonRpcError;

/** Default timeout of one HTTP exchange with the node, ms. */
export const DEFAULT_RPC_TIMEOUT_MS = 30_000;

const KNOWN_TX = /already known|known transaction|already imported|already in (the )?(mem)?pool/i;

function parseRetryAfter(header: string | undefined): number | undefined {
  if (header === undefined || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim()) * 1000;
}

/** A JsonRpcProvider whose HTTP exchanges are retried on transient failures. */
export class RetryingJsonRpcProvider extends JsonRpcProvider {
  readonly #url: string;
  readonly #retry: RetryPolicy;
  readonly #timeoutMs: number;
  readonly #totalTimeoutMs: number;

  constructor(url: string, network: Network | undefined, options: RpcOptions = {}) {
    super(url, network, {
      staticNetwork: network ?? null,
      pollingInterval: options.pollingIntervalMs ?? 1000,
      // ethers answers a repeated request from a 250 ms cache; a nonce read right after the
      // previous transaction was mined would be stale (and the next send would fail).
      cacheTimeout: -1,
    });
    this.#url = url;
    this.#retry = options.retry ?? {};
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_RPC_TIMEOUT_MS;
    this.#totalTimeoutMs = options.totalTimeoutMs ?? 2 * this.#timeoutMs;
  }

  /** One HTTP exchange; throws {@link TransientRpcError} when the transport failed. */
  async #exchange(payload: JsonRpcPayload | JsonRpcPayload[], timeoutMs = this.#timeoutMs): Promise<RpcAnswer[]> {
    const request = new FetchRequest(this.#url);
    request.body = JSON.stringify(payload);
    request.setHeader('content-type', 'application/json');
    request.timeout = Math.max(1, Math.min(this.#timeoutMs, Math.floor(timeoutMs)));
    // 429 goes through this class's policy, not ethers' separate throttle loop.
    request.retryFunc = async () => false;
    const response = await request.send();
    let body: unknown;
    try {
      body = response.hasBody() ? response.bodyJson : undefined;
    } catch {
      body = undefined;
    }
    const isRpcBody = body !== null && typeof body === 'object' && (Array.isArray(body) || 'result' in body || 'error' in body);
    if (!response.ok()) {
      const status = response.statusCode;
      // Some nodes answer a revert with HTTP 500 and a JSON-RPC error body: that is an answer.
      if (!isRpcBody && (status === 429 || status >= 500)) {
        throw new TransientRpcError(`HTTP ${status} ${response.statusMessage} from ${this.#url}`, {
          status,
          retryAfterMs: parseRetryAfter(response.headers['retry-after']),
        });
      }
      if (!isRpcBody) response.assertOk();
    }
    return (Array.isArray(body) ? body : [body]) as RpcAnswer[];
  }

  // ethers declares the result as JsonRpcResult[] but handles JsonRpcError entries in it too.
  override async _send(payload: JsonRpcPayload | JsonRpcPayload[]): Promise<JsonRpcResult[]> {
    const payloads = Array.isArray(payload) ? payload : [payload];
    const action = payloads.map((p) => p.method).join(',');
    const base: RetryPolicy = { deadlineMs: this.#totalTimeoutMs, ...this.#retry };
    const policy: RetryPolicy = payloads.some((p) => p.method === 'eth_sendTransaction') ? { ...base, shouldRetry: isUnsentError } : base;
    return withRetry(
      action,
      async (attempt, remainingMs) => {
        // Each attempt gets the per-request timeout, cut to what is left of the request's budget.
        const answers = await this.#exchange(payload, remainingMs);
        if (attempt === 1) return answers;
        // A lost answer to eth_sendRawTransaction: the node may have taken the first copy.
        return Promise.all(answers.map((a) => this.#recoverSentTx(a, payloads)));
      },
      policy,
    ) as Promise<JsonRpcResult[]>;
  }

  async #recoverSentTx(answer: RpcAnswer, payloads: JsonRpcPayload[]): Promise<RpcAnswer> {
    if (!('error' in answer)) return answer;
    const p = payloads.find((x) => x.id === answer.id);
    if (p?.method !== 'eth_sendRawTransaction') return answer;
    const raw = (p.params as unknown[])[0];
    if (typeof raw !== 'string') return answer;
    const hash = keccak256(raw);
    const message = String(answer.error?.message ?? '');
    if (KNOWN_TX.test(message)) return { id: answer.id, result: hash };
    if (/nonce too low/i.test(message)) {
      const [found] = await this.#exchange({ method: 'eth_getTransactionByHash', params: [hash], id: answer.id, jsonrpc: '2.0' });
      if (found !== undefined && 'result' in found && found.result !== null) return { id: answer.id, result: hash };
    }
    return answer;
  }
}

/**
 * Connects to a JSON-RPC node with retries: asks the chain id once (retrying transient failures,
 * so an unreachable node fails fast instead of ethers' endless network detection), then returns a
 * provider pinned to that network.
 * @throws ChainError when the node cannot be reached after the retries.
 */
export async function connectRpc(url: string, options: RpcOptions = {}): Promise<RetryingJsonRpcProvider> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ChainError(`--rpc ${url}: not a URL (expected e.g. http://127.0.0.1:8545)`, { code: 'CHAIN_RPC' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ChainError(`--rpc ${url}: only http:// and https:// endpoints are supported`, { code: 'CHAIN_RPC' });
  }
  const probe = new RetryingJsonRpcProvider(url, Network.from(1), options);
  let chainId: bigint;
  try {
    const [answer] = (await probe._send({ method: 'eth_chainId', params: [], id: 1, jsonrpc: '2.0' })) as RpcAnswer[];
    if (answer === undefined || !('result' in answer)) throw new Error(String((answer as JsonRpcError | undefined)?.error?.message ?? 'no answer'));
    chainId = BigInt(answer.result as string);
  } catch (e) {
    throw new ChainError(`cannot reach the node at ${url}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, {
      code: 'CHAIN_RPC',
      cause: e,
    });
  } finally {
    probe.destroy();
  }
  return new RetryingJsonRpcProvider(url, Network.from(chainId), options);
}
