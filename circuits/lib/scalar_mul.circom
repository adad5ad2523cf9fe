pragma circom 2.1.6;

include "babyjub.circom";
include "montgomery.circom";

// Variable-base scalar multiplication on BabyJubJub (docs/scalar-mul.md): a signed-digit
// double-and-add in affine Montgomery coordinates, 6 constraints a bit where circomlib's
// EscalarMulAny spends about 9. Its incomplete additions are kept away from their exceptional
// cases by an offset point Q0 whose discrete logarithm nobody knows (derivation in
// docs/scalar-mul.md §2, re-derived by test/circuits/scalar-mul.test.ts).
//
// BabyJubJub in Montgomery form: B v^2 = u^3 + A u^2 + u with A = 2 (a + d) / (a - d) = 168698 and
// B = 4 / (a - d) = 1; the maps are u = (1 + y) / (1 - y), v = u / x and back x = u / v,
// y = (u - 1) / (u + 1) (circomlib's Edwards2Montgomery / Montgomery2Edwards).

// Q0 = 8 * (the first point of try-and-increment on sha256("wattproof/scalar-mul/offset/v1/<counter>")
// as y, x the root <= (p - 1) / 2; counter 0 succeeds), in twisted Edwards coordinates.
function VBM_OFFSET() {
    return [
        8637708737370289964725929149337879036475643909314490867878931568854308551817,
        2526211988866215842003077357211719924394219950793256465944525620126522648895
    ];
}

// Twisted Edwards addition of two constant points (complete: d is not a square).
function vbm_edwards_add(x1, y1, x2, y2) {
    var a = 168700;
    var d = 168696;
    var t = d * x1 * x2 * y1 * y2;
    return [(x1 * y2 + y1 * x2) / (1 + t), (y1 * y2 - a * x1 * x2) / (1 - t)];
}

// -(2^k * Q0) in twisted Edwards coordinates: the constant VarBaseMulMont(k + 1) removes at the end.
function vbm_neg_offset_multiple(k) {
    var q[2] = VBM_OFFSET();
    for (var i = 0; i < k; i++) { q = vbm_edwards_add(q[0], q[1], q[0], q[1]); }
    return [-q[0], q[1]];
}

// One step of the ladder, Acc' = 2 * Acc + c * P with c = 2 * bit - 1, computed as
// (Acc + c * P) + Acc: only the middle point's u is materialized (Eisenträger-Lauter-Montgomery).
//   lambda1 = (c v_P - v) / (u_P - u)            slope of Acc, c * P
//   u_mid   = lambda1^2 - A - u - u_P             (B = 1)
//   lambda2 = 2 v / (u - u_mid) - lambda1         slope of Acc, Acc + c * P (its v folded in)
//   u'      = lambda2^2 - A - u_mid - u
//   v'      = lambda2 * (u - u') - v
// Each slope is forced by one constraint unless its two points share u (u_P = u or u_mid = u),
// i.e. Acc = +-P or 2 * Acc + c * P = O: the exceptional cases of docs/scalar-mul.md §3.
// Inputs: the accumulator and P in Montgomery coordinates, the bit (a bit: the caller's Num2Bits).
template VbmStep() {
    signal input acc[2];
    signal input p[2];
    signal input bit;
    signal output out[2];
    var A = 168698;

    // c * v_P: the one product the signed digit costs
    signal cy <== (2 * bit - 1) * p[1];
    signal lambda1 <-- (cy - acc[1]) / (p[0] - acc[0]);
    lambda1 * (p[0] - acc[0]) === cy - acc[1];
    signal midU <== lambda1 * lambda1 - A - acc[0] - p[0];
    signal lambda2 <-- 2 * acc[1] / (acc[0] - midU) - lambda1;
    (lambda1 + lambda2) * (acc[0] - midU) === 2 * acc[1];
    out[0] <== lambda2 * lambda2 - A - midU - acc[0];
    out[1] <== lambda2 * (acc[0] - out[0]) - acc[1];
}

// Incomplete Montgomery addition p1 + p2 (3 constraints); exceptional when u1 = u2.
template VbmAdd() {
    signal input p1[2];
    signal input p2[2];
    signal output out[2];
    var A = 168698;

    signal lambda <-- (p2[1] - p1[1]) / (p2[0] - p1[0]);
    lambda * (p2[0] - p1[0]) === p2[1] - p1[1];
    out[0] <== lambda * lambda - A - p1[0] - p2[0];
    out[1] <== lambda * (p1[0] - out[0]) - p1[1];
}

