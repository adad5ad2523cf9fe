pragma circom 2.1.6;

// GENERATED from circuits/market/instances.json (instance mkt_spotpub_3d_60m_disclose) by circuits/build/generate-main.ts.
// Do not edit: change instances.json and run `npm run generate`.
// 24 intervals per day, up to 3 days, import series, 6-decimal token, prices as public inputs, with the regulator's disclosure.
include "../market_public.circom";

component main {public [firstDay, domain, prices, regulatorKeyY, ephemeralKeyY, disclosureCiphertext]} = MarketBillPublicPrices(24, 3, 0, 6, 1);
