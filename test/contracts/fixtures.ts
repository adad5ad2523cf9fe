/**
 * Assertions of the contract tests (the world and proofs are in world.ts).
 */
import { expect } from 'vitest';
import { ContractRevertError } from '../../sdk/src/chain/errors.js';
import { METER_1, METER_2, type World } from './world.js';

export * from './world.js';

/** Everything a failed call must leave untouched: token and ledger balances, arrears, cursors, accepted tariffs. */
export async function ledgerState(w: World): Promise<Record<string, string>> {
  const st = w.d.settlement.contract;
  const mr = w.d.meters.contract;
  const out: Record<string, string> = {};
  const accounts = Object.entries(w.s);
  for (const [name, signer] of accounts) {
    out[`token:${name}`] = String(await w.token.balanceOf(signer.address));
    out[`ledger:${name}`] = String(await st.balanceOf(signer.address));
  }
  out['token:settlement'] = String(await w.token.balanceOf(w.d.addresses.settlement));
  for (const m of [METER_1, METER_2]) {
    out[`arrears:${m}`] = String(await st.arrearsOf(m));
    out[`next:${m}`] = String((await mr.getMeter(m)).nextPeriodStart);
  }
  return out;
}

/**
 * Run `call`, expect it to revert with custom error `name` (decoded by the SDK's error mapping) and
 * the given arguments, and expect `state()` to read the same before and after.
 */
export async function expectRevert(
  state: () => Promise<unknown>,
  call: () => Promise<unknown>,
  name: string,
  args?: Record<string, unknown>,
): Promise<ContractRevertError> {
  const before = await state();
  let caught: unknown;
  try {
    await call();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected a revert with ${name}`).toBeInstanceOf(ContractRevertError);
  const err = caught as ContractRevertError;
  expect(err.errorName, err.message).toBe(name);
  if (args !== undefined) {
    for (const [k, v] of Object.entries(args)) expect(err.args[k], `argument ${k} of ${name}`).toEqual(v);
  }
  expect(await state()).toEqual(before);
  return err;
}

/** {@link expectRevert} with the world's whole ledger state: no balance, arrears or cursor moved. */
export function expectRevertNoMove(w: World, call: () => Promise<unknown>, name: string, args?: Record<string, unknown>): Promise<ContractRevertError> {
  return expectRevert(() => ledgerState(w), call, name, args);
}
