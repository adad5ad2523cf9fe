pragma circom 2.1.6;

// GENERATED from circuits/instances.json (instance bill_3d_30m_zone) by circuits/build/generate-main.ts.
// Do not edit: change instances.json and run `npm run generate`.
// 48 intervals per day, up to 3 days, 16-bit readings, on a daylight-saving clock.
include "../bill/bill.circom";

component main {public [domain]} = Bill(48, 3, 16, 0, 0, 0, 1);
