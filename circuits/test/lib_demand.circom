pragma circom 2.1.6;

// Edge tests of circuits/lib/demand.circom alone (test/circuits/lib-edges.test.ts).
// Inputs are public so that --O2 keeps them in the witness for the constraint-level tests.
include "../lib/demand.circom";

component main {public [readings, inWindow]} = PeakDemand(6, 16);
