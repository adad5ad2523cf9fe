pragma circom 2.1.6;

include "bitify.circom";
include "../lib/rounding.circom";

// docs/market-spec.md §6: the signed rounding rule, half away from zero, once.
// value is a signed integer (negative = field element above p/2) with |value| < 2^MAGBITS.
// charge = round(|value| / DIV) if value >= 0, else 0; credit likewise for value < 0.
// The magnitude range check makes the sign unique whenever value != 0; at value = 0 either sign
// gives charge = credit = 0.
template SignedRoundHalfAway(DIV, REMBITS, MAGBITS, QBITS) {
    assert(MAGBITS < 250);
    signal input value;
    signal output charge;
    signal output credit;

    signal negative <-- value < 0 ? 1 : 0;   // circom compares field elements as signed
    negative * (negative - 1) === 0;
    signal magnitude <== value * (1 - 2 * negative);
    _ <== Num2Bits(MAGBITS)(magnitude);
    signal q <== RoundHalfUpDiv(DIV, REMBITS, QBITS)(magnitude);
    credit <== negative * q;
    charge <== q - credit;
}
