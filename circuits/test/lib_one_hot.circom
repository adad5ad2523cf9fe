pragma circom 2.1.6;

// Edge tests of circuits/lib/one_hot.circom alone (test/circuits/lib-edges.test.ts): values 1..4.
include "../lib/one_hot.circom";

component main = OneHot(4, 1);
