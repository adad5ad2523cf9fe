pragma circom 2.1.6;

include "bitify.circom";
include "comparators.circom";
include "one_hot.circom";
include "lanes.circom";

// Spec §5a (local clocks with daylight saving). The tariff commits to its zone's offset before
// the first transition (tzBiased) and to up to K transitions (at[k], offBiased[k]); at = 0 marks
// an unused slot, used slots come first, strictly increasing. ZoneClock proves which offset is in
// force at periodStart, whether the period contains a transition (then exactly the next committed
// one, never a later one), and where it falls in the reading stream.
//
// Inputs (range-checked by the caller): periodStart < 2^40, dayCount in 1..MAXD, tzBiased and
// offBiased[k] in 0..100800, at[k] < 2^40.
// Outputs: offStartBiased (offset in force at periodStart, biased), spring / fall (a transition
// inside the period and its sign; at most one is 1), isDk[d] (day d of the stream holds
// the transition; all 0 without one), qkBits[q] (one-hot of the transition's position in that
// day, q = 0 when none), intervalCount n = dayCount * I - delta, delta = (spring - fall) * I / 24.
template ZoneClock(K, I, MAXD) {
    assert(K >= 2);
    var H = I \ 24;          // intervals in one hour: the only offset change wattproof bills
    var SECS = 86400 \ I;
    signal input periodStart;
    signal input dayCount;
    signal input tzBiased;
    signal input at[K];
    signal input offBiased[K];
    signal output offStartBiased;
    signal output spring;
    signal output fall;
    signal output isDk[MAXD];
    signal output qkBits[I];
    signal output intervalCount;

    // used[k] = at[k] != 0; used slots first, strictly increasing (so "passed" below is monotone).
    signal used[K];
    signal unused[K];
    signal lt[K - 1];
    for (var k = 0; k < K; k++) {
        unused[k] <== IsZero()(at[k]);
        used[k] <== 1 - unused[k];
        if (k > 0) {
            used[k] * (1 - used[k - 1]) === 0;
            lt[k - 1] <== LessThan(40)([at[k - 1], at[k]]);
            used[k] * (1 - lt[k - 1]) === 0;
        }
    }
    // passed[k]: transition k took effect at or before periodStart (an offset applies from its
    // instant on, inclusive).
    signal passed[K];
    signal notAfter[K];
    for (var k = 0; k < K; k++) {
        notAfter[k] <== LessEqThan(40)([at[k], periodStart]);
        passed[k] <== used[k] * notAfter[k];
    }
    // sel[c] = 1 for c = number of passed transitions (0..K).
    var sel[K + 1];
    sel[0] = 1 - passed[0];
    for (var c = 1; c < K; c++) { sel[c] = passed[c - 1] - passed[c]; }
    sel[K] = passed[K - 1];

    signal offTerm[K];
    signal nextAtTerm[K];
    signal nextUsedTerm[K];
    signal nextOffTerm[K];
    signal afterAtTerm[K - 1];
    signal afterUsedTerm[K - 1];
    signal baseTerm <== sel[0] * tzBiased;
    var offStart = baseTerm;
    var nextAt = 0;
    var nextUsed = 0;
    var nextOff = 0;
    var afterAt = 0;
    var afterUsed = 0;
    for (var c = 0; c < K; c++) {
        offTerm[c] <== sel[c + 1] * offBiased[c];
        offStart += offTerm[c];
        nextAtTerm[c] <== sel[c] * at[c];
        nextUsedTerm[c] <== sel[c] * used[c];
        nextOffTerm[c] <== sel[c] * offBiased[c];
        nextAt += nextAtTerm[c];
        nextUsed += nextUsedTerm[c];
        nextOff += nextOffTerm[c];
        if (c + 1 < K) {
            afterAtTerm[c] <== sel[c] * at[c + 1];
            afterUsedTerm[c] <== sel[c] * used[c + 1];
            afterAt += afterAtTerm[c];
            afterUsed += afterUsedTerm[c];
        }
    }
    offStartBiased <== offStart;

    // The transition used, if any, is the next committed one, and changes the offset by one hour.
    spring <-- (nextUsed == 1 && nextAt < periodStart + dayCount * 86400 && nextOff > offStart) ? 1 : 0;
    fall <-- (nextUsed == 1 && nextAt < periodStart + dayCount * 86400 && nextOff < offStart) ? 1 : 0;
    spring * (spring - 1) === 0;
    fall * (fall - 1) === 0;
    signal hasT <== spring + fall;
    hasT * (hasT - 1) === 0;
    hasT * (1 - nextUsed) === 0;
    hasT * (nextOff - offStartBiased) === 3600 * (spring - fall);

    var delta = H * (spring - fall);
    intervalCount <== dayCount * I - delta;

    // Where it falls: nextAt = periodStart + SECS * (dk * I + qk), qk < I, dk < dayCount.
    signal dk <-- hasT == 1 ? ((nextAt - periodStart) \ SECS) \ I : 0;
    signal qk <-- hasT == 1 ? ((nextAt - periodStart) \ SECS) % I : 0;
    signal dkBits[MAXD] <== OneHot(MAXD, 0)(dk);
    qkBits <== OneHot(I, 0)(qk);
    hasT * (nextAt - periodStart - SECS * (dk * I + qk)) === 0;
    signal dkInside <== LessThan(5)([dk, dayCount]);
    hasT * (1 - dkInside) === 0;
    for (var d = 0; d < MAXD; d++) { isDk[d] <== hasT * dkBits[d]; }
    // The skipped (spring) or repeated (fall) local hour lies inside one local day: spring
    // qk + H <= I, fall qk >= H. Then every stream position that wraps into a neighbouring local
    // day is on the post-transition side (LocalSlotSums relies on it).
    var lateStart = 0;
    for (var q = I - H + 1; q < I; q++) { lateStart += qkBits[q]; }
    var earlyStart = 0;
    for (var q = 0; q < H; q++) { earlyStart += qkBits[q]; }
    spring * lateStart === 0;
    fall * earlyStart === 0;

    // No committed transition hides inside the period: without a transition, the next one is at
    // or after the period's end; with one, the one after it is at or after the (shifted) end.
    // Ends are below 2^40 + 31 * 86400 < 2^41.
    signal endUnshifted <== periodStart + dayCount * 86400;
    signal endShifted <== periodStart + intervalCount * SECS;
    signal nextInside <== LessThan(41)([nextAt, endUnshifted]);
    signal hiddenNext <== (1 - hasT) * nextUsed;
    hiddenNext * nextInside === 0;
    signal afterInside <== LessThan(41)([afterAt, endShifted]);
    signal hiddenAfter <== hasT * afterUsed;
    hiddenAfter * afterInside === 0;
}

