pragma circom 2.1.6;

// Edge tests of circuits/lib/const_compare.circom alone (test/circuits/eddsa-verify.test.ts): 254
// bits <= p - 1 and 251 bits <= l - 1, the two comparisons EdDSAPoseidonVerify makes. The bits are
// the inputs (public, so that --O2 keeps them), each constrained to be a bit.
include "../lib/const_compare.circom";

template ConstCompareEdges() {
    signal input p[254];
    signal input l[251];
    for (var i = 0; i < 254; i++) { p[i] * (p[i] - 1) === 0; }
    for (var i = 0; i < 251; i++) { l[i] * (l[i] - 1) === 0; }
    BitsLessEqConst(254, -1)(p);
    BitsLessEqConst(251, 2736030358979909402780800718157159386076813972158567259200215660948447373040)(l);
}

component main {public [p, l]} = ConstCompareEdges();
