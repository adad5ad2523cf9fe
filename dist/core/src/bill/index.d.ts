/**
 * Bills: the reference engine and the public-signal helpers.
 * @packageDocumentation
 */
export { type Bill, type BandItem, type TierItem, type StandingItem, computeBill, periodLayout, restDayFlags, chargeOf, roundMilli, MAX_BILL_DAYS, } from './compute.js';
export { type PeriodSignal, type AmountsSignal, packPeriod, unpackPeriod, packAmounts, unpackAmounts, settlementDomain, unpackDomain, addressToBigInt, } from './signals.js';
