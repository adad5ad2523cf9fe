/**
 * Parsing the arguments of the role commands (addresses, meter ids, amounts, instants, tariffs,
 * meter public keys), each failure a ValidationError naming the option. Loaded only by the
 * commands' implementation modules.
 * @packageDocumentation
 */
import { getAddress, isAddress, parseUnits, ZeroAddress } from 'ethers';
import { FIELD_P } from '../../core/src/crypto/field.js';
import type { MeterPublicKey } from '../../core/src/crypto/eddsa.js';
import { ValidationError } from '../../core/src/errors.js';
import { isoDateToDayNumber } from '../../core/src/tariff/calendar.js';
import { tariffCommitment } from '../../core/src/tariff/encode.js';
import type { Tariff } from '../../core/src/tariff/schema.js';
import { parseJsonText } from '../../core/src/schema-util.js';
import { TariffAuthoring } from '../../sdk/src/roles/tariff-authoring.js';
import { Meter } from '../../sdk/src/roles/meter.js';
import { str, type Values } from './command.js';
import { readText } from './files.js';
import { UsageError } from './output.js';

/**
 * An account address (checksum-validated when mixed case), never the zero address.
 * @throws ValidationError naming the option
 */
export function parseAddress(text: string, option: string): string {
  const t = text.trim();
  if (!isAddress(t)) {
    throw new ValidationError(
      `--${option}`,
      /^0x[0-9a-fA-F]{40}$/.test(t)
        ? `'${t}' has a wrong checksum (mixed-case addresses must be EIP-55 checksummed)`
        : `'${t}' is not an address (0x + 40 hex digits)`,
    );
  }
  const a = getAddress(t);
  if (a === ZeroAddress) throw new ValidationError(`--${option}`, 'must not be the zero address');
  return a;
}

/** A meter id, 0 .. 2^64-1. @throws ValidationError naming the option */
export function parseMeterId(text: string, option = 'meter-id'): bigint {
  const t = text.trim();
  if (!/^\d+$/.test(t)) throw new ValidationError(`--${option}`, `'${text}' is not a meter id (a decimal integer)`);
  const v = BigInt(t);
  if (v >= 1n << 64n) throw new ValidationError(`--${option}`, `${t} is above 2^64-1`);
  return v;
}

/**
 * An amount in token units (`150`, `12.5`) to the token's smallest unit, greater than zero.
 * @throws ValidationError naming the option
 */
export function parseAmount(text: string, decimals: number, option = 'amount'): bigint {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) throw new ValidationError(`--${option}`, `'${text}' is not an amount in token units (e.g. 150 or 12.5)`);
  let v: bigint;
  try {
    v = parseUnits(t, decimals);
  } catch {
    throw new ValidationError(`--${option}`, `'${text}' has more than ${decimals} decimals`);
  }
  if (v === 0n) throw new ValidationError(`--${option}`, 'must be more than zero');
  if (v >= 1n << 256n) throw new ValidationError(`--${option}`, 'is too large');
  return v;
}

/**
 * An instant: unix seconds (`1780527600`), an ISO 8601 date-time with its zone
 * (`2026-06-04T00:00:00+01:00`, `2026-06-03T23:00:00Z`), or a date (`2026-06-04`) meaning local
 * midnight in `tzOffsetSeconds` (required for a bare date).
 * @returns unix seconds, within uint40
 * @throws ValidationError naming the option
 */
export function parseInstant(text: string, option: string, tzOffsetSeconds?: number): bigint {
  const t = text.trim();
  let v: bigint;
  if (/^\d+$/.test(t)) {
    v = BigInt(t);
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const day = isoDateToDayNumber(t);
    if (day === undefined) throw new ValidationError(`--${option}`, `'${t}' is not a calendar date`);
    if (tzOffsetSeconds === undefined) {
      throw new ValidationError(
        `--${option}`,
        `'${t}' is a date without a time zone: give --tz (e.g. +01:00), a date-time with its zone (${t}T00:00:00+01:00) or unix seconds`,
      );
    }
    v = BigInt(day * 86400 - tzOffsetSeconds);
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(t)) {
    const ms = Date.parse(t);
    if (Number.isNaN(ms)) throw new ValidationError(`--${option}`, `'${t}' is not a valid date-time`);
    v = BigInt(Math.floor(ms / 1000));
  } else {
    throw new ValidationError(`--${option}`, `'${text}' is not an instant: unix seconds, YYYY-MM-DD (with --tz) or YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM`);
  }
  if (v < 0n || v >= 1n << 40n) throw new ValidationError(`--${option}`, `${v} is outside 0 .. 2^40-1 seconds`);
  return v;
}

/** A tariff given as `--tariff FILE` (the document) or `--commitment C` (decimal). */
export interface TariffArg {
  commitment: bigint;
  /** The document, when a file was given. */
  tariff?: Tariff;
  file?: string;
}

/**
 * The tariff of `--tariff FILE` or `--commitment C` (exactly one).
 * @param allowCommitment - false when the command needs the document itself
 * @throws UsageError when neither or both are given; ValidationError / ImportError for a bad value or file
 */
