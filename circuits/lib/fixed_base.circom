pragma circom 2.1.6;

include "babyjub.circom";
include "montgomery.circom";
include "scalar_mul.circom";

// Fixed-base scalar multiplication on BabyJubJub (docs/scalar-mul.md §5): 2-bit windows added in
// affine Montgomery coordinates, 4 constraints a window (2 a bit) where circomlib's EscalarMulFix
// spends about 2.06 a bit with its segment joins. The incomplete additions start from the offset
// Q0 of scalar_mul.circom, whose discrete log to the base nobody knows.

// The window tables and the final correction are literals for Base8 (curve_tables.circom, generated
// by circuits/build/generate-curve-tables.ts): row i of FBM_BASE8_WINDOWS() holds (w + 1) 4^i B for
// w = 0..3 (row 0: Q0 + (w + 1) B) in Montgomery coordinates, [u0, u1, u2, u3, v0, v1, v2, v3];
// row W - 1 of FBM_BASE8_CORRECTIONS() holds -(Q0 + (4^0 + ... + 4^(W-1)) B), what the sum of the
// windows carries beyond k B. Another base needs its tables generated the same way.

// k B for the n-bit scalar k = sum e[i] 2^i and a constant base B = BASE (twisted Edwards) of
// prime order l; out in twisted Edwards coordinates (the identity is (0, 1)).
// Preconditions: each e[i] is a bit (the caller's Num2Bits); n >= 3.
// Window i holds w_i = e[2i] + 2 e[2i+1] (the last one e[n-1] alone when n is odd) and adds the
// point (w_i + 1) 4^i B, read from a table whose coordinates are linear in e[2i], e[2i+1] and their
// product: Acc = Q0 + sum (w_i + 1) 4^i B = Q0 + k B + (sum 4^i) B, then one complete Edwards
// addition takes the constant part off. An addition is exceptional only when Acc_i = +-T_i, i.e.
// Q0 = m B for a known m: the discrete log of Q0 (docs/scalar-mul.md §3). The same bits on the
// same base give circomlib's EscalarMulFix(n, BASE) result (test/circuits/scalar-mul.test.ts).
// Cost: 4 per full window, 3 for a lone last bit, 1 for window 0, 5 at the end.
template FixedBaseMul(n, BASE) {
    assert(n >= 3 && n <= 254);
    var B8[2] = FBM_BASE8();
    assert(BASE[0] == B8[0] && BASE[1] == B8[1]);
    signal input e[n];
    signal output out[2];
    var A = 168698;
    var W = (n + 1) \ 2;

    signal both[W];        // e[2i] * e[2i+1]
    signal acc[W][2];
    signal lambda[W];
    var WINDOWS[127][8] = FBM_BASE8_WINDOWS();
    for (var i = 0; i < W; i++) {
        var t[8] = WINDOWS[i];
        var tu;
        var tv;
        if (2 * i + 1 < n) {
            both[i] <== e[2 * i] * e[2 * i + 1];
            tu = t[0] + e[2 * i] * (t[1] - t[0]) + e[2 * i + 1] * (t[2] - t[0]) + both[i] * (t[3] - t[2] - t[1] + t[0]);
            tv = t[4] + e[2 * i] * (t[5] - t[4]) + e[2 * i + 1] * (t[6] - t[4]) + both[i] * (t[7] - t[6] - t[5] + t[4]);
        } else {
            both[i] <== 0;
            tu = t[0] + e[2 * i] * (t[1] - t[0]);
            tv = t[4] + e[2 * i] * (t[5] - t[4]);
        }
        if (i == 0) {
            // the table already holds Q0 + (w + 1) B
            acc[0][0] <== tu;
            acc[0][1] <== tv;
            lambda[0] <== 0;
        } else {
            lambda[i] <-- (tv - acc[i - 1][1]) / (tu - acc[i - 1][0]);
            lambda[i] * (tu - acc[i - 1][0]) === tv - acc[i - 1][1];
            acc[i][0] <== lambda[i] * lambda[i] - A - acc[i - 1][0] - tu;
            acc[i][1] <== lambda[i] * (acc[i - 1][0] - acc[i][0]) - acc[i - 1][1];
        }
    }
    component ed = Montgomery2Edwards();
    ed.in <== acc[W - 1];
    var CORRECTIONS[127][2] = FBM_BASE8_CORRECTIONS();
    var C[2] = CORRECTIONS[W - 1];
    component fin = BabyAdd();
    fin.x1 <== ed.out[0];
    fin.y1 <== ed.out[1];
    fin.x2 <== C[0];
    fin.y2 <== C[1];
    out <== [fin.xout, fin.yout];
}
