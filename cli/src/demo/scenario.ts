/**
 * The demo's story, played with the SDK's public API on a fresh in-process deployment.
 * @packageDocumentation
 */
import {
  Consumer,
  ContractRevertError,
  Meter,
  MeteringAuthority,
  Regulator,
  Retailer,
  TariffAuthoring,
  householdSeries,
  localMidnightOf,
  solcVersion,
  toSettlementArgs,
  type Bill,
  type BillProof,
  type SignedPeriod,
  type SettleReceipt,
} from '../../../sdk/src/index.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPublishedKeys } from '../../../sdk/src/audit/published.js';
import { Collector, handToCollector } from '../../../sdk/src/collector/index.js';
import type { SettledBill } from '../../../sdk/src/chain/settlement.js';
import { readInbox } from '../commands/collect.run.js';
import { loadHardhat, startDevChain } from '../devchain.js';
import { playDisclosure } from './disclosed.js';
import { startInbox } from '../inbox.js';
import { duration, gas, kwh, localDate, money, short, table, zoneName } from '../../../core/src/format.js';
import type { Output } from '../output.js';
import { demoMeter } from './meters.js';
import { renderBill } from '../render.js';
import { exampleTariffDraft } from '../../../core/src/tariff/examples.js';
import type { DemoBill, DemoSummary } from './summary.js';

const METER_ID = 4_100_230_017n;
const TZ = 3600; // Central European standard time, fixed offset (the tariff's zone)
const WTD = 1_000_000n; // the test token has 6 decimals

/** The calendar of the demo for each circuit. */
function calendar(circuit: string): { monthly: boolean; slots: 24 | 48; startDate: string; days: number; holidays: string[] } {
  if (circuit === 'bill_31d_60m') {
    // June, July, August 2026: summer, so the rooftop solar exports a lot at midday.
    return { monthly: true, slots: 24, startDate: '2026-06-01', days: 30 + 31 + 31, holidays: ['2026-06-04', '2026-08-17'] };
  }
  // Thursday 4 June 2026 (a holiday), Friday (a work day), Saturday (a weekend rest day).
  return { monthly: false, slots: 48, startDate: '2026-06-04', days: 3, holidays: ['2026-06-04'] };
}

/** The meter head-end's CSV export of the data (what a utility hands over), imported back below. */
function toCsv(start: number, intervalSeconds: number, imports: number[], exports: number[]): string {
  const rows = imports.map((imp, i) => `${new Date((start + i * intervalSeconds) * 1000).toISOString().replace('.000Z', 'Z')},${imp},${exports[i]}`);
  return `timestamp,import_wh,export_wh\n${rows.join('\n')}\n`;
}

