/**
 * `wattproof bill compute | prove | verify`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { computeBill } from '../../../core/src/bill/compute.js';
import { settlementDomain } from '../../../core/src/bill/signals.js';
import { ValidationError } from '../../../core/src/errors.js';
import type { SignedPeriod } from '../../../core/src/meter/sign.js';
import { TariffAuthoring } from '../../../sdk/src/roles/tariff-authoring.js';
import { builtBillCircuits, chooseCircuit } from '../../../sdk/src/roles/circuits.js';
import { addPendingYearToDate, openingForNextBill, pendingPathOf } from '../../../sdk/src/roles/ytd-store.js';
import type { YearToDateOpening } from '../../../core/src/bill/ytd.js';
import type { Tariff } from '../../../core/src/tariff/schema.js';
import type { CliChain } from '../chain.js';
import { loadPublishedKeys } from '../../../sdk/src/audit/published.js';
import { proveBill } from '../../../prover/src/prove-bill.js';
import { decodeBillSignals, verifyBill } from '../../../prover/src/verify-bill.js';
import { resolveChain } from '../chain.js';
import { need, str, type RunContext } from '../command.js';
import { readText, writeText } from '../files.js';
import { duration, localTime, money, short, table } from '../../../core/src/format.js';
import { NegativeResult, UsageError } from '../output.js';
import { parseBillProof, serializeBillProof } from '../proof-file.js';
import { readAnyPeriod } from './meter.run.js';
import { disclosureOptions } from './bill-disclose.run.js';

async function loadTariff(path: string) {
  return TariffAuthoring.parse(await readText(path), path);
}

/**
 * Where the consumer keeps meter `meterId`'s year-to-date opening (yearly-block tariffs): `--ytd FILE`,
 * else `meter-<id>.ytd.json` in the working directory (beside deployment.json and the key files).
 */
export function ytdStorePath(values: Record<string, unknown>, meterId: bigint): string {
  return str(values as never, 'ytd') ?? `meter-${meterId}.ytd.json`;
}

/**
 * Refuses a circuit that does not match the tariff's yearly blocks before any chain or proving work
 * (proveBill would refuse it too, after loading the artifacts).
 */
async function checkYearlyCircuit(tariff: Tariff, circuit: string): Promise<void> {
  const info = (await builtBillCircuits()).find((c) => c.name === circuit);
  if (info === undefined) return; // proveBill names the missing artifacts
  const yearly = tariff.tierBasis === 'year';
  if ((info.yearly === true) !== yearly) {
    throw new ValidationError(
      '--circuit',
      yearly
        ? `${circuit} has no year-to-date component, but the tariff has yearly blocks (tierBasis "year"): prove it with a yearly instance ("yearly": 1 in circuits/instances.json, e.g. bill_1d_30m_yearly or bill_31d_60m_yearly)`
        : `${circuit} bills only yearly-block tariffs, and this tariff's tierBasis is '${tariff.tierBasis}'`,
    );
  }
}

/**
 * The opening a yearly bill consumes: the chain's commitment for the meter, checked against the
 * consumer's store (a pending opening the chain now shows is confirmed first). The period must start
 * at the meter's billing cursor: the bill before it must be settled, since this one carries its year
 * to date.
 */
async function yearToDateFor(chain: CliChain, sp: SignedPeriod, store: string, out: RunContext['out']): Promise<YearToDateOpening | undefined> {
  const onChain = await chain.conn.settlement.yearToDateOf(sp.meterId);
  if (chain.dev === undefined) {
    const meter = await chain.conn.meters.getMeter(sp.meterId);
    if (meter !== undefined && meter.nextPeriodStart < BigInt(sp.periodStart)) {
      throw new ValidationError(
        '--period',
        `meter ${sp.meterId}'s bills are settled up to ${localTime(meter.nextPeriodStart)} UTC, and this period starts at ${localTime(sp.periodStart)} UTC: settle the bills before it first (a yearly bill carries the year to date the previous bill leaves on chain)`,
      );
    }
  }
  const opening = chain.dev === undefined ? await openingForNextBill(store, sp.meterId, onChain) : undefined;
  out.progress(
    onChain.commitment === 0n || opening === undefined
      ? `year to date: the first yearly bill of meter ${sp.meterId}${onChain.commitment === 0n ? '' : ' in a new tariff year'} (starts at 0)`
      : `year to date: ${opening.wh} Wh of the tariff year from day ${opening.yearStartDay} (opening ${store} = the chain's commitment)`,
  );
  return opening;
}

function parseDomain(v: string): bigint {
  if (!/^\d+$/.test(v)) throw new ValidationError('--domain', 'must be a decimal integer (chainId * 2^160 + settlement address)');
  return BigInt(v);
}

