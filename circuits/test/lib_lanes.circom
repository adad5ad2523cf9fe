pragma circom 2.1.6;

// Edge tests of circuits/lib/lanes.circom alone (test/circuits/lib-edges.test.ts): three 16-bit lanes at the bill's 21-bit stride.
include "../lib/lanes.circom";

component main = LaneSplit(3, 21, 16);
