pragma circom 2.1.6;

include "comparators.circom";

// Spec §6: tier energies on total import E with allowances scaled by dayCount.
// The bill passes the period's day count for per-day allowances and 1 for per-period ones.
// E < 2^28 and thresholds < 2^29 by construction, so 32-bit comparisons are sound.
template TierEnergies() {
    signal input total;            // E
    signal input allowances[3];    // range-checked 24 bits, non-decreasing (checked here)
    signal input dayCount;         // 1..31: the allowances' scale
    signal output energy[4];

    signal ordered1 <== LessEqThan(24)([allowances[0], allowances[1]]);
    signal ordered2 <== LessEqThan(24)([allowances[1], allowances[2]]);
    ordered1 === 1;
    ordered2 === 1;

    signal threshold[3];
    signal below[3];
    signal capped[3];   // min(E, threshold)
    for (var k = 0; k < 3; k++) {
        threshold[k] <== allowances[k] * dayCount;
        below[k] <== LessThan(32)([total, threshold[k]]);
        capped[k] <== threshold[k] + below[k] * (total - threshold[k]);
    }
    energy[0] <== capped[0];
    energy[1] <== capped[1] - capped[0];
    energy[2] <== capped[2] - capped[1];
    energy[3] <== total - capped[2];
}
