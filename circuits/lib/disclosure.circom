pragma circom 2.1.6;

include "poseidon.circom";
include "bitify.circom";
include "babyjub.circom";
include "escalarmulany.circom";
include "escalarmulfix.circom";

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

// Poseidon encryption of L field elements (the construction of @zk-kit/poseidon-cipher, after
// Khovratovich's "Encryption with Poseidon"): state (0, k0, k1, nonce + L * 2^128), absorb three
// plaintext elements per permutation, each ciphertext element the state after absorbing, and a
// last permutation's state[1] as the authentication element. The plaintext is zero-padded to a
// multiple of 3, so the ciphertext has 3 * ceil(L / 3) + 1 elements.
template PoseidonEncrypt(L) {
    var N = ((L + 2) \ 3) * 3;
    signal input plaintext[L];
    signal input key[2];
    signal input nonce;
    signal output ciphertext[N + 1];

    // The length is folded in above 2^128: a nonce past it would alias another length.
    _ <== Num2Bits(128)(nonce);

    component perm[N \ 3 + 1];
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
    perm[N \ 3] = PoseidonPerm4();
    perm[N \ 3].in <== state[N \ 3];
    ciphertext[N] <== perm[N \ 3].out[1];
}

// ECDH on BabyJubJub with an ephemeral key, then Poseidon encryption of `details` under a key
// derived from the shared point. Outputs what the settlement publishes: the hash of the recipient
// key (checked on chain against the key in force), the ephemeral public key and the ciphertext.
// `nonce` must be unique per recipient key and ephemeral key; the bill passes its (meter, period)
// pair, which the chain settles at most once, so even a reused ephemeral secret never reuses a
// key stream.
template Disclosure(L) {
    var N = ((L + 2) \ 3) * 3;
    signal input details[L];
    signal input ephemeralSecret;
    signal input recipient[2];
    signal input nonce;
    signal output recipientHash;
    signal output ephemeralKey[2];
    signal output ciphertext[N + 1];

    // Scalars are taken as 253 bits (as MACI's ECDH does); the subgroup order is below 2^251, so
    // every scalar acts as itself mod that order on both multiplications.
    signal eBits[253] <== Num2Bits(253)(ephemeralSecret);

    var BASE8[2] = [
        5299619240641551281634865583518297030282874472190772894086521144482721001553,
        16950150798460657717958625567821834550301663161624707787222815936182638968203
    ];
    component epk = EscalarMulFix(253, BASE8);
    epk.e <== eBits;
    ephemeralKey <== epk.out;

    // The recipient key must be a curve point; its hash binds it to the key registry's.
    BabyCheck()(recipient[0], recipient[1]);
    recipientHash <== Poseidon(2)(recipient);

    component shared = EscalarMulAny(253);
    shared.e <== eBits;
    shared.p <== recipient;

    // The encryption key: the shared point's coordinates, as in MACI's ECDH key.
    ciphertext <== PoseidonEncrypt(L)(details, shared.out, nonce);
}

