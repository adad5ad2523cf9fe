pragma circom 2.1.6;

include "poseidon.circom";
include "bitify.circom";
include "babyjub.circom";
include "scalar_mul.circom";
include "fixed_base.circom";
include "bands.circom";

// Verifiable disclosure (docs/disclosure-spec.md): the details of a settlement encrypted to the
// regulator's key, proven inside the bill's statement so a prover cannot post anything else.

// The Poseidon permutation on a state of 4 (circomlib's PoseidonEx with its first element as the
// initial state): the permutation zk-kit's and MACI's Poseidon cipher iterate.
template PoseidonPerm4() {
    signal input in[4];
    signal output out[4];
    component p = PoseidonEx(3, 4);
    p.initialState <== in[0];
    for (var i = 0; i < 3; i++) { p.inputs[i] <== in[i + 1]; }
    out <== p.out;
}

// Poseidon encryption of L field elements without the authentication element (construction v3,
// docs/disclosure-spec.md §10): zk-kit's @zk-kit/poseidon-cipher state (0, k0, k1, nonce + L * 2^128),
// three plaintext elements absorbed per permutation, each ciphertext element the state after
// absorbing. zk-kit's last permutation only makes the tag; here the ciphertext is a public signal of
// the proof that computed it, so the proof is its integrity and the tag would cost a permutation and a
// public signal for nothing (decryption: zk-kit's poseidonDecryptWithoutCheck). The plaintext is
// zero-padded to a multiple of 3, so the ciphertext has 3 * ceil(L / 3) elements.
// CHECK_NONCE = 1 range-checks the nonce below 2^128 (the length is folded in above it: a nonce past
// it would alias another length); a caller whose nonce is below 2^128 by its own range checks passes 0.
template PoseidonEncrypt(L, CHECK_NONCE) {
    assert(CHECK_NONCE == 0 || CHECK_NONCE == 1);
    var N = ((L + 2) \ 3) * 3;
    signal input plaintext[L];
    signal input key[2];
    signal input nonce;
    signal output ciphertext[N];

    if (CHECK_NONCE == 1) { _ <== Num2Bits(128)(nonce); }

    component perm[N \ 3];
    signal state[N \ 3 + 1][4];
    state[0][0] <== 0;
    state[0][1] <== key[0];
    state[0][2] <== key[1];
    state[0][3] <== nonce + L * (1 << 128);
    for (var b = 0; b < N \ 3; b++) {
        perm[b] = PoseidonPerm4();
        perm[b].in <== state[b];
        for (var j = 0; j < 3; j++) {
            var k = 3 * b + j;
            if (k < L) {
                ciphertext[k] <== perm[b].out[j + 1] + plaintext[k];
            } else {
                ciphertext[k] <== perm[b].out[j + 1];
            }
        }
        state[b + 1][0] <== perm[b].out[0];
        for (var j = 0; j < 3; j++) { state[b + 1][j + 1] <== ciphertext[3 * b + j]; }
    }
}

// ECDH on BabyJubJub with an ephemeral key, then Poseidon encryption of `details` under a key
// derived from the shared point's y alone (construction v3, docs/disclosure-spec.md §10): the cipher
// key is (S.y, 0). S and -S share their y, so neither the sign of the recipient's x nor that of the
// ephemeral key's x changes the key: the recipient is named by its y on chain, and the regulator
// decrypts with either x of the published ephemeral y.
// Outputs the ephemeral public key and the 3 * ceil(L / 3) ciphertext elements; the caller publishes
// the recipient's y itself (recipient[1]).
// The recipient must be a curve point (BabyCheck) with x != 0: the points with x = 0 are the identity
// (0, 1) and the point of order 2 (0, -1), whose shared point does not depend on the ephemeral secret
// (a key stream anyone computes).
// `nonce` must be unique per recipient key and ephemeral key; the bill passes its (meter, period)
// pair, which the chain settles at most once, so even a reused ephemeral secret never reuses a key
// stream.
// CHECK_INPUTS = 1 (a general caller): the nonce is range-checked below 2^128 (PoseidonEncrypt's
// CHECK_NONCE) and the recipient's x != 0 is a constraint. A caller whose context implies both passes
// 0: the bill's nonce is below 2^104 by its own range checks, and the bill's recipient y is the
// registered key's, which DisclosureKeys accepts only for a curve point with x != 0, i.e. y != +-1;
// on the curve (a x^2 + y^2 = 1 + d x^2 y^2) x = 0 forces y^2 = 1, so BabyCheck with that y already
// excludes x = 0 (-128 and -1 constraints).
template Disclosure(L, CHECK_INPUTS) {
    assert(CHECK_INPUTS == 0 || CHECK_INPUTS == 1);
    var N = ((L + 2) \ 3) * 3;
    signal input details[L];
    signal input ephemeralSecret;
    signal input recipient[2];
    signal input nonce;
    signal output ephemeralKey[2];
    signal output ciphertext[N];

    // Scalars are taken as 251 bits: every residue mod the subgroup order l < 2^251 has a
    // representative there (the TypeScript side draws e in [1, l)), and whatever e the prover
    // picks, both multiplications use the same bits, so E and the shared point stay e's (MACI's
    // ECDH takes 253 bits; 2 bits fewer save ~16 constraints).
    signal eBits[251] <== Num2Bits(251)(ephemeralSecret);

    var BASE8[2] = [
        5299619240641551281634865583518297030282874472190772894086521144482721001553,
        16950150798460657717958625567821834550301663161624707787222815936182638968203
    ];
    ephemeralKey <== FixedBaseMul(251, BASE8)(eBits);

    // The recipient key must be a curve point other than (0, +-1); the caller binds its y.
    BabyCheck()(recipient[0], recipient[1]);
    if (CHECK_INPUTS == 1) {
        signal recipientXInv <-- recipient[0] != 0 ? 1 / recipient[0] : 0;
        recipient[0] * recipientXInv === 1;
    }

    // VarBaseMul rejects a recipient with x = 0 (the identity would make the key stream public)
    component shared = VarBaseMul(251);
    shared.e <== eBits;
    shared.p <== recipient;

    // The encryption key: the shared point's y only (x-only ECDH, as X25519's Montgomery u, a function
    // of the Edwards y); the second key element is the constant 0, zk-kit's key shape.
    ciphertext <== PoseidonEncrypt(L, CHECK_INPUTS)(details, [shared.out[1], 0], nonce);
}

