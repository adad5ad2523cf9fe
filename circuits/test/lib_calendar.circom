pragma circom 2.1.6;

// Edge tests of circuits/lib/calendar.circom alone (test/circuits/lib-edges.test.ts): 3 days, 2 holiday slots; the caller's range checks (periodStart 40 bits, tz) are left out on purpose.
// Inputs are public so that --O2 keeps them in the witness for the constraint-level tests.
include "../lib/calendar.circom";

component main {public [periodStart, tzBiased, restMaskBits, holidays]} = RestDays(3, 2);
