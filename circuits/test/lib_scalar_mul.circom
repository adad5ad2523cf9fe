pragma circom 2.1.6;

// Edge tests of circuits/lib/scalar_mul.circom alone (test/circuits/scalar-mul.test.ts): a 253-bit
// scalar (the disclosure's) times an Edwards point, beside circomlib's EscalarMulAny(253) on the
// same inputs. Inputs are public so that --O2 keeps them in the witness for the constraint-level
// tests. The reference gets its own point (refP): EscalarMulAny assumes the subgroup, so the
// tests of VarBaseMul off the subgroup give it Base8 instead.
include "../lib/scalar_mul.circom";
include "escalarmulany.circom";
include "bitify.circom";

template ScalarMulPair(n) {
    signal input k;
    signal input p[2];
    signal input refP[2];
    signal output out[2];
    signal output ref[2];
    signal bits[n] <== Num2Bits(n)(k);
    out <== VarBaseMul(n)(bits, p);
    component any = EscalarMulAny(n);
    any.e <== bits;
    any.p <== refP;
    ref <== any.out;
}

component main {public [k, p, refP]} = ScalarMulPair(253);
