/**
 * Market bills (docs/market-spec.md): the price feed's chain, market terms, the amount, the witness.
 * @packageDocumentation
 */
export { type MarketAmount, computeMarketBill, MAX_TOKEN_DECIMALS, marketDivisor, roundSigned } from './compute.js';
export {
  chainLinks,
  checkDayPrices,
  checkIntervalsPerDay,
  dayLink,
  genesisLink,
  type IntervalsPerDay,
  packPrices,
  PRICE_BIAS,
  PRICE_MAX,
  PRICE_MIN,
  PRICES_PER_ELEMENT,
  ZONE_LIMIT,
} from './feed.js';
export {
  type MarketBillRequest,
  type MarketBillWitness,
  type MarketDisclosureWitness,
  type MarketSeries,
  marketBillWitness,
  marketDisclosureWitness,
} from './input.js';
export {
  byResidue,
  dayResidue,
  PUBLIC_PRICES_MAX_DAYS,
  type PublicPriceBillRequest,
  type PublicPriceBillWitness,
  publicPriceBillWitness,
  residuePriceInputs,
} from './public-prices.js';
export { TAG_PRICES, TAG_TERMS } from './tags.js';
export {
  ADDER_MAX,
  ADDER_MIN,
  checkMarketTerms,
  MARKET_BAND_COUNT,
  type MarketTerms,
  type MarketTermsKind,
  marketTerms,
  marketTermsCommitment,
  MULTIPLIER_MAX,
  MULTIPLIER_MIN,
  STANDING_LIMIT,
  termsFields,
} from './terms.js';
export {
  decryptMarketDisclosure,
  encryptMarketDetails,
  MARKET_CIPHERTEXT_LENGTH,
  MARKET_DETAILS_LENGTH,
  MARKET_DISCLOSURE_SIGNAL_COUNT,
  MARKET_DISCLOSURE_SIGNAL_OFFSET,
  MARKET_FIELD_BITS,
  MARKET_SUM_BIAS,
  type MarketDetails,
  marketDetails,
  marketDisclosureNonce,
  marketDisclosureSignalList,
  marketDisclosureSignalsOf,
  marketTotalWh,
  openMarketDisclosure,
  publicPriceDisclosureOffset,
  packMarketDetails,
  recomputeMarketFromDetails,
  unpackMarketDetails,
} from './disclosure.js';