export async function tariffArg(values: Values, command: string, allowCommitment = true): Promise<TariffArg> {
  const file = str(values, 'tariff');
  const c = str(values, 'commitment');
  if (file !== undefined && c !== undefined) throw new UsageError(`${command}: give --tariff FILE or --commitment C, not both`, command);
  if (file !== undefined) {
    const tariff = TariffAuthoring.parse(await readText(file), file);
    return { commitment: await tariffCommitment(tariff), tariff, file };
  }
  if (c !== undefined && allowCommitment) {
    const t = c.trim();
    if (!/^\d+$/.test(t) || BigInt(t) === 0n || BigInt(t) >= FIELD_P)
      throw new ValidationError('--commitment', `'${c}' is not a tariff commitment (a decimal field element, not zero)`);
    return { commitment: BigInt(t) };
  }
  throw new UsageError(`${command}: --tariff FILE${allowCommitment ? ' or --commitment C' : ''} is required`, command);
}

function fieldElement(v: unknown, field: string): bigint {
  const s = typeof v === 'number' ? String(v) : v;
  if (typeof s !== 'string' || !/^\d+$/.test(s.trim())) throw new ValidationError(field, 'must be a decimal field element');
  const x = BigInt(s.trim());
  if (x === 0n || x >= FIELD_P) throw new ValidationError(field, 'must be a non-zero field element');
  return x;
}

/**
 * A meter's public key from a file: the key file of "wattproof meter keygen" (its public key is
 * checked against its private key) or a JSON object with `publicKey: {x, y}` (and optionally
 * `meterId`), e.g. what "meter keygen --json" prints.
 * @returns the key and the meter id the file names, if any
 */
export async function meterPublicKeyFile(file: string): Promise<{ publicKey: MeterPublicKey; meterId?: bigint }> {
  const text = await readText(file);
  const doc = parseJsonText(text, file) as Record<string, unknown> | null;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new ValidationError('--meter-key', `${file} must hold a JSON object`);
  const meterId = typeof doc.meterId === 'string' && /^\d+$/.test(doc.meterId) ? BigInt(doc.meterId) : undefined;
  if (typeof doc.privateKey === 'string') {
    const meter = await Meter.fromKeyFile(text, file);
    return { publicKey: await meter.publicKey(), meterId: meter.meterId };
  }
  const pub = doc.publicKey as Record<string, unknown> | undefined;
  if (pub === undefined || typeof pub !== 'object' || pub === null) throw new ValidationError('--meter-key', `${file} has no "publicKey": {"x", "y"}`);
  const publicKey = { x: fieldElement(pub.x, `${file}: publicKey.x`), y: fieldElement(pub.y, `${file}: publicKey.y`) };
  return meterId === undefined ? { publicKey } : { publicKey, meterId };
}

/** What a transaction command reports. */
export interface SentTx {
  hash: string;
  blockNumber: number;
  gasUsed: bigint;
}

/**
 * Reports a mined transaction: one human line plus the table of `facts`; with --json, one object
 * `{ action, txHash, blockNumber, gasUsed, ...facts }`.
 */
export function reportTx(out: import('./output.js').Output, action: string, txs: SentTx | SentTx[], facts: Record<string, unknown>, human: string): void {
  const list = Array.isArray(txs) ? txs : [txs];
  out.line(human);
  for (const tx of list) out.line(`  tx ${tx.hash} (block ${tx.blockNumber}, ${Number(tx.gasUsed).toLocaleString('en-US')} gas)`);
  const first = list[0];
  out.result({
    action,
    ...(list.length === 1 && first !== undefined
      ? { txHash: first.hash, blockNumber: first.blockNumber, gasUsed: first.gasUsed }
      : { transactions: list.map((t) => ({ txHash: t.hash, blockNumber: t.blockNumber, gasUsed: t.gasUsed })) }),
    ...facts,
  });
}

/**
 * Deposits `--amount` into the ledger as the connection's account, after checking its token
 * balance (so a short balance is a clear error, not a revert).
 */
export async function depositChecked(
  conn: import('../../sdk/src/roles/connection.js').WattproofConnection,
  values: Values,
  command: string,
): Promise<{ tx: SentTx; amount: bigint }> {
  const { decimals, symbol } = await conn.token();
  const text = str(values, 'amount');
  if (text === undefined) throw new UsageError(`${command}: --amount A is required`, command);
  const amount = parseAmount(text, decimals);
  const me = await conn.account();
  const have = await conn.tokenBalance(me);
  if (have < amount) {
    const { money } = await import('../../core/src/format.js');
    throw new ValidationError(
      '--amount',
      `account ${me} holds ${money(have, decimals, symbol)}, less than ${money(amount, decimals, symbol)}; nothing was sent`,
    );
  }
  return { tx: await conn.settlement.deposit(amount), amount };
}

/**
 * The amount to withdraw: `--amount` (at most the free balance), else the whole free balance.
 * @throws WattproofError NOTHING_TO_WITHDRAW when the free balance is zero
 */
export async function withdrawAmount(conn: import('../../sdk/src/roles/connection.js').WattproofConnection, values: Values): Promise<bigint> {
  const { WattproofError } = await import('../../core/src/errors.js');
  const { money } = await import('../../core/src/format.js');
  const { decimals, symbol } = await conn.token();
  const { free } = await conn.settlement.position(await conn.account());
  if (free === 0n) throw new WattproofError('NOTHING_TO_WITHDRAW', 'the free ledger balance is zero; nothing was sent');
  const text = str(values, 'amount');
  if (text === undefined) return free;
  const amount = parseAmount(text, decimals);
  if (amount > free)
    throw new ValidationError(
      '--amount',
      `${money(amount, decimals, symbol)} is more than the free balance ${money(free, decimals, symbol)}; nothing was sent`,
    );
  return amount;
}
