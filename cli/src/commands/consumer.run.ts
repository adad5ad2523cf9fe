/**
 * `wattproof consumer accept | deposit | withdraw | pay-arrears`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { ValidationError, WattproofError } from '../../../core/src/errors.js';
import { money } from '../../../core/src/format.js';
import type { TxResult } from '../../../sdk/src/chain/tx.js';
import { Consumer } from '../../../sdk/src/roles/consumer.js';
import { connectRole, type RoleChain } from '../chain.js';
import { flag, need, str, type RunContext } from '../command.js';
import { depositChecked, parseAmount, parseMeterId, reportTx, tariffArg, withdrawAmount } from '../role-args.js';

async function moneyOf(chain: RoleChain): Promise<(v: bigint) => string> {
  const { decimals, symbol } = await chain.conn.token();
  return (v) => money(v, decimals, symbol);
}

/** `accept`: see the command's help in ./consumer.ts. */
export async function accept({ values, out }: RunContext): Promise<void> {
  const cmd = 'consumer accept';
  const meterId = parseMeterId(need(values, 'meter-id', cmd));
  const { tariff, commitment } = await tariffArg(values, cmd, false);
  const chain = await connectRole(values, out, cmd, true);
  try {
    const meter = await chain.conn.meters.getMeter(meterId);
    if (meter === undefined) throw new ValidationError('--meter-id', `meter ${meterId} is not registered; nothing was sent`);
    if (meter.consumer.toLowerCase() !== chain.account!.toLowerCase()) {
      throw new ValidationError('--meter-id', `meter ${meterId} bills ${meter.consumer}, not ${chain.account}; nothing was sent`);
    }
    const info = await chain.conn.tariffs.getTariff(commitment);
    // Consumer.acceptTariff checks the offer and the approval (TARIFF_MISMATCH / TARIFF_NOT_APPROVED).
    const tx = await new Consumer(chain.conn).acceptTariff(meterId, tariff!);
    reportTx(
      out,
      'accept',
      tx,
      { meterId, commitment, retailer: info?.retailer, validFrom: info?.validFrom, validUntil: info?.validUntil },
      `meter ${meterId}: tariff ${commitment} accepted (retailer ${info?.retailer ?? '?'})`,
    );
  } finally {
    chain.close();
  }
}

/** `deposit`: see the command's help in ./consumer.ts. */
export async function deposit({ values, out }: RunContext): Promise<void> {
  const chain = await connectRole(values, out, 'consumer deposit', true);
  try {
    const { tx, amount } = await depositChecked(chain.conn, values, 'consumer deposit');
    const position = await chain.conn.settlement.position(chain.account!);
    const m = await moneyOf(chain);
    reportTx(
      out,
      'deposit',
      tx,
      { account: chain.account, amount, position },
      `deposited ${m(amount)}; escrow balance ${m(position.balance)} (free ${m(position.free)}, arrears ${m(position.arrears)})`,
    );
  } finally {
    chain.close();
  }
}

/** `withdraw`: see the command's help in ./consumer.ts. */
export async function withdraw({ values, out }: RunContext): Promise<void> {
  const chain = await connectRole(values, out, 'consumer withdraw', true);
  try {
    const amount = await withdrawAmount(chain.conn, values);
    const tx = await new Consumer(chain.conn).withdraw(amount);
    const position = await chain.conn.settlement.position(chain.account!);
    const m = await moneyOf(chain);
    reportTx(
      out,
      'withdraw',
      tx,
      { account: chain.account, amount, position },
      `withdrew ${m(amount)} to ${chain.account}; escrow balance ${m(position.balance)}`,
    );
  } finally {
    chain.close();
  }
}

/** `payArrears`: see the command's help in ./consumer.ts. */
export async function payArrears({ values, out }: RunContext): Promise<void> {
  const cmd = 'consumer pay-arrears';
  const meterId = parseMeterId(need(values, 'meter-id', cmd));
  const chain = await connectRole(values, out, cmd, true);
  try {
    const conn = chain.conn;
    const m = await moneyOf(chain);
    const owed = await conn.settlement.arrearsOf(meterId);
    if (owed === 0n) throw new WattproofError('NOTHING_TO_PAY', `meter ${meterId} has no arrears; nothing was sent`);
    const text = str(values, 'amount');
    const amount = text === undefined ? owed : parseAmount(text, (await conn.token()).decimals);
    if (amount > owed) throw new ValidationError('--amount', `${m(amount)} is more than the meter's arrears ${m(owed)}; nothing was sent`);
    const { balance } = await conn.settlement.position(chain.account!);
    const txs: TxResult[] = [];
    if (balance < amount) {
      const short = amount - balance;
      if (!flag(values, 'deposit')) {
        throw new ValidationError(
          '--amount',
          `the escrow balance ${m(balance)} is ${m(short)} short of ${m(amount)}: deposit first, or add --deposit; nothing was sent`,
        );
      }
      const have = await conn.tokenBalance(chain.account!);
      if (have < short)
        throw new ValidationError('--deposit', `account ${chain.account} holds ${m(have)}, less than the ${m(short)} to deposit; nothing was sent`);
      txs.push(await conn.settlement.deposit(short));
    }
    const paid = await new Consumer(conn).payArrears(meterId, amount);
    txs.push(paid);
    const left = await conn.settlement.arrearsOf(meterId);
    const position = await conn.settlement.position(chain.account!);
    reportTx(out, 'pay-arrears', txs, { meterId, amount, arrearsLeft: left, position }, `meter ${meterId}: paid ${m(amount)} of arrears; ${m(left)} left`);
  } finally {
    chain.close();
  }
}
