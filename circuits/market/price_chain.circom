pragma circom 2.1.6;

include "bitify.circom";
include "poseidon.circom";

// docs/market-spec.md §3: one delivery day's link of a zone's price feed.
//   prices[I]: the day's signed prices (cents/MWh) as field elements (negative p is p + field).
//   Each is range-checked to -2^31..2^31-1 through its biased value u = p + 2^31 (32 bits): the
//   packing f[j] = sum u[6j+k] 2^(32k) is then unique, so the link binds every single price.
//   out = Poseidon6(prev, day, f[0..3]), then Poseidon6(h, next 5 elements) until all are absorbed.
template PriceDayLink(I) {
    assert(I == 24 || I == 48 || I == 96);
    var NF = I \ 6;
    signal input prev;
    signal input day;
    signal input prices[I];
    signal output out;

    var f[16];
    for (var j = 0; j < 16; j++) { f[j] = 0; }
    for (var s = 0; s < I; s++) {
        _ <== Num2Bits(32)(prices[s] + (1 << 31));
        f[s \ 6] += (prices[s] + (1 << 31)) * (1 << (32 * (s % 6)));
    }
    // ceil((NF - 4) / 5) further permutations after the first
    var NPERM = 1;
    if (NF > 4) { NPERM += (NF - 4 + 4) \ 5; }
    signal h[NPERM];
    var first[6];
    first[0] = prev;
    first[1] = day;
    for (var k = 0; k < 4; k++) { first[k + 2] = k < NF ? f[k] : 0; }
    h[0] <== Poseidon(6)(first);
    for (var g = 1; g < NPERM; g++) {
        var block[6];
        block[0] = h[g - 1];
        for (var k = 0; k < 5; k++) {
            var j = 4 + 5 * (g - 1) + k;
            block[k + 1] = j < NF ? f[j] : 0;
        }
        h[g] <== Poseidon(6)(block);
    }
    out <== h[NPERM - 1];
}
