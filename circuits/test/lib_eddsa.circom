pragma circom 2.1.6;

// Edge tests of circuits/lib/eddsa.circom alone (test/circuits/eddsa-verify.test.ts): our verifier
// on a signature. Inputs are public so that --O2 keeps them in the witness for the
// constraint-level tests; circomlib's verifier runs on the same inputs in lib_eddsa_ref.
include "../lib/eddsa.circom";

component main {public [Ax, Ay, S, R8x, R8y, M]} = EdDSAPoseidonVerify();
