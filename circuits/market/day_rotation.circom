pragma circom 2.1.6;

include "bitify.circom";

// docs/market-spec.md §11: the rotation of a delivery day. day = q * MAXD + r with q < 2^32 and
// r < 2^RB is an integer equation (< 2^38 << p), so r = day (mod MAXD): r is day mod MAXD or
// that plus a multiple of MAXD, and RotateDays rotates by r modulo MAXD, the same rotation either
// way; no r < MAXD comparison is needed. Outputs r's RB bits (RB = bits of MAXD - 1).
// Precondition: none on day (a day >= 2^32 * MAXD has no witness; real days are < 2^17).
template DayResidue(MAXD, RB) {
    assert(MAXD >= 2 && (1 << RB) >= MAXD && (1 << (RB - 1)) < MAXD);
    signal input day;
    signal output bits[RB];

    signal q <-- day \ MAXD;
    signal residue <-- day % MAXD;
    _ <== Num2Bits(32)(q);
    bits <== Num2Bits(RB)(residue);
    day === q * MAXD + residue;
}

// docs/market-spec.md §11: rotates a list of MAXD days of W elements each by r = sum bits[b] 2^b
// days, cyclically: out[d][k] = in[(d + r) mod MAXD][k]. A barrel shifter: stage b rotates by
// 2^b mod MAXD days or not, one constraint per element per stage (RB * MAXD * W in all); the
// rotations compose modulo MAXD, so r needs no reduction here (DayResidue makes it < MAXD).
// Precondition: bits are boolean (DayResidue's are).
template RotateDays(MAXD, W, RB) {
    signal input in[MAXD][W];
    signal input bits[RB];
    signal output out[MAXD][W];

    signal stage[RB + 1][MAXD][W];
    stage[0] <== in;
    for (var b = 0; b < RB; b++) {
        var shift = (1 << b) % MAXD;
        for (var d = 0; d < MAXD; d++) {
            for (var k = 0; k < W; k++) {
                var moved = stage[b][(d + shift) % MAXD][k];
                stage[b + 1][d][k] <== stage[b][d][k] + bits[b] * (moved - stage[b][d][k]);
            }
        }
    }
    out <== stage[RB];
}
