pragma circom 2.1.6;

// Generated shape, see circuits/instances.json: 48 intervals per day, up to 1 days, 16-bit readings.
include "../bill/bill.circom";

component main {public [domain]} = Bill(48, 1, 16);
