pragma circom 2.2.0;

// A tiny circuit for the foundation test (test/foundation/): small enough to
// prove in a second, yet shaped like the bill circuit: private inputs, a
// circomlib Poseidon hash as output, and a public input bound by a square
// constraint, so tampering with either kind of public signal is observable.
include "circomlib/circuits/poseidon.circom";

template FoundationTiny() {
    signal input secretA;
    signal input secretB;
    signal input domain;   // public input

    signal output digest;  // Poseidon2(secretA, secretB)
    signal output product; // secretA * secretB

    digest <== Poseidon(2)([secretA, secretB]);
    product <== secretA * secretB;

    // Bind the public input: an unconstrained public input would not be bound by the proof.
    signal domainSquared;
    domainSquared <== domain * domain;
}

component main {public [domain]} = FoundationTiny();