// Details of a bill (docs/disclosure-spec.md §4, §8). Layout v1 (HOURLY = 0): three plaintext elements,
//   0: import energy per price band 0..7, then the demand peak (9 x 28 bits, low bits first)
//   1: export energy per export band 0..7 (8 x 28 bits)
//   2: the meter-signed statement (the digest of the signed readings and the period)
// Layout v2 (HOURLY = 1) appends three elements, one block of the cipher:
//   3, 4, 5: import energy per hour of the tariff's local day, hours 8k..8k+7 in element 3+k
//            (8 x 28 bits each); an hour sums its I / 24 slots over every day of the period.
// What the bill already publishes (tariff commitment, charge, credit, period) is not repeated: the
// regulator reads it in the clear, from the same proof. Tier energies are not packed either: they
// are the period's total import (the sum of element 0's bands) split at the approved tariff's
// allowances, which the regulator holds.
// Inputs: the period's import energy per price band (work and rest days together) and export
// energy per export band (BandEnergies of bands.circom, which the bill prices too), the peak
// (< 2^28), the statement; with HOURLY = 1 also each slot of day's import summed over the period's
// days (< 2^LW each). I and LW bound the sums: every slot's energy is < 2^LW, so a band or an hour
// holds less than I * 2^LW.
// Precondition (asserted): I * 2^LW <= 2^28, so every band and hour sum fits its 28-bit field and
// the packing is injective. The hour sums are linear in the slot energies and their packing is
// linear: no constraint beyond the inputs' assignment.
template BillDetails(I, LW, HOURLY) {
    assert(I * (1 << LW) <= (1 << 28));
    assert(HOURLY == 0 || HOURLY == 1);
    assert(I % 24 == 0);
    signal input importBands[8];
    signal input exportBands[8];
    signal input peak;
    signal input statement;
    signal output details[3 + 3 * HOURLY];

    var packed0 = 0;
    var packed1 = 0;
    for (var b = 0; b < 8; b++) {
        packed0 += importBands[b] * (1 << (28 * b));
        packed1 += exportBands[b] * (1 << (28 * b));
    }
    details[0] <== packed0 + peak * (1 << (28 * 8));
    details[1] <== packed1;
    details[2] <== statement;
    if (HOURLY == 1) {
        signal input slotImport[I];
        // slot s of the local day lies in hour s / (I / 24): a 30-minute day sums pairs
        var SPH = I \ 24;
        var hourly[3];
        for (var k = 0; k < 3; k++) { hourly[k] = 0; }
        for (var s = 0; s < I; s++) {
            var h = s \ SPH;
            hourly[h \ 8] += slotImport[s] * (1 << (28 * (h % 8)));
        }
        for (var k = 0; k < 3; k++) { details[3 + k] <== hourly[k]; }
    }
}

// The bill's disclosure (docs/disclosure-spec.md §4, §5, §10): the L details encrypted to the
// regulator's key, with nonce meterId + 2^64 periodStart (unique per settlement, since the chain
// settles a (meter, period) once; below 2^104 by the bill's range checks on meterId and periodStart,
// so the cipher's 2^128 range check is implied and left out, as is x != 0: see Disclosure).
// Publishes the ephemeral key's y only (the key depends on the shared point's y, the same for both x
// of that y) and the 3 * ceil(L / 3) ciphertext elements (3 for layout v1, 6 for v2). The caller
// publishes recipient[1], the key's y that the chain compares with the key in force.
template BillDisclosure(L) {
    var C = ((L + 2) \ 3) * 3;
    signal input details[L];
    signal input meterId;        // < 2^64 (checked by the bill)
    signal input periodStart;    // < 2^40 (checked by the bill)
    signal input ephemeralSecret;
    signal input recipient[2];
    signal output ephemeralY;
    signal output ciphertext[C];

    component d = Disclosure(L, 0);
    d.details <== details;
    d.ephemeralSecret <== ephemeralSecret;
    d.recipient <== recipient;
    d.nonce <== meterId + (1 << 64) * periodStart;
    ephemeralY <== d.ephemeralKey[1];
    ciphertext <== d.ciphertext;
}
