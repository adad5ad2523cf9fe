/**
 * `wattproof authority register-meter | rotate-key | revoke-key`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { keyHash } from '../../../core/src/crypto/eddsa.js';
import { ChainError, ValidationError } from '../../../core/src/errors.js';
import { localTime } from '../../../core/src/format.js';
import { MeteringAuthority } from '../../../sdk/src/roles/authority.js';
import { connectRole, type RoleChain } from '../chain.js';
import { need, parseTz, str, type RunContext } from '../command.js';
import { meterPublicKeyFile, parseAddress, parseInstant, parseMeterId, reportTx } from '../role-args.js';

function tzOf(values: RunContext['values']): number | undefined {
  const tz = str(values, 'tz');
  return tz === undefined ? undefined : parseTz(tz);
}

/** Refuses before sending when the account lacks the role or the registry is paused. */
async function preflight(chain: RoleChain): Promise<void> {
  const meters = chain.conn.meters;
  if (!(await meters.hasRole('METERING_AUTHORITY_ROLE', chain.account!))) {
    throw new ChainError(`account ${chain.account} does not hold METERING_AUTHORITY_ROLE on MeterRegistry ${meters.address}; nothing was sent`);
  }
  if (await meters.paused()) throw new ChainError(`MeterRegistry ${meters.address} is paused (by the regulator); nothing was sent`);
}

/** `registerMeter`: see the command's help in ./authority.ts. */
export async function registerMeter({ values, out }: RunContext): Promise<void> {
  const cmd = 'authority register-meter';
  const keyFile = need(values, 'meter-key', cmd);
  const { publicKey, meterId: fileId } = await meterPublicKeyFile(keyFile);
  const idText = str(values, 'meter-id');
  const meterId = idText === undefined ? fileId : parseMeterId(idText);
  if (meterId === undefined) throw new ValidationError('--meter-id', `${keyFile} names no meter: give --meter-id`);
  if (idText !== undefined && fileId !== undefined && fileId !== meterId) {
    throw new ValidationError('--meter-id', `is ${meterId}, but ${keyFile} is the key of meter ${fileId}`);
  }
  const consumer = parseAddress(need(values, 'consumer', cmd), 'consumer');
  const retailer = parseAddress(need(values, 'retailer', cmd), 'retailer');
  const first = parseInstant(need(values, 'first-period-start', cmd), 'first-period-start', tzOf(values));
  const chain = await connectRole(values, out, cmd, true);
  try {
    await preflight(chain);
    const existing = await chain.conn.meters.getMeter(meterId);
    if (existing !== undefined)
      throw new ValidationError('--meter-id', `meter ${meterId} is already registered (consumer ${existing.consumer}); nothing was sent`);
    const kh = await keyHash(publicKey);
    const tx = await new MeteringAuthority(chain.conn).registerMeter({ meter: { meterId, publicKey }, consumer, retailer, firstPeriodStart: first });
    reportTx(
      out,
      'register-meter',
      tx,
      { meterId, keyHash: kh, consumer, retailer, firstPeriodStart: first },
      `meter ${meterId} registered: key ${kh}, consumer ${consumer}, retailer ${retailer}, first period from ${localTime(first)} UTC`,
    );
  } finally {
    chain.close();
  }
}

/** `rotateKey`: see the command's help in ./authority.ts. */
export async function rotateKey({ values, out }: RunContext): Promise<void> {
  const cmd = 'authority rotate-key';
  const meterId = parseMeterId(need(values, 'meter-id', cmd));
  const keyFile = need(values, 'meter-key', cmd);
  const { publicKey, meterId: fileId } = await meterPublicKeyFile(keyFile);
  if (fileId !== undefined && fileId !== meterId) throw new ValidationError('--meter-key', `${keyFile} is a key of meter ${fileId}, not ${meterId}`);
  const at = parseInstant(need(values, 'at', cmd), 'at', tzOf(values));
  const chain = await connectRole(values, out, cmd, true);
  try {
    await preflight(chain);
    const meter = await chain.conn.meters.getMeter(meterId);
    if (meter === undefined) throw new ValidationError('--meter-id', `meter ${meterId} is not registered; nothing was sent`);
    const kh = await keyHash(publicKey);
    const tx = await new MeteringAuthority(chain.conn).rotateKey(meterId, publicKey, at);
    reportTx(
      out,
      'rotate-key',
      tx,
      { meterId, oldKeyHash: meter.keyHash, newKeyHash: kh, effectiveAt: at },
      `meter ${meterId}: key ${kh} takes over from ${meter.keyHash} at ${localTime(at)} UTC`,
    );
  } finally {
    chain.close();
  }
}

/** `revokeKey`: see the command's help in ./authority.ts. */
export async function revokeKey({ values, out }: RunContext): Promise<void> {
  const cmd = 'authority revoke-key';
  const meterId = parseMeterId(need(values, 'meter-id', cmd));
  const at = parseInstant(need(values, 'at', cmd), 'at', tzOf(values));
  const chain = await connectRole(values, out, cmd, true);
  try {
    await preflight(chain);
    const meter = await chain.conn.meters.getMeter(meterId);
    if (meter === undefined) throw new ValidationError('--meter-id', `meter ${meterId} is not registered; nothing was sent`);
    const tx = await new MeteringAuthority(chain.conn).revokeKey(meterId, at);
    reportTx(
      out,
      'revoke-key',
      tx,
      { meterId, keyHash: meter.keyHash, revokedAt: at },
      `meter ${meterId}: key ${meter.keyHash} revoked from ${localTime(at)} UTC`,
    );
  } finally {
    chain.close();
  }
}
