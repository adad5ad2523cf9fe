/**
 * The regulator: approves or rejects tariff commitments after reading their documents, pauses
 * the system in an emergency, and audits every settlement.
 * @packageDocumentation
 */
import type { TariffInfo } from '../chain/tariff-registry.js';
import type { TxResult } from '../chain/tx.js';
import { WattproofError } from '../../../core/src/errors.js';
import { audit, type AuditReport } from '../audit/audit.js';
import type { PublishedKey } from '../audit/published.js';
import type { Tariff } from '../../../core/src/tariff/schema.js';
import { offsetInForce, otherOffset } from '../../../core/src/tariff/zone.js';
import type { WattproofConnection } from './connection.js';
import { commitmentOf, type TariffRef } from './retailer.js';
import type { DocumentFetcher } from './tariff-visibility.js';

/** Options of {@link Regulator.audit}. */
export interface RegulatorAuditOptions {
  fromBlock?: number;
  toBlock?: number;
  /** Published keys to check against (default: every circuit of build/manifest.json). */
  keys?: PublishedKey[];
  buildDir?: string;
  /** A ceremony transcript to check the verifier's key against (default: the one the manifest names). */
  transcript?: string;
  /** Reads public tariffs' documents (default: fetch; pass nodeDocumentFetcher() for file: URIs). */
  documentFetcher?: DocumentFetcher;
  onProgress?: (done: number, total: number) => void;
}

/** The regulator's facade (REGULATOR_ROLE on the tariff registry; PAUSER_ROLE to pause). */
export class Regulator {
  constructor(readonly conn: WattproofConnection) {}

  /**
   * Approves a pending tariff. Given the document (not just the commitment), first checks that it
   * is the registered one: approval is of what the regulator read.
   * @throws WattproofError (code TARIFF_UNKNOWN) when nothing is registered under the commitment
   */
  async approveTariff(tariff: TariffRef, retailer?: string): Promise<TxResult & { commitment: bigint; retailer: string }> {
    const info = await this.#registered(tariff, retailer);
    // a daylight-saving clock (bill spec §5a) is registered with the offset in force at validFrom
    const tz = typeof tariff === 'bigint' ? undefined : offsetInForce(tariff.tzOffsetSeconds, tariff.zoneTransitions ?? [], Number(info.validFrom));
    if (typeof tariff !== 'bigint' && info.tzOffsetSeconds !== tz) {
      throw new WattproofError(
        'TARIFF_MISMATCH',
        `tariff '${tariff.name}' is in zone offset ${tz} s${tariff.zone === undefined ? '' : ` (${tariff.zone} at the start of its validity)`}, but ${info.retailer} registered it with ${info.tzOffsetSeconds} s`,
      );
    }
    // and the clock's other offset, which lets a meter take the tariff in the other season
    const alt = typeof tariff === 'bigint' ? undefined : otherOffset(tariff.tzOffsetSeconds, tariff.zoneTransitions ?? [], Number(info.validFrom));
    if (typeof tariff !== 'bigint' && info.altTzOffsetSeconds !== alt) {
      throw new WattproofError(
        'TARIFF_MISMATCH',
        `tariff '${tariff.name}'${tariff.zone === undefined ? '' : ` (${tariff.zone})`} has the other offset ${alt} s, but ${info.retailer} registered ${info.altTzOffsetSeconds} s`,
      );
    }
    return { ...(await this.conn.tariffs.approveTariff(info.commitment, info.retailer)), commitment: info.commitment, retailer: info.retailer };
  }

  /** Rejects a pending tariff (or withdraws an approval), with a reason kept in the event; works while paused. */
  async rejectTariff(tariff: TariffRef, reason: string, retailer?: string): Promise<TxResult & { commitment: bigint; retailer: string }> {
    const info = await this.#registered(tariff, retailer);
    return { ...(await this.conn.tariffs.rejectTariff(info.commitment, reason, info.retailer)), commitment: info.commitment, retailer: info.retailer };
  }

  /**
   * The registration of `tariff` by `retailer`, or by the only retailer that registered it (tariffs
   * are registered per retailer: when several registered the same commitment, name the retailer).
   */
  async #registered(tariff: TariffRef, retailer?: string): Promise<TariffInfo> {
    const commitment = await commitmentOf(tariff);
    const info = await this.conn.tariffs.getTariff(commitment, retailer);
    if (info === undefined) {
      const what = typeof tariff === 'bigint' ? `commitment ${commitment}` : `tariff '${(tariff as Tariff).name}' (commitment ${commitment})`;
      throw new WattproofError('TARIFF_UNKNOWN', `${what} is not registered by ${retailer ?? 'any retailer'}`);
    }
    return info;
  }

  /** Pauses settlement and both registries. */
  async pause(): Promise<TxResult[]> {
    return [await this.conn.settlement.pause(), await this.conn.tariffs.pause(), await this.conn.meters.pause()];
  }

  /** Resumes settlement and both registries. */
  async unpause(): Promise<TxResult[]> {
    return [await this.conn.settlement.unpause(), await this.conn.tariffs.unpause(), await this.conn.meters.unpause()];
  }

  /**
   * Audits the settlements of a block range (default: from the connection's first block to the
   * latest): every proof re-verified off-chain with the published key, every event checked
   * against its public signals, and the deployed verifier checked to be that key's.
   */
  audit(opts: RegulatorAuditOptions = {}): Promise<AuditReport> {
    return audit({
      provider: this.conn.provider,
      settlement: this.conn.addresses.settlement,
      fromBlock: opts.fromBlock ?? this.conn.fromBlock,
      ...(opts.toBlock === undefined ? {} : { toBlock: opts.toBlock }),
      ...(opts.keys === undefined ? {} : { keys: opts.keys }),
      ...(opts.buildDir === undefined ? {} : { buildDir: opts.buildDir }),
      ...(opts.transcript === undefined ? {} : { transcript: opts.transcript }),
      ...(opts.documentFetcher === undefined ? {} : { documentFetcher: opts.documentFetcher }),
      ...(opts.onProgress === undefined ? {} : { onProgress: opts.onProgress }),
    });
  }
}
