pragma circom 2.1.6;

// Edge tests of circuits/lib/select8.circom alone (test/circuits/lib-edges.test.ts).
// Inputs are public so that --O2 keeps them in the witness for the constraint-level tests.
include "../lib/select8.circom";

component main {public [prices, indexBits]} = Select8();
