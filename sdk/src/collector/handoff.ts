/**
 * The consumer's other way to settle: hand the bill proof to a collector's HTTP inbox (`wattproof
 * collect serve`, or the demo's) instead of sending a settle transaction. The collector verifies it
 * off-chain and settles it in a batch with other consumers' bills, paying the gas; the consumer needs
 * no ether and no wallet connection. Plain `fetch`, so the browser wallet and Node use the same code.
 * @packageDocumentation
 */
import { ChainError, ValidationError } from '../../../core/src/errors.js';
import type { BillProof } from '../../../prover/src/prove-core.js';

/** Format tag of a bill proof document (what `wattproof bill prove` writes and the inbox files). */
export const BILL_PROOF_DOCUMENT_FORMAT = 'wattproof.bill-proof.v1';

/** What the collector answered: the name it filed the proof under (the same for the same proof). */
export interface HandOffReceipt {
  /** The inbox's file name: meter, period start and a hash of the document. */
  id: string;
  /** The URL posted to. */
  url: string;
}

/** The bill proof as the document the inbox files (the CLI's proof file). */
export function billProofDocument(p: Pick<BillProof, 'circuit' | 'proof' | 'publicSignals'>): string {
  return `${JSON.stringify({ format: BILL_PROOF_DOCUMENT_FORMAT, circuit: p.circuit, publicSignals: p.publicSignals, proof: p.proof }, null, 2)}\n`;
}

/**
 * Posts a bill proof to a collector inbox (`POST <collectorUrl>/proofs`). Posting the same proof twice
 * is harmless: the inbox files it under the same name, and the collector settles a period once.
 * @param collectorUrl - the inbox's base URL, e.g. `http://127.0.0.1:8547`
 * @throws ValidationError when the URL is not http(s); ChainError (retryable) when the collector cannot
 *   be reached or answers 5xx; ChainError when it refuses the proof (4xx, with its reason)
 */
export async function handToCollector(
  collectorUrl: string,
  proof: Pick<BillProof, 'circuit' | 'proof' | 'publicSignals'>,
  opts: { timeoutMs?: number; fetch?: typeof fetch } = {},
): Promise<HandOffReceipt> {
  let base: URL;
  try {
    base = new URL(collectorUrl);
  } catch {
    throw new ValidationError('collectorUrl', `'${collectorUrl}' is not a URL (e.g. http://127.0.0.1:8547)`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new ValidationError('collectorUrl', `must be http or https, not ${base.protocol}`);
  const url = new URL(`${base.pathname.replace(/\/+$/, '')}/proofs`, base).toString();
  const doFetch = opts.fetch ?? fetch;
  let res: Response;
  try {
    // text/plain keeps the POST a CORS "simple request" (no preflight); the inbox parses the body as JSON.
    res = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=utf-8' },
      body: billProofDocument(proof),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
    });
  } catch (e) {
    throw new ChainError(`collector ${url} cannot be reached: ${e instanceof Error ? e.message : String(e)}`, { retryable: true, cause: e });
  }
  const text = await res.text().catch(() => '');
  let body: { id?: unknown; error?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // not JSON: reported below with the status
  }
  if (res.status === 202 && typeof body.id === 'string') return { id: body.id, url };
  const reason = typeof body.error === 'string' ? body.error : text.slice(0, 200) || res.statusText;
  throw new ChainError(`collector ${url} refused the proof (HTTP ${res.status}): ${reason}`, { retryable: res.status >= 500 });
}
