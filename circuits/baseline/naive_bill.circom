pragma circom 2.1.6;

include "bitify.circom";
include "babyjub.circom";
include "eddsaposeidon.circom";
include "poseidon.circom";
include "../lib/calendar.circom";
include "../lib/tariff_commitment.circom";
include "../lib/tiers.circom";
include "../lib/rounding.circom";
include "../lib/select8.circom";
include "../lib/series_digest.circom";

// The naive baseline for benchmarks (issue 6), NOT a product circuit: the same bill as
// Bill(I, MAXD, 16) for full periods (dayCount = MAXD), written the obvious way:
// 32-bit range check per reading, every reading hashed unpacked (15 per Poseidon16 call),
// and one price selection and one multiplication per interval. Its meter signature is over
// a statement whose digests are of the unpacked series (see bench/baseline-input.ts).
template NaiveBill(I, MAXD) {
    var N = MAXD * I;
    var SECS = 86400 \ I;

    signal input meterId;
    signal input periodStart;
    signal input dayCount;
    signal input imports[N];
    signal input exports[N];
    signal input Ax;
    signal input Ay;
    signal input R8x;
    signal input R8y;
    signal input S;
    signal input tzBiased;
    signal input restDays;
    signal input taxBps;
    signal input standingPerDay;
    signal input tierAllowances[3];
    signal input tierPrices[4];
    signal input bandPrices[8];
    signal input exportPrices[8];
    signal input holidays[16];
    signal input workBands[I];
    signal input restBands[I];
    signal input exportBands[I];
    signal input salt;
    signal input domain;
    signal output keyHash;
    signal output tariffCommitment;
    signal output period;
    signal output amounts;

    signal domainSquare <== domain * domain;
    dayCount === MAXD;
    _ <== Num2Bits(64)(meterId);
    _ <== Num2Bits(40)(periodStart);

    component tariff = TariffCommitment(I);
    tariff.tzBiased <== tzBiased;
    tariff.restDays <== restDays;
    tariff.taxBps <== taxBps;
    tariff.standingPerDay <== standingPerDay;
    tariff.tierAllowances <== tierAllowances;
    tariff.tierPrices <== tierPrices;
    tariff.bandPrices <== bandPrices;
    tariff.exportPrices <== exportPrices;
    tariff.holidays <== holidays;
    tariff.workBands <== workBands;
    tariff.restBands <== restBands;
    tariff.exportBands <== exportBands;
    tariff.salt <== salt;
    tariffCommitment <== tariff.commitment;

    for (var i = 0; i < N; i++) {
        _ <== Num2Bits(32)(imports[i]);
        _ <== Num2Bits(32)(exports[i]);
    }
    signal importStates[(N + 14) \ 15 + 1] <== SeriesChain(N)(imports);
    signal exportStates[(N + 14) \ 15 + 1] <== SeriesChain(N)(exports);

    signal statement <== Poseidon(7)([
        2662278197889393509332597895131764359707915825,
        meterId, periodStart, SECS, N, importStates[(N + 14) \ 15], exportStates[(N + 14) \ 15]
    ]);
    BabyCheck()(Ax, Ay);
    BabyCheck()(R8x, R8y);
    component sig = EdDSAPoseidonVerifier();
    sig.enabled <== 1;
    sig.Ax <== Ax;
    sig.Ay <== Ay;
    sig.R8x <== R8x;
    sig.R8y <== R8y;
    sig.S <== S;
    sig.M <== statement;
    keyHash <== Poseidon(2)([Ax, Ay]);

    signal isRest[MAXD] <== RestDays(MAXD, 16)(periodStart, tzBiased, tariff.restMaskBits, holidays);

    signal workPrice[I];
    signal restPrice[I];
    signal exportPrice[I];
    for (var s = 0; s < I; s++) {
        workPrice[s] <== Select8()(bandPrices, tariff.workBandBits[s]);
        restPrice[s] <== Select8()(bandPrices, tariff.restBandBits[s]);
        exportPrice[s] <== Select8()(exportPrices, tariff.exportBandBits[s]);
    }
    // one price and one multiplication per interval: no aggregation before pricing
    signal price[N];
    signal importCost[N];
    signal exportCost[N];
    var energyCost = 0;
    var exportValue = 0;
    var total = 0;
    for (var i = 0; i < N; i++) {
        price[i] <== workPrice[i % I] + isRest[i \ I] * (restPrice[i % I] - workPrice[i % I]);
        importCost[i] <== imports[i] * price[i];
        exportCost[i] <== exports[i] * exportPrice[i % I];
        energyCost += importCost[i];
        exportValue += exportCost[i];
        total += imports[i];
    }

    signal tierEnergy[4] <== TierEnergies()(total, tierAllowances, dayCount);
    signal tierCost[4];
    var tiersTotal = 0;
    for (var k = 0; k < 4; k++) {
        tierCost[k] <== tierEnergy[k] * tierPrices[k];
        tiersTotal += tierCost[k];
    }
    signal subtotal <== energyCost + tiersTotal + standingPerDay * MAXD * 1000;
    signal taxed <== subtotal * (10000 + taxBps);
    signal charge <== RoundHalfUpDiv(10000000, 24, 96)(taxed);
    signal credit <== RoundHalfUpDiv(1000, 10, 96)(exportValue);

    period <== meterId + (1 << 64) * periodStart + (1 << 104) * N + (1 << 120) * SECS;
    amounts <== charge + (1 << 96) * credit;
}

component main {public [domain]} = NaiveBill(24, 31);
