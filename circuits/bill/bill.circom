pragma circom 2.1.6;

include "bitify.circom";
include "comparators.circom";
include "babyjub.circom";
include "eddsaposeidon.circom";
include "poseidon.circom";
include "../lib/lanes.circom";
include "../lib/series_digest.circom";
include "../lib/calendar.circom";
include "../lib/tariff_commitment.circom";
include "../lib/tiers.circom";
include "../lib/rounding.circom";
include "../lib/select8.circom";
include "../lib/one_hot.circom";
include "../lib/demand.circom";
include "../lib/zone.circom";

// The wattproof bill (docs/bill-spec.md). I intervals per day, up to MAXD days, readings < 2^RB;
// DEMAND = 1 adds the demand charge (spec v2 §6; about 2 RB + 3 constraints per interval), and a
// DEMAND = 0 circuit only bills tariffs whose demand price is 0.
// Proves: charge and credit are the committed tariff applied to readings signed by the meter
// whose key hashes to keyHash, for the period packed in `period`, bound to `domain`.
template Bill(I, MAXD, RB, DEMAND) {
    assert(I == 24 || I == 48 || I == 96);
    assert(DEMAND == 0 || DEMAND == 1);
    assert(MAXD >= 1 && MAXD <= 31);
    var EPD = I \ 12;          // packed elements per day
    // spec §5a: a fall-back period has MAXD * I + I / 24 readings: one more element
    var NELEM = MAXD * EPD + 1;
    var N = NELEM * 12;        // readings per series, padded
    var NBLK = (NELEM + 14) \ 15;
    var SECS = 86400 \ I;      // interval seconds

    // ---- private: meter period ----
    signal input meterId;
    signal input periodStart;
    signal input dayCount;
    signal input nonActualCount;   // intervals not read by the meter (statement v2, spec §3)
    signal input imports[N];
    signal input exports[N];
    signal input Ax;
    signal input Ay;
    signal input R8x;
    signal input R8y;
    signal input S;

    // ---- private: tariff ----
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
    signal input tierBasis;
    signal input demandPrice;
    signal input demandWork[I];
    signal input demandRest[I];
    signal input zoneAt[4];           // spec §5a: committed zone transitions (0 = unused)
    signal input zoneOffsetBiased[4];
    signal input salt;

    // ---- public ----
    signal input domain;
    signal output keyHash;
    signal output tariffCommitment;
    signal output period;
    signal output amounts;

    // Tornado-style: a public input in no constraint would not be bound by the proof.
    signal domainSquare <== domain * domain;

    // ---- period shape: dayCount in 1..MAXD, days past it must be empty ----
    signal dayBits[MAXD] <== OneHot(MAXD, 1)(dayCount);
    var active[MAXD];
    for (var d = 0; d < MAXD; d++) {
        active[d] = 0;
        for (var k = d; k < MAXD; k++) { active[d] += dayBits[k]; }
    }
    _ <== Num2Bits(64)(meterId);
    _ <== Num2Bits(40)(periodStart);

    // ---- tariff: range checks and commitment ----
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
    tariff.tierBasis <== tierBasis;
    tariff.demandPrice <== demandPrice;
    tariff.demandWork <== demandWork;
    tariff.demandRest <== demandRest;
    tariff.zoneAt <== zoneAt;
    tariff.zoneOffsetBiased <== zoneOffsetBiased;
    tariff.salt <== salt;
    tariffCommitment <== tariff.commitment;

    // ---- local clock (spec §5a): offset at the start, at most one committed transition inside ----
    component clock = ZoneClock(4, I, MAXD);
    clock.periodStart <== periodStart;
    clock.dayCount <== dayCount;
    clock.tzBiased <== tzBiased;
    clock.at <== zoneAt;
    clock.offBiased <== zoneOffsetBiased;
    signal intervalCount <== clock.intervalCount;
    // the element holding a fall-back period's last readings: element dayCount * EPD
    signal fallDay[MAXD + 1];
    fallDay[0] <== 0;
    for (var d = 1; d <= MAXD; d++) { fallDay[d] <== clock.fall * dayBits[d - 1]; }

    // ---- readings: pack, zero past the period ----
    // Readings enter only through their packed elements (12 readings at a 21-bit stride, spec §3),
    // which the meter signs. The circuit never needs an individual reading: it sums elements over
    // days and splits the sums into per-slot lanes, range-checked there. So any readings that pack
    // to the signed elements give the same bill, and no per-reading range check is needed.
    var STRIDE = 21;
    var LW = RB;   // a lane holds a sum of MAXD readings < 2^RB: RB + ceil(log2(MAXD)) bits
    while ((1 << (LW - RB)) < MAXD) { LW++; }
    var LWX = RB;  // lanes that also hold the fall-back element: MAXD + 1 readings
    while ((1 << (LWX - RB)) < MAXD + 1) { LWX++; }
    assert(LWX <= STRIDE);
    signal importElems[NELEM];
    signal exportElems[NELEM];
    signal importTail[NELEM];
    signal exportTail[NELEM];
    for (var e = 0; e < NELEM; e++) {
        var packedIn = 0;
        var packedOut = 0;
        for (var i = 0; i < 12; i++) {
            packedIn += imports[12 * e + i] * (1 << (STRIDE * i));
            packedOut += exports[12 * e + i] * (1 << (STRIDE * i));
        }
        importElems[e] <== packedIn;
        exportElems[e] <== packedOut;
        // every element of a day past dayCount must be zero, one by one (not only their sum,
        // which a cheater could cancel across slots)
        // (spec §5a: plus the element after the last day in a fall-back period)
        var live = (e < MAXD * EPD ? active[e \ EPD] : 0) + (e % EPD == 0 ? fallDay[e \ EPD] : 0);
        importTail[e] <== importElems[e] * (1 - live);
        importTail[e] === 0;
        exportTail[e] <== exportElems[e] * (1 - live);
        exportTail[e] === 0;
    }

    signal importStates[NBLK + 1] <== SeriesChain(NELEM)(importElems);
    signal exportStates[NBLK + 1] <== SeriesChain(NELEM)(exportElems);

    // The digest is the chain state after ceil(dayCount*EPD/15) blocks.
    var blockWeight[NBLK + 1];
    for (var b = 0; b <= NBLK; b++) { blockWeight[b] = 0; }
    for (var k = 1; k <= MAXD; k++) {
        var blocks = (k * EPD + 14) \ 15;
        blockWeight[blocks] += dayBits[k - 1] - fallDay[k];
        var fallBlocks = (k * EPD + 1 + 14) \ 15;   // spec §5a: one element more
        blockWeight[fallBlocks] += fallDay[k];
    }
    signal importPick[NBLK + 1];
    signal exportPick[NBLK + 1];
    var importDigest = 0;
    var exportDigest = 0;
    for (var b = 0; b <= NBLK; b++) {
        importPick[b] <== blockWeight[b] * importStates[b];
        exportPick[b] <== blockWeight[b] * exportStates[b];
        importDigest += importPick[b];
        exportDigest += exportPick[b];
    }

    // ---- meter signature over the statement v2 (spec §3) ----
    // nonActualCount <= dayCount * I: 16 bits first, so that LessEqThan(16) is sound (both < 2^16).
    _ <== Num2Bits(16)(nonActualCount);
    signal nonActualFits <== LessEqThan(16)([nonActualCount, intervalCount]);
    nonActualFits === 1;
    signal statement <== Poseidon(8)([
        2662278197889393509332597895131764359707915826,
        meterId, periodStart, SECS, intervalCount, nonActualCount, importDigest, exportDigest
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

    // ---- which days are rest days ----
    // local days start at local midnight under the offset in force at periodStart (spec §5a)
    signal isRest[MAXD] <== RestDays(MAXD, 16)(periodStart, clock.offStartBiased, tariff.restMaskBits, holidays);

    // ---- energy per local slot and day type, aggregated before any price multiplication ----
    // For element position j of the stream day, sum the elements over days under a few day
    // weights (all, rest, before the transition, the transition day), then split each sum into 12
    // slot lanes; lanes never carry (each < 2^LW). LocalSlotSums then maps stream positions to
    // local slots and local days (spec §5a); without a transition the mapping is the identity.
    component local = LocalSlotSums(I, MAXD, STRIDE, LW, LWX);
    local.importElems <== importElems;
    local.exportElems <== exportElems;
    local.isRest <== isRest;
    local.spring <== clock.spring;
    local.fall <== clock.fall;
    local.isDk <== clock.isDk;
    local.qkBits <== clock.qkBits;
    signal total <== local.total;

    signal workPrice[I];
    signal restPrice[I];
    signal exportPrice[I];
    signal workCost[I];
    signal restCost[I];
    signal exportCost[I];
    var energyCost = 0;
    var exportValue = 0;
    for (var s = 0; s < I; s++) {
        workPrice[s] <== Select8()(bandPrices, tariff.workBandBits[s]);
        restPrice[s] <== Select8()(bandPrices, tariff.restBandBits[s]);
        exportPrice[s] <== Select8()(exportPrices, tariff.exportBandBits[s]);
        workCost[s] <== local.workE[s] * workPrice[s];
        restCost[s] <== local.restE[s] * restPrice[s];
        exportCost[s] <== local.exportE[s] * exportPrice[s];
        energyCost += workCost[s] + restCost[s];
        exportValue += exportCost[s];
    }

    // ---- tiers, standing charge, tax, rounding (spec §6) ----
    // Per-day allowances scale with the period's days; per-period ones are taken as written
    // (tierBasis is a bit, checked in TariffCommitment).
    signal tierScale <== dayCount + tierBasis * (1 - dayCount);
    signal tierEnergy[4] <== TierEnergies()(total, tierAllowances, tierScale);
    signal tierCost[4];
    var tiersTotal = 0;
    for (var k = 0; k < 4; k++) {
        tierCost[k] <== tierEnergy[k] * tierPrices[k];
        tiersTotal += tierCost[k];
    }
    signal standing <== standingPerDay * dayCount;

    // ---- demand charge (spec v2 §6): price per kW on the period's peak window interval ----
    // peak Wh in one interval is peak * 3600 / SECS = peak * I / 24 W; price per kW times W is
    // milli-units. Interval i of day d is in the window by the day type's committed slot bit.
    var demandMilli = 0;
    if (DEMAND == 1) {
        // the local days' readings only: the fall-back element is zero here (no transition)
        signal windowSwitch[MAXD * I];
        component peakDemand = PeakDemand(MAXD * I, RB);
        for (var d = 0; d < MAXD; d++) {
            for (var s = 0; s < I; s++) {
                windowSwitch[d * I + s] <== isRest[d] * (demandRest[s] - demandWork[s]);
                peakDemand.inWindow[d * I + s] <== demandWork[s] + windowSwitch[d * I + s];
                peakDemand.readings[d * I + s] <== imports[d * I + s];
            }
        }
        signal demandCost <== demandPrice * peakDemand.peak;
        // spec §5a: the demand component bills periods without a transition only (its window
        // is per stream interval, which is the local slot only then)
        clock.spring + clock.fall === 0;
        demandMilli = demandCost * (I \ 24);
    } else {
        // a tariff with a demand charge cannot be billed by a circuit that does not compute it
        demandPrice === 0;
    }

    signal subtotal <== energyCost + tiersTotal + standing * 1000 + demandMilli;
    signal taxed <== subtotal * (10000 + taxBps);
    signal charge <== RoundHalfUpDiv(10000000, 24, 96)(taxed);
    signal credit <== RoundHalfUpDiv(1000, 10, 96)(exportValue);

    // ---- public outputs (spec §7) ----
    period <== meterId + (1 << 64) * periodStart + (1 << 104) * intervalCount + (1 << 120) * SECS
        + (1 << 144) * nonActualCount;
    amounts <== charge + (1 << 96) * credit;
}
