// The disclosure-key rule both disclosed market settlements share (contracts/MarketDisclosureRules.sol): the proof's
// key must be the one DisclosureKeys has in force for the period's start.
import type { ErrorDescription } from 'ethers';
import { expect } from 'vitest';
import type { CurvePoint } from '../../core/src/crypto/disclosure.js';
import type { DisclosureKeys } from '../../typechain-types/index.js';
import { endDay, type LaterMeter, provider } from './world.js';

/** A real disclosed proof and its submission (the signals and words it proved, unless others are given). */
export interface DisclosedProof {
  s: bigint[];
  disclosure: bigint[];
  settle(s?: bigint[], words?: bigint[]): Promise<unknown>;
}

/**
 * Sends `toNext`, a real proof of `later`'s first day to the `next` key, on a snapshot of the chain once that day
 * has ended: refused while `next` is registered nowhere (`keys` has its first epoch, `first`, only); with `first`'s
 * y posted beside a ciphertext made for `next`, a false statement (InvalidProof); and refused again once `next` is
 * scheduled as the next epoch's key after the day started (the error names `first`, epoch 0). Then reverts.
 */
export async function refusesKeysNotInForce(o: {
  keys: DisclosureKeys;
  later: LaterMeter;
  first: CurvePoint;
  next: CurvePoint;
  toNext: DisclosedProof;
  revertError: (call: () => Promise<unknown>) => Promise<ErrorDescription | undefined>;
}): Promise<void> {
  const { keys, toNext, revertError } = o;
  const snapshot = (await provider.send('evm_snapshot', [])) as string;
  await endDay(o.later.day);
  expect(await keys.epochCount()).toBe(1n);
  expect((await revertError(() => toNext.settle()))?.name).toBe('WrongDisclosureKey');
  const swapped = [...toNext.disclosure];
  swapped[0] = o.first.y;
  expect((await revertError(() => toNext.settle(toNext.s, swapped)))?.name).toBe('InvalidProof');
  const now = (await provider.getBlock('latest'))!.timestamp;
  await (await keys.setKey(o.next.x, o.next.y, now + 60)).wait();
  expect(await keys.epochCount()).toBe(2n);
  const early = await revertError(() => toNext.settle());
  expect([early?.name, early?.args.expected, early?.args.epoch]).toEqual(['WrongDisclosureKey', o.first.y, 0n]);
  expect(await provider.send('evm_revert', [snapshot])).toBe(true);
}
