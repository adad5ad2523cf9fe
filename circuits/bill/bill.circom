pragma circom 2.1.6;

include "bitify.circom";
include "comparators.circom";
include "babyjub.circom";
include "../lib/eddsa.circom";
include "poseidon.circom";
include "../lib/lanes.circom";
include "../lib/series_digest.circom";
include "../lib/calendar.circom";
include "../lib/tariff_commitment.circom";
include "../lib/tiers.circom";
include "../lib/rounding.circom";
include "../lib/bands.circom";
include "../lib/one_hot.circom";
include "../lib/demand.circom";
include "../lib/disclosure.circom";
include "../lib/ytd.circom";
include "../lib/zone.circom";

// The wattproof bill (docs/bill-spec.md). I intervals per day, up to MAXD days, readings < 2^RB;
// DEMAND = 1 adds the demand charge (spec v2 §6; about 2 RB + 3 constraints per interval), and a
// DEMAND = 0 circuit only bills tariffs whose demand price is 0. DISCLOSE = 1 adds the regulator's
// disclosure (docs/disclosure-spec.md): five public inputs after `domain`, see the end; DISCLOSE = 2
// also discloses import per hour of the local day (layout v2, §8): eight public inputs after `domain`.
// Proves: charge and credit are the committed tariff applied to readings signed by the meter
// whose key hashes to keyHash, for the period packed in `period`, bound to `domain`.
// YEARLY = 1 bills yearly-block tariffs (spec §6) and appends three public inputs, the LAST public
// signals (after the disclosure's when both are on): ytdOld (the meter's year-to-date commitment
// consumed, 0 at the first bill of a tariff year), ytdNew (the one produced) and ytdYear (the tariff
// year's first local day).
// ZONE = 1 follows a daylight-saving clock (spec §5a): the tariff commits to its zone's
// transitions, a period may hold one (a 23- or 25-hour local day), and each interval is billed at
// its local slot and local day. It adds one packed element (the extra hour of an autumn change)
// and no public signal. ZONE = 0 is the fixed-offset circuit, and bills tariffs without transitions.
template Bill(I, MAXD, RB, DEMAND, DISCLOSE, YEARLY, ZONE) {
    assert(I == 24 || I == 48 || I == 96);
    assert(DEMAND == 0 || DEMAND == 1);
    assert(DISCLOSE >= 0 && DISCLOSE <= 2);
    assert(YEARLY == 0 || YEARLY == 1);
    assert(ZONE == 0 || ZONE == 1);
    assert(MAXD >= 1 && MAXD <= 31);
    var EPD = I \ 12;          // packed elements per day
    // spec §5a: a fall-back period has MAXD * I + I / 24 readings: one more element with ZONE
    var NELEM = MAXD * EPD + ZONE;
    var N = NELEM * 12;        // readings per series, padded
    var NBLK = (NELEM + 14) \ 15;
    var SECS = 86400 \ I;      // interval seconds

    // ---- private: meter period ----
    signal input meterId;
    signal input periodStart;
    signal input dayCount;
    signal input nonActualCount;   // intervals not read by the meter (statement v2+, spec §3)
    signal input imports[N];
    // Exports (spec §3): a fixed-offset circuit needs only the export energy per slot of the day,
    // which the meter signs as its own digest (slot sums); it takes the whole-series digest as it
    // is (bound by the signature). A ZONE circuit relabels exports around a transition, so it takes
    // every export reading and the slot-sums digest as it is.
    signal input exports[N * ZONE];
    signal input exportSlotSums[I * (1 - ZONE)];   // per slot of the stream day, each < 2^LW
    signal input exportSeriesDigest[1 - ZONE];
    signal input exportSlotsDigest[ZONE];
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
    signal input salt;
    // yearly blocks (spec §4, §6), one-element arrays in a YEARLY circuit and empty otherwise
    signal input yearStartDay[YEARLY];   // tariff: first local day of tariff year 0
    signal input yearLeap[7 * YEARLY];   // tariff: tariff year k has 366 days
    signal input yearSlot[YEARLY];       // which tariff year (0..6) holds the period
    signal input ytdFresh[YEARLY];       // 1 = first bill of the tariff year
    signal input ytdWh[YEARLY];          // year-to-date import before this period (the opening)
    signal input ytdSaltOld[YEARLY];
    signal input ytdSaltNew[YEARLY];
    // daylight-saving clock (spec §4, §5a), four-element arrays in a ZONE circuit, empty otherwise
    signal input zoneAt[4 * ZONE];           // committed transitions' instants (0 = unused)
    signal input zoneOffsetBiased[4 * ZONE]; // the offset from each on, biased like tzBiased

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
    component tariff = TariffCommitment(I, YEARLY, ZONE);
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
    tariff.salt <== salt;
    tariff.yearStartDay <== yearStartDay;
    tariff.yearLeap <== yearLeap;
    tariff.zoneAt <== zoneAt;
    tariff.zoneOffsetBiased <== zoneOffsetBiased;
    tariffCommitment <== tariff.commitment;

    // ---- local clock (spec §5a) ----
    // intervalCount: the readings the meter signed (dayCount * I without ZONE); offStart: the
    // offset (biased) in force at periodStart; fallDay[d]: a fall-back period of d days, whose
    // last readings fill element d * EPD (all 0 without ZONE).
    var intervalCount = dayCount * I;
    var offStart = tzBiased;
    var fallDay[MAXD + 1];
    for (var d = 0; d <= MAXD; d++) { fallDay[d] = 0; }
    // the rest of ZoneClock's outputs, for LocalSlotSums below (vars: a block's components are its own)
    var spring = 0;
    var fall = 0;
    var isDk[MAXD];
    var qkBits[I];
    if (ZONE == 1) {
        // at most one committed transition inside the period, the next one
        component clock = ZoneClock(4, I, MAXD);
        clock.periodStart <== periodStart;
        clock.dayCount <== dayCount;
        clock.tzBiased <== tzBiased;
        clock.at <== zoneAt;
        clock.offBiased <== zoneOffsetBiased;
        intervalCount = clock.intervalCount;
        offStart = clock.offStartBiased;
        spring = clock.spring;
        fall = clock.fall;
        for (var d = 0; d < MAXD; d++) { isDk[d] = clock.isDk[d]; }
        for (var q = 0; q < I; q++) { qkBits[q] = clock.qkBits[q]; }
        signal fallDayS[MAXD];
        for (var d = 1; d <= MAXD; d++) {
            fallDayS[d - 1] <== clock.fall * dayBits[d - 1];
            fallDay[d] = fallDayS[d - 1];
        }
    }

    // ---- readings: pack, zero past the period ----
    // Readings enter only through their packed elements (12 readings at a 21-bit stride, spec §3),
    // which the meter signs. The circuit never needs an individual reading: it sums elements over
    // days and splits the sums into per-slot lanes, range-checked there. So any readings that pack
    // to the signed elements give the same bill, and no per-reading range check is needed.
    var STRIDE = 21;
    var LW = RB;   // a lane holds a sum of MAXD readings < 2^RB: RB + ceil(log2(MAXD)) bits
    while ((1 << (LW - RB)) < MAXD) { LW++; }
    var LWX = RB;  // ZONE: lanes that also hold the fall-back element sum MAXD + 1 readings
    while ((1 << (LWX - RB)) < MAXD + ZONE) { LWX++; }
    assert(LWX <= STRIDE);
    signal importElems[NELEM];
    signal exportElems[NELEM * ZONE];
    signal importTail[NELEM];
    signal exportTail[NELEM * ZONE];
    for (var e = 0; e < NELEM; e++) {
        var packedIn = 0;
        for (var i = 0; i < 12; i++) { packedIn += imports[12 * e + i] * (1 << (STRIDE * i)); }
        importElems[e] <== packedIn;
        // every element of a day past dayCount must be zero, one by one (not only their sum,
        // which a cheater could cancel across slots); ZONE: but for the element after the last
        // day of a fall-back period (spec §5a)
        var live = (e < MAXD * EPD ? active[e \ EPD] : 0) + (e % EPD == 0 ? fallDay[e \ EPD] : 0);
        importTail[e] <== importElems[e] * (1 - live);
        importTail[e] === 0;
        if (ZONE == 1) {
            var packedOut = 0;
            for (var i = 0; i < 12; i++) { packedOut += exports[12 * e + i] * (1 << (STRIDE * i)); }
            exportElems[e] <== packedOut;
            exportTail[e] <== exportElems[e] * (1 - live);
            exportTail[e] === 0;
        }
    }

    signal importStates[NBLK + 1] <== SeriesChain(NELEM)(importElems);

    // The digest is the chain state after ceil(dayCount*EPD/15) blocks.
    var blockWeight[NBLK + 1];
    for (var b = 0; b <= NBLK; b++) { blockWeight[b] = 0; }
    for (var k = 1; k <= MAXD; k++) {
        var blocks = (k * EPD + 14) \ 15;
        blockWeight[blocks] += dayBits[k - 1] - fallDay[k];
        if (ZONE == 1) {
            var fallBlocks = (k * EPD + 1 + 14) \ 15;   // spec §5a: one element more
            blockWeight[fallBlocks] += fallDay[k];
        }
    }
    signal importPick[NBLK + 1];
    var importDigest = 0;
    for (var b = 0; b <= NBLK; b++) {
        importPick[b] <== blockWeight[b] * importStates[b];
        importDigest += importPick[b];
    }
    // exports: ZONE hashes the series as imports are hashed and takes the slot-sums digest as it is;
    // otherwise the slot sums are hashed (range-checked below, where they are used) and the series
    // digest is taken as it is
    var exportDigest;
    var exportSlots;
    if (ZONE == 1) {
        signal exportStates[NBLK + 1] <== SeriesChain(NELEM)(exportElems);
        signal exportPick[NBLK + 1];
        exportDigest = 0;
        for (var b = 0; b <= NBLK; b++) {
            exportPick[b] <== blockWeight[b] * exportStates[b];
            exportDigest += exportPick[b];
        }
        exportSlots = exportSlotsDigest[0];
    } else {
        exportDigest = exportSeriesDigest[0];
        signal slotsHash <== SlotSumsDigest(I)(exportSlotSums);
        exportSlots = slotsHash;
    }

    // ---- meter signature over the statement v3 (spec §3) ----
    // nonActualCount <= dayCount * I: 16 bits first, so that LessEqThan(16) is sound (both < 2^16).
    _ <== Num2Bits(16)(nonActualCount);
    signal nonActualFits <== LessEqThan(16)([nonActualCount, intervalCount]);
    nonActualFits === 1;
    signal statement <== Poseidon(9)([
        2662278197889393509332597895131764359707915827,
        meterId, periodStart, SECS, intervalCount, nonActualCount, importDigest, exportDigest,
        exportSlots
    ]);
    BabyCheck()(Ax, Ay);
    BabyCheck()(R8x, R8y);
    component sig = EdDSAPoseidonVerify();
    sig.Ax <== Ax;
    sig.Ay <== Ay;
    sig.R8x <== R8x;
    sig.R8y <== R8y;
    sig.S <== S;
    sig.M <== statement;
    keyHash <== Poseidon(2)([Ax, Ay]);

    // ---- which days are rest days ----
    // ZONE: local days start at local midnight under the offset in force at periodStart (spec §5a)
    signal isRest[MAXD] <== RestDays(MAXD, 16)(periodStart, offStart, tariff.restMaskBits, holidays);

    // ---- energy per slot and day type, aggregated before any price multiplication ----
    // workE / restE / exportE[s]: Wh in slot s on work days, on rest days, exported; total: import.
    var total = 0;
    var workE[I];
    var restSum[I];
    var exportSum[I];
    if (ZONE == 1) {
        // For element position j of the stream day, sum the elements over days under a few day
        // weights (all, rest, before the transition, the transition day), then split each sum into
        // 12 slot lanes; lanes never carry (each < 2^LWX). LocalSlotSums then maps stream
        // positions to local slots and local days (spec §5a); without a transition the mapping is
        // the identity.
        component local = LocalSlotSums(I, MAXD, STRIDE, LW, LWX);
        local.importElems <== importElems;
        local.exportElems <== exportElems;
        local.isRest <== isRest;
        local.spring <== spring;
        local.fall <== fall;
        local.isDk <== isDk;
        local.qkBits <== qkBits;
        total = local.total;
        for (var s = 0; s < I; s++) {
            workE[s] = local.workE[s];
            restSum[s] = local.restE[s];
            exportSum[s] = local.exportE[s];
        }
    } else {
        // For element position j of the day, sum the day's elements over all days (linear) and over
        // rest days (one product per day), then split both sums into 12 slot lanes. Each lane is below
        // MAXD * 2^RB <= 2^LW, so lanes never carry into each other. Exports: the meter's signed
        // sums by slot, range-checked to LW bits (so their 32-bit packing is injective; an honest
        // period of at most MAXD days has every sum below MAXD * 2^RB).
        signal restPart[MAXD][EPD];
        var allSum[I];
        component allLanes[EPD];
        component restLanes[EPD];
        for (var j = 0; j < EPD; j++) {
            var allPacked = 0;
            var restPacked = 0;
            for (var d = 0; d < MAXD; d++) {
                restPart[d][j] <== importElems[d * EPD + j] * isRest[d];
                allPacked += importElems[d * EPD + j];
                restPacked += restPart[d][j];
            }
            allLanes[j] = LaneSplit(12, STRIDE, LW);
            allLanes[j].packed <== allPacked;
            restLanes[j] = LaneSplit(12, STRIDE, LW);
            restLanes[j].packed <== restPacked;
            for (var i = 0; i < 12; i++) {
                allSum[12 * j + i] = allLanes[j].lanes[i];
                restSum[12 * j + i] = restLanes[j].lanes[i];
                total += allLanes[j].lanes[i];
            }
        }
        for (var s = 0; s < I; s++) {
            _ <== Num2Bits(LW)(exportSlotSums[s]);
            exportSum[s] = exportSlotSums[s];
        }
        for (var s = 0; s < I; s++) { workE[s] = allSum[s] - restSum[s]; }
    }

    // ---- prices: energy per band, each band priced once (lib/bands.circom) ----
    // importBand[b]: Wh on work days in slots whose work band is b plus Wh on rest days in slots
    // whose rest band is b; both schedules use bandPrices. exportBand[b]: by export band.
    signal workBand[8] <== BandEnergies(I)(workE, tariff.workBandBits);
    signal restBand[8] <== BandEnergies(I)(restSum, tariff.restBandBits);
    signal exportBand[8] <== BandEnergies(I)(exportSum, tariff.exportBandBits);
    signal importBand[8];
    signal bandCost[8];
    signal exportBandValue[8];
    var energyCost = 0;
    var exportValue = 0;
    for (var b = 0; b < 8; b++) {
        importBand[b] <== workBand[b] + restBand[b];
        bandCost[b] <== importBand[b] * bandPrices[b];
        exportBandValue[b] <== exportBand[b] * exportPrices[b];
        energyCost += bandCost[b];
        exportValue += exportBandValue[b];
    }

    // ---- tiers, standing charge, tax, rounding (spec §6) ----
    // Per-day allowances scale with the period's days; per-period ones are taken as written
    // (tierBasis is a bit, checked in TariffCommitment).
    signal tierEnergy[4];
    signal ytdSignals[3 * YEARLY];   // old commitment, new commitment, tariff year (public, below)
    if (YEARLY == 1) {
        // thresholds as written (tierBasis 1), applied on top of the year to date
        tierBasis === 1;
        component ytd = YearToDate();
        ytd.meterId <== meterId;
        ytd.localStart <== periodStart + offStart - 50400;
        ytd.dayCount <== dayCount;
        ytd.total <== total;
        ytd.yearStartDay <== yearStartDay[0];
        ytd.yearLeap <== yearLeap;
        ytd.yearSlot <== yearSlot[0];
        ytd.fresh <== ytdFresh[0];
        ytd.ytdWh <== ytdWh[0];
        ytd.saltOld <== ytdSaltOld[0];
        ytd.saltNew <== ytdSaltNew[0];
        ytdSignals[0] <== ytd.oldCommitment;
        ytdSignals[1] <== ytd.newCommitment;
        ytdSignals[2] <== ytd.yearStart;
        tierEnergy <== YearlyTierEnergies()(ytdWh[0], total, tierAllowances);
    } else {
        signal tierScale <== dayCount + tierBasis * (1 - dayCount);
        tierEnergy <== TierEnergies()(total, tierAllowances, tierScale);
    }
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
    var demandPeak = 0;   // for the disclosure
    if (DEMAND == 1) {
        // the local days' readings only (ZONE: the fall-back element is zero, no transition below)
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
        demandPeak = peakDemand.peak;
        demandMilli = demandCost * (I \ 24);
        // spec §5a: the demand component bills periods without a transition only (its window is
        // per stream interval, which is the local slot only then)
        if (ZONE == 1) { spring + fall === 0; }
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

    // ---- disclosure (docs/disclosure-spec.md §4, §8, §10): public inputs 5..9 (5..12 with DISCLOSE = 2), after domain ----
    // Public inputs, not outputs: circom lists outputs before inputs, and signals 0-4 keep their
    // places. Each is bound by an equality to what the circuit computes.
    if (DISCLOSE >= 1) {
        var HOURLY = DISCLOSE - 1;              // layout v2: three more plaintext elements, one cipher block
        var CT = 3 + 3 * HOURLY;                // ciphertext elements (construction v3: no authentication element)
        signal input disclosureSecret;          // private: the ephemeral scalar
        signal input regulatorKeyX;             // private: x of the regulator's point in force (either sign)
        signal input regulatorKeyY;             // public 5: y of that point, checked on chain against the key in force
        signal input ephemeralKeyY;             // public 6
        signal input disclosureCiphertext[CT];  // public 7..9 (7..12)
        // LWX: a slot of a fall-back day holds two readings (ZONE; LWX = LW without it)
        component details = BillDetails(I, LWX, HOURLY);
        details.importBands <== importBand;
        details.exportBands <== exportBand;
        if (HOURLY == 1) {
            // each slot of day's import over the period's days: work plus rest days
            for (var s = 0; s < I; s++) { details.slotImport[s] <== workE[s] + restSum[s]; }
        }
        details.peak <== demandPeak;
        details.statement <== statement;
        component disclosure = BillDisclosure(3 + 3 * HOURLY);
        disclosure.details <== details.details;
        disclosure.meterId <== meterId;
        disclosure.periodStart <== periodStart;
        disclosure.ephemeralSecret <== disclosureSecret;
        disclosure.recipient[0] <== regulatorKeyX;
        disclosure.recipient[1] <== regulatorKeyY;
        ephemeralKeyY === disclosure.ephemeralY;
        for (var k = 0; k < CT; k++) { disclosureCiphertext[k] === disclosure.ciphertext[k]; }
    }

    // ---- yearly blocks: the last three public signals (spec §7) ----
    // Declared last so that they stay the last public signals whatever else is appended after domain.
    if (YEARLY == 1) {
        signal input ytdOld;    // the meter's YTD commitment this bill consumes (0: first of the year)
        signal input ytdNew;    // the YTD commitment it leaves on chain
        signal input ytdYear;   // first local day of the tariff year
        ytdOld === ytdSignals[0];
        ytdNew === ytdSignals[1];
        ytdYear === ytdSignals[2];
    }
}
