pragma circom 2.1.6;

include "bitify.circom";

// Spec §6 (v2), demand charge: `peak` is the largest reading of the period inside the demand
// window, proven both ways:
//  - every window reading is <= peak: peak - m[i] fits RB bits, where m[i] = inWindow[i] * r[i];
//  - peak is one of them: the product of (peak - m[i]) over all intervals is zero. Outside the
//    window the factor is peak itself, so it vanishes only when peak = 0, and then every window
//    reading is 0 by the first check (an empty window has peak 0).
// Readings enter the bill only through the signed packed elements; here they are compared one
// by one, so each is range-checked to RB bits (RB <= 16 < 21): with every reading below the
// 21-bit stride the packing is unique and no carry between readings can lower a window reading.
// Parameters: N intervals, RB reading bits. Precondition: inWindow[i] is 0 or 1.
template PeakDemand(N, RB) {
    assert(RB <= 16);
    signal input readings[N];
    signal input inWindow[N];
    signal output peak;

    signal m[N];
    var best = 0;
    for (var i = 0; i < N; i++) {
        _ <== Num2Bits(RB)(readings[i]);
        m[i] <== inWindow[i] * readings[i];
        best = m[i] > best ? m[i] : best;
    }
    peak <-- best;

    signal prod[N];
    for (var i = 0; i < N; i++) {
        _ <== Num2Bits(RB)(peak - m[i]);
        if (i == 0) {
            prod[i] <== peak - m[i];
        } else {
            prod[i] <== prod[i - 1] * (peak - m[i]);
        }
    }
    prod[N - 1] === 0;
}
