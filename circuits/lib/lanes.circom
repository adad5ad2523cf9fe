pragma circom 2.1.6;

include "bitify.circom";

// Splits a packed sum into LANES lanes at a STRIDE-bit pitch, each range-checked to LW bits
// (LW <= STRIDE, LANES * STRIDE < 253). The representation is then unique over the integers,
// so the lanes are exactly the per-slot sums that were packed (spec §3, §6).
template LaneSplit(LANES, STRIDE, LW) {
    assert(LW <= STRIDE);
    assert(LANES * STRIDE <= 252);
    signal input packed;
    signal output lanes[LANES];

    var acc = 0;
    for (var i = 0; i < LANES; i++) {
        lanes[i] <-- (packed >> (STRIDE * i)) & ((1 << STRIDE) - 1);
        _ <== Num2Bits(LW)(lanes[i]);
        acc += lanes[i] * (1 << (STRIDE * i));
    }
    acc === packed;
}
