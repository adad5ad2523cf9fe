/**
 * The audit's view of the tariffs its settlements used: for each (retailer, commitment), whether the
 * tariff is public or private, and for a public one whether its published document is exactly the
 * registered commitment (see ../roles/tariff-visibility.ts).
 * @packageDocumentation
 */
import type { Provider } from 'ethers';
import { TariffRegistryClient } from '../chain/tariff-registry.js';
import { fetchDocumentFetcher, tariffVisibility, type DocumentFetcher, type PublicationProblem } from '../roles/tariff-visibility.js';

/** One tariff used by the audited settlements. */
export interface AuditedTariff {
  retailer: string;
  commitment: bigint;
  /** How many audited settlements used it. */
  settlements: number;
  visibility: 'public' | 'private';
  /** For a public tariff: where its document is. */
  uri?: string;
  documentHash?: string;
  /** For a public tariff: whether the document at `uri` is exactly the commitment. */
  verified?: boolean;
  problem?: PublicationProblem;
  reason?: string;
}

/**
 * The visibility of every (retailer, commitment) pair in `used`, in first-use order.
 * @param fetcher - reads published documents (default: fetch; Node callers pass the file:-capable one)
 */
export async function auditTariffs(
  provider: Provider,
  tariffRegistry: string,
  used: readonly { retailer: string; tariffCommitment: bigint }[],
  fetcher: DocumentFetcher = fetchDocumentFetcher(),
): Promise<AuditedTariff[]> {
  const registry = new TariffRegistryClient(tariffRegistry, provider);
  const byKey = new Map<string, AuditedTariff>();
  for (const u of used) {
    const key = `${u.retailer.toLowerCase()}:${u.tariffCommitment}`;
    const seen = byKey.get(key);
    if (seen !== undefined) {
      seen.settlements++;
      continue;
    }
    byKey.set(key, { retailer: u.retailer, commitment: u.tariffCommitment, settlements: 1, visibility: 'private' });
  }
  for (const t of byKey.values()) {
    const v = await tariffVisibility(registry, t.retailer, t.commitment, fetcher);
    if (v.kind === 'private') continue;
    Object.assign(t, {
      visibility: 'public',
      uri: v.publication.uri,
      documentHash: v.publication.documentHash,
      verified: v.verified,
      ...(v.verified ? {} : { problem: v.problem, reason: v.reason }),
    });
  }
  return [...byKey.values()];
}

/** A public tariff whose document is reachable but is not its commitment: an audit finding. */
export function isTariffFinding(t: AuditedTariff): boolean {
  return t.visibility === 'public' && t.verified === false && t.problem !== 'unreachable';
}
