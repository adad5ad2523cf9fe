pragma circom 2.1.6;

// value = sum k*bits[k-OFFSET], exactly one bit set: value is in [OFFSET, OFFSET+N-1].
template OneHot(N, OFFSET) {
    signal input value;
    signal output bits[N];

    var sum = 0;
    var weighted = 0;
    for (var k = 0; k < N; k++) {
        bits[k] <-- value == k + OFFSET ? 1 : 0;
        bits[k] * (bits[k] - 1) === 0;
        sum += bits[k];
        weighted += (k + OFFSET) * bits[k];
    }
    sum === 1;
    weighted === value;
}