// k * P for the n-bit scalar k = sum e[i] 2^i and P in Montgomery coordinates; out in twisted
// Edwards coordinates (the identity is (0, 1)).
// Preconditions: each e[i] is a bit (the caller's Num2Bits); P is a curve point other than O and
// (0, 0), so v_P != 0 (EdDSAPoseidonVerify's doublings of A give one; VarBaseMul converts an
// Edwards point with x != 0); n >= 2.
// Algorithm (docs/scalar-mul.md §1), with c_i = 2 e[i] - 1:
//   Acc = Q0 + P;  for i = n-1 .. 1: Acc = 2 Acc + c_i P     -> Acc = 2^(n-1) Q0 + (k - e[0] + 1) P
//   Acc = e[0] ? Acc : Acc - P                                 -> Acc = 2^(n-1) Q0 + k P
//   out = Edwards(Acc) - 2^(n-1) Q0   (complete twisted Edwards addition with a constant)
// Every Montgomery addition is incomplete. For P of prime order l (or any P whose component of
// order l is not O), reaching an exceptional case (two points with the same u, or Acc = O) means
// the prover exhibited 2^j Q0 = m P for known j, m: the discrete log of Q0 to base P
// (docs/scalar-mul.md §3). Short of that every slope is forced and out = k P. For P of small order
// no case is exceptional (Q0 has order l). The last addition is complete, so k P = O (k = 0,
// k = l, ...) is reached honestly.
// Cost: 6 (n - 1) + 15 constraints (about 4 fewer once --O2 folds the constant addition).
template VarBaseMulMont(n) {
    assert(n >= 2);
    signal input e[n];
    signal input p[2];
    signal output out[2];

    var Q[2] = VBM_OFFSET();
    // Q0 in Montgomery coordinates (a compile-time constant)
    var QU = (1 + Q[1]) / (1 - Q[1]);
    var QV = QU / Q[0];

    signal acc[n][2];
    acc[0] <== VbmAdd()([QU, QV], p);
    for (var j = 1; j < n; j++) {
        acc[j] <== VbmStep()(acc[j - 1], p, e[n - j]);
    }
    // the lowest bit: subtract P when it is 0 (computed either way, then selected)
    signal less[2] <== VbmAdd()(acc[n - 1], [p[0], -p[1]]);
    signal kU <== less[0] + e[0] * (acc[n - 1][0] - less[0]);
    signal kV <== less[1] + e[0] * (acc[n - 1][1] - less[1]);
    component ed = Montgomery2Edwards();
    ed.in <== [kU, kV];
    var NQ[2] = vbm_neg_offset_multiple(n - 1);
    component fin = BabyAdd();
    fin.x1 <== ed.out[0];
    fin.y1 <== ed.out[1];
    fin.x2 <== NQ[0];
    fin.y2 <== NQ[1];
    out <== [fin.xout, fin.yout];
}

// k * P for the n-bit scalar k = sum e[i] 2^i and P in twisted Edwards coordinates; the drop-in
// for circomlib's EscalarMulAny(n): the same result for every P of the prime-order subgroup but
// the identity, and every bit pattern.
// Preconditions: each e[i] is a bit; P is on the curve (the caller's BabyCheck).
// Differences from EscalarMulAny, both rejections: P with x = 0, i.e. the identity (0, 1)
// (EscalarMulAny returns the identity) and the point (0, -1) of order 2 (EscalarMulAny's
// Edwards2Montgomery leaves v free there: any output). Off the subgroup, P = P_l + T with T of
// order dividing 8 gives k P whenever P_l != O short of the discrete-log relation above, and k P
// for small-order P with x != 0 (docs/scalar-mul.md §3).
// Cost: 6 (n - 1) + 18 constraints before --O2.
template VarBaseMul(n) {
    signal input e[n];
    signal input p[2];
    signal output out[2];

    // x != 0: the Montgomery map needs it (v = u / x), and it rules out O and (0, -1)
    signal xInv <-- p[0] != 0 ? 1 / p[0] : 0;
    xInv * p[0] === 1;
    component mont = Edwards2Montgomery();
    mont.in <== p;
    out <== VarBaseMulMont(n)(e, mont.out);
}
