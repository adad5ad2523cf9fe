pragma circom 2.1.6;

include "../lib/bands.circom";

// Details of a market bill for the regulator's disclosure (docs/disclosure-spec.md §10, market
// layout m1): six plaintext elements, two blocks of the cipher,
//   0: energy per adder band 0..7 (8 x 28 bits, low bits first), then nonActualCount (28-bit field)
//   1: market + 2^59, where market = sum_i e_i * p_i (Wh x cents/MWh, signed; 60 bits)
//   2: the meter-signed statement (market-spec §5, bill-spec §3)
//   3, 4, 5: energy per hour of the zone's local day, hours 8k..8k+7 in element 3+k (8 x 28 bits);
//            an hour sums its I / 24 slots over every day of the period.
// With the terms (multiplier, adders, standing, tax) and dayCount (public in `period`) the regulator
// recomputes market-spec §6's amount exactly: energy = a * market + 1000 * sum_k b_k * band_k.
// Inputs: slotEnergy[s] = the billed series' energy in slot s of the day summed over the period's
// days (each reading < 2^16, range-checked by MarketBill), the terms' band bits (boolean-constrained
// by TermsCommitment), market, nonActualCount (< 2^16, checked by MarketBill), statement.
// Preconditions (asserted): MAXD * I * 2^16 <= 2^28, so a band or hour sum fits its 28-bit field;
// and MAXD * I * (2^16 - 1) * 2^31 < 2^59, so |market| < 2^59 and market + 2^59 lies in (0, 2^60):
// a negative sum is stored biased, never as its field negation, and every field is injective.
// Cost: 7 I constraints (BandEnergies); the hours, the bias and the packing are linear.
template MarketDetails(I, MAXD) {
    assert(I == 24 || I == 48 || I == 96);
    assert(MAXD * I * (1 << 16) <= (1 << 28));
    signal input slotEnergy[I];
    signal input bandBits[I][3];
    signal input market;
    signal input nonActualCount;
    signal input statement;
    signal output details[6];

    signal bandEnergy[8] <== BandEnergies(I)(slotEnergy, bandBits);
    var packed0 = 0;
    for (var b = 0; b < 8; b++) { packed0 += bandEnergy[b] * (1 << (28 * b)); }
    details[0] <== packed0 + nonActualCount * (1 << (28 * 8));
    details[1] <== market + (1 << 59);
    details[2] <== statement;
    var SPH = I \ 24;
    var hourly[3];
    for (var k = 0; k < 3; k++) { hourly[k] = 0; }
    for (var s = 0; s < I; s++) {
        var h = s \ SPH;
        hourly[h \ 8] += slotEnergy[s] * (1 << (28 * (h % 8)));
    }
    for (var k = 0; k < 3; k++) { details[3 + k] <== hourly[k]; }
}