/** Plays the demo on a fresh in-process deployment of `circuit` (already built). */
export async function playDemo(circuit: string, out: Output): Promise<Omit<DemoSummary, 'seconds'>> {
  const cal = calendar(circuit);
  const unit = cal.monthly ? 'month' : 'day';

  // ------------------------------------------------------------------ chain and roles
  out.line('');
  out.line('[1] chain: Hardhat in-process EVM (chain id 31337), fresh deployment');
  const dev = await startDevChain(circuit);
  const a = dev.addresses;
  const [asAuthority, asRetailer, asRegulator, asConsumer] = await Promise.all([
    dev.connect(dev.accounts.authority),
    dev.connect(dev.accounts.retailer),
    dev.connect(dev.accounts.regulator),
    dev.connect(dev.accounts.consumer),
  ]);
  const { symbol, decimals } = await asConsumer.token();
  const m = (v: bigint) => money(v, decimals, symbol);
  const d = dev.deployment.addresses;
  out.line(
    table(
      ['contract', 'address', { header: 'deploy gas', align: 'right' }],
      [
        ['test token (WTD, 6 decimals)', d.token, dev.deployGas['deploy TestToken'] ?? ''],
        ['MeterRegistry', d.meterRegistry, dev.deployGas['deploy MeterRegistry'] ?? ''],
        ['TariffRegistry', d.tariffRegistry, dev.deployGas['deploy TariffRegistry'] ?? ''],
        [`verifier of ${circuit}`, d.verifier, Object.entries(dev.deployGas).find(([k]) => /Verifier$/.test(k))?.[1] ?? ''],
        ['Settlement', d.settlement, dev.deployGas['deploy Settlement'] ?? ''],
      ],
    ),
  );
  out.line(
    `  roles: authority ${short(a.authority, 4)}, regulator ${short(a.regulator, 4)}, retailer ${short(a.retailer, 4)}, consumer ${short(a.consumer, 4)}`,
  );
  const authority = new MeteringAuthority(asAuthority);
  const retailer = new Retailer(asRetailer);
  const regulator = new Regulator(asRegulator);
  const consumer = new Consumer(asConsumer);

  // ------------------------------------------------------------------ meter data
  out.line('');
  out.line(`[2] meter ${METER_ID}: key, interval data, billing periods, signatures`);
  const meter = demoMeter(METER_ID);
  const intervalSeconds = 86400 / cal.slots;
  const start = localMidnightOf(cal.startDate, TZ);
  const series = householdSeries({
    days: cal.days,
    intervalsPerDay: cal.slots,
    seed: 20260601,
    solarKwp: 4.8,
    startDate: cal.startDate,
    consumptionScale: 1.7,
  });
  const csv = toCsv(start, intervalSeconds, series.imports, series.exports);
  const data = Meter.importCsv(csv, { file: 'head-end-export.csv' });
  const periods = meter.billingPeriods(data, { tzOffsetSeconds: TZ, by: cal.monthly ? 'month' : 'day' }).slice(0, 3);
  const signed: SignedPeriod[] = await meter.signAll(periods);
  out.line(
    `  family home (heat pump, ~17 kWh/day) with 4.8 kWp rooftop solar; head-end CSV export: ${data.imports.length} rows of ${intervalSeconds / 60}-minute import/export readings`,
  );
  out.line(
    `  cut into ${signed.length} ${cal.monthly ? 'monthly' : 'daily'} periods at local midnight (${zoneName(TZ)}), each signed by the meter (EdDSA-Poseidon, one signature per period)`,
  );
  out.line(`  meter key hash ${short(await meter.keyHash(), 8)}`);

  // ------------------------------------------------------------------ tariff
  out.line('');
  out.line('[3] tariff: the retailer writes it, registers its commitment; the regulator approves; the consumer accepts');
  const tariff = TariffAuthoring.build(exampleTariffDraft({ slotsPerDay: cal.slots, tzOffsetSeconds: TZ, holidays: cal.holidays }));
  const lastEnd = BigInt(signed.at(-1)!.periodStart + signed.at(-1)!.imports.length * intervalSeconds);
  const reg = await retailer.registerTariff(tariff, { validFrom: BigInt(signed[0]!.periodStart), validUntil: lastEnd + 365n * 86400n });
  out.line(
    `  "${tariff.name}": 3 bands, ${tariff.tiers.length} tiers, standing ${m(tariff.standingPerDay)}/day, tax ${tariff.taxBps / 100}%, rest days Sat+Sun and ${tariff.holidays.join(', ')}, feed-in ${tariff.exportPrices.length} bands`,
  );
  out.line(`  registered commitment ${short(reg.commitment, 8)} (gas ${reg.gasUsed}); the document itself goes to the regulator and the consumer only`);
  const approval = await regulator.approveTariff(tariff);
  out.line(`  regulator re-computed the commitment from the document and approved it (gas ${approval.gasUsed})`);
  const meterReg = await authority.registerMeter({ meter, consumer: a.consumer, retailer: a.retailer, firstPeriodStart: signed[0]!.periodStart });
  out.line(
    `  metering authority registered meter ${METER_ID} (key, consumer, retailer, first period ${localDate(signed[0]!.periodStart, TZ)}; gas ${meterReg.gasUsed})`,
  );
  await retailer.offerTariff(METER_ID, tariff);
  const accept = await consumer.acceptTariff(METER_ID, tariff);
  out.line(`  retailer offered it; consumer checked the document against the offer and accepted (gas ${accept.gasUsed})`);

  // ------------------------------------------------------------------ bills and funding
  const bills: Bill[] = signed.map((sp) => consumer.computeBill(tariff, sp));
  const net = (b: Bill) => (b.charge > b.credit ? b.charge - b.credit : 0n);
  const funding = net(bills[0]!) + (net(bills[1]!) * 4n) / 10n;
  const float = 50n * WTD;
  await dev.mint(a.consumer, 1000n * WTD);
  await dev.mint(a.retailer, float);
  await consumer.deposit(funding);
  await retailer.deposit(float);
  out.line('');
  out.line(
    `[4] funding: consumer deposits ${m(funding)} into escrow (the first bill and part of the second); retailer keeps a ${m(float)} float for export credits`,
  );

  // ------------------------------------------------------------------ prove and settle
  const results: DemoBill[] = [];
  const proofs: BillProof[] = [];
  let arrearsRepaid = 0n;
  const demoBill = (bill: Bill, sp: SignedPeriod, proof: BillProof, b: SettledBill, gasUsed: bigint, txHash: string): DemoBill => ({
    period: localDate(sp.periodStart, TZ),
    days: bill.dayCount,
    importKwh: Number(bill.totalImportWh) / 1000,
    exportKwh: Number(bill.totalExportWh) / 1000,
    charge: b.charge.toString(),
    credit: b.credit.toString(),
    proveMs: Math.round(proof.timings.totalMs),
    gasUsed: gasUsed.toString(),
    paid: b.paid.toString(),
    arrearsAdded: b.arrearsAdded.toString(),
    txHash,
  });
  /** When a settlement left arrears: the consumer tops up its escrow and repays them. */
  const repayArrears = async (added: bigint): Promise<bigint> => {
    if (added === 0n) return 0n;
    const arrears = await consumer.arrears(METER_ID);
    const pos = await consumer.position();
    out.line(`  meter ${METER_ID} arrears ${m(arrears)}; consumer escrow ${m(pos.balance)}, withdrawable ${m(pos.free)}`);
    await consumer.deposit(arrears);
    const paid = await consumer.payArrears(METER_ID);
    out.line(
      `  consumer tops up escrow and repays the arrears: ${m(paid.amount)} to the retailer (gas ${paid.gasUsed}); arrears now ${m(await consumer.arrears(METER_ID))}`,
    );
    return paid.amount;
  };
  // The retailer's collector: an HTTP inbox the consumer's wallet posts proofs to (bills 2 and 3).
  const inboxDir = await mkdtemp(join(tmpdir(), 'wattproof-demo-inbox-'));
  const inbox = await startInbox({ dir: inboxDir });
  for (const [i, sp] of signed.entries()) {
    const bill = bills[i]!;
    out.line('');
    out.line(`[${5 + i}] ${unit} ${i + 1}: ${localDate(sp.periodStart, TZ)}, ${bill.dayCount} day(s), ${sp.imports.length} intervals`);
    if (i === 0) out.line(renderBill(bill, tariff, sp.periodStart));
    else
      out.line(
        `  reference bill: import ${kwh(bill.totalImportWh)}, export ${kwh(bill.totalExportWh)}; charge ${m(bill.charge)}, export credit ${m(bill.credit)}`,
      );
    const proof = await consumer.proveBill(tariff, sp, {
      circuit,
      onProgress: (e) => {
        if (e.state === 'done' && (e.phase === 'witness' || e.phase === 'proving')) out.progress(`    ${e.phase} ${duration(e.ms ?? 0)}`);
      },
    });
    proofs.push(proof);
    out.line(
      `  proof: witness ${duration(proof.timings.witnessMs)} + Groth16 ${duration(proof.timings.provingMs)} (total ${duration(proof.timings.totalMs)}); ${proof.publicSignals.length} public signals`,
    );
    if (i > 0) {
      // The other path: the consumer hands the proof to the retailer's collector over HTTP (no
      // transaction, no gas of its own); the collector settles the rest in one batch below.
      const handed = await handToCollector(inbox.url, proof);
      out.line(`  handed to the retailer's collector inbox ${inbox.url}/proofs (filed ${handed.id}); the consumer sends no transaction`);
      continue;
    }
    const receipt: SettleReceipt = await consumer.settle(proof);
    const b = receipt.bill;
    out.line(
      `  the consumer's own settle transaction: block ${receipt.blockNumber}, ${gas(receipt.gasUsed)} (proof verified on chain): paid ${m(b.paid)}${b.arrearsAdded > 0n ? `, ARREARS ${m(b.arrearsAdded)} (escrow short)` : ''}${b.refunded > 0n ? `, refunded ${m(b.refunded)}` : ''}`,
    );
    results.push(demoBill(bill, sp, proof, b, receipt.gasUsed, receipt.txHash));
    arrearsRepaid += await repayArrears(b.arrearsAdded);
  }

  // ------------------------------------------------------------------ the collector
  if (signed.length > 1) {
    out.line('');
    out.line(`[${4 + signed.length}b] collector: the retailer verifies its inbox off-chain and settles it with one settleBatch`);
    const { items, dropped: unreadable } = await readInbox(inboxDir);
    const [key] = await loadPublishedKeys({ only: [circuit] });
    if (key === undefined) throw new Error(`no verification key of ${circuit} in the build`);
    const collector = new Collector(asRetailer, { vkey: key.vkey });
    const report = await collector.collect(items);
    for (const d of [...unreadable, ...report.dropped]) out.line(`  DROPPED ${d.id}: ${d.code}, ${d.reason}`);
    for (const batch of report.batches) {
      out.line(
        `  batch tx ${short(batch.txHash, 6)}: ${batch.settled} of ${batch.size} bills settled, ${gas(batch.gasUsed)} (${gas(batch.gasPerBill)} per bill; every proof checked in one multi-pairing)`,
      );
    }
    const byStart = new Map(report.settled.map((o) => [o.periodStart, o]));
    const perBill = new Map(report.batches.map((b) => [b.txHash, b.gasPerBill]));
    let batchArrears = 0n;
    for (const [i, sp] of signed.entries()) {
      if (i === 0) continue;
      const o = byStart.get(sp.periodStart);
      if (o?.bill === undefined) continue;
      const b = o.bill;
      out.line(
        `  ${localDate(sp.periodStart, TZ)}: paid ${m(b.paid)}${b.arrearsAdded > 0n ? `, ARREARS ${m(b.arrearsAdded)} (escrow short)` : ''}${b.refunded > 0n ? `, refunded ${m(b.refunded)}` : ''}`,
      );
      results.push(demoBill(bills[i]!, sp, proofs[i]!, b, perBill.get(o.txHash) ?? 0n, o.txHash));
      batchArrears += b.arrearsAdded;
    }
    arrearsRepaid += await repayArrears(batchArrears);
  }
  await inbox.close();
  await rm(inboxDir, { recursive: true, force: true });

  // ------------------------------------------------------------------ replay
  out.line('');
  out.line(`[${5 + signed.length}] replay: the first proof is sent again`);
  let replayRejectedWith = 'not rejected';
  try {
    await asConsumer.settlement.settle(toSettlementArgs(proofs[0]!));
    out.line('  ACCEPTED (this must not happen)');
  } catch (e) {
    if (!(e instanceof ContractRevertError)) throw e;
    replayRejectedWith = e.errorName;
    out.line(
      `  rejected by the contract: ${e.errorName} (the meter's next period starts at ${localDate(e.args.nextPeriodStart as bigint, TZ)}); no balance moved`,
    );
  }
  const again = await consumer.settle(proofs[0]!);
  out.line(
    `  the SDK's settle() on the same bill finds it on chain: ${again.status} in tx ${short(again.txHash, 6)}, nothing sent (a crashed run can always be re-run)`,
  );

  // ------------------------------------------------------------------ retailer
  out.line('');
  out.line(`[${6 + signed.length}] retailer: settlements from chain events, withdrawal`);
  const mine = await retailer.settlements({ meterIds: [METER_ID] });
  out.line(
    table(
      [
        'meter',
        'period',
        { header: 'charge', align: 'right' },
        { header: 'credit', align: 'right' },
        { header: 'paid', align: 'right' },
        { header: 'arrears', align: 'right' },
      ],
      mine.map((s) => [
        s.meterId,
        `${localDate(s.periodStart, TZ)} .. ${localDate(s.periodEnd - 1n, TZ)}`,
        m(s.charge),
        m(s.credit),
        m(s.paid),
        m(s.arrearsAdded),
      ]),
    ),
  );
  const before = await retailer.position();
  const withdrawal = await retailer.withdraw();
  out.line(
    `  retailer ledger balance ${m(before.balance)} (float + bills + repaid arrears - export refunds); withdrew ${m(withdrawal.amount)} (gas ${withdrawal.gasUsed})`,
  );

  // ------------------------------------------------------------------ audit
  out.line('');
  out.line(`[${7 + signed.length}] regulator's audit: every settlement (Settled and BatchSettled events) re-verified from chain data`);
  const report = await regulator.audit();
  out.line(
    report.verifier.matches
      ? `  verifier ${short(report.verifier.address, 4)} is the one generated from the published ${report.circuit} key (regenerated with snarkjs, compiled with solc ${solcVersion()}, compared byte for byte)`
      : `  VERIFIER MISMATCH: ${report.verifier.reason}`,
  );
  out.line(
    table(
      ['block', 'meter', 'period start', { header: 'charge', align: 'right' }, 'result'],
      report.settlements.map((s) => [
        s.blockNumber,
        s.meterId ?? '?',
        s.periodStart === undefined ? '?' : localDate(s.periodStart, TZ),
        s.charge === undefined ? '?' : m(s.charge),
        s.verified ? 'verified' : `NOT VERIFIED: ${s.reasons.join('; ')}`,
      ]),
    ),
  );
  out.line(
    `  ${report.verified} of ${report.settlements.length} settlements verified${report.insecureKey ? ' (INSECURE development keys, fine for a demo)' : ''}`,
  );

  // ------------------------------------------------------------------ disclosure
  // A second household settles on a DisclosedSettlement beside this one; the regulator reads its
  // disclosed view. Hardhat's sixth account is that household's consumer.
  const neighbour = (await (await loadHardhat()).ethers.getSigners())[5];
  if (neighbour === undefined) throw new Error('Hardhat network has fewer than 6 accounts');
  const disclosure = await playDisclosure({
    out,
    step: 8 + signed.length,
    tz: TZ,
    tariff,
    startDate: cal.monthly ? '2026-06-01' : cal.startDate,
    holidays: cal.holidays,
    admin: dev.accounts.admin,
    consumerSigner: neighbour,
    addresses: { meterRegistry: d.meterRegistry, tariffRegistry: d.tariffRegistry, token: d.token },
    authority,
    retailer,
    regulator,
    regulatorSigner: dev.accounts.regulator,
    retailerAddress: a.retailer,
    mint: (to, amount) => dev.mint(to, amount),
    decimals,
    symbol,
  });

  // ------------------------------------------------------------------ privacy
  const intervals = signed.reduce((s, p) => s + p.imports.length, 0);
  out.line('');
  out.line("What stayed private (never left the consumer's machine, not in any transaction or event):");
  out.line(`  - ${intervals} import and ${intervals} export readings, their time profile, and the meter's signatures`);
  out.line(
    `  - the whole tariff: ${tariff.bandPrices.length} band prices and schedules, ${tariff.tiers.length} tier prices and allowances, standing charge, tax rate, holidays, feed-in prices, salt`,
  );
  out.line("What is public (the proof's five public signals, in the Settled event):");
  out.line('  - the meter key hash, the tariff commitment, the period (meter, start, interval count and length),');
  out.line('    the charge and the export credit, and the chain id + Settlement address the proof is bound to');
  out.line("  - on the DisclosedSettlement, besides: the regulator key's y, the ephemeral key's y and three ciphertext elements");
  out.line("What the regulator alone reads (its disclosure key, enforced by the proof): each disclosed bill's energy per band,");
  out.line('  export per band, demand peak and the digest of the signed readings; never a reading or its time profile');

  const totalGas = results.reduce((s, r) => s + BigInt(r.gasUsed), 0n);
  const ok =
    results.length === 3 &&
    results.some((r) => r.arrearsAdded !== '0') &&
    arrearsRepaid > 0n &&
    replayRejectedWith === 'PeriodOverlap' &&
    again.status === 'already-settled' &&
    report.ok &&
    report.verified === 3 &&
    disclosure.settlements === 3 &&
    disclosure.matched === 3;
  out.line('');
  out.line(
    `${ok ? 'demo complete' : 'DEMO FAILED'}: ${results.length} ${cal.monthly ? 'monthly' : 'daily'} bills proven with ${circuit} and settled (avg ${gas(totalGas / BigInt(results.length || 1))} per bill: one settle, the rest one collector batch), arrears repaid, replay rejected, audit ${report.ok ? 'passed' : 'FAILED'}, ${disclosure.matched} of ${disclosure.settlements} disclosed settlements read and matched by the regulator`,
  );

  return {
    ok,
    circuit,
    monthly: cal.monthly,
    settlement: d.settlement,
    bills: results,
    arrearsRepaid: arrearsRepaid.toString(),
    replayRejectedWith,
    idempotentResettle: again.status,
    audit: { ok: report.ok, verified: report.verified, failed: report.failed, verifierMatches: report.verifier.matches },
    retailerWithdrew: withdrawal.amount.toString(),
    disclosure,
  };
}
