pragma circom 2.1.6;

include "mux3.circom";

// Picks prices[index] where index is given by its 3 bits (already boolean-constrained).
template Select8() {
    signal input prices[8];
    signal input indexBits[3];
    signal output out;

    component mux = Mux3();
    mux.c <== prices;
    mux.s <== indexBits;
    out <== mux.out;
}
