pragma circom 2.1.6;

include "bitify.circom";
include "comparators.circom";
include "poseidon.circom";

// Spec §4 (v2): range-checks every tariff field to its width, and commits to the tariff as
// Poseidon16(TAG_TARIFF, salt, w[0..13]) over the fields' bit string cut into 248-bit words.
// The bits are reused downstream (band selectors, rest-day mask) so nothing is decomposed twice.
// YEARLY = 1 (yearly blocks, spec §4): the tariff must have yearlyBlocks = 1 and commits to its
// tariff years (yearStartDay, yearLeap). YEARLY = 0: those fields are 0, so they add no bits and
// a tariff without yearly blocks has the same commitment as before they existed.
// ZONE = 1 (daylight-saving clocks, spec §4, §5a): commits to the zone's transitions (zoneAt,
// zoneOffsetBiased) after the yearly fields. ZONE = 0: those fields are 0 (no bits), so a
// fixed-offset tariff keeps its commitment, and a tariff with transitions cannot be billed.
template TariffCommitment(I, YEARLY, ZONE) {
    assert(YEARLY == 0 || YEARLY == 1);
    assert(ZONE == 0 || ZONE == 1);
    signal input tzBiased;
    signal input restDays;
    signal input taxBps;
    signal input standingPerDay;
    signal input tierAllowances[3];
    signal input tierPrices[4];
    signal input bandPrices[8];
    signal input exportPrices[8];
    signal input holidays[16];
    signal input workBands[I];
    signal input restBands[I];
    signal input exportBands[I];
    signal input tierBasis;
    signal input demandPrice;
    signal input demandWork[I];
    signal input demandRest[I];
    signal input salt;
    // yearly blocks (spec §4): empty arrays in a circuit without them (the fields are then 0)
    signal input yearStartDay[YEARLY];
    signal input yearLeap[7 * YEARLY];
    // zone transitions (spec §4, §5a): empty arrays in a circuit without them (the fields are then 0)
    signal input zoneAt[4 * ZONE];
    signal input zoneOffsetBiased[4 * ZONE];

    signal output commitment;
    signal output restMaskBits[7];
    signal output workBandBits[I][3];
    signal output restBandBits[I][3];
    signal output exportBandBits[I][3];

    var WORD = 248;
    var words[14];
    for (var w = 0; w < 14; w++) { words[w] = 0; }
    var pos = 0;

    // slotsPerDay is a circuit constant: its bits are constants in the string.
    for (var b = 0; b < 8; b++) {
        words[pos \ WORD] += ((I >> b) & 1) * (1 << (pos % WORD));
        pos++;
    }

    signal tzBits[17] <== Num2Bits(17)(tzBiased);
    _ <== Num2Bits(17)(100800 - tzBiased);   // tz <= +50400 (spec §1); >= -50400 by the line above
    for (var b = 0; b < 17; b++) { words[pos \ WORD] += tzBits[b] * (1 << (pos % WORD)); pos++; }

    restMaskBits <== Num2Bits(7)(restDays);
    for (var b = 0; b < 7; b++) { words[pos \ WORD] += restMaskBits[b] * (1 << (pos % WORD)); pos++; }

    signal taxBits[14] <== Num2Bits(14)(taxBps);
    _ <== Num2Bits(14)(10000 - taxBps);      // taxBps <= 10000: a range check, like the tz bound
                                             // (a comparator whose output is then asserted can be
                                             // replaced by a hint without any test noticing)
    for (var b = 0; b < 14; b++) { words[pos \ WORD] += taxBits[b] * (1 << (pos % WORD)); pos++; }

    signal standingBits[64] <== Num2Bits(64)(standingPerDay);
    for (var b = 0; b < 64; b++) { words[pos \ WORD] += standingBits[b] * (1 << (pos % WORD)); pos++; }

    signal allowanceBits[3][24];
    for (var k = 0; k < 3; k++) {
        allowanceBits[k] <== Num2Bits(24)(tierAllowances[k]);
        for (var b = 0; b < 24; b++) { words[pos \ WORD] += allowanceBits[k][b] * (1 << (pos % WORD)); pos++; }
    }

    signal tierPriceBits[4][64];
    for (var k = 0; k < 4; k++) {
        tierPriceBits[k] <== Num2Bits(64)(tierPrices[k]);
        for (var b = 0; b < 64; b++) { words[pos \ WORD] += tierPriceBits[k][b] * (1 << (pos % WORD)); pos++; }
    }

    signal bandPriceBits[8][64];
    for (var k = 0; k < 8; k++) {
        bandPriceBits[k] <== Num2Bits(64)(bandPrices[k]);
        for (var b = 0; b < 64; b++) { words[pos \ WORD] += bandPriceBits[k][b] * (1 << (pos % WORD)); pos++; }
    }

    signal exportPriceBits[8][64];
    for (var k = 0; k < 8; k++) {
        exportPriceBits[k] <== Num2Bits(64)(exportPrices[k]);
        for (var b = 0; b < 64; b++) { words[pos \ WORD] += exportPriceBits[k][b] * (1 << (pos % WORD)); pos++; }
    }

    signal holidayBits[16][24];
    for (var k = 0; k < 16; k++) {
        holidayBits[k] <== Num2Bits(24)(holidays[k]);
        for (var b = 0; b < 24; b++) { words[pos \ WORD] += holidayBits[k][b] * (1 << (pos % WORD)); pos++; }
    }

    for (var s = 0; s < I; s++) {
        workBandBits[s] <== Num2Bits(3)(workBands[s]);
        for (var b = 0; b < 3; b++) { words[pos \ WORD] += workBandBits[s][b] * (1 << (pos % WORD)); pos++; }
    }
    for (var s = 0; s < I; s++) {
        restBandBits[s] <== Num2Bits(3)(restBands[s]);
        for (var b = 0; b < 3; b++) { words[pos \ WORD] += restBandBits[s][b] * (1 << (pos % WORD)); pos++; }
    }
    for (var s = 0; s < I; s++) {
        exportBandBits[s] <== Num2Bits(3)(exportBands[s]);
        for (var b = 0; b < 3; b++) { words[pos \ WORD] += exportBandBits[s][b] * (1 << (pos % WORD)); pos++; }
    }
    // spec v2: appended after the v1 fields. One bit: 0 = allowances per day, 1 = per period.
    tierBasis * (tierBasis - 1) === 0;
    words[pos \ WORD] += tierBasis * (1 << (pos % WORD));
    pos++;

    // spec v2 demand charge: price per kW (64 bits), then one window bit per slot for work days
    // and for rest days. The bits are checked here and used as they are by the demand component.
    signal demandPriceBits[64] <== Num2Bits(64)(demandPrice);
    for (var b = 0; b < 64; b++) { words[pos \ WORD] += demandPriceBits[b] * (1 << (pos % WORD)); pos++; }
    for (var s = 0; s < I; s++) {
        demandWork[s] * (demandWork[s] - 1) === 0;
        words[pos \ WORD] += demandWork[s] * (1 << (pos % WORD));
        pos++;
    }
    for (var s = 0; s < I; s++) {
        demandRest[s] * (demandRest[s] - 1) === 0;
        words[pos \ WORD] += demandRest[s] * (1 << (pos % WORD));
        pos++;
    }

    // yearly blocks (appended after v2's fields): the yearlyBlocks bit is the circuit's YEARLY (a
    // yearly circuit bills only yearly tariffs, a plain one never does), then the local day number
    // of tariff year 0's first day (24 bits) and one leap flag per tariff year 0..6.
    words[pos \ WORD] += YEARLY * (1 << (pos % WORD));
    pos++;
    if (YEARLY == 1) {
        signal yearStartBits[24] <== Num2Bits(24)(yearStartDay[0]);
        for (var b = 0; b < 24; b++) { words[pos \ WORD] += yearStartBits[b] * (1 << (pos % WORD)); pos++; }
        for (var k = 0; k < 7; k++) {
            yearLeap[k] * (yearLeap[k] - 1) === 0;
            words[pos \ WORD] += yearLeap[k] * (1 << (pos % WORD));
            pos++;
        }
    } else {
        pos += 31;   // the yearly fields' zero bits: the zone fields start at the same place
    }
    // zone (appended after the yearly fields, spec §4 and §5a): the zone's transitions in the
    // tariff's validity window, each its unix instant (40 bits, 0 = unused) and the offset after
    // it (biased like tzBiased, so 0..100800: the upper bound is checked as for tzBiased).
    // ZoneClock reads them.
    if (ZONE == 1) {
        signal zoneAtBits[4][40];
        signal zoneOffBits[4][17];
        for (var k = 0; k < 4; k++) {
            zoneAtBits[k] <== Num2Bits(40)(zoneAt[k]);
            for (var b = 0; b < 40; b++) { words[pos \ WORD] += zoneAtBits[k][b] * (1 << (pos % WORD)); pos++; }
        }
        for (var k = 0; k < 4; k++) {
            zoneOffBits[k] <== Num2Bits(17)(zoneOffsetBiased[k]);
            _ <== Num2Bits(17)(100800 - zoneOffsetBiased[k]);
            for (var b = 0; b < 17; b++) { words[pos \ WORD] += zoneOffBits[k][b] * (1 << (pos % WORD)); pos++; }
        }
    }
    assert(pos <= 14 * WORD);

    var absorbed[16];
    absorbed[0] = 2662278197889393509332597968630510239773259313;
    absorbed[1] = salt;
    for (var w = 0; w < 14; w++) { absorbed[w + 2] = words[w]; }
    commitment <== Poseidon(16)(absorbed);
}
