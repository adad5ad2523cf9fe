pragma circom 2.1.6;

// Edge tests of circuits/lib/rounding.circom alone (test/circuits/lib-edges.test.ts): the credit's divisor (1000), an 8-bit quotient.
include "../lib/rounding.circom";

component main = RoundHalfUpDiv(1000, 10, 8);
