pragma circom 2.1.6;

// Edge tests of circuits/lib/select8.circom alone (test/circuits/lib-edges.test.ts).
include "../lib/select8.circom";

component main = Select8();
