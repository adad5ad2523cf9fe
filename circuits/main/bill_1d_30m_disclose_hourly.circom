pragma circom 2.1.6;

// GENERATED from circuits/instances.json (instance bill_1d_30m_disclose_hourly) by circuits/build/generate-main.ts.
// Do not edit: change instances.json and run `npm run generate`.
// 48 intervals per day, up to 1 day, 16-bit readings, with the regulator's disclosure of bands and hours of day.
include "../bill/bill.circom";

component main {public [domain, regulatorKeyY, ephemeralKeyY, disclosureCiphertext]} = Bill(48, 1, 16, 0, 2, 0, 0);
