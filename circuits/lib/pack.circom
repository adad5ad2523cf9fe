pragma circom 2.1.6;

include "bitify.circom";

// Range-checks 12 readings to RB bits and packs them into one element at 16-bit stride
// (spec §3). The range check is what makes the packing injective.
template PackTwelve(RB) {
    assert(RB <= 16);
    signal input readings[12];
    signal output packed;

    var acc = 0;
    for (var i = 0; i < 12; i++) {
        _ <== Num2Bits(RB)(readings[i]);
        acc += readings[i] * (1 << (16 * i));
    }
    packed <== acc;
}
