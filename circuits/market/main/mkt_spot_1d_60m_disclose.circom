pragma circom 2.1.6;

// GENERATED from circuits/market/instances.json (instance mkt_spot_1d_60m_disclose) by circuits/build/generate-main.ts.
// Do not edit: change instances.json and run `npm run generate`.
// 24 intervals per day, up to 1 day, import series, 6-decimal token, with the regulator's disclosure.
include "../market.circom";

component main {public [chainBefore, domain, regulatorKeyY, ephemeralKeyY, disclosureCiphertext]} = MarketBill(24, 1, 0, 6, 1);
