pragma circom 2.1.6;

include "bitify.circom";
include "comparators.circom";
include "one_hot.circom";

// Spec §5: the period starts at local midnight of local day D0 >= 1; day d is a rest day
// when its weekday is in the rest-day mask or D0 + d is a listed holiday.
template RestDays(MAXD, NHOL) {
    signal input periodStart;    // range-checked by the caller (40 bits)
    signal input tzBiased;       // tz + 50400, range-checked by the caller to 0..100800
    signal input restMaskBits[7];
    signal input holidays[NHOL]; // 0 = unused; never equal to D0 + d because D0 >= 1
    signal output isRest[MAXD];

    // 1 <= D0 < 2^24 (spec §1, §5). The upper bound also follows from periodStart < 2^40 and
    // the range check on q below (see circuits/README.md, mutants); it is kept as the spec says.
    signal d0 <-- (periodStart + tzBiased - 50400) \ 86400;
    periodStart + tzBiased - 50400 === 86400 * d0;
    _ <== Num2Bits(24)(d0);
    signal d0Inv <-- d0 != 0 ? 1 / d0 : 0;
    d0 * d0Inv === 1;

    // weekday of D0, one-hot: D0 + 4 = 7q + w (1970-01-01 was a Thursday).
    signal q <-- (d0 + 4) \ 7;
    _ <== Num2Bits(22)(q);
    signal weekdayValue <== d0 + 4 - 7 * q;
    signal weekday[7] <== OneHot(7, 0)(weekdayValue);

    // weekRest[j]: is the weekday j days after D0 a rest day (mask rotated by the weekday).
    var NROT = MAXD < 7 ? MAXD : 7;
    signal rotTerms[NROT][7];
    signal weekRest[NROT];
    for (var j = 0; j < NROT; j++) {
        var acc = 0;
        for (var k = 0; k < 7; k++) {
            rotTerms[j][k] <== weekday[k] * restMaskBits[(k + j) % 7];
            acc += rotTerms[j][k];
        }
        weekRest[j] <== acc;
    }

    // holiday: the product of (day - holiday) is zero iff some factor is zero (p is prime
    // and every factor is far below p in absolute value).
    signal prod[MAXD][NHOL];
    signal isHoliday[MAXD];
    for (var d = 0; d < MAXD; d++) {
        prod[d][0] <== d0 + d - holidays[0];
        for (var h = 1; h < NHOL; h++) {
            prod[d][h] <== prod[d][h - 1] * (d0 + d - holidays[h]);
        }
        isHoliday[d] <== IsZero()(prod[d][NHOL - 1]);
        isRest[d] <== weekRest[d % 7] + isHoliday[d] - weekRest[d % 7] * isHoliday[d];
    }
}
