/**
 * Issue 12 end to end: a utility's one-year hourly Green Button export with the DST artefacts of
 * real exports (the spring-forward day's block repeats an interval with another value, the fall-back
 * day's last hour is missing) is refused without a flag (the error names the instants and the
 * flags), imports with `--repair`'s rules (on conflict the last value, gaps filled linearly), is cut
 * into twelve calendar months that the meter signs (statement v2: the repaired intervals counted),
 * and every month is proven (Groth16, bill_31d_60m) and settled on Hardhat's in-process chain; the
 * regulator's audit then re-verifies all twelve settlements.
 *
 *   npx tsx scripts/build.ts --only bill_31d_60m && npx tsx scripts/year-settle.ts
 *
 * Exits 0 only when all twelve months settled, their quality counts are the expected ones and the
 * audit is clean.
 * @packageDocumentation
 */
import { startDevChain } from '../cli/src/devchain.js';
import { nonActualCount } from '../core/src/meter/quality.js';
import { exampleTariffDraft } from '../core/src/tariff/examples.js';
import { Consumer, Meter, MeteringAuthority, Regulator, Retailer, TariffAuthoring } from '../sdk/src/index.js';
import { toGreenButton, utilityExport } from '../test/support/meter-exports.js';

const CIRCUIT = 'bill_31d_60m';
const METER_ID = 4242n;
const TZ = -8 * 3600; // the tariff's fixed offset: Pacific standard time
const UNIT = 1_000_000n;

function fail(message: string): never {
  process.stderr.write(`year-settle: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const xml = toGreenButton(utilityExport({ startDate: '2025-01-01', days: 365, intervalsPerDay: 24 }));
  try {
    Meter.importGreenButton(xml, { file: 'year.xml' });
    fail('the export imported without a repair flag; its DST artefacts must be refused by default');
  } catch (e) {
    const first = (e as Error).message.split('\n').slice(0, 3).join(' | ');
    console.log(`without a flag: refused, as it must be: ${first}`);
  }
  const data = Meter.importGreenButton(xml, { file: 'year.xml', onConflict: 'last', fillGaps: 'linear' });
  const meter = Meter.generate(METER_ID);
  const signed = await meter.signAll(meter.billingPeriods(data, { tzOffsetSeconds: TZ, by: 'month' }));
  const counts = signed.map((p) => nonActualCount(p.quality));
  console.log(
    `with --repair's rules: ${data.imports.length} hourly intervals, ${signed.length} monthly periods signed; non-actual per month ${counts.join(' ')}`,
  );
  if (signed.length !== 12) fail(`expected 12 monthly periods, got ${signed.length}`);
  if (counts.reduce((a, b) => a + b, 0) !== 2) fail('expected exactly the two repaired intervals (March, November) in the signed counts');

  const dev = await startDevChain(CIRCUIT);
  const [asAuthority, asRetailer, asRegulator, asConsumer] = await Promise.all([
    dev.connect(dev.accounts.authority),
    dev.connect(dev.accounts.retailer),
    dev.connect(dev.accounts.regulator),
    dev.connect(dev.accounts.consumer),
  ]);
  const retailer = new Retailer(asRetailer);
  const regulator = new Regulator(asRegulator);
  const consumer = new Consumer(asConsumer);
  const tariff = TariffAuthoring.build(exampleTariffDraft({ slotsPerDay: 24, tzOffsetSeconds: TZ, holidays: [] }));
  const first = BigInt(signed[0]!.periodStart);
  await retailer.registerTariff(tariff, { validFrom: first, validUntil: first + 400n * 86400n });
  await regulator.approveTariff(tariff);
  await new MeteringAuthority(asAuthority).registerMeter({
    meter,
    consumer: dev.addresses.consumer,
    retailer: dev.addresses.retailer,
    firstPeriodStart: signed[0]!.periodStart,
  });
  await retailer.offerTariff(METER_ID, tariff);
  await consumer.acceptTariff(METER_ID, tariff);
  await dev.mint(dev.addresses.consumer, 100_000n * UNIT);
  await dev.mint(dev.addresses.retailer, 10_000n * UNIT);
  await consumer.deposit(100_000n * UNIT);
  await retailer.deposit(10_000n * UNIT);

  for (const [m, sp] of signed.entries()) {
    const bill = consumer.computeBill(tariff, sp);
    const proof = await consumer.proveBill(tariff, sp, { circuit: CIRCUIT });
    const receipt = await consumer.settle(proof);
    const b = receipt.bill;
    if (b.charge !== bill.charge || b.credit !== bill.credit)
      fail(`month ${m + 1}: settled ${b.charge}/${b.credit}, engine says ${bill.charge}/${bill.credit}`);
    console.log(
      `month ${String(m + 1).padStart(2)}: ${bill.dayCount} days, ${counts[m]} non-actual; proof ${Math.round(proof.timings.totalMs)} ms; settled in block ${receipt.blockNumber} (${receipt.gasUsed} gas): charge ${b.charge}, credit ${b.credit}`,
    );
  }
  const report = await regulator.audit();
  console.log(`audit: ${report.verified} verified, ${report.failed} not verified, ok=${report.ok}`);
  if (!report.ok || report.verified !== 12) fail('the audit did not verify all twelve settlements');
  console.log(`year settled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(0);
}

main().catch((e: unknown) => fail(e instanceof Error ? (e.stack ?? e.message) : String(e)));
