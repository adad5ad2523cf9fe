pragma circom 2.1.6;

// Edge tests of circuits/lib/bands.circom alone (test/circuits/lib-edges.test.ts): four slots'
// energy by band. Inputs are public so that --O2 keeps them in the witness for the
// constraint-level tests.
include "../lib/bands.circom";

component main {public [energy, indexBits]} = BandEnergies(4);
