/**
 * Public and private tariffs. A retailer may publish a tariff's document (salt included) at a URI and
 * record the keccak256 of its bytes in the TariffRegistry beside the commitment; anyone can then fetch
 * it, check the hash, parse it and recompute the commitment, so the approved commitment is shown to be
 * exactly that document. A private tariff is only its commitment on chain. Usage is private either way.
 *
 * Browser-safe: documents are fetched with `fetch` (http:, https:, data:); Node callers that need
 * `file:` URIs pass {@link nodeDocumentFetcher} from `sdk/src/net/document-fetch.ts`.
 * @packageDocumentation
 */
import { keccak256 } from 'ethers';
import { isWattproofError, ValidationError, WattproofError } from '../../../core/src/errors.js';
import { parseTariffJson } from '../../../core/src/tariff/document.js';
import { tariffCommitment } from '../../../core/src/tariff/encode.js';
import type { Tariff } from '../../../core/src/tariff/schema.js';
import type { TariffPublication, TariffRegistryClient } from '../chain/tariff-registry.js';

/** Reads the bytes of a document URI. Throws when it cannot. */
export type DocumentFetcher = (uri: string) => Promise<Uint8Array>;

/** Why a published document does not back its commitment. */
export type PublicationProblem = 'unreachable' | 'hash-mismatch' | 'invalid-document' | 'commitment-mismatch';

/** What the chain says about a tariff's document, and whether the published document checks out. */
export type TariffVisibility =
  | { kind: 'private'; commitment: bigint; retailer: string }
  | {
      kind: 'public';
      commitment: bigint;
      retailer: string;
      publication: TariffPublication;
      /** True when the document at the URI hashes to the recorded hash and commits to the commitment. */
      verified: true;
      tariff: Tariff;
    }
  | {
      kind: 'public';
      commitment: bigint;
      retailer: string;
      publication: TariffPublication;
      verified: false;
      problem: PublicationProblem;
      /** A sentence for people. */
      reason: string;
    };

/** keccak256 of a document's bytes (what the registry records), 0x-prefixed. */
export function documentHash(bytes: Uint8Array | string): string {
  return keccak256(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
}

/** Most bytes a tariff document may have (a real one is a few kilobytes). */
export const MAX_DOCUMENT_BYTES = 1 << 20;

/** Fetches http:, https: and data: URIs with `fetch`, within `timeoutMs`. */
export function fetchDocumentFetcher(timeoutMs = 15_000): DocumentFetcher {
  return async (uri) => {
    let scheme: string;
    try {
      scheme = new URL(uri).protocol;
    } catch {
      throw new ValidationError('uri', `'${uri}' is not a URI`);
    }
    if (!['http:', 'https:', 'data:'].includes(scheme)) {
      throw new ValidationError(
        'uri',
        `cannot fetch ${scheme} URIs here (http:, https:, data:${typeof window === 'undefined' ? '; file: with the Node fetcher' : ''})`,
      );
    }
    const res = await fetch(uri, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new WattproofError('DOCUMENT_UNREACHABLE', `${uri}: HTTP ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > MAX_DOCUMENT_BYTES) throw new WattproofError('DOCUMENT_UNREACHABLE', `${uri}: ${bytes.length} bytes is too large for a tariff document`);
    return bytes;
  };
}

/**
 * Checks a document's bytes against a publication: the keccak256 must be the recorded one, the bytes
 * a valid tariff document, and its commitment the registered one.
 */
export async function checkPublishedDocument(
  bytes: Uint8Array,
  publication: Pick<TariffPublication, 'documentHash' | 'commitment' | 'uri'>,
): Promise<{ ok: true; tariff: Tariff } | { ok: false; problem: PublicationProblem; reason: string }> {
  const hash = documentHash(bytes);
  if (hash.toLowerCase() !== publication.documentHash.toLowerCase()) {
    return {
      ok: false,
      problem: 'hash-mismatch',
      reason: `the document at ${shortUri(publication.uri)} hashes to ${hash}, not the published ${publication.documentHash}`,
    };
  }
  let tariff: Tariff;
  try {
    tariff = parseTariffJson(new TextDecoder('utf-8', { fatal: true }).decode(bytes), shortUri(publication.uri));
  } catch (e) {
    const why = e instanceof ValidationError ? `${e.field}: ${e.reason}` : isWattproofError(e) ? e.message : 'not UTF-8 text';
    return { ok: false, problem: 'invalid-document', reason: `the document at ${shortUri(publication.uri)} is not a valid tariff (${why})` };
  }
  const commitment = await tariffCommitment(tariff);
  if (commitment !== publication.commitment) {
    return {
      ok: false,
      problem: 'commitment-mismatch',
      reason: `the document at ${shortUri(publication.uri)} commits to ${commitment}, not to the registered ${publication.commitment}`,
    };
  }
  return { ok: true, tariff };
}

/**
 * Whether a retailer's tariff is public, and if so whether its published document is exactly the
 * registered commitment.
 * @param fetcher - reads the document (default: {@link fetchDocumentFetcher})
 */
export async function tariffVisibility(
  registry: TariffRegistryClient,
  retailer: string,
  commitment: bigint,
  fetcher: DocumentFetcher = fetchDocumentFetcher(),
): Promise<TariffVisibility> {
  const publication = await registry.publication(commitment, retailer);
  if (publication === undefined) return { kind: 'private', commitment, retailer };
  const base = { kind: 'public' as const, commitment, retailer: publication.retailer, publication };
  let bytes: Uint8Array;
  try {
    bytes = await fetcher(publication.uri);
  } catch (e) {
    return { ...base, verified: false, problem: 'unreachable', reason: `cannot read ${shortUri(publication.uri)}: ${(e as Error).message}` };
  }
  const check = await checkPublishedDocument(bytes, publication);
  return check.ok ? { ...base, verified: true, tariff: check.tariff } : { ...base, verified: false, problem: check.problem, reason: check.reason };
}

/** A URI short enough for a line (a data: URI holds the whole document). */
export function shortUri(uri: string, max = 72): string {
  return uri.length <= max ? uri : `${uri.slice(0, max - 1)}…`;
}

/** One line for people: "private: …" or "public: …". */
export function describeVisibility(v: TariffVisibility): string {
  if (v.kind === 'private') return 'private: only its commitment is on chain (the regulator has the document)';
  if (v.verified) return `public: the document at ${shortUri(v.publication.uri)} is exactly the registered commitment`;
  return `public, but NOT verified: ${v.reason}`;
}
