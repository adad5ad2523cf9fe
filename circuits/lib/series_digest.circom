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

// Spec §3: the slot-sums digest (v2). NS per-slot sums (each < 2^32: the caller range-checks them,
// so the packing is injective) packed 7 per element at a 32-bit stride (linear, free), then absorbed
// like a series, h[b+1] = Poseidon(h[b], the block's elements), h[0] = TAG_SLOTS, except that each
// block's Poseidon is only as wide as the elements it holds (at most 15): NS is fixed by the
// circuit, so no block is zero-padded. The meter signs the digest of its exports' sums by slot of the
// day, so that a bill hashes ceil(I/7) elements for its exports instead of the whole series; one
// Poseidon of 1 + ceil(I/7) inputs (5 for hourly slots: 309 constraints instead of Poseidon16's 573).
template SlotSumsDigest(NS) {
    var NE = (NS + 6) \ 7;
    var NBLK = (NE + 14) \ 15;
    signal input sums[NS];
    signal output digest;

    var elems[NE];
    for (var j = 0; j < NE; j++) { elems[j] = 0; }
    for (var q = 0; q < NS; q++) { elems[q \ 7] += sums[q] * (1 << (32 * (q % 7))); }
    signal states[NBLK + 1];
    states[0] <== 10399524210505443395830460745998310254212658;
    component block[NBLK];
    for (var b = 0; b < NBLK; b++) {
        var width = NE - 15 * b < 15 ? NE - 15 * b : 15;
        block[b] = Poseidon(1 + width);
        block[b].inputs[0] <== states[b];
        for (var k = 0; k < width; k++) { block[b].inputs[k + 1] <== elems[15 * b + k]; }
        states[b + 1] <== block[b].out;
    }
    digest <== states[NBLK];
}
