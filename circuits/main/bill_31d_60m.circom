pragma circom 2.1.6;

// Generated shape, see circuits/instances.json: 24 intervals per day, up to 31 days, 16-bit readings.
include "../bill/bill.circom";

component main {public [domain]} = Bill(24, 31, 16);
