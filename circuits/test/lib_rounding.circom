pragma circom 2.1.6;

// Edge tests of circuits/lib/rounding.circom alone (test/circuits/lib-edges.test.ts): the credit's divisor (1000), an 8-bit quotient.
// Inputs are public so that --O2 keeps them in the witness for the constraint-level tests.
include "../lib/rounding.circom";

component main {public [num]} = RoundHalfUpDiv(1000, 10, 8);
