/**
 * Human renderings shared by the CLI and the demo: a tariff, an itemized bill.
 * @packageDocumentation
 */
import type { Bill } from '../../core/src/bill/compute.js';
import type { Tariff } from '../../core/src/tariff/schema.js';
/** The tariff as readable text: prices, schedules, tiers, charges, calendar. */
export declare function renderTariff(t: Tariff, commitment?: bigint): string;
/** The itemized bill as a table, with the authoritative charge and credit. */
export declare function renderBill(bill: Bill, t: Tariff, periodStart: number): string;
/** Plain-JSON form of a bill (bigints as decimal strings). */
export declare function billToJSON(bill: Bill): Record<string, unknown>;
