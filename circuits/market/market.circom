pragma circom 2.1.6;

include "bitify.circom";
include "comparators.circom";
include "babyjub.circom";
include "../lib/eddsa.circom";
include "poseidon.circom";
include "../lib/one_hot.circom";
include "../lib/select8.circom";
include "../lib/series_digest.circom";
include "./price_chain.circom";
include "./terms_commitment.circom";
include "./signed_round.circom";
include "./market_disclosure.circom";
include "../lib/disclosure.circom";

// The wattproof market bill (docs/market-spec.md): energy priced interval by interval against a
// market zone's published prices. I intervals per day, up to MAXD days; SERIES 0 bills the meter's
// import series (a consumer), 1 its export series (a generator); DEC = settlement token decimals.
// Proves: amounts is the committed terms applied to the readings signed by the meter whose key
// hashes to keyHash, at the prices whose feed links run from chainBefore to chainAfter.
// DISCLOSE = 1 adds the regulator's disclosure (docs/disclosure-spec.md §11, construction v3 of §10): eight public inputs
// after `domain` (the regulator key's y, the ephemeral key's y, six ciphertext words); 0 = none.
template MarketBill(I, MAXD, SERIES, DEC, DISCLOSE) {
    assert(I == 24 || I == 48 || I == 96);
    assert(MAXD >= 1 && MAXD <= 31);
    assert(SERIES == 0 || SERIES == 1);
    assert(DEC >= 0 && DEC <= 11);
    assert(DISCLOSE == 0 || DISCLOSE == 1);
    var N = MAXD * I;
    var EPD = I \ 12;          // packed reading elements per day
    var NELEM = MAXD * EPD;
    var NBLK = (NELEM + 14) \ 15;
    var SECS = 86400 \ I;
    var RB = 16;
    var TO_NANO = 1;           // token units -> 10^-11 currency
    for (var k = DEC; k < 11; k++) { TO_NANO *= 10; }

    // ---- private: signed meter period ----
    signal input meterId;
    signal input periodStart;
    signal input dayCount;
    signal input readings[N];        // the billed series
    signal input otherDigest;        // digest of the meter's other series (not billed)
    signal input exportSlotsDigest;  // the meter's export slot-sums digest (statement v3, bill-spec §3)
    signal input nonActualCount;     // intervals not read by the meter (statement v2+, bill-spec §3)
    signal input Ax;
    signal input Ay;
    signal input R8x;
    signal input R8y;
    signal input S;

    // ---- private: prices of the period's days (public through the feed) ----
    signal input firstDay;
    signal input prices[MAXD][I];

    // ---- private: terms ----
    signal input multiplier;
    signal input adders[8];
    signal input standingPerDay;
    signal input taxBps;
    signal input bands[I];
    signal input salt;

    // ---- public ----
    signal input chainBefore;
    signal input domain;
    signal output keyHash;
    signal output termsCommitment;
    signal output period;
    signal output amounts;
    signal output chainAfter;

    // Tornado-style: a public input in no constraint would not be bound by the proof.
    signal domainSquare <== domain * domain;

    signal dayBits[MAXD] <== OneHot(MAXD, 1)(dayCount);
    var active[MAXD];
    for (var d = 0; d < MAXD; d++) {
        active[d] = 0;
        for (var k = d; k < MAXD; k++) { active[d] += dayBits[k]; }
    }
    _ <== Num2Bits(64)(meterId);
    _ <== Num2Bits(40)(periodStart);

    // ---- terms ----
    component terms = TermsCommitment(I);
    terms.multiplier <== multiplier;
    terms.adders <== adders;
    terms.standingPerDay <== standingPerDay;
    terms.taxBps <== taxBps;
    terms.bands <== bands;
    terms.salt <== salt;
    termsCommitment <== terms.commitment;

    // ---- readings: every one is multiplied by its own price, so each is range-checked ----
    // The packing (12 at a 21-bit stride, bill-spec §3) is then unique: the signed elements fix
    // every reading.
    signal elems[NELEM];
    signal tail[NELEM];
    for (var e = 0; e < NELEM; e++) {
        var packed = 0;
        for (var i = 0; i < 12; i++) {
            _ <== Num2Bits(RB)(readings[12 * e + i]);
            packed += readings[12 * e + i] * (1 << (21 * i));
        }
        elems[e] <== packed;
        // a day past dayCount has no readings (element by element: they are non-negative)
        tail[e] <== elems[e] * (1 - active[e \ EPD]);
        tail[e] === 0;
    }
    signal states[NBLK + 1] <== SeriesChain(NELEM)(elems);
    var blockWeight[NBLK + 1];
    for (var b = 0; b <= NBLK; b++) { blockWeight[b] = 0; }
    for (var k = 1; k <= MAXD; k++) { blockWeight[(k * EPD + 14) \ 15] += dayBits[k - 1]; }
    signal pick[NBLK + 1];
    var digest = 0;
    for (var b = 0; b <= NBLK; b++) {
        pick[b] <== blockWeight[b] * states[b];
        digest += pick[b];
    }

    // ---- meter signature over the statement (bill-spec §3) ----
    var importDigest = SERIES == 0 ? digest : otherDigest;
    var exportDigest = SERIES == 0 ? otherDigest : digest;
    // Statement v2 (bill-spec §3): the meter also signs how many intervals it did not read, range-
    // checked as the bill does (16 bits first, so that LessEqThan(16) is sound).
    _ <== Num2Bits(16)(nonActualCount);
    signal nonActualFits <== LessEqThan(16)([nonActualCount, dayCount * I]);
    nonActualFits === 1;
    signal statement <== Poseidon(9)([
        2662278197889393509332597895131764359707915827,
        meterId, periodStart, SECS, dayCount * I, nonActualCount, importDigest, exportDigest, exportSlotsDigest
    ]);
    BabyCheck()(Ax, Ay);
    BabyCheck()(R8x, R8y);
    component sig = EdDSAPoseidonVerify();
    sig.Ax <== Ax;
    sig.Ay <== Ay;
    sig.R8x <== R8x;
    sig.R8y <== R8y;
    sig.S <== S;
    sig.M <== statement;
    keyHash <== Poseidon(2)([Ax, Ay]);

    // ---- feed links over the period's days (spec §3); chainAfter is the link of its last day ----
    signal links[MAXD + 1];
    links[0] <== chainBefore;
    signal linkPick[MAXD];
    var after = 0;
    for (var d = 0; d < MAXD; d++) {
        links[d + 1] <== PriceDayLink(I)(links[d], firstDay + d, prices[d]);
        linkPick[d] <== dayBits[d] * links[d + 1];
        after += linkPick[d];
    }
    chainAfter <== after;

    // ---- the amount (spec §6) ----
    // market = sum e * p, one product per interval; the band adders only need per-slot sums.
    signal marketTerm[N];
    var market = 0;
    var slotSum[I];
    for (var s = 0; s < I; s++) { slotSum[s] = 0; }
    for (var i = 0; i < N; i++) {
        marketTerm[i] <== readings[i] * prices[i \ I][i % I];
        market += marketTerm[i];
        slotSum[i % I] += readings[i];
    }
    signal adderPrice[I];
    signal adderTerm[I];
    var adder = 0;
    for (var s = 0; s < I; s++) {
        adderPrice[s] <== Select8()(adders, terms.bandBits[s]);
        adderTerm[s] <== slotSum[s] * (adderPrice[s] - (1 << 31));
        adder += adderTerm[s];
    }
    signal scaledMarket <== (multiplier - (1 << 15)) * market;
    signal standing <== standingPerDay * dayCount;
    signal subtotal <== scaledMarket + 1000 * adder + standing * TO_NANO;
    signal taxed <== subtotal * (10000 + taxBps);
    var DIV = TO_NANO * 10000;
    var REMBITS = 1;
    while ((1 << REMBITS) <= DIV) { REMBITS++; }
    component round = SignedRoundHalfAway(DIV, REMBITS, 106, 96);
    round.value <== taxed;

    period <== meterId + (1 << 64) * periodStart + (1 << 104) * (dayCount * I) + (1 << 120) * SECS;
    amounts <== round.charge + (1 << 96) * round.credit;

    // ---- disclosure (docs/disclosure-spec.md §11): public inputs 7..14, after domain ----
    // Public inputs, not outputs: circom lists outputs before inputs, so signals 0-6 keep their
    // places. Each is bound by an equality to what the circuit computes.
    if (DISCLOSE == 1) {
        signal input disclosureSecret;          // private: the ephemeral scalar
        signal input regulatorKeyX;             // private: x of the regulator's point in force (either sign)
        signal input regulatorKeyY;             // public 7: y of that point, checked on chain against the key in force
        signal input ephemeralKeyY;             // public 8
        signal input disclosureCiphertext[6];   // public 9..14 (construction v3: no authentication element)
        component details = MarketDetails(I, MAXD);
        for (var s = 0; s < I; s++) { details.slotEnergy[s] <== slotSum[s]; }
        details.bandBits <== terms.bandBits;
        details.market <== market;
        details.nonActualCount <== nonActualCount;
        details.statement <== statement;
        // the nonce meterId + 2^64 periodStart, from the signed (meter, period): unique per settlement
        component disclosure = BillDisclosure(6);
        disclosure.details <== details.details;
        disclosure.meterId <== meterId;
        disclosure.periodStart <== periodStart;
        disclosure.ephemeralSecret <== disclosureSecret;
        disclosure.recipient[0] <== regulatorKeyX;
        disclosure.recipient[1] <== regulatorKeyY;
        ephemeralKeyY === disclosure.ephemeralY;
        for (var k = 0; k < 6; k++) { disclosureCiphertext[k] === disclosure.ciphertext[k]; }
    }
}
