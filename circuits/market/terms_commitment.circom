pragma circom 2.1.6;

include "bitify.circom";
include "poseidon.circom";

// docs/market-spec.md §4: range-checks every term to its width and commits to them as
// Poseidon5(TAG_TERMS, salt, w[0], w[1], w[2]) over their bit string cut into 248-bit words.
// Outputs the band selector bits so nothing is decomposed twice.
template TermsCommitment(I) {
    signal input multiplier;        // a + 2^15
    signal input adders[8];         // b_k + 2^31
    signal input standingPerDay;
    signal input taxBps;
    signal input bands[I];
    signal input salt;

    signal output commitment;
    signal output bandBits[I][3];

    var WORD = 248;
    var words[3];
    for (var w = 0; w < 3; w++) { words[w] = 0; }
    var pos = 0;

    signal multiplierBits[16] <== Num2Bits(16)(multiplier);
    for (var b = 0; b < 16; b++) { words[pos \ WORD] += multiplierBits[b] * (1 << (pos % WORD)); pos++; }

    signal adderBits[8][32];
    for (var k = 0; k < 8; k++) {
        adderBits[k] <== Num2Bits(32)(adders[k]);
        for (var b = 0; b < 32; b++) { words[pos \ WORD] += adderBits[k][b] * (1 << (pos % WORD)); pos++; }
    }

    signal standingBits[48] <== Num2Bits(48)(standingPerDay);
    for (var b = 0; b < 48; b++) { words[pos \ WORD] += standingBits[b] * (1 << (pos % WORD)); pos++; }

    signal taxBits[14] <== Num2Bits(14)(taxBps);
    _ <== Num2Bits(14)(10000 - taxBps);   // taxBps <= 10000 as a range check (as in the bill)
    for (var b = 0; b < 14; b++) { words[pos \ WORD] += taxBits[b] * (1 << (pos % WORD)); pos++; }

    for (var s = 0; s < I; s++) {
        bandBits[s] <== Num2Bits(3)(bands[s]);
        for (var b = 0; b < 3; b++) { words[pos \ WORD] += bandBits[s][b] * (1 << (pos % WORD)); pos++; }
    }
    assert(pos <= 3 * WORD);

    commitment <== Poseidon(5)([10399524210505443395830460816088847925278257, salt, words[0], words[1], words[2]]);
}
