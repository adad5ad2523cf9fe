pragma circom 2.1.6;

include "bitify.circom";
include "comparators.circom";
include "babyjub.circom";
include "../lib/eddsa.circom";
include "poseidon.circom";
include "../lib/one_hot.circom";
include "../lib/select8.circom";
include "../lib/series_digest.circom";
include "./terms_commitment.circom";
include "./signed_round.circom";
include "./day_rotation.circom";
include "./market_disclosure.circom";
include "../lib/disclosure.circom";

// The wattproof market bill with public prices (docs/market-spec.md §11): as MarketBill (§6), but
// the prices of the period are Groth16 public inputs placed by residue, prices[r][s] being the
// price of slot s of the period's delivery day D with D mod MAXD = r (0 for a residue no day of
// the period has). The settlement contract supplies them as a point the price feed summed at
// publication; the circuit neither range-checks nor hashes them.
// Private readings come in the same residue order (slotReadings[r*I + s]); the circuit rotates
// their packed elements back to period order by firstDay mod MAXD days for the meter's digest.
// I intervals per day, up to MAXD days; SERIES 0 bills imports, 1 exports; DEC token decimals.
// Precondition (the contract's): every prices[r][s] is a signed 32-bit price as a field element.
// DISCLOSE = 1 adds the regulator's disclosure (docs/disclosure-spec.md §12, market layout m1 of §11,
// construction v3 of §10): eight public inputs after the prices (the regulator key's y, the ephemeral
// key's y, six ciphertext words); 0 = none.
template MarketBillPublicPrices(I, MAXD, SERIES, DEC, DISCLOSE) {
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
    var RB = 1;                // bits of a residue 0..MAXD-1
    while ((1 << RB) < MAXD) { RB++; }
    var TO_NANO = 1;           // token units -> 10^-11 currency
    for (var k = DEC; k < 11; k++) { TO_NANO *= 10; }

    // ---- private: signed meter period, readings by residue ----
    signal input meterId;
    signal input periodStart;
    signal input dayCount;
    signal input slotReadings[N];    // the billed series; the reading of slot s of period day d is
                                     // slotReadings[((firstDay + d) mod MAXD) * I + s]
    signal input otherDigest;        // digest of the meter's other series (not billed)
    signal input exportSlotsDigest;  // the meter's export slot-sums digest (statement v3, bill-spec §3)
    signal input nonActualCount;     // intervals not read by the meter (statement v2+, bill-spec §3)
    signal input Ax;
    signal input Ay;
    signal input R8x;
    signal input R8y;
    signal input S;

    // ---- private: terms ----
    signal input multiplier;
    signal input adders[8];
    signal input standingPerDay;
    signal input taxBps;
    signal input bands[I];
    signal input salt;

    // ---- public inputs (declared in signal order: firstDay, domain, then the prices) ----
    signal input firstDay;
    signal input domain;
    signal input prices[MAXD][I];
    signal output keyHash;
    signal output termsCommitment;
    signal output period;
    signal output amounts;

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

    // ---- readings: range-checked once, in residue order, and packed 12 at a 21-bit stride ----
    // (bill-spec §3); the range checks make the packing unique, so the digest fixes every reading.
    signal byResidue[MAXD][EPD];
    for (var e = 0; e < NELEM; e++) {
        var packed = 0;
        for (var i = 0; i < 12; i++) {
            _ <== Num2Bits(16)(slotReadings[12 * e + i]);
            packed += slotReadings[12 * e + i] * (1 << (21 * i));
        }
        byResidue[e \ EPD][e % EPD] <== packed;
    }
    // Period day d is residue (firstDay + d) mod MAXD: rotate by firstDay mod MAXD days. The
    // residue is proven from the public firstDay, so a prover cannot pick another rotation.
    signal byDay[MAXD][EPD];
    if (MAXD == 1) {
        signal firstDaySquare <== firstDay * firstDay;
        byDay <== byResidue;
    } else {
        signal residueBits[RB] <== DayResidue(MAXD, RB)(firstDay);
        byDay <== RotateDays(MAXD, EPD, RB)(byResidue, residueBits);
    }
    signal elems[NELEM];
    signal tail[NELEM];
    for (var e = 0; e < NELEM; e++) {
        elems[e] <== byDay[e \ EPD][e % EPD];
        // a day past dayCount has no readings (element by element: they are non-negative); its
        // residue's prices are 0 at settlement, but its energy would still enter the adders
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

    // ---- the amount (spec §6), summed in residue order: the same terms, reordered ----
    signal marketTerm[N];
    var market = 0;
    var slotSum[I];
    for (var s = 0; s < I; s++) { slotSum[s] = 0; }
    for (var i = 0; i < N; i++) {
        marketTerm[i] <== slotReadings[i] * prices[i \ I][i % I];
        market += marketTerm[i];
        slotSum[i % I] += slotReadings[i];
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

    // ---- disclosure (docs/disclosure-spec.md §12): public inputs 6 + N .. 13 + N, after the prices ----
    // Declared here, after the prices, so that signals 0..5 and the price inputs keep their places
    // (the feed's day points and the verifier's IC_{7+j} do not move). The details are MarketBill's
    // (MarketDetails): the slot sums and the market sum do not depend on the order of the days, so
    // residue order gives the same six elements as period order.
    if (DISCLOSE == 1) {
        signal input disclosureSecret;          // private: the ephemeral scalar
        signal input regulatorKeyX;             // private: x of the regulator's point in force (either sign)
        signal input regulatorKeyY;             // public 6 + N: y of that point, checked on chain against the key in force
        signal input ephemeralKeyY;             // public 7 + N
        signal input disclosureCiphertext[6];   // public 8 + N .. 13 + N (construction v3: no authentication element)
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
