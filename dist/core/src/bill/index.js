/**
 * Bills: the reference engine and the public-signal helpers.
 * @packageDocumentation
 */
export { computeBill, periodLayout, restDayFlags, chargeOf, roundMilli, MAX_BILL_DAYS, } from './compute.js';
export { packPeriod, unpackPeriod, packAmounts, unpackAmounts, settlementDomain, unpackDomain, addressToBigInt, } from './signals.js';
//# sourceMappingURL=index.js.map