/**
 * `wattproof status`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { ValidationError } from '../../../core/src/errors.js';
import { localTime, money, short, table } from '../../../core/src/format.js';
import { dayNumberToIsoDate } from '../../../core/src/tariff/index.js';
import { chainCall } from '../../../sdk/src/chain/errors.js';
import { OPEN_END, type KeyInfo } from '../../../sdk/src/chain/meter-registry.js';
import type { TariffInfo } from '../../../sdk/src/chain/tariff-registry.js';
import type { WattproofConnection } from '../../../sdk/src/roles/connection.js';
import { connectRole } from '../chain.js';
import { str, type RunContext } from '../command.js';
import { parseAddress, parseMeterId } from '../role-args.js';

/** One key of a meter, with how it came and went. */
interface KeyWindow extends KeyInfo {
  /** Whether it is the meter's current key. */
  current: boolean;
  /** `registered` or `rotated` (how it started); `revoked` / `rotated-out` when it ended. */
  events: string[];
}

async function queryChunked<T>(conn: WattproofConnection, label: string, query: (from: number, to: number) => Promise<T[]>): Promise<T[]> {
  const latest = await chainCall('eth_blockNumber', () => conn.provider.getBlockNumber());
  const out: T[] = [];
  for (let a = conn.fromBlock; a <= latest; a += conn.logChunk) {
    const b = Math.min(latest, a + conn.logChunk - 1);
    out.push(...(await chainCall(label, () => query(a, b))));
  }
  return out;
}

/** Every key the meter had, from its MeterRegistered / KeyRotated / KeyRevoked events. */
async function keyWindows(conn: WattproofConnection, meterId: bigint, current: bigint): Promise<KeyWindow[]> {
  const c = conn.meters.contract;
  const [registered, rotated, revoked] = await Promise.all([
    queryChunked(conn, 'MeterRegistered events', (a, b) => c.queryFilter(c.filters.MeterRegistered(meterId), a, b)),
    queryChunked(conn, 'KeyRotated events', (a, b) => c.queryFilter(c.filters.KeyRotated(meterId), a, b)),
    queryChunked(conn, 'KeyRevoked events', (a, b) => c.queryFilter(c.filters.KeyRevoked(meterId), a, b)),
  ]);
  const notes = new Map<bigint, string[]>();
  const note = (k: bigint, s: string) => notes.set(k, [...(notes.get(k) ?? []), s]);
  for (const e of registered) note(e.args.keyHash, `registered (block ${e.blockNumber})`);
  for (const e of rotated) {
    note(e.args.oldKeyHash, `rotated out at ${e.args.effectiveAt} (block ${e.blockNumber})`);
    note(e.args.newKeyHash, `rotated in at ${e.args.effectiveAt} (block ${e.blockNumber})`);
  }
  for (const e of revoked) note(e.args.keyHash, `revoked at ${e.args.revokedAt} (block ${e.blockNumber})`);
  if (!notes.has(current)) notes.set(current, []);
  const out: KeyWindow[] = [];
  for (const [kh, events] of notes) {
    const k = await conn.meters.getKey(kh);
    if (k !== undefined) out.push({ ...k, current: kh === current, events });
  }
  return out.sort((x, y) => (x.validFrom < y.validFrom ? -1 : x.validFrom > y.validFrom ? 1 : 0));
}

const until = (v: bigint) => (v === OPEN_END ? 'open' : `${localTime(v)} UTC`);

function tariffLine(label: string, t: TariffInfo | undefined, commitment: bigint | undefined): string {
  if (commitment === undefined) return `  ${label}: none`;
  if (t === undefined) return `  ${label}: ${commitment} (not registered)`;
  return `  ${label}: ${commitment}\n      ${t.status}, retailer ${t.retailer}, periods ${localTime(t.validFrom)} .. ${localTime(t.validUntil)} UTC`;
}

