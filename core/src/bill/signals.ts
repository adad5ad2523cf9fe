/**
 * Public-signal packing of spec §7.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';

const TWO64 = 1n << 64n;
const TWO96 = 1n << 96n;
const TWO104 = 1n << 104n;
const TWO120 = 1n << 120n;
const TWO144 = 1n << 144n;
const TWO160 = 1n << 160n;

/** The fields packed into the `period` public signal. */
export interface PeriodSignal {
  meterId: bigint;
  periodStart: number;
  intervalCount: number;
  intervalSeconds: number;
  /** Intervals of the period that are not actual reads (statement v2, spec §3); default 0 when packing. */
  nonActualCount?: number;
}

/** The fields packed into the `amounts` public signal. */
export interface AmountsSignal {
  charge: bigint;
  credit: bigint;
}

function checkRange(field: string, v: bigint, bits: number): void {
  if (v < 0n || v >= 1n << BigInt(bits)) throw new ValidationError(field, `must be in 0..2^${bits}-1`);
}

/** `period = meterId + 2^64 periodStart + 2^104 intervalCount + 2^120 intervalSeconds + 2^144 nonActualCount`. */
export function packPeriod(p: PeriodSignal): bigint {
  checkRange('period.meterId', p.meterId, 64);
  checkRange('period.periodStart', BigInt(p.periodStart), 40);
  checkRange('period.intervalCount', BigInt(p.intervalCount), 16);
  // The circuit derives intervalSeconds as 86400 / I, so 17 bits always suffice.
  checkRange('period.intervalSeconds', BigInt(p.intervalSeconds), 17);
  const nonActual = BigInt(p.nonActualCount ?? 0);
  checkRange('period.nonActualCount', nonActual, 16);
  if (nonActual > BigInt(p.intervalCount)) throw new ValidationError('period.nonActualCount', `is ${nonActual}, more than the ${p.intervalCount} intervals`);
  return p.meterId + TWO64 * BigInt(p.periodStart) + TWO104 * BigInt(p.intervalCount) + TWO120 * BigInt(p.intervalSeconds) + TWO144 * nonActual;
}

/** Inverse of {@link packPeriod}. @throws ValidationError if the value is not a packed period. */
export function unpackPeriod(signal: bigint | string): PeriodSignal {
  const v = BigInt(signal);
  // intervalSeconds has a 24-bit field (bits 120..143; the circuit only ever writes 17 bits of it),
  // as the settlement contract decodes it.
  if (v < 0n || v >= TWO144 << 16n) throw new ValidationError('period', 'is not a packed period signal');
  return {
    meterId: v % TWO64,
    periodStart: Number((v / TWO64) % (1n << 40n)),
    intervalCount: Number((v / TWO104) % (1n << 16n)),
    intervalSeconds: Number((v / TWO120) % (1n << 24n)),
    nonActualCount: Number(v / TWO144),
  };
}

/** `amounts = charge + 2^96 credit`. */
export function packAmounts(a: AmountsSignal): bigint {
  checkRange('amounts.charge', a.charge, 96);
  checkRange('amounts.credit', a.credit, 96);
  return a.charge + TWO96 * a.credit;
}

/** Inverse of {@link packAmounts}. */
export function unpackAmounts(signal: bigint | string): AmountsSignal {
  const v = BigInt(signal);
  if (v < 0n || v >= TWO96 * TWO96) throw new ValidationError('amounts', 'is not a packed amounts signal');
  return { charge: v % TWO96, credit: v / TWO96 };
}

/** Parses a 20-byte hex address (`0x` + 40 hex digits, any case) into an integer. */
export function addressToBigInt(address: string, field = 'address'): bigint {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) throw new ValidationError(field, 'must be 0x followed by 40 hex digits');
  return BigInt(address);
}

/** `domain = chainId * 2^160 + settlementContractAddress` (`chainId < 2^64`). */
export function settlementDomain(chainId: bigint | number, address: string): bigint {
  const id = BigInt(chainId);
  checkRange('domain.chainId', id, 64);
  return id * TWO160 + addressToBigInt(address, 'domain.address');
}

/** Inverse of {@link settlementDomain}: the chain id and the lowercase address. */
export function unpackDomain(signal: bigint | string): { chainId: bigint; address: string } {
  const v = BigInt(signal);
  if (v < 0n || v >= TWO64 * TWO160) throw new ValidationError('domain', 'is not a packed domain signal');
  return { chainId: v / TWO160, address: `0x${(v % TWO160).toString(16).padStart(40, '0')}` };
}
