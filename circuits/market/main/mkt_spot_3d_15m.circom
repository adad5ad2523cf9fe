pragma circom 2.1.6;

// GENERATED from circuits/market/instances.json (instance mkt_spot_3d_15m) by circuits/build/generate-main.ts.
// Do not edit: change instances.json and run `npm run generate`.
// 96 intervals per day, up to 3 days, import series, 6-decimal token.
include "../market.circom";

component main {public [chainBefore, domain]} = MarketBill(96, 3, 0, 6, 0);
