pragma circom 2.1.6;

// GENERATED from circuits/instances.json (instance bill_31d_60m_disclose) by circuits/build/generate-main.ts.
// Do not edit: change instances.json and run `npm run generate`.
// 24 intervals per day, up to 31 days, 16-bit readings, with the regulator's disclosure.
include "../bill/bill.circom";

component main {public [domain, regulatorKeyY, ephemeralKeyY, disclosureCiphertext]} = Bill(24, 31, 16, 0, 1, 0, 0);
