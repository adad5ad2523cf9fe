pragma circom 2.1.6;

// circomlib's EdDSAPoseidonVerifier (enabled = 1) on the inputs of lib_eddsa: the reference our
// verifier must agree with (test/circuits/eddsa-verify.test.ts).
include "eddsaposeidon.circom";

component main {public [Ax, Ay, S, R8x, R8y, M]} = EdDSAPoseidonVerifier();
