pragma circom 2.1.6;

include "poseidon.circom";

// Spec §3: chain h[b+1] = Poseidon16(h[b], 15 packed elements), h[0] = TAG_SERIES.
// Every chain state is output so the caller can pick the one where the series ends.
template SeriesChain(NELEM) {
    var NBLK = (NELEM + 14) \ 15;
    signal input elems[NELEM];
    signal output states[NBLK + 1];

    states[0] <== 2662278197889393509332597950471996538138555953;
    for (var b = 0; b < NBLK; b++) {
        var absorbed[16];
        absorbed[0] = states[b];
        for (var k = 0; k < 15; k++) {
            var j = 15 * b + k;
            absorbed[k + 1] = j < NELEM ? elems[j] : 0;
        }
        states[b + 1] <== Poseidon(16)(absorbed);
    }
}
