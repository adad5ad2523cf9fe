pragma circom 2.1.6;

// Edge tests of circuits/lib/disclosure.circom alone (test/circuits/disclosure.test.ts): five
// packed details to one recipient. Inputs are public so that --O2 keeps them in the witness for
// the constraint-level tests.
include "../lib/disclosure.circom";

component main {public [details, recipient, nonce]} = Disclosure(5, 1);
