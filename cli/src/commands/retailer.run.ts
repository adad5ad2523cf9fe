/**
 * `wattproof retailer register-tariff | publish-tariff | offer-tariff | settlements | deposit | withdraw`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { ChainError, ValidationError, WattproofError } from '../../../core/src/errors.js';
import { localTime, money, short, table } from '../../../core/src/format.js';
import { settledBillToJSON } from '../../../sdk/src/chain/settlement.js';
import { Retailer } from '../../../sdk/src/roles/retailer.js';
import { connectRole, type RoleChain } from '../chain.js';
import { readBytes } from '../files.js';
import { TariffAuthoring } from '../../../sdk/src/roles/tariff-authoring.js';
import { need, str, uint, type RunContext } from '../command.js';
import { depositChecked, parseInstant, parseMeterId, reportTx, tariffArg, withdrawAmount } from '../role-args.js';

async function needRetailerRole(chain: RoleChain): Promise<void> {
  const t = chain.conn.tariffs;
  if (!(await t.hasRole('RETAILER_ROLE', chain.account!))) {
    throw new ChainError(`account ${chain.account} does not hold RETAILER_ROLE on TariffRegistry ${t.address}; nothing was sent`);
  }
  if (await t.paused()) throw new ChainError(`TariffRegistry ${t.address} is paused (by the regulator); nothing was sent`);
}

/** `registerTariff`: see the command's help in ./retailer.ts. */
export async function registerTariff({ values, out }: RunContext): Promise<void> {
  const cmd = 'retailer register-tariff';
  const { tariff, commitment, file } = await tariffArg(values, cmd, false);
  const from = parseInstant(need(values, 'valid-from', cmd), 'valid-from', tariff!.tzOffsetSeconds);
  const until = parseInstant(need(values, 'valid-until', cmd), 'valid-until', tariff!.tzOffsetSeconds);
  if (until <= from) throw new ValidationError('--valid-until', `must be after --valid-from (${localTime(from)} UTC)`);
  const limitText = str(values, 'max-non-actual');
  const limit = limitText === undefined ? undefined : Number(limitText);
  if (limit !== undefined && !(/^\d{1,4}$/.test(limitText ?? '') && limit <= 1000)) {
    throw new ValidationError('--max-non-actual', `'${limitText}' must be a whole number of per mille in 0..1000`);
  }
  const chain = await connectRole(values, out, cmd, true);
  try {
    await needRetailerRole(chain);
    const existing = await chain.conn.tariffs.getTariff(commitment);
    if (existing !== undefined) {
      throw new ValidationError(
        '--tariff',
        `${file} (commitment ${commitment}) is already registered by ${existing.retailer} (${existing.status}); nothing was sent`,
      );
    }
    // the document, not only its commitment: a daylight-saving clock registers both of its offsets
    const tx = await new Retailer(chain.conn).registerTariff(tariff!, {
      validFrom: from,
      validUntil: until,
      ...(limit === undefined ? {} : { maxNonActualPerMille: limit }),
    });
    reportTx(
      out,
      'register-tariff',
      tx,
      { commitment, validFrom: from, validUntil: until, maxNonActualPerMille: limit ?? 1000, status: 'pending' },
      `tariff ${file} registered: commitment ${commitment}, valid ${localTime(from)} .. ${localTime(until)} UTC; awaiting the regulator's approval`,
    );
  } finally {
    chain.close();
  }
}

/** `publishTariff`: see the command's help in ./retailer.ts. */
export async function publishTariff({ values, out }: RunContext): Promise<void> {
  const cmd = 'retailer publish-tariff';
  const file = need(values, 'tariff', cmd);
  const uri = need(values, 'uri', cmd);
  try {
    new URL(uri);
  } catch {
    throw new ValidationError('--uri', `'${uri}' is not a URI (e.g. https://retailer.example/tariff.json or file:///srv/tariff.json)`);
  }
  const bytes = await readBytes(file);
  const tariff = TariffAuthoring.parse(new TextDecoder().decode(bytes), file);
  const commitment = await TariffAuthoring.commit(tariff);
  const chain = await connectRole(values, out, cmd, true);
  try {
    await needRetailerRole(chain);
    const { nodeDocumentFetcher } = await import('../../../sdk/src/net/document-fetch.js');
    const tx = await new Retailer(chain.conn).publishTariff(bytes, uri, values['no-check'] === true ? {} : { fetcher: nodeDocumentFetcher() });
    reportTx(
      out,
      'publish-tariff',
      tx,
      { commitment, uri, documentHash: tx.documentHash, visibility: 'public' },
      `tariff ${file} (commitment ${commitment}) is public: ${uri}, keccak256 ${tx.documentHash}`,
    );
  } finally {
    chain.close();
  }
}

