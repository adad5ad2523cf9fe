pragma circom 2.1.6;

include "bitify.circom";
include "poseidon.circom";
include "babyjub.circom";
include "montgomery.circom";
include "fixed_base.circom";
include "scalar_mul.circom";
include "const_compare.circom";

// EdDSA-Poseidon signature verification on BabyJubJub (docs/scalar-mul.md §4): accepts exactly
// the (A, R8, S, M) that circomlib's EdDSAPoseidonVerifier accepts with enabled = 1, at 976
// constraints less (3,231 against 4,207) (VarBaseMulMont for h * 8A, the doublings of A in Montgomery coordinates,
// cheaper comparisons for S < l and the strict bits of h).
// Checks S * B8 = R8 + h * 8A with h = Poseidon(R8x, R8y, Ax, Ay, M), plus circomlib's side rules:
//   S < l (the subgroup order): no malleable S + l;
//   h by its strict (unique) 254-bit decomposition: h * 8A is computed for h itself, not h + p;
//   8A != O: A is not of small order (circomlib asks x(4A) != 0, the same condition).
// Preconditions: A and R8 are on the curve (the caller's BabyCheck, as with circomlib's template,
// whose results off the curve are not a specification).
template EdDSAPoseidonVerify() {
    signal input Ax;
    signal input Ay;
    signal input S;
    signal input R8x;
    signal input R8y;
    signal input M;

    // S < l = 2736030358979909402780800718157159386076813972158567259200215660948447373041 < 2^251:
    // its 251 bits, then bits <= l - 1 by runs of the constant (186 constraints: 437 where
    // Num2Bits(253) + CompConstant spent 513); the fixed-base multiplication then takes 251 bits.
    var L = 2736030358979909402780800718157159386076813972158567259200215660948447373041;
    signal sBits[251] <== Num2Bits(251)(S);
    BitsLessEqConst(251, L - 1)(sBits);

    // h by its unique bits: 254 bits <= p - 1 (164 constraints where Num2Bits_strict's
    // CompConstant spends 261), so the bits are h itself, never h + p
    signal h <== Poseidon(5)([R8x, R8y, Ax, Ay, M]);
    signal hBits[254] <== Num2Bits(254)(h);
    BitsLessEqConst(254, -1)(hBits);

    // 8A in Montgomery coordinates. Ax != 0 rules out (0, 1) and (0, -1), the two points the
    // Montgomery map cannot take (at (0, -1) it leaves v free). An affine Montgomery doubling is
    // unsatisfiable on a point of order 2 (v = 0 while 3u^2 + 2Au + 1 != 0 for A^2 != 4), so the
    // three doublings are satisfiable exactly when 8A != O.
    signal axInv <-- Ax != 0 ? 1 / Ax : 0;
    axInv * Ax === 1;
    component mont = Edwards2Montgomery();
    mont.in <== [Ax, Ay];
    component dbl[3];
    for (var i = 0; i < 3; i++) {
        dbl[i] = MontgomeryDouble();
        dbl[i].in <== i == 0 ? mont.out : dbl[i - 1].out;
    }
    // h * 8A: 8A has prime order l, v != 0
    signal hA[2] <== VarBaseMulMont(254)(hBits, dbl[2].out);

    var BASE8[2] = [
        5299619240641551281634865583518297030282874472190772894086521144482721001553,
        16950150798460657717958625567821834550301663161624707787222815936182638968203
    ];
    // S * B8 by 2-bit windows (fixed_base.circom: 505 where EscalarMulFix(251) takes 518)
    signal sB[2] <== FixedBaseMul(251, BASE8)(sBits);

    component right = BabyAdd();
    right.x1 <== R8x;
    right.y1 <== R8y;
    right.x2 <== hA[0];
    right.y2 <== hA[1];
    sB[0] === right.xout;
    sB[1] === right.yout;
}
