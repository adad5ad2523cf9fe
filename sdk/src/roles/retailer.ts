/**
 * The retailer: registers tariff commitments, offers them to its meters' consumers, reads its
 * settlements and withdraws its earnings.
 * @packageDocumentation
 */
import type { SettledBill } from '../chain/settlement.js';
import type { TariffInfo } from '../chain/tariff-registry.js';
import type { TxResult } from '../chain/tx.js';
import type { LedgerPosition } from '../chain/settlement.js';
import { ValidationError, WattproofError } from '../../../core/src/errors.js';
import { tariffCommitment } from '../../../core/src/tariff/encode.js';
import { offsetInForce, otherOffset } from '../../../core/src/tariff/zone.js';
import type { Tariff } from '../../../core/src/tariff/schema.js';
import type { WattproofConnection } from './connection.js';
import { parseTariffJson } from '../../../core/src/tariff/document.js';
import { documentHash, type DocumentFetcher } from './tariff-visibility.js';

/** A tariff document or its commitment. */
export type TariffRef = Tariff | bigint;

/** The commitment of a tariff reference. */
export async function commitmentOf(t: TariffRef): Promise<bigint> {
  return typeof t === 'bigint' ? t : tariffCommitment(t);
}

/** The retailer's facade (the connection's account must hold RETAILER_ROLE to register tariffs). */
export class Retailer {
  constructor(readonly conn: WattproofConnection) {}

  /**
   * Registers a tariff's commitment under this retailer, valid for periods inside
   * `[validFrom, validUntil]` (unix seconds), with the document's time-zone offset (taken from the
   * document; for a bare commitment give `window.tzOffsetSeconds`, default: the offset at which
   * validFrom is a local midnight). A tariff on a daylight-saving clock (bill spec §5a) registers the
   * offset in force at `validFrom` and the zone's other one (`registerZonedTariff`): the registry
   * checks that a meter's billing cursor is a local midnight under one of them when the tariff is
   * offered and accepted, in summer or in winter. It awaits the regulator's approval before it can be offered.
   * `window.maxNonActualPerMille` refuses periods with more non-actual (estimated, substituted,
   * filled) intervals than that share of their intervals (default 1000: any); a second transaction.
   */
  async registerTariff(
    tariff: TariffRef,
    window: { validFrom: bigint | number; validUntil: bigint | number; tzOffsetSeconds?: number; maxNonActualPerMille?: number },
  ): Promise<TxResult & { commitment: bigint }> {
    const commitment = await commitmentOf(tariff);
    const validFrom = BigInt(window.validFrom);
    const validUntil = BigInt(window.validUntil);
    if (validUntil <= validFrom) throw new ValidationError('validUntil', `must be after validFrom (${validFrom})`);
    const tz = typeof tariff === 'bigint' ? window.tzOffsetSeconds : offsetInForce(tariff.tzOffsetSeconds, tariff.zoneTransitions ?? [], Number(validFrom));
    const alt = typeof tariff === 'bigint' ? undefined : otherOffset(tariff.tzOffsetSeconds, tariff.zoneTransitions ?? [], Number(validFrom));
    const tx = await this.conn.tariffs.registerTariff(commitment, validFrom, validUntil, tz, alt);
    if (window.maxNonActualPerMille !== undefined && window.maxNonActualPerMille !== 1000) {
      return { ...(await this.conn.tariffs.setNonActualLimit(commitment, window.maxNonActualPerMille)), commitment };
    }
    return { ...tx, commitment };
  }