/** `offerTariff`: see the command's help in ./retailer.ts. */
export async function offerTariff({ values, out }: RunContext): Promise<void> {
  const cmd = 'retailer offer-tariff';
  const meterId = parseMeterId(need(values, 'meter-id', cmd));
  const { commitment } = await tariffArg(values, cmd);
  const chain = await connectRole(values, out, cmd, true);
  try {
    const info = await chain.conn.tariffs.getTariff(commitment);
    if (info === undefined) throw new WattproofError('TARIFF_UNKNOWN', `tariff ${commitment} is not registered; nothing was sent`);
    if (info.status !== 'approved')
      throw new WattproofError('TARIFF_NOT_APPROVED', `tariff ${commitment} is ${info.status}, not approved by the regulator; nothing was sent`);
    const meter = await chain.conn.meters.getMeter(meterId);
    if (meter === undefined) throw new ValidationError('--meter-id', `meter ${meterId} is not registered; nothing was sent`);
    if (meter.retailer.toLowerCase() !== chain.account!.toLowerCase()) {
      throw new ValidationError('--meter-id', `meter ${meterId} is supplied by ${meter.retailer}, not by ${chain.account}; nothing was sent`);
    }
    const tx = await new Retailer(chain.conn).offerTariff(meterId, commitment);
    reportTx(
      out,
      'offer-tariff',
      tx,
      { meterId, commitment, consumer: meter.consumer },
      `tariff ${commitment} offered to meter ${meterId} (consumer ${meter.consumer})`,
    );
  } finally {
    chain.close();
  }
}

/** `settlements`: see the command's help in ./retailer.ts. */
export async function settlements({ values, out }: RunContext): Promise<void> {
  const cmd = 'retailer settlements';
  const idText = str(values, 'meter-id');
  const meterId = idText === undefined ? undefined : parseMeterId(idText);
  const fromText = str(values, 'from');
  const toText = str(values, 'to');
  const chain = await connectRole(values, out, cmd, true);
  try {
    const r = new Retailer(chain.conn);
    const bills = await r.settlements({
      ...(meterId === undefined ? {} : { meterIds: [meterId] }),
      ...(fromText === undefined ? {} : { fromBlock: Number(uint(fromText, 'from')) }),
      ...(toText === undefined ? {} : { toBlock: Number(uint(toText, 'to')) }),
    });
    const position = await r.position();
    const { decimals, symbol } = await chain.conn.token();
    const m = (v: bigint) => money(v, decimals, symbol);
    out.line(`${bills.length} settlement(s) credited to ${chain.account}${meterId === undefined ? '' : ` for meter ${meterId}`}`);
    if (bills.length > 0) {
      out.line(
        table(
          [
            'block',
            'tx',
            'meter',
            'period (UTC)',
            { header: 'charge', align: 'right' },
            { header: 'credit', align: 'right' },
            { header: 'paid', align: 'right' },
            { header: 'arrears', align: 'right' },
          ],
          bills.map((b) => [
            b.blockNumber,
            short(b.txHash, 6),
            b.meterId,
            `${localTime(b.periodStart)} .. ${localTime(b.periodEnd)}`,
            m(b.charge),
            m(b.credit),
            m(b.paid),
            m(b.arrearsAdded),
          ]),
        ),
      );
    }
    const total = bills.reduce((s, b) => s + b.paid, 0n);
    out.line(`  paid to you: ${m(total)}; ledger balance ${m(position.balance)} (free ${m(position.free)})`);
    out.result({
      retailer: chain.account,
      settlements: bills.map((b) => {
        const { proof: _proof, ...rest } = settledBillToJSON(b);
        return rest;
      }),
      totalPaid: total,
      position,
    });
  } finally {
    chain.close();
  }
}

/** `deposit`: see the command's help in ./retailer.ts. */
export async function deposit({ values, out }: RunContext): Promise<void> {
  const chain = await connectRole(values, out, 'retailer deposit', true);
  try {
    const { tx, amount } = await depositChecked(chain.conn, values, 'retailer deposit');
    const position = await chain.conn.settlement.position(chain.account!);
    const { decimals, symbol } = await chain.conn.token();
    reportTx(
      out,
      'deposit',
      tx,
      { account: chain.account, amount, position },
      `deposited ${money(amount, decimals, symbol)}; ledger balance ${money(position.balance, decimals, symbol)}`,
    );
  } finally {
    chain.close();
  }
}

/** `withdraw`: see the command's help in ./retailer.ts. */
export async function withdraw({ values, out }: RunContext): Promise<void> {
  const chain = await connectRole(values, out, 'retailer withdraw', true);
  try {
    const amount = await withdrawAmount(chain.conn, values);
    const tx = await chain.conn.settlement.withdraw(amount);
    const position = await chain.conn.settlement.position(chain.account!);
    const { decimals, symbol } = await chain.conn.token();
    reportTx(
      out,
      'withdraw',
      tx,
      { account: chain.account, amount, position },
      `withdrew ${money(amount, decimals, symbol)} to ${chain.account}; ledger balance ${money(position.balance, decimals, symbol)}`,
    );
  } finally {
    chain.close();
  }
}
