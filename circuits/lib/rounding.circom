pragma circom 2.1.6;

include "bitify.circom";
include "comparators.circom";

// quotient = floor((num + DIV/2) / DIV): the spec's one rounding rule, round half up.
// num must be < 2^(QBITS) * DIV by construction (spec §7 bounds), so the
// quotient range check makes the division exact over the integers.
template RoundHalfUpDiv(DIV, REMBITS, QBITS) {
    assert(DIV % 2 == 0);
    assert(DIV < (1 << REMBITS));
    signal input num;
    signal output quotient;
    signal rem;

    quotient <-- (num + DIV \ 2) \ DIV;
    rem <-- (num + DIV \ 2) % DIV;
    num + DIV \ 2 === quotient * DIV + rem;

    _ <== Num2Bits(QBITS)(quotient);
    _ <== Num2Bits(REMBITS)(rem);
    signal remOk <== LessThan(REMBITS)([rem, DIV]);
    remOk === 1;
}