  /**
   * Makes one of this retailer's registered tariffs public: `document` is the tariff document exactly as
   * served at `uri` (salt included); the registry records the keccak256 of its bytes beside the
   * commitment, so anyone can check the approved commitment is exactly that document. Final.
   * @param opts.fetcher - when given, the document at `uri` is read first and must be these very bytes
   *   (nothing is sent otherwise): a publication nobody can check is worse than none
   * @throws ValidationError for a document that is not a valid tariff; WattproofError TARIFF_UNKNOWN
   *   when this retailer has not registered it; DOCUMENT_MISMATCH / DOCUMENT_UNREACHABLE from the check
   */
  async publishTariff(
    document: string | Uint8Array,
    uri: string,
    opts: { fetcher?: DocumentFetcher } = {},
  ): Promise<TxResult & { commitment: bigint; documentHash: string }> {
    const bytes = typeof document === 'string' ? new TextEncoder().encode(document) : document;
    const hash = documentHash(bytes);
    const tariff = parseTariffJson(new TextDecoder().decode(bytes), 'tariff document');
    const commitment = await tariffCommitment(tariff);
    const me = await this.conn.account();
    if ((await this.conn.tariffs.getTariff(commitment, me)) === undefined) {
      throw new WattproofError('TARIFF_UNKNOWN', `tariff ${commitment} is not registered by ${me}; register it first; nothing was sent`);
    }
    const existing = await this.conn.tariffs.publication(commitment, me);
    if (existing !== undefined) {
      throw new WattproofError('ALREADY_PUBLISHED', `tariff ${commitment} is already public at ${existing.uri}; a publication is final; nothing was sent`);
    }
    if (opts.fetcher !== undefined) {
      const served = await opts.fetcher(uri);
      const servedHash = documentHash(served);
      if (servedHash !== hash) {
        throw new WattproofError(
          'DOCUMENT_MISMATCH',
          `the document at ${uri} (keccak256 ${servedHash}) is not this tariff document (${hash}): upload it there first; nothing was sent`,
        );
      }
    }
    const tx = await this.conn.tariffs.publishTariff(commitment, uri, hash);
    return { ...tx, commitment, documentHash: hash };
  }

  /** Offers an approved tariff to the consumer of one of this retailer's meters. */
  async offerTariff(meterId: bigint, tariff: TariffRef): Promise<TxResult> {
    return this.conn.tariffs.offerTariff(meterId, await commitmentOf(tariff));
  }

  /** The registry's record of this retailer's tariff (status pending / approved / rejected), or undefined. */
  async tariffStatus(tariff: TariffRef): Promise<TariffInfo | undefined> {
    return this.conn.tariffs.getTariff(await commitmentOf(tariff), await this.conn.account());
  }

  /**
   * Pays export credit this retailer owes a meter's consumer (default: all of it) from its ledger
   * balance; deposit first if the balance is short.
   */
  async payCreditDebt(meterId: bigint, amount?: bigint): Promise<TxResult & { amount: bigint }> {
    const value = amount ?? (await this.conn.settlement.creditOwedOf(meterId));
    if (value === 0n) throw new WattproofError('NOTHING_TO_PAY', `no export credit is owed to meter ${meterId}'s consumer`);
    return { ...(await this.conn.settlement.payCreditDebt(meterId, value)), amount: value };
  }

  /**
   * Settlements credited to this retailer, oldest first, from the chain's Settled and BatchSettled events.
   * @param opts.meterIds - only these meters
   */
  async settlements(opts: { meterIds?: readonly bigint[]; fromBlock?: number; toBlock?: number } = {}): Promise<SettledBill[]> {
    const me = await this.conn.account();
    const all = await this.conn.settlements({
      retailer: me,
      ...(opts.fromBlock === undefined ? {} : { fromBlock: opts.fromBlock }),
      ...(opts.toBlock === undefined ? {} : { toBlock: opts.toBlock }),
    });
    return opts.meterIds === undefined ? all : all.filter((b) => opts.meterIds!.includes(b.meterId));
  }

  /** Ledger balance (earnings plus float for export credits). */
  async position(): Promise<LedgerPosition> {
    return this.conn.settlement.position(await this.conn.account());
  }

  /** Deposits tokens as float for export credits above a bill's charge. */
  deposit(amount: bigint): Promise<TxResult> {
    return this.conn.settlement.deposit(amount);
  }

  /**
   * Withdraws `amount` (default: the whole free balance) to the retailer's account.
   * @throws WattproofError (code NOTHING_TO_WITHDRAW) when the free balance is zero
   */
  async withdraw(amount?: bigint): Promise<TxResult & { amount: bigint }> {
    const value = amount ?? (await this.position()).free;
    if (value === 0n) throw new WattproofError('NOTHING_TO_WITHDRAW', 'the free ledger balance is zero');
    return { ...(await this.conn.settlement.withdraw(value)), amount: value };
  }
}
