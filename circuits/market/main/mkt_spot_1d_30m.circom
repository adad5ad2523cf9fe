pragma circom 2.1.6;

// GENERATED from circuits/market/instances.json (instance mkt_spot_1d_30m) by circuits/build/generate-main.ts.
// Do not edit: change instances.json and run `npm run generate`.
// 48 intervals per day, up to 1 day, import series, 6-decimal token.
include "../market.circom";

component main {public [chainBefore, domain]} = MarketBill(48, 1, 0, 6, 0);
