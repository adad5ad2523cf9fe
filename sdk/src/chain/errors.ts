/**
 * Turning failed contract calls into {@link ChainError}s that name the contract's custom error.
 * @packageDocumentation
 */
import { Interface, type ErrorDescription } from 'ethers';
import { ChainError } from '../../../core/src/errors.js';
import {
  IAccessControl__factory,
  IDisclosedSettlement__factory,
  IDisclosureKeys__factory,
  IERC20Errors__factory,
  IMarketSettlement__factory,
  IMeterRegistry__factory,
  IPpaRegistry__factory,
  IPriceFeed__factory,
  ISettlement__factory,
  ITariffRegistry__factory,
  Pausable__factory,
  ReentrancyGuardTransient__factory,
  SafeERC20__factory,
} from '../../../typechain-types/index.js';

/** A contract call reverted with a custom error that one of the wattproof ABIs declares. */
export class ContractRevertError extends ChainError {
  /** The custom error's name, e.g. `PeriodOverlap`. */
  readonly errorName: string;
  /** Its arguments by name (bigint for integers, checksummed strings for addresses). */
  readonly args: Readonly<Record<string, unknown>>;
  /** Raw revert data (0x-prefixed hex). */
  readonly data: string;

  constructor(action: string, errorName: string, args: Record<string, unknown>, data: string, cause: unknown) {
    const shown = Object.entries(args)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ');
    super(`${action} reverted: ${errorName}(${shown})`, { code: 'CHAIN_REVERTED', cause });
    this.errorName = errorName;
    this.args = args;
    this.data = data;
  }
}

let known: Interface | undefined;

/**
 * One interface holding every error the wattproof contracts can revert with: the contracts' own
 * interfaces (`contracts/interfaces/I*.sol`) and the OpenZeppelin parts they are built from (access
 * control, pause, reentrancy guard, SafeERC20, and the ERC-20 errors a standard token bubbles up).
 */
function wattproofErrors(): Interface {
  if (known === undefined) {
    const seen = new Set<string>();
    const fragments: string[] = [];
    for (const abi of [
      ISettlement__factory.abi,
      IMeterRegistry__factory.abi,
      ITariffRegistry__factory.abi,
      IDisclosureKeys__factory.abi,
      IDisclosedSettlement__factory.abi,
      IPriceFeed__factory.abi,
      IPpaRegistry__factory.abi,
      IMarketSettlement__factory.abi,
      IAccessControl__factory.abi,
      Pausable__factory.abi,
      ReentrancyGuardTransient__factory.abi,
      SafeERC20__factory.abi,
      IERC20Errors__factory.abi,
    ]) {
      for (const f of new Interface(abi).fragments) {
        if (f.type !== 'error') continue;
        const sig = f.format('full');
        if (!seen.has(sig)) {
          seen.add(sig);
          fragments.push(sig);
        }
      }
    }
    known = new Interface(fragments);
  }
  return known;
}

/** Revert data found anywhere an ethers or Hardhat error keeps it. */
function findRevertData(e: unknown, depth = 0): string | undefined {
  if (e === null || typeof e !== 'object' || depth > 5) return undefined;
  const o = e as Record<string, unknown>;
  const d = o.data;
  if (typeof d === 'string' && /^0x[0-9a-fA-F]{8}/.test(d)) return d;
  for (const key of ['data', 'error', 'info', 'cause', 'originalError']) {
    const found = findRevertData(o[key], depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Decode revert data against the wattproof ABIs; undefined when the selector is unknown. */
export function decodeRevertData(data: string): ErrorDescription | undefined {
  try {
    return wattproofErrors().parseError(data) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The custom error's name and named arguments if `e` is a revert with one, else undefined. */
export function revertOf(e: unknown): { name: string; args: Record<string, unknown>; data: string } | undefined {
  const data = findRevertData(e);
  if (data === undefined) return undefined;
  const desc = decodeRevertData(data);
  if (desc === undefined) return undefined;
  const args: Record<string, unknown> = {};
  desc.fragment.inputs.forEach((input, i) => {
    args[input.name === '' ? String(i) : input.name] = desc.args[i];
  });
  return { name: desc.name, args, data };
}

/**
 * Wrap any failure of `action` as a ChainError: a {@link ContractRevertError} for known custom
 * errors, a plain ChainError (retryable for network trouble) otherwise.
 */
export function toChainError(action: string, e: unknown): ChainError {
  if (e instanceof ChainError) return e;
  const revert = revertOf(e);
  if (revert !== undefined) return new ContractRevertError(action, revert.name, revert.args, revert.data, e);
  const err = e as { code?: unknown; shortMessage?: unknown; message?: unknown };
  const code = typeof err?.code === 'string' ? err.code : '';
  const retryable = ['NETWORK_ERROR', 'TIMEOUT', 'SERVER_ERROR'].includes(code);
  const reason = typeof err?.shortMessage === 'string' ? err.shortMessage : typeof err?.message === 'string' ? err.message.split('\n')[0] : String(e);
  return new ChainError(`${action} failed: ${reason}`, { cause: e, retryable });
}

/** Run `fn`, converting whatever it throws with {@link toChainError}. */
export async function chainCall<T>(action: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toChainError(action, e);
  }
}
