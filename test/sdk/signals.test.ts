import { describe, expect, it } from 'vitest';
import { packAmounts, packPeriod, settlementDomain, unpackAmounts, unpackDomain, unpackPeriod } from '../../core/src/bill/index.js';
import { thrown } from './helpers.js';

describe('public-signal packing (spec §7)', () => {
  it('packs the period as meterId + 2^64 start + 2^104 count + 2^120 seconds + 2^144 non-actual count', () => {
    const p = { meterId: 2n ** 64n - 1n, periodStart: 2 ** 40 - 1, intervalCount: 2976, intervalSeconds: 900, nonActualCount: 2976 };
    const v = packPeriod(p);
    expect(v).toBe(2n ** 64n - 1n + 2n ** 64n * (2n ** 40n - 1n) + 2n ** 104n * 2976n + 2n ** 120n * 900n + 2n ** 144n * 2976n);
    // Without a count (statement v1 callers): 0.
    expect(unpackPeriod(packPeriod({ ...p, nonActualCount: undefined } as never)).nonActualCount).toBe(0);
    expect(thrown(() => packPeriod({ ...p, nonActualCount: 2977 })).message).toBe('period.nonActualCount: is 2977, more than the 2976 intervals');
    expect(thrown(() => packPeriod({ ...p, nonActualCount: 65536 })).message).toBe('period.nonActualCount: must be in 0..2^16-1');
    expect(thrown(() => unpackPeriod(2n ** 160n)).message).toBe('period: is not a packed period signal');
    expect(unpackPeriod(v)).toEqual(p);
    expect(unpackPeriod(v.toString())).toEqual(p);
    expect(thrown(() => packPeriod({ ...p, meterId: 2n ** 64n })).message).toBe('period.meterId: must be in 0..2^64-1');
    expect(thrown(() => packPeriod({ ...p, intervalCount: 65536 })).message).toBe('period.intervalCount: must be in 0..2^16-1');
  });

  it('packs amounts as charge + 2^96 credit', () => {
    const a = { charge: 2n ** 96n - 1n, credit: 12345n };
    expect(packAmounts(a)).toBe(2n ** 96n - 1n + 2n ** 96n * 12345n);
    expect(unpackAmounts(packAmounts(a))).toEqual(a);
    expect(thrown(() => packAmounts({ charge: 2n ** 96n, credit: 0n })).message).toBe('amounts.charge: must be in 0..2^96-1');
  });

  it('binds chain id and contract address into the domain', () => {
    const address = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
    const d = settlementDomain(31337, address);
    expect(d).toBe(31337n * 2n ** 160n + BigInt(address));
    expect(unpackDomain(d)).toEqual({ chainId: 31337n, address: address.toLowerCase() });
    expect(thrown(() => settlementDomain(1, '0x1234')).message).toBe('domain.address: must be 0x followed by 40 hex digits');
    expect(thrown(() => settlementDomain(2n ** 64n, address)).message).toBe('domain.chainId: must be in 0..2^64-1');
  });
});
