pragma circom 2.1.6;

// GENERATED from circuits/instances.json (instance bill_3d_15m) by circuits/build/generate-main.ts.
// Do not edit: change instances.json and run `npm run generate`.
// 96 intervals per day, up to 3 days, 16-bit readings.
include "../bill/bill.circom";

component main {public [domain]} = Bill(96, 3, 16, 0, 0, 0, 0);
