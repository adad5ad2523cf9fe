/**
 * `wattproof regulator approve | reject | pause | unpause`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { ChainError, ValidationError, WattproofError } from '../../../core/src/errors.js';
import { chainCall } from '../../../sdk/src/chain/errors.js';
import type { TxResult } from '../../../sdk/src/chain/tx.js';
import { Regulator } from '../../../sdk/src/roles/regulator.js';
import { connectRole, type RoleChain } from '../chain.js';
import { need, str, type RunContext } from '../command.js';
import { reportTx, tariffArg } from '../role-args.js';

async function needRegulatorRole(chain: RoleChain): Promise<void> {
  const t = chain.conn.tariffs;
  if (!(await t.hasRole('REGULATOR_ROLE', chain.account!))) {
    throw new ChainError(`account ${chain.account} does not hold REGULATOR_ROLE on TariffRegistry ${t.address}; nothing was sent`);
  }
  if (await t.paused())
    throw new ChainError(`TariffRegistry ${t.address} is paused; unpause it first ("wattproof regulator unpause --only tariffs"); nothing was sent`);
}

/** `approve`: see the command's help in ./regulator.ts. */
export async function approve({ values, out }: RunContext): Promise<void> {
  const cmd = 'regulator approve';
  const { commitment, file } = await tariffArg(values, cmd);
  const chain = await connectRole(values, out, cmd, true);
  try {
    await needRegulatorRole(chain);
    const info = await chain.conn.tariffs.getTariff(commitment);
    if (info === undefined)
      throw new WattproofError('TARIFF_UNKNOWN', `${file ?? 'tariff'} (commitment ${commitment}) is not registered by any retailer; nothing was sent`);
    if (info.status !== 'pending')
      throw new ValidationError(file === undefined ? '--commitment' : '--tariff', `tariff ${commitment} is ${info.status}, not pending; nothing was sent`);
    const tx = await new Regulator(chain.conn).approveTariff(commitment);
    reportTx(
      out,
      'approve',
      tx,
      { commitment, retailer: info.retailer, validFrom: info.validFrom, validUntil: info.validUntil, status: 'approved' },
      `tariff ${commitment} (retailer ${info.retailer}) approved`,
    );
  } finally {
    chain.close();
  }
}

/** `reject`: see the command's help in ./regulator.ts. */
export async function reject({ values, out }: RunContext): Promise<void> {
  const cmd = 'regulator reject';
  const { commitment } = await tariffArg(values, cmd);
  const reason = need(values, 'reason', cmd);
  const chain = await connectRole(values, out, cmd, true);
  try {
    await needRegulatorRole(chain);
    const info = await chain.conn.tariffs.getTariff(commitment);
    if (info?.status === 'rejected') throw new ValidationError('--commitment', `tariff ${commitment} is already rejected; nothing was sent`);
    const tx = await new Regulator(chain.conn).rejectTariff(commitment, reason);
    reportTx(out, 'reject', tx, { commitment, reason, status: 'rejected' }, `tariff ${commitment} rejected: ${reason}`);
  } finally {
    chain.close();
  }
}

type Part = 'settlement' | 'meters' | 'tariffs';
const PARTS: readonly Part[] = ['settlement', 'meters', 'tariffs'];

function partsOf(values: RunContext['values']): Part[] {
  const only = str(values, 'only');
  if (only === undefined) return [...PARTS];
  const list = only
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const p of list) if (!PARTS.includes(p as Part)) throw new ValidationError('--only', `'${p}' is not one of ${PARTS.join(', ')}`);
  if (list.length === 0) throw new ValidationError('--only', `name at least one of ${PARTS.join(', ')}`);
  return [...new Set(list)] as Part[];
}

async function setPaused(ctx: RunContext, pause: boolean): Promise<void> {
  const cmd = pause ? 'regulator pause' : 'regulator unpause';
  const parts = partsOf(ctx.values);
  const chain = await connectRole(ctx.values, ctx.out, cmd, true);
  try {
    const c = chain.conn;
    const clients = { settlement: c.settlement, meters: c.meters, tariffs: c.tariffs } as const;
    const name = { settlement: 'Settlement', meters: 'MeterRegistry', tariffs: 'TariffRegistry' } as const;
    // Check every contract before sending anything, so the command never stops halfway for want of a role.
    const todo: Part[] = [];
    for (const p of parts) {
      const client = clients[p];
      const has = await (p === 'settlement'
        ? chainCall('Settlement.hasRole(PAUSER_ROLE)', async () => c.settlement.contract.hasRole(await c.settlement.contract.PAUSER_ROLE(), chain.account!))
        : (client as typeof c.meters | typeof c.tariffs).hasRole('PAUSER_ROLE', chain.account!));
      if (!has) throw new ChainError(`account ${chain.account} does not hold PAUSER_ROLE on ${name[p]} ${client.address}; nothing was sent`);
      if ((await client.paused()) !== pause) todo.push(p);
    }
    const txs: TxResult[] = [];
    for (const p of todo) txs.push(await (pause ? clients[p].pause() : clients[p].unpause()));
    const skipped = parts.filter((p) => !todo.includes(p));
    const state = pause ? 'paused' : 'running';
    const human = `${todo.length === 0 ? 'nothing to do' : `${todo.map((p) => name[p]).join(', ')} ${state}`}${skipped.length > 0 ? ` (${skipped.map((p) => name[p]).join(', ')} already ${state})` : ''}`;
    if (txs.length === 0) {
      ctx.out.line(human);
      ctx.out.result({ action: pause ? 'pause' : 'unpause', changed: [], skipped, transactions: [] });
    } else {
      reportTx(ctx.out, pause ? 'pause' : 'unpause', txs, { changed: todo, skipped }, human);
    }
  } finally {
    chain.close();
  }
}

/** `pause`: see the command's help in ./regulator.ts. */
export function pause(ctx: RunContext): Promise<void> {
  return setPaused(ctx, true);
}

/** `unpause`: see the command's help in ./regulator.ts. */
export function unpause(ctx: RunContext): Promise<void> {
  return setPaused(ctx, false);
}
