/**
 * `wattproof market …` (see ./market.ts for each command's help).
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { ChainError, ValidationError, WattproofError } from '../../../core/src/errors.js';
import { gas as fmtGas, money, short, table } from '../../../core/src/format.js';
import { marketTerms, type MarketTermsKind } from '../../../core/src/market/terms.js';
import { parseSignedPeriodJson } from '../../../core/src/meter/document.js';
import { parseJsonText } from '../../../core/src/schema-util.js';
import { assertPlainProof } from '../../../prover/src/verify-bill.js';
import type { CurvePoint } from '../../../core/src/crypto/disclosure.js';
import { type Agreement, dayDate, MarketSettlementClient, PpaRegistryClient, PriceFeedClient } from '../../../sdk/src/chain/market.js';
import type { TxResult } from '../../../sdk/src/chain/tx.js';
import { centsText, parsePriceFile, priceToCents } from '../../../sdk/src/market/price-file.js';
import { type MarketTermsDocument, parseMarketTerms, serializeMarketTerms } from '../../../sdk/src/market/terms-document.js';
import { connectRole, type RoleChain } from '../chain.js';
import { flag, need, parseTz, str, type RunContext, type Values } from '../command.js';
import { readText, toJson, writeText } from '../files.js';
import { NegativeResult, type Output, UsageError } from '../output.js';
import { parseAddress, parseInstant, parseMeterId, reportTx } from '../role-args.js';

/** Format tag of the market section of a deployment record. */
export const MARKET_FORMAT = 'wattproof.market.v1';
/** Format tag of a market proof file. */
export const MARKET_PROOF_FORMAT = 'wattproof.market-proof.v1';

/** The market section of a deployment record. */
export interface MarketRecord {
  priceFeed: string;
  ppaRegistry: string;
  poseidon6: string;
  /** circuit -> MarketSettlement */
  settlements: Record<string, string>;
  verifiers: Record<string, string>;
  deployBlock: number;
  /** The circuits whose contract is a DisclosedMarketSettlement, and the key registry it checks (docs/disclosure-spec.md §11). */
  disclosed?: { circuits: string[]; disclosureKeys: string };
}

/** A market command's chain: the role chain and the market contracts' clients. */
interface MarketChain extends RoleChain {
  market: MarketRecord;
  feed: PriceFeedClient;
  agreements: PpaRegistryClient;
  settlement(circuit: string): MarketSettlementClient;
}

function addressField(v: unknown, field: string): string {
  if (typeof v !== 'string') throw new ValidationError(field, 'must be an address');
  return parseAddress(v, field);
}

/** Reads the market section of a deployment record. @throws ValidationError naming the file */
export async function readMarketRecord(file: string): Promise<MarketRecord> {
  const doc = parseJsonText(await readText(file), file) as Record<string, unknown> | null;
  const m = (doc as { market?: Record<string, unknown> } | null)?.market;
  if (m === undefined || m === null || typeof m !== 'object' || m.format !== MARKET_FORMAT) {
    throw new ValidationError(
      '--deployment',
      `${file} has no market contracts: deploy them with "wattproof market deploy --deployment ${file} --out market.json"`,
    );
  }
  const settlements: Record<string, string> = {};
  const verifiers: Record<string, string> = {};
  for (const [k, v] of Object.entries((m.settlements ?? {}) as Record<string, unknown>)) settlements[k] = addressField(v, `${file}: market.settlements.${k}`);
  for (const [k, v] of Object.entries((m.verifiers ?? {}) as Record<string, unknown>)) verifiers[k] = addressField(v, `${file}: market.verifiers.${k}`);
  const d = m.disclosed as { circuits?: unknown; disclosureKeys?: unknown } | undefined;
  let disclosed: MarketRecord['disclosed'];
  if (d !== undefined) {
    if (!Array.isArray(d.circuits) || !d.circuits.every((x) => typeof x === 'string' && settlements[x] !== undefined))
      throw new ValidationError(`${file}: market.disclosed.circuits`, 'must list deployed market circuits');
    disclosed = { circuits: d.circuits as string[], disclosureKeys: addressField(d.disclosureKeys, `${file}: market.disclosed.disclosureKeys`) };
  }
  return {
    ...(disclosed !== undefined ? { disclosed } : {}),
    priceFeed: addressField(m.priceFeed, `${file}: market.priceFeed`),
    ppaRegistry: addressField(m.ppaRegistry, `${file}: market.ppaRegistry`),
    poseidon6: addressField(m.poseidon6, `${file}: market.poseidon6`),
    settlements,
    verifiers,
    deployBlock: typeof m.deployBlock === 'number' ? m.deployBlock : 0,
  };
}

async function connectMarket(values: Values, out: Output, cmd: string, needKey: boolean): Promise<MarketChain> {
  const file = need(values, 'deployment', cmd);
  const market = await readMarketRecord(file);
  const chain = await connectRole(values, out, cmd, needKey);
  const runner = chain.conn.runner;
  return {
    ...chain,
    market,
    feed: new PriceFeedClient(market.priceFeed, runner),
    agreements: new PpaRegistryClient(market.ppaRegistry, runner),
    settlement(circuit) {
      const a = market.settlements[circuit];
      if (a === undefined)
        throw new ValidationError('--circuit', `${circuit} has no MarketSettlement in ${file} (it has ${Object.keys(market.settlements).join(', ')})`);
      return new MarketSettlementClient(a, runner);
    },
  };
}

