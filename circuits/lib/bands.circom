pragma circom 2.1.6;

// Energy by price band (docs/bill-spec.md §6: energy = sum over slots of energy * price[band]).
// Pricing per band instead of per slot: a slot's energy is routed to its band's bin (7 products),
// the bins are added over slots (linear, free) and each bin is multiplied by its price once
// (8 products), instead of selecting a price per slot (a Mux3: 8 constraints) and multiplying
// (1). The bins are also exactly what the disclosure encrypts (docs/disclosure-spec.md §4).

// Splits `energy` by a 3-bit band index (bits LSB first, already boolean-constrained):
// out[k] = energy if the index is k, else 0. A binary tree of products, 7 constraints (one
// product per internal node; each left child is its parent minus the right child).
// Precondition: indexBits are 0 or 1 (the caller's Num2Bits); with a non-boolean bit the outputs
// still add up to `energy` but are not a one-hot split.
template BandSplit8() {
    signal input energy;
    signal input indexBits[3];
    signal output out[8];

    signal hi <== energy * indexBits[2];
    signal mid[2];
    mid[1] <== hi * indexBits[1];
    mid[0] <== (energy - hi) * indexBits[1];
    var node[4] = [energy - hi - mid[0], mid[0], hi - mid[1], mid[1]];   // index >> 1 = 0..3
    signal odd[4];
    for (var q = 0; q < 4; q++) {
        odd[q] <== node[q] * indexBits[0];
        out[2 * q] <== node[q] - odd[q];
        out[2 * q + 1] <== odd[q];
    }
}

// out[b] = sum of energy[s] over the N slots whose band index (indexBits[s], LSB first,
// boolean-constrained by the caller) is b. 7 N constraints.
template BandEnergies(N) {
    signal input energy[N];
    signal input indexBits[N][3];
    signal output out[8];

    var acc[8];
    for (var b = 0; b < 8; b++) { acc[b] = 0; }
    component split[N];
    for (var s = 0; s < N; s++) {
        split[s] = BandSplit8();
        split[s].energy <== energy[s];
        split[s].indexBits <== indexBits[s];
        for (var b = 0; b < 8; b++) { acc[b] += split[s].out[b]; }
    }
    out <== acc;
}
