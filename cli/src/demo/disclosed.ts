/**
 * The demo's disclosure step (docs/disclosure-spec.md): a neighbouring household of the same retailer
 * settles its days on a DisclosedSettlement deployed beside the plain Settlement (same registries and
 * token), each proof encrypting the bill's details to the regulator's key in force; then the
 * regulator reads its disclosed view (decrypts each settlement from calldata, recomputes charge and
 * credit from the details and the approved tariff, and sums a market summary per band), while the
 * public view of those settlements stays the Settled event's five signals plus six opaque field
 * elements.
 *
 * The household proves with `bill_1d_30m_disclose` (daily bills of half-hourly readings) whatever
 * circuit the main scenario uses: it is the disclose instance `npm test` builds, and a monthly one
 * would add a second phase-2 setup to a fresh machine's first demo. The collector's batch path stays
 * on the plain Settlement: batch settlement with disclosure is not built.
 * @packageDocumentation
 */
import type { Signer } from 'ethers';
import { exampleTariffDraft } from '../../../core/src/tariff/examples.js';
import type { Tariff } from '../../../core/src/tariff/schema.js';
import { generateDisclosureKey } from '../../../core/src/crypto/disclosure.js';
import { duration, gas, kwh, localDate, money, short, table } from '../../../core/src/format.js';
import { auditDisclosures, type DisclosureAuditReport } from '../../../sdk/src/audit/disclosure-audit.js';
import { deployDisclosedSettlement } from '../../../sdk/src/chain/disclosed-settlement.js';
import { deployDisclosureKeys, DisclosureKeysClient } from '../../../sdk/src/chain/disclosure-keys.js';
import { deployVerifier } from '../../../sdk/src/chain/deploy.js';
import { loadCircuitArtifacts } from '../../../prover/src/artifacts/index.js';
import {
  Consumer,
  householdSeries,
  localMidnightOf,
  type MeteringAuthority,
  type Regulator,
  type Retailer,
  TariffAuthoring,
  WattproofConnection,
} from '../../../sdk/src/index.js';
import type { Output } from '../output.js';
import { demoMeter } from './meters.js';
import type { DemoDisclosure } from './summary.js';

/** The disclosure instance the demo proves with. */
export const DEMO_DISCLOSE_CIRCUIT = 'bill_1d_30m_disclose';
/** Its batch verifier (DisclosedSettlement folds the repeating signals with it and checks the rest). */
const DEMO_DISCLOSE_CIRCUIT_VERIFIER = 'Bill1d30mDiscloseBatchVerifier';
const METER_ID = 4_100_230_018n;
const DAYS = 3;

/** What the disclosure step needs from the main scenario. */
export interface DisclosureStepContext {
  out: Output;
  /** Step number printed in the heading. */
  step: number;
  tz: number;
  /** The main scenario's tariff (reused when it has half-hourly slots). */
  tariff: Tariff;
  /** Local date of the first day the household settles. */
  startDate: string;
  holidays: string[];
  admin: Signer;
  consumerSigner: Signer;
  /** The main deployment's registries and token. */
  addresses: { meterRegistry: string; tariffRegistry: string; token: string };
  authority: MeteringAuthority;
  retailer: Retailer;
  regulator: Regulator;
  regulatorSigner: Signer;
  retailerAddress: string;
  mint(to: string, amount: bigint): Promise<void>;
  decimals: number;
  symbol: string;
}

