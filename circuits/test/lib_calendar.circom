pragma circom 2.1.6;

// Edge tests of circuits/lib/calendar.circom alone (test/circuits/lib-edges.test.ts): 3 days, 2 holiday slots; the caller's range checks (periodStart 40 bits, tz) are left out on purpose.
include "../lib/calendar.circom";

component main = RestDays(3, 2);
