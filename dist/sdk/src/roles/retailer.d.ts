/**
 * The retailer: registers tariff commitments, offers them to its meters' consumers, reads its
 * settlements and withdraws its earnings.
 * @packageDocumentation
 */
import type { SettledBill } from '../chain/settlement.js';
import type { TariffInfo } from '../chain/tariff-registry.js';
import type { TxResult } from '../chain/tx.js';
import type { LedgerPosition } from '../chain/settlement.js';
import type { Tariff } from '../../../core/src/tariff/schema.js';
import type { WattproofConnection } from './connection.js';
/** A tariff document or its commitment. */
export type TariffRef = Tariff | bigint;
/** The commitment of a tariff reference. */
export declare function commitmentOf(t: TariffRef): Promise<bigint>;
/** The retailer's facade (the connection's account must hold RETAILER_ROLE to register tariffs). */
export declare class Retailer {
    readonly conn: WattproofConnection;
    constructor(conn: WattproofConnection);
    /**
     * Registers a tariff's commitment under this retailer, valid for periods inside
     * `[validFrom, validUntil]` (unix seconds), with the document's time-zone offset (taken from the
     * document; for a bare commitment give `window.tzOffsetSeconds`, default: the offset at which
     * validFrom is a local midnight). It awaits the regulator's approval before it can be offered.
     */
    registerTariff(tariff: TariffRef, window: {
        validFrom: bigint | number;
        validUntil: bigint | number;
        tzOffsetSeconds?: number;
    }): Promise<TxResult & {
        commitment: bigint;
    }>;
    /** Offers an approved tariff to the consumer of one of this retailer's meters. */
    offerTariff(meterId: bigint, tariff: TariffRef): Promise<TxResult>;
    /** The registry's record of this retailer's tariff (status pending / approved / rejected), or undefined. */
    tariffStatus(tariff: TariffRef): Promise<TariffInfo | undefined>;
    /**
     * Pays export credit this retailer owes a meter's consumer (default: all of it) from its ledger
     * balance; deposit first if the balance is short.
     */
    payCreditDebt(meterId: bigint, amount?: bigint): Promise<TxResult & {
        amount: bigint;
    }>;
    /**
     * Settlements credited to this retailer, oldest first, from the chain's Settled events.
     * @param opts.meterIds - only these meters
     */
    settlements(opts?: {
        meterIds?: readonly bigint[];
        fromBlock?: number;
        toBlock?: number;
    }): Promise<SettledBill[]>;
    /** Ledger balance (earnings plus float for export credits). */
    position(): Promise<LedgerPosition>;
    /** Deposits tokens as float for export credits above a bill's charge. */
    deposit(amount: bigint): Promise<TxResult>;
    /**
     * Withdraws `amount` (default: the whole free balance) to the retailer's account.
     * @throws WattproofError (code NOTHING_TO_WITHDRAW) when the free balance is zero
     */
    withdraw(amount?: bigint): Promise<TxResult & {
        amount: bigint;
    }>;
}