/** Plays the disclosed household and prints the regulator's view. */
export async function playDisclosure(ctx: DisclosureStepContext): Promise<DemoDisclosure> {
  const { out, tz } = ctx;
  const m = (v: bigint) => money(v, ctx.decimals, ctx.symbol);
  out.line('');
  out.line(`[${ctx.step}] disclosure: a neighbour of the same retailer settles daily on a DisclosedSettlement; the regulator reads its view`);

  // The regulator's disclosure key (epoch 0) and the ledger that enforces it.
  const regKey = generateDisclosureKey();
  const keysAddress = await deployDisclosureKeys(ctx.admin, { regulator: await ctx.regulatorSigner.getAddress(), key: regKey.publicKey });
  // The snarkjs verifier of the disclose instance, deployed by name like any verifier.
  const verifier = await deployVerifier(ctx.admin, DEMO_DISCLOSE_CIRCUIT_VERIFIER);
  const ledger = await deployDisclosedSettlement(ctx.admin, { verifier, ...ctx.addresses, disclosureKeys: keysAddress });
  out.line(
    `  DisclosureKeys ${short(keysAddress, 4)} (epoch 0: key y ${short(regKey.publicKey.y, 6)}), verifier of ${DEMO_DISCLOSE_CIRCUIT} ${short(verifier, 4)}, DisclosedSettlement ${short(ledger, 4)} on the same registries`,
  );

  // The household: its own meter and consumer account, the retailer's tariff on half-hourly slots.
  const consumerAddress = await ctx.consumerSigner.getAddress();
  const conn = await WattproofConnection.connect(ctx.consumerSigner, ledger);
  const consumer = new Consumer(conn);
  const tariff =
    ctx.tariff.slotsPerDay === 48
      ? ctx.tariff
      : TariffAuthoring.build(exampleTariffDraft({ slotsPerDay: 48, tzOffsetSeconds: tz, holidays: ctx.holidays, name: `${ctx.tariff.name} (half-hourly)` }));
  const meter = demoMeter(METER_ID);
  const start = localMidnightOf(ctx.startDate, tz);
  const series = householdSeries({ days: DAYS, intervalsPerDay: 48, seed: 20260602, solarKwp: 3.2, startDate: ctx.startDate, consumptionScale: 1.5 });
  const signed = await meter.signAll(
    meter.billingPeriods(
      { start, intervalSeconds: 1800, imports: series.imports, exports: series.exports, hasExports: true },
      { tzOffsetSeconds: tz, by: 'day' },
    ),
  );
  if (tariff !== ctx.tariff) {
    const end = BigInt(signed.at(-1)!.periodStart + 86400);
    await ctx.retailer.registerTariff(tariff, { validFrom: BigInt(signed[0]!.periodStart), validUntil: end + 365n * 86400n });
    await ctx.regulator.approveTariff(tariff);
  }
  await ctx.authority.registerMeter({ meter, consumer: consumerAddress, retailer: ctx.retailerAddress, firstPeriodStart: signed[0]!.periodStart });
  await ctx.retailer.offerTariff(METER_ID, tariff);
  await consumer.acceptTariff(METER_ID, tariff);
  await ctx.mint(consumerAddress, 100n * 10n ** BigInt(ctx.decimals));
  await consumer.deposit(100n * 10n ** BigInt(ctx.decimals));
  out.line(
    `  meter ${METER_ID} (3.2 kWp solar), consumer ${short(consumerAddress, 4)}, tariff "${tariff.name}"; ${DAYS} days of half-hourly readings, each day signed by the meter`,
  );

  // Prove each day with disclosure to the key in force, settle it on the disclosed ledger.
  const keys = new DisclosureKeysClient(keysAddress, conn.provider);
  const consumerSecret = 0xd15c1053n; // the wallet's disclosure secret: reopens every copy (bill disclose)
  const rows: string[][] = [];
  let gasTotal = 0n;
  let firstBlock = Number.MAX_SAFE_INTEGER;
  let proveMs = 0;
  for (const sp of signed) {
    const proof = await consumer.proveBill(tariff, sp, { circuit: DEMO_DISCLOSE_CIRCUIT, disclosure: { keys, consumerSecret } });
    // The consumer's settle() sends settleDisclosed for a proof with the five disclosure signals.
    const receipt = await consumer.settle(proof);
    const settled = receipt.bill;
    gasTotal += receipt.gasUsed;
    firstBlock = Math.min(firstBlock, receipt.blockNumber);
    proveMs += proof.timings.totalMs;
    rows.push([
      localDate(sp.periodStart, tz),
      duration(proof.timings.totalMs),
      String(proof.publicSignals.length),
      m(settled.charge),
      m(settled.credit),
      gas(receipt.gasUsed),
    ]);
  }
  out.line(
    table(
      [
        'day',
        { header: 'proof', align: 'right' },
        { header: 'signals', align: 'right' },
        { header: 'charge', align: 'right' },
        { header: 'credit', align: 'right' },
        { header: 'settleDisclosed', align: 'right' },
      ],
      rows,
    ),
  );
  out.line("  what the public sees of each: the Settled event (the same five signals as any bill) and, in calldata, the regulator key's y,");
  out.line("  the ephemeral key's y and three ciphertext elements: field elements that say nothing without the regulator key");

  // The regulator's view: its audit tool over the ledger's block range, with its secret and the tariff.
  const report = await auditDisclosures({
    provider: conn.provider,
    settlement: ledger,
    disclosureKeys: keysAddress,
    regulatorSecrets: [regKey.secret],
    tariffs: [tariff],
    // each proof re-verified with the words read: the ciphertext's integrity (construction v3, spec §10)
    verificationKey: (await loadCircuitArtifacts(DEMO_DISCLOSE_CIRCUIT)).vkey as Record<string, unknown>,
    fromBlock: firstBlock,
  });
  printRegulatorView(out, report, tariff, tz, m);
  return {
    circuit: DEMO_DISCLOSE_CIRCUIT,
    settlement: ledger,
    disclosureKeys: keysAddress,
    settlements: report.settlements.length,
    matched: report.settlements.filter((s) => s.mismatches.length === 0 && s.recomputed !== undefined).length,
    flagged: report.flagged,
    avgGas: (gasTotal / BigInt(Math.max(1, signed.length))).toString(),
    proveMs: Math.round(proveMs),
    importBandWh: report.summary.importBandWh.slice(0, tariff.bandPrices.length).map(String),
    exportBandWh: report.summary.exportBandWh.slice(0, tariff.exportPrices.length).map(String),
  };
}