// Splits `energy` by a 3-bit band index (bits LSB first, already boolean-constrained, as Select8
// reads them): out[k] = energy if the index is k, else 0. A binary tree of products, 7 constraints
// (one product per internal node; each left child is its parent minus the right child).
template BandSplit8() {
    signal input energy;
    signal input indexBits[3];
    signal output out[8];

    signal hi <== energy * indexBits[2];
    signal mid[2];
    mid[1] <== hi * indexBits[1];
    mid[0] <== (energy - hi) * indexBits[1];
    var node[4] = [energy - hi - mid[0], mid[0], hi - mid[1], mid[1]];   // index >> 1 = 0..3
    signal odd[4];
    for (var q = 0; q < 4; q++) {
        odd[q] <== node[q] * indexBits[0];
        out[2 * q] <== node[q] - odd[q];
        out[2 * q + 1] <== odd[q];
    }
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
// Inputs: per slot of day, the energy on work days, on rest days and exported (each < 2^LW), each
// slot's band index bits for the three schedules; the peak (< 2^28); the statement.
// Precondition (asserted): I * 2^LW <= 2^28, so every band sum and every hour's sum (at most the
// period's total import, below I * 2^LW) fits its 28-bit field and the packing is injective. The
// hour sums are linear in the slot energies and their packing is linear: no constraint.
template BillDetails(I, LW, HOURLY) {
    assert(I * (1 << LW) <= (1 << 28));
    assert(HOURLY == 0 || HOURLY == 1);
    assert(I % 24 == 0);
    signal input workEnergy[I];
    signal input restEnergy[I];
    signal input exportEnergy[I];
    signal input workBandBits[I][3];
    signal input restBandBits[I][3];
    signal input exportBandBits[I][3];
    signal input peak;
    signal input statement;
    signal output details[3 + 3 * HOURLY];

    var bands[8];
    var exportBands[8];
    for (var b = 0; b < 8; b++) { bands[b] = 0; exportBands[b] = 0; }
    component work[I];
    component rest[I];
    component exp[I];
    for (var s = 0; s < I; s++) {
        work[s] = BandSplit8();
        work[s].energy <== workEnergy[s];
        work[s].indexBits <== workBandBits[s];
        rest[s] = BandSplit8();
        rest[s].energy <== restEnergy[s];
        rest[s].indexBits <== restBandBits[s];
        exp[s] = BandSplit8();
        exp[s].energy <== exportEnergy[s];
        exp[s].indexBits <== exportBandBits[s];
        for (var b = 0; b < 8; b++) {
            bands[b] += work[s].out[b] + rest[s].out[b];
            exportBands[b] += exp[s].out[b];
        }
    }
    var packed0 = 0;
    var packed1 = 0;
    for (var b = 0; b < 8; b++) {
        packed0 += bands[b] * (1 << (28 * b));
        packed1 += exportBands[b] * (1 << (28 * b));
    }
    details[0] <== packed0 + peak * (1 << (28 * 8));
    details[1] <== packed1;
    details[2] <== statement;
    if (HOURLY == 1) {
        // slot s of the local day lies in hour s / (I / 24): a 30-minute day sums pairs
        var SPH = I \ 24;
        var hourly[3];
        for (var k = 0; k < 3; k++) { hourly[k] = 0; }
        for (var s = 0; s < I; s++) {
            var h = s \ SPH;
            hourly[h \ 8] += (workEnergy[s] + restEnergy[s]) * (1 << (28 * (h % 8)));
        }
        for (var k = 0; k < 3; k++) { details[3 + k] <== hourly[k]; }
    }
}

// The bill's disclosure (docs/disclosure-spec.md §4, §5): the L details encrypted to the regulator's
// key, with nonce meterId + 2^64 periodStart (unique per settlement, since the chain settles a
// (meter, period) once). Publishes the key's hash, the ephemeral key's y only (the regulator
// recovers x up to sign and keeps the sign under which the ciphertext authenticates: one public
// signal less) and the 3 * ceil(L / 3) + 1 ciphertext elements (4 for layout v1, 7 for v2).
template BillDisclosure(L) {
    var C = ((L + 2) \ 3) * 3 + 1;
    signal input details[L];
    signal input meterId;        // < 2^64 (checked by the bill)
    signal input periodStart;    // < 2^40 (checked by the bill)
    signal input ephemeralSecret;
    signal input recipient[2];
    signal output recipientHash;
    signal output ephemeralY;
    signal output ciphertext[C];

    component d = Disclosure(L);
    d.details <== details;
    d.ephemeralSecret <== ephemeralSecret;
    d.recipient <== recipient;
    d.nonce <== meterId + (1 << 64) * periodStart;
    recipientHash <== d.recipientHash;
    ephemeralY <== d.ephemeralKey[1];
    ciphertext <== d.ciphertext;
}
