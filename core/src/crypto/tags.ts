/**
 * Domain-separation tags of spec §3: the UTF-8 bytes of a name read as a big-endian integer.
 * Written out as literals so a typo in a name cannot silently change a hash; the tests check
 * them against {@link tagFromName}.
 * @packageDocumentation
 */

/** `wattproof.series.v1` — first chaining value of a series digest. */
export const TAG_SERIES = 2662278197889393509332597950471996538138555953n;
/**
 * `wattproof.period.v3` — first input of the period statement (v2 committed to the non-actual
 * interval count; v3 also to the per-slot export sums, {@link TAG_SLOTS}).
 */
export const TAG_PERIOD = 2662278197889393509332597895131764359707915827n;
/**
 * `wattproof.slots.v2` — first chaining value of the digest of a series' per-slot sums (spec §3;
 * v2 sizes each block's Poseidon to the elements it holds, v1 zero-padded to Poseidon16).
 */
export const TAG_SLOTS = 10399524210505443395830460745998310254212658n;
/** `wattproof.tariff.v1` — first input of the tariff commitment. */
export const TAG_TARIFF = 2662278197889393509332597968630510239773259313n;
/** `wattproof.ytd.v1` — first input of a meter's year-to-date commitment (yearly blocks, spec §6). */
export const TAG_YTD = 158684146278464407285010699166614976049n;