/** `status`: see the command's help in ./status.ts. */
export async function status({ values, out }: RunContext): Promise<void> {
  const meterText = str(values, 'meter');
  const meterId = meterText === undefined ? undefined : parseMeterId(meterText, 'meter');
  const accountText = str(values, 'account');
  const accountOpt = accountText === undefined ? undefined : parseAddress(accountText, 'account');
  const chain = await connectRole(values, out, 'status', false);
  try {
    const conn = chain.conn;
    const token = await conn.token();
    const m = (v: bigint) => money(v, token.decimals, token.symbol);
    const [settlementPaused, metersPaused, tariffsPaused, block] = await Promise.all([
      conn.settlement.paused(),
      conn.meters.paused(),
      conn.tariffs.paused(),
      chainCall('latest block', () => conn.provider.getBlock('latest')),
    ]);
    const now = block === null ? undefined : BigInt(block.timestamp);
    out.line(`deployment ${chain.record.file} on chain ${conn.chainId}${now === undefined ? '' : `, block ${block!.number} at ${localTime(now)} UTC`}`);
    out.line(
      table(
        ['contract', 'address', 'state'],
        [
          ['Settlement', conn.addresses.settlement, settlementPaused ? 'PAUSED' : 'running'],
          ['MeterRegistry', conn.addresses.meterRegistry, metersPaused ? 'PAUSED' : 'running'],
          ['TariffRegistry', conn.addresses.tariffRegistry, tariffsPaused ? 'PAUSED' : 'running'],
          ['verifier', conn.addresses.verifier, ''],
          ['token', conn.addresses.token, `${token.symbol}, ${token.decimals} decimals`],
        ],
      ),
    );
    const result: Record<string, unknown> = {
      chainId: conn.chainId,
      blockNumber: block?.number,
      timestamp: now,
      addresses: conn.addresses,
      token,
      paused: { settlement: settlementPaused, meters: metersPaused, tariffs: tariffsPaused },
    };

    const positionOf = async (account: string) => ({ ...(await conn.settlement.position(account)), tokenBalance: await conn.tokenBalance(account) });

    if (meterId !== undefined) {
      const meter = await conn.meters.getMeter(meterId);
      if (meter === undefined) throw new ValidationError('--meter', `meter ${meterId} is not registered in MeterRegistry ${conn.addresses.meterRegistry}`);
      const [keys, offered, accepted, arrears, consumerPos, retailerPos, bills, ytd] = await Promise.all([
        keyWindows(conn, meterId, meter.keyHash),
        conn.tariffs.offeredTariff(meterId),
        conn.tariffs.acceptedTariff(meterId),
        conn.settlement.arrearsOf(meterId),
        positionOf(meter.consumer),
        positionOf(meter.retailer),
        conn.settlements({ meterId }),
        // yearly blocks (bill spec §9): the commitment the meter's next yearly bill must consume
        conn.settlement.yearToDateOf(meterId),
      ]);
      const [offeredInfo, acceptedInfo] = await Promise.all([
        offered === undefined ? undefined : conn.tariffs.getTariff(offered),
        accepted === undefined ? undefined : conn.tariffs.getTariff(accepted),
      ]);
      const last = bills.at(-1);
      out.line('');
      out.line(`meter ${meterId}`);
      out.line(`  consumer ${meter.consumer}`);
      out.line(`  retailer ${meter.retailer}`);
      out.line(
        `  billing cursor: the next period starts ${localTime(meter.nextPeriodStart)} UTC (${meter.nextPeriodStart})${now !== undefined && now < meter.nextPeriodStart ? ' (in the future)' : ''}`,
      );
      out.line(
        `  settled periods: ${bills.length}${last === undefined ? '' : `; last ${localTime(last.periodStart)} .. ${localTime(last.periodEnd)} UTC, charge ${m(last.charge)}, credit ${m(last.credit)} (tx ${last.txHash})`}`,
      );
      out.line('  keys:');
      out.line(
        table(
          ['key hash', 'valid from (UTC)', 'valid until', 'history'],
          keys.map((k) => [`${k.keyHash}${k.current ? ' (current)' : ''}`, localTime(k.validFrom), until(k.validUntil), k.events.join('; ')]),
          '    ',
        ),
      );
      out.line(tariffLine('tariff offered', offeredInfo, offered));
      out.line(tariffLine('tariff accepted', acceptedInfo, accepted));
      out.line(`  arrears of the meter: ${m(arrears)}`);
      if (ytd.commitment !== 0n) {
        out.line(
          `  year to date (yearly blocks): commitment ${short(ytd.commitment, 8)} of the tariff year from ${dayNumberToIsoDate(ytd.yearStart)}; the consumer holds its opening`,
        );
      }
      out.line(
        table(
          [
            'party',
            { header: 'ledger balance', align: 'right' },
            { header: 'free', align: 'right' },
            { header: 'arrears', align: 'right' },
            { header: 'token balance', align: 'right' },
          ],
          [
            ['consumer', m(consumerPos.balance), m(consumerPos.free), m(consumerPos.arrears), m(consumerPos.tokenBalance)],
            ['retailer', m(retailerPos.balance), m(retailerPos.free), m(retailerPos.arrears), m(retailerPos.tokenBalance)],
          ],
        ),
      );
      result.meter = {
        meterId,
        consumer: meter.consumer,
        retailer: meter.retailer,
        nextPeriodStart: meter.nextPeriodStart,
        keyHash: meter.keyHash,
        keys: keys.map((k) => ({
          keyHash: k.keyHash,
          validFrom: k.validFrom,
          validUntil: k.validUntil === OPEN_END ? null : k.validUntil,
          current: k.current,
          history: k.events,
        })),
        tariff: {
          offered: offered === undefined ? null : { commitment: offered, ...(offeredInfo ?? {}) },
          accepted: accepted === undefined ? null : { commitment: accepted, ...(acceptedInfo ?? {}) },
        },
        arrears,
        yearToDate: ytd.commitment === 0n ? null : { commitment: ytd.commitment, yearStartDay: ytd.yearStart, yearStart: dayNumberToIsoDate(ytd.yearStart) },
        settledPeriods: bills.length,
        lastSettlement:
          last === undefined
            ? null
            : {
                periodStart: last.periodStart,
                periodEnd: last.periodEnd,
                charge: last.charge,
                credit: last.credit,
                txHash: last.txHash,
                blockNumber: last.blockNumber,
              },
        consumerPosition: consumerPos,
        retailerPosition: retailerPos,
      };
    }

    const account = accountOpt ?? chain.account;
    if (account !== undefined) {
      const p = await positionOf(account);
      out.line('');
      out.line(`account ${account}: ledger balance ${m(p.balance)} (free ${m(p.free)}, arrears ${m(p.arrears)}), token balance ${m(p.tokenBalance)}`);
      result.account = { address: account, ...p };
    }
    out.result(result);
  } finally {
    chain.close();
  }
}