/** Wh as a bare kWh figure (the column header carries the unit, to keep the table narrow). */
function kwhFigure(wh: bigint): string {
  return (Number(wh) / 1000).toFixed(3);
}

function printRegulatorView(out: Output, report: DisclosureAuditReport, tariff: Tariff, tz: number, m: (v: bigint) => string): void {
  const bands = tariff.bandNames;
  const exportBands = tariff.exportBandNames;
  out.line("  the regulator's disclosed view (its secret decrypts each settlement's calldata; charge and credit recomputed from the details):");
  out.line(
    table(
      [
        'meter',
        'day',
        ...bands.map((n) => ({ header: `${n} kWh`, align: 'right' as const })),
        ...exportBands.map((n) => ({ header: `export ${n} kWh`, align: 'right' as const })),
        { header: 'charge', align: 'right' },
        { header: 'recomputed', align: 'right' },
        { header: 'credit', align: 'right' },
        { header: 'recomputed', align: 'right' },
        'check',
      ],
      report.settlements.map((s) => [
        s.bill.meterId,
        localDate(s.bill.periodStart, tz),
        ...bands.map((_, b) => (s.details === undefined ? '?' : kwhFigure(s.details.bandWh[b] ?? 0n))),
        ...exportBands.map((_, b) => (s.details === undefined ? '?' : kwhFigure(s.details.exportBandWh[b] ?? 0n))),
        m(s.bill.charge),
        s.recomputed === undefined ? '?' : m(s.recomputed.charge),
        m(s.bill.credit),
        s.recomputed === undefined ? '?' : m(s.recomputed.credit),
        s.mismatches.length === 0 ? 'match' : `MISMATCH: ${s.mismatches.join('; ')}`,
      ]),
    ),
  );
  const sum = report.summary;
  out.line(
    `  market summary (${sum.settlements} disclosed settlements, no reading seen): import ${bands.map((n, b) => `${n} ${kwh(sum.importBandWh[b] ?? 0n)}`).join(', ')}; export ${exportBands.map((n, b) => `${n} ${kwh(sum.exportBandWh[b] ?? 0n)}`).join(', ')}`,
  );
  out.line('  (layout v1 discloses energy per band, not per hour of day: docs/disclosure-spec.md §4)');
}
