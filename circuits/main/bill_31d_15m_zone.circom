pragma circom 2.1.6;

// GENERATED from circuits/instances.json (instance bill_31d_15m_zone) by circuits/build/generate-main.ts.
// Do not edit: change instances.json and run `npm run generate`.
// 96 intervals per day, up to 31 days, 16-bit readings, on a daylight-saving clock.
include "../bill/bill.circom";

component main {public [domain]} = Bill(96, 31, 16, 0, 0, 0, 1);
