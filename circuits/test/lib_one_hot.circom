pragma circom 2.1.6;

// Edge tests of circuits/lib/one_hot.circom alone (test/circuits/lib-edges.test.ts): values 1..4.
// Inputs are public so that --O2 keeps them in the witness for the constraint-level tests.
include "../lib/one_hot.circom";

component main {public [value]} = OneHot(4, 1);
