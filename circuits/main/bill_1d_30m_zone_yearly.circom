pragma circom 2.1.6;

// GENERATED from circuits/instances.json (instance bill_1d_30m_zone_yearly) by circuits/build/generate-main.ts.
// Do not edit: change instances.json and run `npm run generate`.
// 48 intervals per day, up to 1 day, 16-bit readings, with yearly blocks (year-to-date commitments), on a daylight-saving clock.
include "../bill/bill.circom";

component main {public [domain, ytdOld, ytdNew, ytdYear]} = Bill(48, 1, 16, 0, 0, 1, 1);
