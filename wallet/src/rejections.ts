/**
 * Contract rejections in plain sentences, one per custom error of the wattproof contracts (and
 * the OpenZeppelin errors they inherit). The SDK's chain clients name the error
 * ({@link ContractRevertError.errorName}) and its arguments; this turns them into what a
 * consumer should read, keeping the technical name alongside.
 * @packageDocumentation
 */
import { ContractRevertError } from '../../sdk/src/chain/errors.js';
import { isWattproofError } from '../../core/src/errors.js';
import { localTime, money, short, zoneName } from '../../core/src/format.js';

/** What the sentences need to show dates and money. */
export interface RejectionContext {
  /** Local zone of the tariff (seconds east of UTC), for dates; default UTC. */
  tzOffsetSeconds?: number;
  token?: { symbol: string; decimals: number };
}

/** A rejection explained. */
export interface Explained {
  /** The plain sentence. */
  sentence: string;
  /** The contract's error name (e.g. `PeriodOverlap`), or the SDK error code. */
  technical?: string;
}

type Args = Readonly<Record<string, unknown>>;

function big(v: unknown): bigint {
  return typeof v === 'bigint' ? v : BigInt(String(v ?? 0));
}

/** The sentence of each custom error. */
function sentences(ctx: RejectionContext): Record<string, (a: Args) => string> {
  const tz = ctx.tzOffsetSeconds ?? 0;
  const when = (v: unknown): string => `${localTime(big(v), tz)} ${tz === 0 ? 'UTC' : zoneName(tz)}`;
  const amount = (v: unknown): string => (ctx.token ? money(big(v), ctx.token.decimals, ctx.token.symbol) : `${big(v)} token units`);
  const c = (v: unknown): string => short(big(v).toString(), 6);
  return {
    PeriodOverlap: (a) =>
      `This period is already settled: meter ${a.meterId} has been billed up to ${when(a.nextPeriodStart)}, so the bill starting ${when(a.periodStart)} cannot be paid twice. Nothing was charged.`,
    PeriodGap: (a) =>
      `An earlier period is still unsettled: meter ${a.meterId}'s next bill must start at ${when(a.nextPeriodStart)}, but this one starts at ${when(a.periodStart)}. Settle the earlier period first.`,
    PeriodNotEnded: (a) => `This period has not ended yet (it ends ${when(a.periodEnd)}); it can be settled once it is over.`,
    TariffNotAccepted: (a) =>
      big(a.accepted) === 0n
        ? `You have not accepted any tariff for meter ${a.meterId} yet, so no bill can be settled for it.`
        : `This bill was computed with a tariff you have not accepted for meter ${a.meterId} (commitment ${c(a.commitment)}; you accepted ${c(a.accepted)}). Load the tariff document you accepted and prove the bill again.`,
    UnknownTariff: (a) => `No retailer has registered this tariff (commitment ${c(a.commitment)}) on this chain, so it cannot be used for a bill.`,
    TariffNotApproved: () => 'The regulator has not approved this tariff yet; bills under it cannot be settled until it does.',
    TariffIsRejected: () => 'The regulator rejected this tariff; bills under it cannot be settled.',
    TariffNotInForce: (a) =>
      `This tariff is not in force for the whole period: it is valid from ${when(a.validFrom)} to ${when(a.validUntil)}, the period runs from ${when(a.periodStart)} to ${when(a.periodEnd)}.`,
    TariffRetailerMismatch: (a) => `This tariff belongs to retailer ${a.tariffRetailer}, not to ${a.meterRetailer}, the retailer that serves this meter.`,
    UnknownMeter: (a) => `Meter ${a.meterId} is not registered with the metering authority on this chain.`,
    UnknownKey: () => 'The key that signed these readings is not a registered meter key on this chain.',
    KeyMeterMismatch: (a) => `The key that signed these readings belongs to meter ${a.keyMeterId}, not to meter ${a.meterId}.`,
    KeyNotValidForPeriod: (a) =>
      `The meter's key was not valid for the whole period (it is valid from ${when(a.validFrom)} until ${when(a.validUntil)}): it was rotated or revoked.`,
    InvalidProof: () => 'The on-chain verifier rejected the proof: it does not prove this bill.',
    WrongDomain: () => 'This proof was made for another chain or settlement contract. Prove the bill again while connected here.',
    SignalOutOfField: (a) => `Public signal ${a.index} of the proof is out of range; the proof is damaged. Prove the bill again.`,
    MalformedSignal: (a) => `Public signal ${a.index} of the proof is malformed; the proof is damaged. Prove the bill again.`,
    InsufficientRetailerFunds: (a) =>
      `Your retailer cannot pay this export credit right now (it needs ${amount(a.needed)} and has ${amount(a.available)} in the ledger). Nothing was booked; try again later.`,
    ZeroAmount: () => 'The amount must be more than zero.',
    InsufficientFreeBalance: (a) => `You can withdraw at most ${amount(a.free)}: the rest of your escrow is held for arrears.`,
    InsufficientBalance: (a) => `Your escrow holds ${amount(a.balance)}, less than the ${amount(a.requested)} requested.`,
    ExceedsArrears: (a) => `Meter ${a.meterId} owes only ${amount(a.arrears)} in arrears, less than the ${amount(a.requested)} you tried to pay.`,
    EnforcedPause: () => 'Settlement is paused by the regulator; try again when it resumes.',
    ERC20InsufficientBalance: (a) => `Your token balance (${amount(a.balance)}) is below the ${amount(a.needed)} needed.`,
    ERC20InsufficientAllowance: (a) => `The settlement contract may take only ${amount(a.allowance)} of your tokens, less than the ${amount(a.needed)} needed.`,
    AccessControlUnauthorizedAccount: (a) => `Account ${a.account} is not allowed to do this.`,
    NotMetersConsumer: (a) => `Only the consumer of meter ${a.meterId} may do this; ${a.caller} is not.`,
    NotOffered: (a) => `Tariff ${c(a.commitment)} was not offered to meter ${a.meterId}.`,
    ReentrancyGuardReentrantCall: () => 'The transaction tried to re-enter the contract and was stopped.',
  };
}

/** Explains a failure of a chain action in a plain sentence. */
export function explainRejection(e: unknown, ctx: RejectionContext = {}): Explained {
  if (e instanceof ContractRevertError) {
    const make = sentences(ctx)[e.errorName];
    return {
      sentence: make ? make(e.args) : `The contract rejected the transaction (${e.errorName}).`,
      technical: `${e.errorName}(${Object.entries(e.args)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(', ')})`,
    };
  }
  const err = e as { code?: unknown; message?: unknown; shortMessage?: unknown; cause?: unknown };
  // EIP-1193 user rejection (4001), as ethers reports it, possibly wrapped by the SDK.
  const codes = [err?.code, (err?.cause as { code?: unknown } | undefined)?.code];
  if (codes.some((c) => c === 'ACTION_REJECTED' || c === 4001)) {
    return { sentence: 'You declined the transaction in your wallet; nothing was sent.', technical: 'ACTION_REJECTED' };
  }
  if (isWattproofError(e)) return { sentence: e.message, technical: e.code };
  const message = typeof err?.shortMessage === 'string' ? err.shortMessage : typeof err?.message === 'string' ? err.message : String(e);
  return { sentence: message.split('\n')[0]! };
}
