/**
 * The daylight-saving leg of `npm run demo -- tariffs` (bill spec §5a): the household of
 * {@link settleDstDay}, on the UK Economy 7 tariff that follows the Europe/London wall clock,
 * proves and settles the 25-hour day of 25 October 2026 on the zone circuit, inside the tariffs
 * demo's world (its chain, parties and audit). The day is in the past on any live chain, so the
 * leg needs no clock control and runs over JSON-RPC as it does in process.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { computeBill } from '../../../core/src/bill/compute.js';
import { duration, gas, kwh, money, table } from '../../../core/src/format.js';
import { parseTariffJson } from '../../../core/src/tariff/index.js';
import { chooseCircuit } from '../../../sdk/src/index.js';
import { MeteringAuthority } from '../../../sdk/src/roles/authority.js';
import { Consumer } from '../../../sdk/src/roles/consumer.js';
import { Meter } from '../../../sdk/src/roles/meter.js';
import { Regulator } from '../../../sdk/src/roles/regulator.js';
import { Retailer } from '../../../sdk/src/roles/retailer.js';
import { repoRoot } from '../paths.js';
import { DST_DAY_START, DST_TARIFF_FILE, dstDayReadings } from './dst.js';
import type { LegSummary, TariffsDemoLeg } from './tariffs.js';

/** The leg's meter (not the standalone leg's, so both can share a chain). */
const DST_LEG_METER = 4_100_230_100n;

/** Plays the daylight-saving leg in the tariffs demo's world. */
export const londonDstLeg: TariffsDemoLeg = async (w) => {
  const { out, parties: p, addresses: at } = w;
  const name = 'London Economy 7 across the clock change';
  out.line('');
  out.line(`[${name}] a household with storage heaters on a two-rate tariff that follows the Europe/London wall clock`);
  const tariff = parseTariffJson(await readFile(join(repoRoot(), DST_TARIFF_FILE), 'utf8'), DST_TARIFF_FILE);
  const { symbol, decimals } = tariff.currency;
  const m = (v: bigint) => money(v, decimals, symbol);
  const meter = Meter.fromPrivateKey(DST_LEG_METER, '2e'.repeat(32));
  const signed = await meter.sign({ meterId: DST_LEG_METER, periodStart: DST_DAY_START, intervalSeconds: 1800, ...dstDayReadings() });
  const circuit = (await chooseCircuit(tariff, signed)).name;
  const d = await w.deploy(circuit);
  const [asAuthority, asRetailer, asRegulator, asConsumer] = await Promise.all([p.authority, p.retailer, p.regulator, p.consumer].map((s) => w.connect(d, s)));
  const consumer = new Consumer(asConsumer!);
  const retailer = new Retailer(asRetailer!);
  const end = BigInt(DST_DAY_START + signed.imports.length * 1800);
  out.line(
    `  tariff: ${tariff.name} (${tariff.zone}); it commits to ${tariff.zoneTransitions?.length ?? 0} clock changes of its validity, which the regulator re-derives when it approves`,
  );
  out.line(
    `  25 October 2026 is a 25-hour day (01:00-02:00 happens twice): the meter signs ${signed.imports.length} half-hours from local midnight (23:00 UTC the day before)`,
  );
  out.line(`  deployment: Settlement ${d.addresses.settlement} with the ${circuit} verifier (the SDK picks a zone circuit for a clock with changes)`);

  await retailer.registerTariff(tariff, { validFrom: DST_DAY_START, validUntil: end + 30n * 86400n });
  await new Regulator(asRegulator!).approveTariff(tariff);
  await new MeteringAuthority(asAuthority!).registerMeter({ meter, consumer: at.consumer, retailer: at.retailer, firstPeriodStart: DST_DAY_START });
  await retailer.offerTariff(DST_LEG_METER, tariff);
  await consumer.acceptTariff(DST_LEG_METER, tariff);

  const bill = computeBill(tariff, signed);
  await w.fund(d, p.consumer, bill.charge + 10n ** BigInt(decimals));
  const proof = await consumer.proveBill(tariff, signed, { circuit });
  const receipt = await consumer.settle(proof);
  const rows = bill.items.energy.filter((b) => b.wh > 0n).map((b) => [b.name, kwh(b.wh), `${m(b.price)}/kWh`]);
  out.line(table(['band (local wall clock)', { header: 'import', align: 'right' }, { header: 'price', align: 'right' }], rows));
  const shift = bill.transition;
  out.line(
    `  the change at interval ${shift?.interval ?? '-'} shifts the stream by ${shift?.delta ?? 0} half-hours: both readings of the repeated hour are priced at the night rate, as the wall clock reads`,
  );
  out.line(
    `  settled ${m(receipt.bill.charge)} (credit ${m(receipt.bill.credit)}; the engine says ${m(bill.charge)}), proof ${duration(proof.timings.totalMs)}, gas ${gas(receipt.gasUsed)}`,
  );
  const ok = receipt.bill.charge === bill.charge && receipt.bill.credit === bill.credit && signed.imports.length === 50 && shift !== undefined;
  const summary: LegSummary = {
    name,
    ok,
    circuit,
    settlements: [d.addresses.settlement],
    bills: [
      {
        day: '2026-10-25',
        importKwh: Number(bill.totalImportWh) / 1000,
        blockKwh: [],
        charge: String(receipt.bill.charge),
        pricePerKwh: money(bill.totalImportWh === 0n ? 0n : (bill.charge * 1000n) / bill.totalImportWh, decimals, ''),
        proveMs: Math.round(proof.timings.totalMs),
        gasUsed: String(receipt.gasUsed),
        txHash: receipt.txHash,
      },
    ],
    refused: [],
    details: { zone: tariff.zone ?? '', intervals: signed.imports.length, transitionInterval: shift?.interval ?? -1, transitionDelta: shift?.delta ?? 0 },
  };
  return summary;
};