function parseZone(text: string | undefined, cmd: string): bigint {
  if (text === undefined) throw new UsageError(`${cmd}: --zone ID is required`, cmd);
  if (!/^\d+$/.test(text.trim()) || BigInt(text.trim()) >= 1n << 64n) throw new ValidationError('--zone', `'${text}' is not a zone id (an integer below 2^64)`);
  return BigInt(text.trim());
}

function parseDate(text: string, option: string): number {
  const t = text.trim();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(t) ? Date.parse(`${t}T00:00:00Z`) / 86_400_000 : Number.NaN;
  if (!Number.isInteger(day) || dayDate(day) !== t) throw new ValidationError(`--${option}`, `'${text}' is not a date YYYY-MM-DD`);
  return day;
}

async function zoneOf(c: MarketChain, zone: bigint) {
  const z = await c.feed.getZone(zone);
  if (z === undefined) throw new ValidationError('--zone', `zone ${zone} is not open in PriceFeed ${c.market.priceFeed} ("wattproof market open-zone")`);
  return z;
}

/** `deploy`. */
export async function deploy({ values, out }: RunContext): Promise<void> {
  const cmd = 'market deploy';
  const file = need(values, 'deployment', cmd);
  const outFile = need(values, 'out', cmd);
  const circuits = ((values.circuit as string[] | undefined) ?? [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (circuits.length === 0) throw new UsageError(`${cmd}: --circuit NAME[,NAME] is required (e.g. mkt_spot_1d_60m,mkt_cfd_1d_60m)`, cmd);
  for (const c of circuits)
    if (!/^mkt_[a-z0-9_]+$/.test(c)) throw new ValidationError('--circuit', `'${c}' is not a market circuit (circuits/market/instances.json: mkt_…)`);
  const doc = parseJsonText(await readText(file), file) as Record<string, unknown>;
  const chain = await connectRole(values, out, cmd, true);
  try {
    const { deployMarket } = await import('../../../sdk/src/chain/deploy-market.js');
    const signer = chain.conn.runner as import('ethers').Signer;
    const before = await chain.conn.provider.getBlockNumber();
    out.progress(`deploying the market contracts (${circuits.join(', ')}) beside Settlement ${chain.record.settlement} …`);
    const keysText = str(values, 'disclosure-keys');
    const disclosureKeys = keysText === undefined ? undefined : parseAddress(keysText, '--disclosure-keys');
    const d = await deployMarket(
      signer,
      { meterRegistry: chain.conn.addresses.meterRegistry, settlement: chain.conn.addresses.settlement },
      circuits,
      disclosureKeys === undefined ? {} : { disclosureKeys },
    );
    const market = { format: MARKET_FORMAT, ...d.addresses, deployBlock: before + 1, deployer: chain.account };
    await writeText(outFile, toJson({ ...doc, market }), { exclusive: !flag(values, 'force') });
    const total = Object.values(d.gas).reduce((s, g) => s + g, 0n);
    out.line(`market contracts deployed; record written to ${outFile} (use it as --deployment)`);
    out.line(`  PriceFeed         ${d.addresses.priceFeed} (Poseidon6 ${d.addresses.poseidon6})`);
    out.line(`  PpaRegistry       ${d.addresses.ppaRegistry}`);
    for (const [c, a] of Object.entries(d.addresses.settlements))
      out.line(`  ${d.addresses.disclosed?.circuits.includes(c) ? 'DisclosedMarketSettlement' : 'MarketSettlement '} ${a} (${c})`);
    out.line(`  ${fmtGas(total)}`);
    out.result({ action: 'market-deploy', file: outFile, market, gas: d.gas });
  } finally {
    chain.close();
  }
}

/** `openZone`. */
export async function openZone({ values, out }: RunContext): Promise<void> {
  const cmd = 'market open-zone';
  const zone = parseZone(str(values, 'zone'), cmd);
  const operator = parseAddress(need(values, 'operator', cmd), 'operator');
  const intervals = Number(need(values, 'intervals', cmd));
  if (![24, 48, 96].includes(intervals)) throw new ValidationError('--intervals', 'must be 24, 48 or 96');
  const tz = parseTz(need(values, 'tz', cmd));
  const firstDay = parseDate(need(values, 'first-day', cmd), 'first-day');
  const c = await connectMarket(values, out, cmd, true);
  try {
    if ((await c.feed.getZone(zone)) !== undefined) throw new ValidationError('--zone', `zone ${zone} is already open; nothing was sent`);
    const tx = await c.feed.createZone({ zone, operator, intervalsPerDay: intervals, tzOffsetSeconds: tz, firstDay });
    reportTx(
      out,
      'open-zone',
      tx,
      { zone, operator, intervalsPerDay: intervals, tzOffsetSeconds: tz, firstDay: dayDate(firstDay) },
      `zone ${zone} open: ${intervals} intervals a day, operator ${operator}, first delivery day ${dayDate(firstDay)}`,
    );
  } finally {
    c.close();
  }
}

/** `publishPrices`. */
export async function publishPrices({ values, out }: RunContext): Promise<void> {
  const cmd = 'market publish-prices';
  const zone = parseZone(str(values, 'zone'), cmd);
  const file = need(values, 'prices', cmd);
  const correct = flag(values, 'correct');
  const text = await readText(file);
  const c = await connectMarket(values, out, cmd, true);
  try {
    const z = await zoneOf(c, zone);
    if (z.operator.toLowerCase() !== c.account!.toLowerCase())
      throw new ChainError(`account ${c.account} is not the market operator of zone ${zone} (${z.operator}); nothing was sent`);
    const days = parsePriceFile(text, z.intervalsPerDay, file);
    const first = days[0]!;
    const last = days[days.length - 1]!;
    if (!correct && first.day !== z.lastDay + 1) {
      throw new ValidationError(
        '--prices',
        first.day <= z.lastDay
          ? `${first.date} is already published (zone ${zone} is published through ${dayDate(z.lastDay)}): a change is a correction, give --correct; nothing was sent`
          : `${first.date} is not the next delivery day of zone ${zone}: publish ${dayDate(z.lastDay + 1)} first; nothing was sent`,
      );
    }
    if (correct && last.day > z.lastDay)
      throw new ValidationError(
        '--prices',
        `${last.date} is not published yet (zone ${zone} is published through ${dayDate(z.lastDay)}): publish it without --correct; nothing was sent`,
      );
    const txs = [];
    for (const d of days) {
      txs.push(correct ? await c.feed.correctPrices(zone, d.day, d.prices) : await c.feed.publishPrices(zone, d.day, d.prices));
      out.progress(`  ${correct ? 'corrected' : 'published'} ${d.date}`);
    }
    const links = await Promise.all(days.map((d) => c.feed.linkAt(zone, d.day)));
    reportTx(
      out,
      correct ? 'correct-prices' : 'publish-prices',
      txs,
      { zone, days: days.map((d, i) => ({ date: d.date, day: d.day, prices: d.prices, link: links[i] })) },
      `${correct ? 'corrected' : 'published'} ${days.length} day(s) of zone ${zone}: ${first.date}${days.length > 1 ? ` .. ${last.date}` : ''}; L[${last.date}] = ${short(links[links.length - 1]!, 8)}`,
    );
  } finally {
    c.close();
  }
}

/** `prices`. */
export async function prices({ values, out }: RunContext): Promise<void> {
  const cmd = 'market prices';
  const zone = parseZone(str(values, 'zone'), cmd);
  const count = Number(str(values, 'days') ?? '1');
  if (!Number.isInteger(count) || count < 1 || count > 366) throw new ValidationError('--days', 'must be a whole number of days in 1..366');
  const c = await connectMarket(values, out, cmd, false);
  try {
    const z = await zoneOf(c, zone);
    const dayText = str(values, 'day');
    const from = dayText === undefined ? Math.max(z.firstDay, z.lastDay - count + 1) : parseDate(dayText, 'day');
    const pubs = await c.feed.publications(zone, from, from + count - 1, c.market.deployBlock);
    const rows: unknown[][] = [];
    const days: unknown[] = [];
    for (let d = from; d < from + count; d++) {
      const history = pubs.filter((p) => p.day === d);
      const now = history[history.length - 1];
      if (now === undefined) {
        rows.push([dayDate(d), 'not published', '', '', '', '']);
        days.push({ date: dayDate(d), day: d, published: false });
        continue;
      }
      const link = await c.feed.linkAt(zone, d);
      const mean = now.prices.reduce((s, p) => s + p, 0) / now.prices.length;
      rows.push([
        dayDate(d),
        `v${now.version}${now.corrected ? ' (corrected)' : ''}`,
        centsText(Math.min(...now.prices)),
        centsText(Math.round(mean)),
        centsText(Math.max(...now.prices)),
        short(link, 8),
      ]);
      days.push({
        date: dayDate(d),
        day: d,
        published: true,
        version: now.version,
        prices: now.prices,
        link,
        history: history.map((h) => ({ version: h.version, link: h.link, txHash: h.txHash, blockNumber: h.blockNumber })),
      });
    }
    out.line(
      `zone ${zone}: ${z.intervalsPerDay} intervals a day, UTC${z.tzOffsetSeconds >= 0 ? '+' : '-'}${Math.abs(z.tzOffsetSeconds) / 3600}, operator ${z.operator}`,
    );
    out.line(`  published ${dayDate(z.firstDay)} .. ${z.lastDay >= z.firstDay ? dayDate(z.lastDay) : '(none yet)'}; genesis link ${short(z.genesis, 8)}`);
    out.line(
      table(
        ['day', 'version', { header: 'min /MWh', align: 'right' }, { header: 'mean', align: 'right' }, { header: 'max', align: 'right' }, 'link L[day]'],
        rows,
      ),
    );
    out.result({
      zone,
      operator: z.operator,
      intervalsPerDay: z.intervalsPerDay,
      tzOffsetSeconds: z.tzOffsetSeconds,
      firstDay: dayDate(z.firstDay),
      lastDay: dayDate(z.lastDay),
      genesis: z.genesis,
      unit: 'cents/MWh',
      days,
    });
  } finally {
    c.close();
  }
}

/** `terms`. */
export async function terms({ values, out }: RunContext): Promise<void> {
  const cmd = 'market terms';
  const kind = need(values, 'kind', cmd);
  const intervals = Number(need(values, 'intervals', cmd));
  if (![24, 48, 96].includes(intervals)) throw new ValidationError('--intervals', 'must be 24, 48 or 96');
  const outFile = need(values, 'out', cmd);
  const p = (name: string) => priceToCents(need(values, name, cmd), `--${name}`);
  let k: MarketTermsKind;
  switch (kind) {
    case 'cfd':
      k = { kind, strike: p('strike') };
      break;
    case 'fixed':
      k = { kind, price: p('price') };
      break;
    case 'indexed': {
      const share = Number(need(values, 'share', cmd));
      if (!Number.isInteger(share)) throw new ValidationError('--share', 'must be a whole number of per mille');
      k = { kind, multiplier: share, premium: p('premium') };
      break;
    }
    case 'spot': {
      const adder = str(values, 'adder') === undefined ? 0 : p('adder');
      const standing = str(values, 'standing') ?? '0';
      if (!/^\d+$/.test(standing)) throw new ValidationError('--standing', 'must be token smallest units (an integer)');
      const tax = Number(str(values, 'tax-bps') ?? '0');
      k = { kind, adders: [adder, 0, 0, 0, 0, 0, 0, 0], standingPerDay: BigInt(standing), taxBps: tax };
      break;
    }
    default:
      throw new ValidationError('--kind', `'${kind}' must be spot, fixed, indexed or cfd`);
  }
  const doc: MarketTermsDocument = { kind, terms: marketTerms(intervals, k) };
  await writeText(outFile, serializeMarketTerms(doc), { mode: 0o600, exclusive: !flag(values, 'force') });
  const { marketTermsCommitment } = await import('../../../core/src/market/terms.js');
  const commitment = await marketTermsCommitment(doc.terms);
  out.line(`${kind} terms written to ${outFile} (private: keep it, give it to the other party only); commitment ${commitment}`);
  out.result({ action: 'market-terms', file: outFile, kind, commitment });
}

async function readTerms(values: Values, cmd: string): Promise<{ doc: MarketTermsDocument; commitment: bigint; file: string }> {
  const file = need(values, 'terms', cmd);
  const doc = parseMarketTerms(await readText(file), file);
  const { marketTermsCommitment } = await import('../../../core/src/market/terms.js');
  return { doc, commitment: await marketTermsCommitment(doc.terms), file };
}

/** `ppaRegister`. */
export async function ppaRegister({ values, out }: RunContext): Promise<void> {
  const cmd = 'market ppa register';
  const meterId = parseMeterId(need(values, 'meter-id', cmd));
  const zone = parseZone(str(values, 'zone'), cmd);
  const { doc, commitment, file } = await readTerms(values, cmd);
  const c = await connectMarket(values, out, cmd, true);
  try {
    const z = await zoneOf(c, zone);
    if (z.intervalsPerDay !== doc.terms.intervalsPerDay)
      throw new ValidationError('--terms', `${file} prices ${doc.terms.intervalsPerDay} intervals a day; zone ${zone} has ${z.intervalsPerDay}`);
    const from = parseInstant(need(values, 'valid-from', cmd), 'valid-from', z.tzOffsetSeconds);
    const until = parseInstant(need(values, 'valid-until', cmd), 'valid-until', z.tzOffsetSeconds);
    if (until <= from) throw new ValidationError('--valid-until', 'must be after --valid-from');
    const meter = await c.conn.meters.getMeter(meterId);
    if (meter === undefined) throw new ValidationError('--meter-id', `meter ${meterId} is not registered; nothing was sent`);
    const me = c.account!.toLowerCase();
    if (me !== meter.consumer.toLowerCase() && me !== meter.retailer.toLowerCase()) {
      throw new ValidationError(
        '--meter-id',
        `${c.account} is not a party of meter ${meterId} (it is paid for by ${meter.consumer}, to ${meter.retailer}); nothing was sent`,
      );
    }
    const existing = await c.agreements.forTerms(meterId, commitment);
    if (existing !== undefined) throw new ValidationError('--terms', `these terms are already agreement ${existing.id} of meter ${meterId}; nothing was sent`);
    const tx = await c.agreements.propose({
      meterId,
      zone,
      kind: doc.kind,
      payer: meter.consumer,
      payee: meter.retailer,
      validFrom: Number(from),
      validUntil: Number(until),
      terms: commitment,
    });
    const other = me === meter.consumer.toLowerCase() ? meter.retailer : meter.consumer;
    reportTx(
      out,
      'ppa-register',
      tx,
      { id: tx.id, meterId, zone, kind: doc.kind, payer: meter.consumer, payee: meter.retailer, terms: commitment, validFrom: from, validUntil: until },
      `agreement ${tx.id} (${doc.kind}) proposed for meter ${meterId}: ${meter.consumer} pays ${meter.retailer}, zone ${zone}; waiting for ${other} to accept`,
    );
  } finally {
    c.close();
  }
}

function parseId(values: Values, cmd: string): bigint {
  const t = need(values, 'id', cmd).trim();
  if (!/^\d+$/.test(t) || BigInt(t) === 0n) throw new ValidationError('--id', `'${t}' is not an agreement id (1, 2, …)`);
  return BigInt(t);
}

/** `ppaAccept`. */
export async function ppaAccept({ values, out }: RunContext): Promise<void> {
  const cmd = 'market ppa accept';
  const id = parseId(values, cmd);
  const terms = str(values, 'terms') === undefined ? undefined : await readTerms(values, cmd);
  const c = await connectMarket(values, out, cmd, true);
  try {
    const a = await c.agreements.get(id);
    if (a === undefined) throw new ValidationError('--id', `agreement ${id} does not exist; nothing was sent`);
    const me = c.account!.toLowerCase();
    if (me !== a.payer.toLowerCase() && me !== a.payee.toLowerCase())
      throw new ValidationError('--id', `${c.account} is not a party of agreement ${id}; nothing was sent`);
    if (terms !== undefined && terms.commitment !== a.terms) {
      throw new ValidationError(
        '--terms',
        `${terms.file} is not agreement ${id}'s terms (commitment ${terms.commitment}, the agreement's ${a.terms}); nothing was sent`,
      );
    }
    const tx = await c.agreements.accept(id);
    const after = (await c.agreements.get(id))!;
    const active = after.payerAccepted && after.payeeAccepted;
    reportTx(out, 'ppa-accept', tx, { id, active }, `agreement ${id} accepted by ${c.account}${active ? ': active (both parties accepted)' : ''}`);
    if (active) {
      // The one-time fold of the agreement's repeating signals, so that its first settlement costs what a
      // later one does (contracts/README "Market settlement gas"); the acceptance stands if it fails.
      for (const circuit of Object.keys(c.market.settlements)) {
        try {
          const kept = await c.settlement(circuit).keepBase(id);
          out.line(`kept agreement ${id}'s base point on the ${circuit} settlement (gas ${kept.gasUsed}): its first settlement costs what a later one does`);
        } catch (e) {
          out.warn(
            `agreement ${id}'s base point was not kept on the ${circuit} settlement (${(e as Error).message}); its first settlement will store it (~60k gas more)`,
          );
        }
      }
    }
  } finally {
    c.close();
  }
}

/** `ppaShow`. */
export async function ppaShow({ values, out }: RunContext): Promise<void> {
  const cmd = 'market ppa show';
  const idText = str(values, 'id');
  const meterText = str(values, 'meter-id');
  if (idText !== undefined && meterText !== undefined) throw new UsageError(`${cmd}: give --id or --meter-id, not both`, cmd);
  const c = await connectMarket(values, out, cmd, false);
  try {
    let list: Agreement[];
    if (idText !== undefined) {
      const a = await c.agreements.get(parseId(values, cmd));
      if (a === undefined) throw new ValidationError('--id', `agreement ${idText} does not exist`);
      list = [a];
    } else {
      list = await c.agreements.list({ ...(meterText === undefined ? {} : { meterId: parseMeterId(meterText) }), fromBlock: c.market.deployBlock });
    }
    const settled = (await Promise.all(Object.keys(c.market.settlements).map((k) => c.settlement(k).settlements(c.market.deployBlock)))).flat();
    const { decimals, symbol } = await c.conn.token();
    const rows = list.map((a) => {
      const mine = settled.filter((s) => s.agreementId === a.id);
      const net = mine.reduce((s, x) => s + x.charge - x.credit, 0n);
      return [
        a.id,
        a.kind,
        a.meterId,
        `${short(a.payee, 4)} <- ${short(a.payer, 4)}`,
        a.zone,
        a.payerAccepted && a.payeeAccepted ? 'active' : `waiting for ${a.payerAccepted ? 'payee' : 'payer'}`,
        mine.reduce((s, x) => s + x.dayCount, 0),
        money(net, decimals, symbol),
      ];
    });
    out.line(
      table(
        [
          'id',
          'kind',
          'meter',
          'seller <- buyer',
          'zone',
          'state',
          { header: 'days settled', align: 'right' },
          { header: 'net paid to seller', align: 'right' },
        ],
        rows,
      ),
    );
    out.line('  on chain: parties, kind, zone, terms commitment, validity, settled days and money; private: the terms and every volume');
    out.result({
      agreements: list.map((a) => ({ ...a, active: a.payerAccepted && a.payeeAccepted, settlements: settled.filter((s) => s.agreementId === a.id) })),
    });
  } finally {
    c.close();
  }
}

/** Picks the deployed market circuit for `series`, `intervalsPerDay` and `days`. */
async function chooseCircuit(
  c: MarketChain,
  series: 'import' | 'export',
  intervalsPerDay: number,
  days: number,
  forced: string | undefined,
  disclose: boolean,
): Promise<string> {
  const { readManifest, defaultBuildDir } = await import('../../../prover/src/artifacts/index.js');
  const manifest = await readManifest(defaultBuildDir());
  const fits = Object.keys(c.market.settlements)
    .map((name) => ({ name, p: (manifest?.circuits[name]?.params ?? {}) as Record<string, number> }))
    .filter(({ p }) => p.intervalsPerDay === intervalsPerDay && (p.series === 0 ? 'import' : 'export') === series && (p.maxDays ?? 0) >= days)
    // with --regulator-key only a circuit with disclosure, without it only one without (docs/disclosure-spec.md §11)
    .filter(({ p }) => forced !== undefined || (p.disclose === 1) === disclose)
    .sort((a, b) => (a.p.maxDays ?? 0) - (b.p.maxDays ?? 0));
  if (forced !== undefined) {
    if (!fits.some((f) => f.name === forced))
      throw new ValidationError('--circuit', `${forced} is not a deployed market circuit for ${days} day(s) of ${intervalsPerDay} ${series} intervals`);
    return forced;
  }
  const best = fits[0];
  if (best === undefined) {
    throw new ValidationError(
      '--period',
      `no deployed market circuit${disclose ? ' with disclosure' : ''} takes ${days} day(s) of ${intervalsPerDay} ${series} intervals (deployed: ${Object.keys(c.market.settlements).join(', ')})`,
    );
  }
  return best.name;
}

/**
 * The regulator's disclosure for a proof with `circuit` (docs/disclosure-spec.md §11): none for a circuit
 * without; for one with, the key file must be the key DisclosureKeys has in force for the period (checked
 * here, so that no proof is made that the contract would refuse) and the ephemeral secret is derived from
 * the prover's disclosure secret and the period, so the prover can reopen its copy later.
 */
async function marketDisclosure(
  c: MarketChain,
  circuit: string,
  meterId: bigint,
  periodStart: number,
  keyFile: string | undefined,
  secretFile: string | undefined,
): Promise<{ regulatorKey: CurvePoint; ephemeralSecret: bigint } | undefined> {
  const disclosed = c.market.disclosed;
  const withDisclosure = disclosed?.circuits.includes(circuit) === true;
  if (!withDisclosure) {
    if (keyFile !== undefined)
      throw new ValidationError('--regulator-key', `${circuit} has no disclosure (deploy a "disclose": 1 circuit with --disclosure-keys)`);
    return undefined;
  }
  if (keyFile === undefined || secretFile === undefined || disclosed === undefined) {
    throw new ValidationError('--regulator-key', `${circuit} encrypts the settlement's details to the regulator: give --regulator-key and --disclosure-secret`);
  }
  const { readRegulatorKey, readDisclosureSecret } = await import('./bill-disclose.run.js');
  const { deriveEphemeralSecret, disclosureNonce } = await import('../../../core/src/bill/disclosure.js');
  const { DisclosureKeysClient } = await import('../../../sdk/src/chain/disclosure-keys.js');
  const [regulatorKey, secret] = await Promise.all([readRegulatorKey(keyFile), readDisclosureSecret(secretFile)]);
  const inForce = await new DisclosureKeysClient(disclosed.disclosureKeys, c.conn.runner).keyAt(BigInt(periodStart));
  // keys are named by their y on chain (docs/disclosure-spec.md §11)
  if (regulatorKey.y !== inForce.key.y) {
    throw new ValidationError(
      '--regulator-key',
      `${keyFile} is not the key in force for the period (epoch ${inForce.epoch}, key y ${inForce.key.y}; the file's is ${regulatorKey.y})`,
    );
  }
  return { regulatorKey, ephemeralSecret: await deriveEphemeralSecret(secret, disclosureNonce(meterId, periodStart)) };
}

/** `prove`. */
export async function prove({ values, out }: RunContext): Promise<void> {
  const cmd = 'market prove';
  const periodFile = need(values, 'period', cmd);
  const outFile = need(values, 'out', cmd);
  const signed = parseSignedPeriodJson(await readText(periodFile), periodFile);
  const { doc, commitment, file } = await readTerms(values, cmd);
  const seriesText = str(values, 'series') ?? (doc.kind === 'spot' ? 'import' : 'export');
  if (seriesText !== 'import' && seriesText !== 'export') throw new ValidationError('--series', `'${seriesText}' must be import or export`);
  const c = await connectMarket(values, out, cmd, false);
  try {
    const ag = await c.agreements.forTerms(signed.meterId, commitment);
    if (ag === undefined)
      throw new WattproofError(
        'AGREEMENT_NOT_ACTIVE',
        `meter ${signed.meterId} has no agreement under ${file} (commitment ${commitment}): register it with "wattproof market ppa register"`,
      );
    if (!ag.payerAccepted || !ag.payeeAccepted) {
      throw new WattproofError(
        'AGREEMENT_NOT_ACTIVE',
        `agreement ${ag.id} waits for the ${ag.payerAccepted ? 'payee' : 'payer'} (${ag.payerAccepted ? ag.payee : ag.payer}) to accept it ("wattproof market ppa accept --id ${ag.id}")`,
      );
    }
    const z = await zoneOf(c, ag.zone);
    const local = signed.periodStart + z.tzOffsetSeconds;
    if (local % 86400 !== 0)
      throw new ValidationError('--period', `${periodFile} does not start at a midnight of zone ${ag.zone} (UTC offset ${z.tzOffsetSeconds} s)`);
    const firstDay = local / 86400;
    const days = signed.imports.length / z.intervalsPerDay;
    if (!Number.isInteger(days) || signed.intervalSeconds * z.intervalsPerDay !== 86400) {
      throw new ValidationError(
        '--period',
        `${periodFile} has ${signed.imports.length} intervals of ${signed.intervalSeconds} s, not whole days of zone ${ag.zone}'s ${z.intervalsPerDay} intervals`,
      );
    }
    if (firstDay + days - 1 > z.lastDay) {
      throw new WattproofError(
        'PRICES_NOT_PUBLISHED',
        `zone ${ag.zone} is published through ${dayDate(z.lastDay)}; ${dayDate(firstDay + days - 1)} is not published yet: nothing to prove against`,
      );
    }
    const keyFile = str(values, 'regulator-key');
    const secretFile = str(values, 'disclosure-secret');
    if ((keyFile === undefined) !== (secretFile === undefined)) throw new UsageError(`${cmd}: --regulator-key and --disclosure-secret go together`, cmd);
    const circuit = await chooseCircuit(c, seriesText, z.intervalsPerDay, days, str(values, 'circuit'), keyFile !== undefined);
    const disclosure = await marketDisclosure(c, circuit, signed.meterId, signed.periodStart, keyFile, secretFile);
    const pricesNow = await c.feed.currentPrices(ag.zone, firstDay, days, c.market.deployBlock);
    const [chainBefore, domain] = await Promise.all([c.feed.linkAt(ag.zone, firstDay - 1), c.settlement(circuit).domain()]);
    out.progress(`proving ${dayDate(firstDay)}${days > 1 ? ` (+${days - 1} days)` : ''} of meter ${signed.meterId} under agreement ${ag.id} with ${circuit} …`);
    const { proveMarketBill } = await import('../../../prover/src/prove-market.js');
    const started = Date.now();
    const p = await proveMarketBill(circuit, {
      signed,
      series: seriesText,
      terms: doc.terms,
      zoneTzSeconds: z.tzOffsetSeconds,
      prices: pricesNow,
      chainBefore,
      domain,
      ...(disclosure !== undefined ? { disclosure } : {}),
    });
    const seconds = (Date.now() - started) / 1000;
    const proofDoc = {
      format: MARKET_PROOF_FORMAT,
      circuit,
      marketSettlement: c.market.settlements[circuit],
      meterId: signed.meterId.toString(),
      agreementId: ag.id.toString(),
      zone: ag.zone.toString(),
      firstDay: dayDate(firstDay),
      days,
      charge: p.amount.charge.toString(),
      credit: p.amount.credit.toString(),
      publicSignals: p.publicSignalStrings,
      proof: p.proof,
    };
    await writeText(outFile, toJson(proofDoc), { exclusive: !flag(values, 'force') });
    const { decimals, symbol } = await c.conn.token();
    const m = (v: bigint) => money(v, decimals, symbol);
    const flow =
      p.amount.credit > 0n
        ? `${m(p.amount.credit)} from ${short(ag.payee, 4)} to ${short(ag.payer, 4)}`
        : `${m(p.amount.charge)} from ${short(ag.payer, 4)} to ${short(ag.payee, 4)}`;
    out.line(
      `proved ${dayDate(firstDay)}${days > 1 ? ` .. ${dayDate(firstDay + days - 1)}` : ''} of meter ${signed.meterId} (${ag.kind}, agreement ${ag.id}): ${flow} in ${seconds.toFixed(1)} s; written to ${outFile}`,
    );
    out.result({ action: 'market-prove', file: outFile, ...proofDoc, seconds });
  } finally {
    c.close();
  }
}

/** `settle`. */
export async function settle({ values, positionals, out }: RunContext): Promise<void> {
  const cmd = 'market settle';
  const file = positionals[0]!;
  const doc = parseJsonText(await readText(file), file) as Record<string, unknown> | null;
  if (doc === null || typeof doc !== 'object' || doc.format !== MARKET_PROOF_FORMAT)
    throw new ValidationError(file, `must be a market proof ('${MARKET_PROOF_FORMAT}', "wattproof market prove" writes it)`);
  const signals = doc.publicSignals;
  // 7 signals, or 15 for a proof with the regulator's disclosure (docs/disclosure-spec.md §11)
  if (!Array.isArray(signals) || (signals.length !== 7 && signals.length !== 15) || !signals.every((s) => typeof s === 'string' && /^\d+$/.test(s))) {
    throw new ValidationError(`${file}: publicSignals`, 'must be 7 (or, with disclosure, 15) decimal strings');
  }
  assertPlainProof(doc.proof, `${file}: proof`);
  const circuit = String(doc.circuit);
  const c = await connectMarket(values, out, cmd, true);
  try {
    const { toSolidityArgs } = await import('../../../prover/src/groth16.js');
    const args = toSolidityArgs(doc.proof as never, signals as string[]);
    let tx: TxResult;
    if (signals.length === 15) {
      if (!c.market.disclosed?.circuits.includes(circuit))
        throw new ValidationError(file, `carries a disclosure, but ${circuit} has no DisclosedMarketSettlement in the deployment`);
      const { DisclosedMarketSettlementClient } = await import('../../../sdk/src/chain/disclosed-market.js');
      tx = await new DisclosedMarketSettlementClient(c.market.settlements[circuit]!, c.conn.runner).settleDisclosed(args);
    } else {
      tx = await c.settlement(circuit).settle(args);
    }
    const { decimals, symbol } = await c.conn.token();
    const charge = BigInt(String(doc.charge ?? '0'));
    const credit = BigInt(String(doc.credit ?? '0'));
    reportTx(
      out,
      'market-settle',
      tx,
      { circuit, meterId: doc.meterId, agreementId: doc.agreementId, firstDay: doc.firstDay, days: doc.days, charge, credit },
      `settled meter ${String(doc.meterId)} ${String(doc.firstDay)} (${String(doc.days)} day(s), agreement ${String(doc.agreementId)}): ${credit > 0n ? `credit ${money(credit, decimals, symbol)}` : `charge ${money(charge, decimals, symbol)}`}`,
    );
  } finally {
    c.close();
  }
}

/**
 * `audit --disclose --key FILE --terms FILES`: the regulator's disclosed view (docs/disclosure-spec.md §11) of
 * every DisclosedMarketSettlement of the deployment: each settlement decrypted, its charge and credit
 * recomputed from the disclosed details and the approved terms, its proof re-verified over all its signals;
 * then the market summary per band and hour of day. Exit 1 on a mismatch.
 */
async function auditDisclosed(c: MarketChain, values: Values, out: Output): Promise<void> {
  const cmd = 'market audit';
  const keyFile = str(values, 'key');
  const termsText = str(values, 'terms');
  if (keyFile === undefined || termsText === undefined)
    throw new UsageError(`${cmd} --disclose needs --key FILE (the regulator's disclosure secrets) and --terms FILES (the approved terms)`, cmd);
  const circuits = c.market.disclosed?.circuits ?? [];
  if (circuits.length === 0) throw new ValidationError('--deployment', 'has no DisclosedMarketSettlement ("market deploy --disclosure-keys ADDRESS")');
  const { readRegulatorSecrets } = await import('./audit-disclose.run.js');
  const { auditMarketDisclosures } = await import('../../../sdk/src/audit/market-disclosure-audit.js');
  const { loadCircuitArtifacts } = await import('../../../prover/src/artifacts/index.js');
  const secrets = await readRegulatorSecrets(keyFile);
  const terms = [];
  for (const f of termsText
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== ''))
    terms.push(parseMarketTerms(await readText(f), f).terms);
  const { decimals, symbol } = await c.conn.token();
  const m = (v: bigint) => money(v, decimals, symbol);
  const rows: unknown[][] = [];
  const reports: Record<string, unknown> = {};
  let flagged = 0;
  const hourWh = new Array<bigint>(24).fill(0n);
  const bandWh = new Array<bigint>(8).fill(0n);
  let market = 0n;
  for (const circuit of circuits) {
    const a = await loadCircuitArtifacts(circuit);
    const dec = (a.params as Record<string, number | undefined>).tokenDecimals ?? 6;
    const report = await auditMarketDisclosures({
      provider: c.conn.provider,
      settlement: c.market.settlements[circuit]!,
      regulatorSecrets: secrets,
      terms,
      tokenDecimals: dec,
      vkey: a.vkey,
      fromBlock: c.market.deployBlock,
    });
    reports[circuit] = report;
    flagged += report.flagged;
    report.summary.hourWh.forEach((wh, h) => (hourWh[h] = (hourWh[h] ?? 0n) + wh));
    report.summary.bandWh.forEach((wh, b) => (bandWh[b] = (bandWh[b] ?? 0n) + wh));
    market += report.summary.market;
    for (const v of report.settlements) {
      const total = v.details?.bandWh.reduce((x, y) => x + y, 0n);
      rows.push([
        circuit,
        v.record.meterId,
        new Date(v.periodStart * 1000).toISOString().slice(0, 16).replace('T', ' '),
        v.dayCount,
        total === undefined ? '-' : `${total} Wh`,
        v.details === undefined ? '-' : v.details.market,
        v.credit > 0n ? `credit ${m(v.credit)}` : m(v.charge),
        v.recomputed === undefined ? '-' : v.recomputed.credit > 0n ? `credit ${m(v.recomputed.credit)}` : m(v.recomputed.charge),
        v.mismatches.length === 0 ? 'match' : `MISMATCH: ${v.mismatches.join('; ')}`,
      ]);
    }
  }
  out.line(`the regulator's disclosed view of ${circuits.length} DisclosedMarketSettlement contract(s)`);
  out.line(table(['circuit', 'meter', 'period start (UTC)', 'days', 'energy', 'sum e x p', 'settled', 'recomputed', 'check'], rows));
  const totalWh = bandWh.reduce((x, y) => x + y, 0n);
  // the volume-weighted market price over every disclosed settlement: sum e x p / sum e (cents/MWh)
  if (totalWh > 0n) out.line(`market: ${totalWh} Wh disclosed, volume-weighted price ${centsText(Number(market / totalWh))} per MWh`);
  out.line(`energy per hour of the zone's day (Wh): ${hourWh.map((wh, h) => `${h}h ${wh}`).join(', ')}`);
  out.line(
    flagged === 0 ? `disclosure audit OK: ${rows.length} settlement(s) decrypted and matched` : `disclosure audit FAILED: ${flagged} settlement(s) flagged`,
  );
  out.result({ ok: flagged === 0, reports, summary: { bandWh, hourWh, market } });
  if (flagged > 0) throw new NegativeResult('market disclosure audit failed');
}

/** `audit`. */
export async function audit({ values, out }: RunContext): Promise<void> {
  const cmd = 'market audit';
  const c = await connectMarket(values, out, cmd, false);
  if (flag(values, 'disclose')) {
    try {
      return await auditDisclosed(c, values, out);
    } finally {
      c.close();
    }
  }
  try {
    const { auditMarket } = await import('../../../sdk/src/audit/market-audit.js');
    const { loadCircuitArtifacts } = await import('../../../prover/src/artifacts/index.js');
    const { decimals, symbol } = await c.conn.token();
    const m = (v: bigint) => money(v, decimals, symbol);
    const rows: unknown[][] = [];
    const reports: Record<string, unknown> = {};
    let ok = true;
    for (const [circuit, address] of Object.entries(c.market.settlements)) {
      const vkey = (await loadCircuitArtifacts(circuit)).vkey;
      const report = await auditMarket(c.conn.provider, { priceFeed: c.market.priceFeed, marketSettlement: address }, vkey, {
        fromBlock: c.market.deployBlock,
      });
      ok &&= report.ok;
      reports[circuit] = report;
      for (const s of report.settlements)
        rows.push([
          circuit,
          s.meterId,
          s.agreementId,
          dayDate(s.firstDay),
          s.dayCount,
          s.proofValid ? 'valid' : 'INVALID',
          s.pricesPublished ? 'published' : 'NOT PUBLISHED',
        ]);
    }
    out.line(`market audit of ${Object.keys(c.market.settlements).length} MarketSettlement contract(s), feed ${c.market.priceFeed}`);
    out.line(table(['circuit', 'meter', 'agreement', 'first day', 'days', 'proof', 'prices used'], rows));
    // the trail: who sold to whom, under which agreement, with money but no volume
    const agreements = await c.agreements.list({ fromBlock: c.market.deployBlock });
    const settled = (await Promise.all(Object.keys(c.market.settlements).map((k) => c.settlement(k).settlements(c.market.deployBlock)))).flat();
    const trail = agreements.map((a) => {
      const mine = settled.filter((s) => s.agreementId === a.id);
      return {
        id: a.id,
        kind: a.kind,
        meterId: a.meterId,
        seller: a.payee,
        buyer: a.payer,
        zone: a.zone,
        days: mine.reduce((s, x) => s + x.dayCount, 0),
        netToSeller: mine.reduce((s, x) => s + x.charge - x.credit, 0n),
      };
    });
    out.line('trade trail (public: parties, agreements, days, money; private: terms and volumes):');
    for (const t of trail)
      out.line(
        `  ${short(t.seller, 4)} sells to ${short(t.buyer, 4)}: meter ${t.meterId}, ${t.kind} agreement ${t.id}, zone ${t.zone}, ${t.days} day(s) settled, net ${m(t.netToSeller)} to the seller`,
      );
    const count = rows.length;
    out.line(
      ok ? `market audit OK: ${count} settlement(s), every proof valid, every price used the published one` : 'market audit FAILED: see the rows marked above',
    );
    out.result({ ok, reports, trail });
    if (!ok) throw new NegativeResult('market audit failed');
  } finally {
    c.close();
  }
}
