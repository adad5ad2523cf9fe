/**
 * Bills: the reference engine and the public-signal helpers.
 * @packageDocumentation
 */
export {
  type Bill,
  type BandItem,
  type TierItem,
  type StandingItem,
  computeBill,
  periodLayout,
  restDayFlags,
  chargeOf,
  roundMilli,
  MAX_BILL_DAYS,
  tariffYearOf,
  YTD_LIMIT,
} from './compute.js';
export { type YearToDateOpening, type YearToDateStep, ytdCommitment, yearToDateStep } from './ytd.js';
export {
  type PeriodSignal,
  type AmountsSignal,
  packPeriod,
  unpackPeriod,
  packAmounts,
  unpackAmounts,
  settlementDomain,
  unpackDomain,
  addressToBigInt,
} from './signals.js';
