pragma circom 2.1.6;

include "babyjub.circom";
include "montgomery.circom";
include "scalar_mul.circom";

// Fixed-base scalar multiplication on BabyJubJub (docs/scalar-mul.md §5): 2-bit windows added in
// affine Montgomery coordinates, 4 constraints a window (2 a bit) where circomlib's EscalarMulFix
// spends about 2.06 a bit with its segment joins. The incomplete additions start from the offset
// Q0 of scalar_mul.circom, whose discrete log to the base nobody knows.

// The table of window i: (w + 1) 4^i B for w = 0..3 (window 0: Q0 + (w + 1) B), Montgomery
// coordinates, as [u0, u1, u2, u3, v0, v1, v2, v3]; compile-time constants. (bx, by) is 4^i B,
// which the caller carries from window to window: doubling B 2i times here instead made the
// witness calculator redo ~16,000 Edwards additions (each a field inversion) per FixedBaseMul(253),
// most of the time of every bill witness; the constants, and so the R1CS, are the same.
function fbm_window(bx, by, i) {
    var b[2] = [bx, by];
    var t[8];
    var q[2] = VBM_OFFSET();
    var p[2] = [0, 1];
    if (i == 0) { p = q; }
    for (var w = 0; w < 4; w++) {
        p = vbm_edwards_add(p[0], p[1], b[0], b[1]);
        t[w] = (1 + p[1]) / (1 - p[1]);
        t[4 + w] = t[w] / p[0];
    }
    return t;
}

// -(Q0 + (4^0 + 4^1 + ... + 4^(W-1)) B) in twisted Edwards coordinates: what the sum of the
// windows carries beyond k B.
function fbm_correction(bx, by, W) {
    var b[2] = [bx, by];
    var s[2] = VBM_OFFSET();
    for (var i = 0; i < W; i++) {
        s = vbm_edwards_add(s[0], s[1], b[0], b[1]);
        b = vbm_edwards_add(b[0], b[1], b[0], b[1]);
        b = vbm_edwards_add(b[0], b[1], b[0], b[1]);
    }
    return [-s[0], s[1]];
}

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
    assert(n >= 3);
    signal input e[n];
    signal output out[2];
    var A = 168698;
    var W = (n + 1) \ 2;

    signal both[W];        // e[2i] * e[2i+1]
    signal acc[W][2];
    signal lambda[W];
    var b[2] = [BASE[0], BASE[1]]; // 4^i B for window i
    for (var i = 0; i < W; i++) {
        var t[8] = fbm_window(b[0], b[1], i);
        b = vbm_edwards_add(b[0], b[1], b[0], b[1]);
        b = vbm_edwards_add(b[0], b[1], b[0], b[1]);
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
    var C[2] = fbm_correction(BASE[0], BASE[1], W);
    component fin = BabyAdd();
    fin.x1 <== ed.out[0];
    fin.y1 <== ed.out[1];
    fin.x2 <== C[0];
    fin.y2 <== C[1];
    out <== [fin.xout, fin.yout];
}