// Per local slot energy sums of a period whose stream may hold one transition (spec §5a, §6).
// Stream position (d, q) (day d of the stream, interval q of it) is before the transition when
// d < dk or (d = dk and q < qk): local slot q of local day d. After it: local slot (q + delta)
// mod I of local day d + floor((q + delta) / I). Packed elements are summed by position j of the
// stream day under a few day weights (linear sums and one product per element and weight), each
// sum is split into lanes once, and the per-position lanes are then relabelled: rotated by delta
// slots for the post-transition side, and the wrap lanes (the last H of the day in spring, the
// first H in fall) take the rest flag of the neighbouring day.
// Inputs: elems[MAXD * EPD + 1] import and export elements (the extra element holds the H
// readings a fall-back month has past MAXD * I), isRest[MAXD], the ZoneClock outputs.
// Outputs: work / rest import Wh per local slot, export Wh per local slot, total import.
template LocalSlotSums(I, MAXD, STRIDE, LW, LWX) {
    var H = I \ 24;
    var EPD = I \ 12;
    var NELEM = MAXD * EPD + 1;
    signal input importElems[NELEM];
    signal input exportElems[NELEM];
    signal input isRest[MAXD];
    signal input spring;
    signal input fall;
    signal input isDk[MAXD];
    signal input qkBits[I];
    signal output workE[I];
    signal output restE[I];
    signal output exportE[I];
    signal output total;

    // Day weights. before[d]: stream day d is wholly before the transition (all days without
    // one); after[d]: wholly after it. Day MAXD is the extra element only.
    var before[MAXD + 1];
    var after[MAXD + 1];
    var seen = 0;
    for (var d = 0; d <= MAXD; d++) {
        before[d] = 1 - seen - (d < MAXD ? isDk[d] : 0);
        after[d] = seen;
        if (d < MAXD) { seen += isDk[d]; }
    }
    signal isRestDk;
    var restDk = 0;
    signal restDkTerm[MAXD];
    for (var d = 0; d < MAXD; d++) {
        restDkTerm[d] <== isDk[d] * isRest[d];
        restDk += restDkTerm[d];
    }
    isRestDk <== restDk;
    signal beforeRest[MAXD];
    signal wrapSpring[MAXD];   // rest flag of the local day the last H stream positions of day d map to
    signal wrapFall[MAXD + 1]; // rest flag of the local day the first H stream positions of day d map to
    for (var d = 0; d < MAXD; d++) {
        beforeRest[d] <== before[d] * isRest[d];
        // spring: post positions wrap to d + 1 (day dk included: its wrap lanes are all post)
        wrapSpring[d] <== isRest[d] + (1 - before[d]) * ((d + 1 < MAXD ? isRest[d + 1] : 0) - isRest[d]);
        // fall: post positions wrap to d - 1 (day dk excluded: its first H positions are pre)
        if (d == 0) {
            wrapFall[d] <== isRest[0];
        } else {
            wrapFall[d] <== isRest[d] + after[d] * (isRest[d - 1] - isRest[d]);
        }
    }
    wrapFall[MAXD] <== after[MAXD] * isRest[MAXD - 1];

    signal allPre[MAXD][EPD];
    signal mix[MAXD][EPD];
    signal restAll[MAXD][EPD];
    signal restPre[MAXD][EPD];
    signal xPre[MAXD][EPD];
    signal xMix[MAXD][EPD];
    signal springPart[MAXD];
    signal fallPart[MAXD + 1];
    component sAll[EPD];
    component sPre[EPD];
    component sMix[EPD];
    component sRest[EPD];
    component sRestPre[EPD];
    component sX[EPD];
    component sXPre[EPD];
    component sXMix[EPD];
    var laneAll[I];
    var lanePre[I];
    var laneMix[I];
    var laneRest[I];
    var laneRestPre[I];
    var laneX[I];
    var laneXPre[I];
    var laneXMix[I];
    var ySum = 0;
    var zSum = 0;
    var totalSum = 0;
    for (var j = 0; j < EPD; j++) {
        var pAll = 0;
        var pPre = 0;
        var pMix = 0;
        var pRest = 0;
        var pRestPre = 0;
        var pX = 0;
        var pXPre = 0;
        var pXMix = 0;
        for (var d = 0; d < MAXD; d++) {
            var e = d * EPD + j;
            allPre[d][j] <== importElems[e] * before[d];
            mix[d][j] <== importElems[e] * isDk[d];
            restAll[d][j] <== importElems[e] * isRest[d];
            restPre[d][j] <== importElems[e] * beforeRest[d];
            xPre[d][j] <== exportElems[e] * before[d];
            xMix[d][j] <== exportElems[e] * isDk[d];
            pAll += importElems[e];
            pPre += allPre[d][j];
            pMix += mix[d][j];
            pRest += restAll[d][j];
            pRestPre += restPre[d][j];
            pX += exportElems[e];
            pXPre += xPre[d][j];
            pXMix += xMix[d][j];
            if (j == EPD - 1) {
                springPart[d] <== importElems[e] * wrapSpring[d];
                ySum += springPart[d];
            }
            if (j == 0) {
                fallPart[d] <== importElems[e] * wrapFall[d];
                zSum += fallPart[d];
            }
        }
        if (j == 0) {
            // the extra element: only a fall-back period's last H readings (post, wrapping)
            pAll += importElems[NELEM - 1];
            pX += exportElems[NELEM - 1];
            fallPart[MAXD] <== importElems[NELEM - 1] * wrapFall[MAXD];
            zSum += fallPart[MAXD];
        }
        sAll[j] = LaneSplit(12, STRIDE, LWX);
        sAll[j].packed <== pAll;
        sPre[j] = LaneSplit(12, STRIDE, LW);
        sPre[j].packed <== pPre;
        sMix[j] = LaneSplit(12, STRIDE, LW);
        sMix[j].packed <== pMix;
        sRest[j] = LaneSplit(12, STRIDE, LW);
        sRest[j].packed <== pRest;
        sRestPre[j] = LaneSplit(12, STRIDE, LW);
        sRestPre[j].packed <== pRestPre;
        sX[j] = LaneSplit(12, STRIDE, LWX);
        sX[j].packed <== pX;
        sXPre[j] = LaneSplit(12, STRIDE, LW);
        sXPre[j].packed <== pXPre;
        sXMix[j] = LaneSplit(12, STRIDE, LW);
        sXMix[j].packed <== pXMix;
        for (var i = 0; i < 12; i++) {
            laneAll[12 * j + i] = sAll[j].lanes[i];
            lanePre[12 * j + i] = sPre[j].lanes[i];
            laneMix[12 * j + i] = sMix[j].lanes[i];
            laneRest[12 * j + i] = sRest[j].lanes[i];
            laneRestPre[12 * j + i] = sRestPre[j].lanes[i];
            laneX[12 * j + i] = sX[j].lanes[i];
            laneXPre[12 * j + i] = sXPre[j].lanes[i];
            laneXMix[12 * j + i] = sXMix[j].lanes[i];
            totalSum += sAll[j].lanes[i];
        }
    }
    total <== totalSum;
    signal ySplit[12] <== LaneSplit(12, STRIDE, LW)(ySum);
    // LWX: the fall wrap also takes the extra element, so a lane of a rest fall-back day sums the
    // day's first reading and the extra one (MAXD + 1 readings; a one-day circuit's 16-bit lane
    // overflowed at 2^16, found by the engine == circuit property test)
    signal zSplit[12] <== LaneSplit(12, STRIDE, LWX)(zSum);

    // Per stream position q: pre-transition energy (all, rest), export, and the rest energy by
    // local day (wrap lanes swapped in spring / fall).
    signal postMix[I];
    signal preMixRest[I];
    signal postX[I];
    signal springSwap[H];
    signal fallSwap[H];
    var pre[I];
    var rpre[I];
    var rlocal[I];
    var xpre[I];
    // On the transition day, position q is after the change iff q >= qk: postMask[q] = sum of
    // qkBits up to q (the mix lanes are 0 on every other day and without a transition).
    var postMask = 0;
    for (var q = 0; q < I; q++) {
        postMask += qkBits[q];
        postMix[q] <== postMask * laneMix[q];
        preMixRest[q] <== (laneMix[q] - postMix[q]) * isRestDk;
        postX[q] <== postMask * laneXMix[q];
        pre[q] = lanePre[q] + laneMix[q] - postMix[q];
        rpre[q] = laneRestPre[q] + preMixRest[q];
        xpre[q] = laneXPre[q] + laneXMix[q] - postX[q];
        rlocal[q] = laneRest[q];
    }
    for (var h = 0; h < H; h++) {
        var q = I - H + h;
        springSwap[h] <== spring * (ySplit[12 - H + h] - laneRest[q]);
        rlocal[q] += springSwap[h];
        fallSwap[h] <== fall * (zSplit[h] - laneRest[h]);
        rlocal[h] += fallSwap[h];
    }

    // Post-transition energy at stream position q belongs to local slot (q + delta) mod I:
    // local slot s takes stream position s - H (spring) or s + H (fall).
    signal rotW[I][2];
    signal rotR[I][2];
    signal rotX[I][2];
    for (var s = 0; s < I; s++) {
        var up = (s - H + I) % I;
        var down = (s + H) % I;
        var wPost = laneAll[s] - pre[s] - (rlocal[s] - rpre[s]);
        var wUp = laneAll[up] - pre[up] - (rlocal[up] - rpre[up]);
        var wDown = laneAll[down] - pre[down] - (rlocal[down] - rpre[down]);
        rotW[s][0] <== spring * (wUp - wPost);
        rotW[s][1] <== fall * (wDown - wPost);
        rotR[s][0] <== spring * ((rlocal[up] - rpre[up]) - (rlocal[s] - rpre[s]));
        rotR[s][1] <== fall * ((rlocal[down] - rpre[down]) - (rlocal[s] - rpre[s]));
        rotX[s][0] <== spring * ((laneX[up] - xpre[up]) - (laneX[s] - xpre[s]));
        rotX[s][1] <== fall * ((laneX[down] - xpre[down]) - (laneX[s] - xpre[s]));
        workE[s] <== (pre[s] - rpre[s]) + wPost + rotW[s][0] + rotW[s][1];
        restE[s] <== rpre[s] + (rlocal[s] - rpre[s]) + rotR[s][0] + rotR[s][1];
        exportE[s] <== xpre[s] + (laneX[s] - xpre[s]) + rotX[s][0] + rotX[s][1];
    }
}
