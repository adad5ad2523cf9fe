/**
 * Domain-separation tags of docs/market-spec.md §3–4 (UTF-8 name read as a big-endian integer),
 * written out as literals so that a typo in a name cannot silently change a hash; the tests
 * check them against `tagFromName`.
 * @packageDocumentation
 */

/** `wattproof.prices.v1` — first input of a zone's genesis link. */
export const TAG_PRICES = 2662278197889393509332597896065973167642801713n;
/** `wattproof.terms.v1` — first input of a market terms commitment. */
export const TAG_TERMS = 10399524210505443395830460816088847925278257n;
