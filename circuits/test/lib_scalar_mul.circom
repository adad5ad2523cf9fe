pragma circom 2.1.6;

// Edge tests of circuits/lib/scalar_mul.circom alone (test/circuits/scalar-mul.test.ts): a 253-bit
// scalar (the disclosure's) times an Edwards point, beside circomlib's EscalarMulAny(253) on the
// same inputs. Inputs are public so that --O2 keeps them in the witness for the constraint-level
// tests. FixedBaseMul(253) on Base8 beside circomlib's EscalarMulFix(253) on the same bits. The reference gets its own point (refP): EscalarMulAny assumes the subgroup, so the
// tests of VarBaseMul off the subgroup give it Base8 instead.
include "../lib/scalar_mul.circom";
include "../lib/fixed_base.circom";
include "escalarmulany.circom";
include "escalarmulfix.circom";
include "bitify.circom";

template ScalarMulPair(n) {
    signal input k;
    signal input p[2];
    signal input refP[2];
    signal output out[2];
    signal output ref[2];
    signal output fix[2];
    signal output fixRef[2];
    signal bits[n] <== Num2Bits(n)(k);
    out <== VarBaseMul(n)(bits, p);
    component any = EscalarMulAny(n);
    any.e <== bits;
    any.p <== refP;
    ref <== any.out;

    var BASE8[2] = [
        5299619240641551281634865583518297030282874472190772894086521144482721001553,
        16950150798460657717958625567821834550301663161624707787222815936182638968203
    ];
    fix <== FixedBaseMul(n, BASE8)(bits);
    component mulFix = EscalarMulFix(n, BASE8);
    mulFix.e <== bits;
    fixRef <== mulFix.out;
}

component main {public [k, p, refP]} = ScalarMulPair(253);
