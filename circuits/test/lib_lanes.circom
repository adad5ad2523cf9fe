pragma circom 2.1.6;

// Edge tests of circuits/lib/lanes.circom alone (test/circuits/lib-edges.test.ts): three 16-bit lanes at the bill's 21-bit stride.
// Inputs are public so that --O2 keeps them in the witness for the constraint-level tests.
include "../lib/lanes.circom";

component main {public [packed]} = LaneSplit(3, 21, 16);
