pragma circom 2.1.6;

// A bit vector compared with a constant at about 0.7 constraints a bit (docs/scalar-mul.md §4):
// what EdDSAPoseidonVerify needs for S < l and for the strict bits of h (value <= p - 1), where
// circomlib's CompConstant spends about 261 constraints on 254 bits and a second Num2Bits(251)
// would spend 251.

// One run of equal bits of the constant, from the low end: g = [the input's bits below the run
// exceed the constant's bits below the run]. Across a run of the constant's zeros the input
// exceeds iff it did below or any of its bits in the run is 1 (g OR s...); across a run of ones iff
// it did below and all its bits in the run are 1 (g AND s...). A run of one bit costs one
// constraint; a longer run two (an IsZero of g + sum s, or of g + sum s - (L + 1)), exact because
// g and each s are bits, so the sum is a small integer.
// Inputs: g and s[L], each a bit (preconditions: the caller's). Output: a bit.
template ConstRunStep(L, BIT) {
    assert(L >= 1);
    assert(BIT == 0 || BIT == 1);
    signal input g;
    signal input s[L];
    signal output out;
    if (L == 1) {
        if (BIT == 0) {
            out <== g + s[0] - g * s[0];
        } else {
            out <== g * s[0];
        }
    } else {
        var t = g;
        for (var k = 0; k < L; k++) { t += s[k]; }
        if (BIT == 1) { t -= L + 1; }
        signal inv <-- t != 0 ? 1 / t : 0;
        signal isZero <== 1 - t * inv;
        t * isZero === 0;
        if (BIT == 0) {
            out <== 1 - isZero;
        } else {
            out <== isZero;
        }
    }
}

// Asserts sum in[i] 2^i <= C for a constant 0 <= C < 2^n.
// Precondition: each in[i] is a bit (the caller's Num2Bits). Cost: one constraint per run of the
// constant's bits of length 1, two per longer run (p - 1 on 254 bits: 164; l - 1 on 251 bits: 186).
template BitsLessEqConst(n, C) {
    signal input in[n];

    // the runs of equal bits of C, from bit 0
    var runs = 0;
    var i = 0;
    while (i < n) {
        var j = i;
        while (j < n && ((C >> j) & 1) == ((C >> i) & 1)) { j++; }
        runs++;
        i = j;
    }
    assert((C >> n) == 0);

    component step[runs];
    var r = 0;
    i = 0;
    while (i < n) {
        var bit = (C >> i) & 1;
        var j = i;
        while (j < n && ((C >> j) & 1) == bit) { j++; }
        step[r] = ConstRunStep(j - i, bit);
        step[r].g <== r == 0 ? 0 : step[r - 1].out;
        for (var k = i; k < j; k++) { step[r].s[k - i] <== in[k]; }
        r++;
        i = j;
    }
    // the input does not exceed C
    step[runs - 1].out === 0;
}
