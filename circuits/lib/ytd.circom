pragma circom 2.1.6;

include "bitify.circom";
include "comparators.circom";
include "poseidon.circom";
include "one_hot.circom";

// Spec §4, §6 (yearly blocks): which tariff year a period lies in, and the year-to-date (YTD)
// commitments a yearly bill consumes and produces.
// Tariff year k (0..6) starts on local day Ys_k = yearStartDay + 365 k + (leap years before k) and
// lasts 365 + yearLeap[k] days. The period [D0, D0 + dayCount) must lie inside one of them.
// Y = Poseidon5(TAG_YTD, meterId, Ys, ytdWh, salt): hiding by the random salt, binding by Poseidon's
// collision resistance. A fresh bill (first of its tariff year) has ytdWh = 0 and outputs 0 as the
// old commitment; the contract then requires a later year than the one it stores.
// Preconditions: localStart = 86400 * D0 with D0 < 2^24 (RestDays proves it); dayCount in 1..31;
// yearStartDay range-checked to 24 bits and yearLeap[] to bits (TariffCommitment); total < 2^28;
// meterId < 2^64.
template YearToDate() {
    signal input meterId;
    signal input localStart;     // periodStart + tz = 86400 * D0
    signal input dayCount;
    signal input total;          // E, the period's import (Wh)
    signal input yearStartDay;   // committed: local day number of tariff year 0's first day
    signal input yearLeap[7];    // committed: tariff year k has 366 days
    signal input yearSlot;       // private: k
    signal input fresh;          // private: 1 = first bill of the tariff year (YTD restarts at 0)
    signal input ytdWh;          // private: import of the tariff year before this period
    signal input saltOld;        // private: opening of the old commitment
    signal input saltNew;        // private: fresh salt of the new commitment
    signal output yearStart;     // Ys_k (public: the contract compares it with what it stores)
    signal output oldCommitment; // 0 when fresh
    signal output newCommitment;

    signal slot[7] <== OneHot(7, 0)(yearSlot);
    // after[j] = 1 iff j < k: year j lies before year k, so its leap day shifts Ys_k.
    signal leapBefore[7];
    signal leapThis[7];
    var ys = yearStartDay;
    var len = 365;
    for (var j = 0; j < 7; j++) {
        var after = 0;
        for (var k = j + 1; k < 7; k++) { after += slot[k]; }
        leapBefore[j] <== yearLeap[j] * after;
        leapThis[j] <== yearLeap[j] * slot[j];
        ys += 365 * j * slot[j] + leapBefore[j];
        len += leapThis[j];
    }
    yearStart <== ys;

    // 86400 Ys <= localStart and localStart + 86400 dayCount <= 86400 (Ys + len): both differences
    // are non-negative and below 2^42 (86400 * 2^25 < 2^42), so a 42-bit decomposition proves it
    // (a negative difference is a field element near p, which has no 42-bit decomposition).
    _ <== Num2Bits(42)(localStart - 86400 * yearStart);
    _ <== Num2Bits(42)(86400 * (yearStart + len) - localStart - 86400 * dayCount);

    // YTD: a year of 15-minute readings stays below 366 * 96 * 2^16 < 2^32.
    _ <== Num2Bits(32)(ytdWh);
    fresh * (fresh - 1) === 0;
    fresh * ytdWh === 0;
    // TAG_YTD = "wattproof.ytd.v1" read as a big-endian integer
    signal opened <== Poseidon(5)([158684146278464407285010699166614976049, meterId, yearStart, ytdWh, saltOld]);
    oldCommitment <== (1 - fresh) * opened;
    newCommitment <== Poseidon(5)([158684146278464407285010699166614976049, meterId, yearStart, ytdWh + total, saltNew]);
}

// Spec §6, yearly blocks: the period's import E is billed on top of the year-to-date import B,
// tierEnergy_k = (min(B + E, T_k) - min(B, T_k)) - (min(B + E, T_{k-1}) - min(B, T_{k-1})), thresholds
// as written (no day scaling). B < 2^32, E < 2^28, thresholds < 2^24: 34-bit comparisons are sound.
template YearlyTierEnergies() {
    signal input base;             // B, range-checked 32 bits by YearToDate
    signal input total;            // E
    signal input allowances[3];    // range-checked 24 bits
    signal output energy[4];

    signal ordered1 <== LessEqThan(24)([allowances[0], allowances[1]]);
    signal ordered2 <== LessEqThan(24)([allowances[1], allowances[2]]);
    ordered1 === 1;
    ordered2 === 1;

    signal belowAfter[3];
    signal belowBase[3];
    signal cappedAfter[3];   // min(B + E, T_k)
    signal cappedBase[3];    // min(B, T_k)
    var inTier[3];           // energy of this period below T_k
    for (var k = 0; k < 3; k++) {
        belowAfter[k] <== LessThan(34)([base + total, allowances[k]]);
        cappedAfter[k] <== allowances[k] + belowAfter[k] * (base + total - allowances[k]);
        belowBase[k] <== LessThan(34)([base, allowances[k]]);
        cappedBase[k] <== allowances[k] + belowBase[k] * (base - allowances[k]);
        inTier[k] = cappedAfter[k] - cappedBase[k];
    }
    energy[0] <== inTier[0];
    energy[1] <== inTier[1] - inTier[0];
    energy[2] <== inTier[2] - inTier[1];
    energy[3] <== total - inTier[2];
}