/** `prove`: see the command's help in ./bill.ts. */
export async function prove({ values, out }: RunContext): Promise<void> {
  const tariff = await loadTariff(need(values, 'tariff', 'bill prove'));
  const periodFile = need(values, 'period', 'bill prove');
  const { period, signed } = await readAnyPeriod(periodFile);
  if (!signed) throw new ValidationError('--period', `${periodFile} is not signed; sign it with "wattproof meter sign"`);
  const sp = period as SignedPeriod;
  // Checks the period against the tariff before any chain work (a yearly bill's amounts depend on the
  // year to date, read later: the ones shown come from the proof).
  const bill = computeBill(tariff, sp, tariff.tierBasis === 'year' ? { ytdWh: 0n } : {});
  const circuit = str(values, 'circuit') ?? (await chooseCircuit(tariff, sp)).name;
  await checkYearlyCircuit(tariff, circuit);
  const yearly = tariff.tierBasis === 'year';
  const store = yearly ? ytdStorePath(values, sp.meterId) : undefined;
  if (!yearly && values.ytd !== undefined) throw new UsageError('bill prove: --ytd is for yearly-block tariffs (tierBasis "year")', 'bill prove');
  let domain: bigint;
  let yearToDate: { opening: YearToDateOpening | undefined } | undefined;
  let devChain = false;
  const domainText = str(values, 'domain');
  if (domainText !== undefined) {
    if (values.rpc !== undefined) throw new UsageError('bill prove: give --domain or --rpc, not both', 'bill prove');
    if (yearly) {
      throw new ValidationError(
        '--domain',
        "a yearly-block bill consumes the meter's year-to-date commitment on chain, which --domain cannot read: give --rpc with --deployment or --settlement",
      );
    }
    domain = parseDomain(domainText);
  } else {
    const chain = await resolveChain(values as Record<string, string | undefined>, out, circuit);
    try {
      domain = settlementDomain(chain.conn.chainId, chain.conn.addresses.settlement);
      out.progress(`domain: chain ${chain.conn.chainId}, settlement ${chain.conn.addresses.settlement}`);
      if (store !== undefined) {
        yearToDate = { opening: await yearToDateFor(chain, sp, store, out) };
        devChain = chain.dev !== undefined;
      }
    } finally {
      chain.close();
    }
  }
  const disclosure = await disclosureOptions(values, sp.meterId, sp.periodStart);
  out.progress(`proving the ${bill.dayCount}-day bill of meter ${sp.meterId} with ${circuit} …`);
  const proof = await proveBill({
    tariff,
    signedPeriod: sp,
    circuit,
    domain,
    ...(disclosure === undefined ? {} : { disclosure }),
    ...(yearToDate === undefined ? {} : { yearToDate }),
    onProgress: (e) => {
      if (e.state === 'done') out.progress(`  ${e.phase.padEnd(9)} ${duration(e.ms ?? 0)}`);
    },
  });
  const dest = str(values, 'out') ?? `${periodFile.replace(/(\.signed)?(\.period)?\.json$/, '')}.proof.json`;
  // The new opening is kept before the proof is written (so no proof exists whose opening is lost),
  // as pending: the confirmed one stays until the chain shows the new commitment (settle, or the next prove).
  if (store !== undefined && proof.yearToDate !== undefined && !devChain) {
    await addPendingYearToDate(store, proof.yearToDate);
    out.progress(`year to date after this bill: ${proof.yearToDate.wh} Wh, kept in ${pendingPathOf(store)} until the bill settles`);
  }
  await writeText(dest, serializeBillProof(proof));
  const { symbol, decimals } = tariff.currency;
  // The proof's amounts (the prover checked them against the engine, with the year to date when yearly).
  const { charge, credit } = decodeBillSignals(proof.publicSignals);
  out.line(`proof written to ${dest} (${duration(proof.timings.totalMs)})`);
  out.line(
    `  charge ${money(charge, decimals, symbol)}, credit ${money(credit, decimals, symbol)}; public signals: key hash, tariff commitment, period, amounts, domain${proof.yearToDate === undefined ? '' : ', year-to-date commitments (old, new, tariff year)'}`,
  );
  out.result({
    file: dest,
    circuit,
    publicSignals: proof.publicSignals,
    charge,
    credit,
    timings: proof.timings,
    ...(proof.yearToDate === undefined
      ? {}
      : { yearToDate: { store: devChain ? null : store, yearStartDay: proof.yearToDate.yearStartDay, whAfter: String(proof.yearToDate.wh) } }),
  });
}

/** `verify`: see the command's help in ./bill.ts. */
export async function verify({ values, positionals, out }: RunContext): Promise<void> {
  const file = positionals[0]!;
  const p = parseBillProof(await readText(file), file);
  const circuit = str(values, 'circuit') ?? p.circuit;
  const [key] = await loadPublishedKeys({ only: [circuit] });
  const valid = await verifyBill({ proof: p.proof, publicSignals: p.publicSignals, vkey: key!.vkey });
  const s = decodeBillSignals(p.publicSignals);
  const end = s.periodStart + s.intervalCount * s.intervalSeconds;
  out.line(`${file}: ${valid ? 'VALID' : 'INVALID'} proof for circuit ${circuit}${key!.insecure ? ' (INSECURE: development key)' : ''}`);
  out.line(
    table(
      ['public signal', 'value'],
      [
        ['meter', s.meterId],
        ['key hash', short(s.keyHash, 10)],
        ['tariff commitment', short(s.tariffCommitment, 10)],
        ['period', `${localTime(s.periodStart)} .. ${localTime(end)} UTC (${s.intervalCount} x ${s.intervalSeconds / 60} min)`],
        ['charge', `${s.charge} (smallest units)`],
        ['credit', `${s.credit} (smallest units)`],
        ['settles on', `chain ${s.chainId}, contract ${s.contract}`],
      ],
    ),
  );
  out.result({ file, circuit, valid, signals: s });
  if (!valid) throw new NegativeResult(`${file}: the proof does not verify`);
}
