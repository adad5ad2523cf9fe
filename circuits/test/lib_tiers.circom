pragma circom 2.1.6;

// Edge tests of circuits/lib/tiers.circom alone (test/circuits/lib-edges.test.ts).
include "../lib/tiers.circom";

component main = TierEnergies();
