/**
 * Gas of every wattproof contract call, measured on Hardhat's in-process EVM with real proofs, written
 * to bench/gas.json.
 *
 *   npm run gas -- [--circuit bill_1d_30m[,bill_31d_60m]] [--out bench/gas.json]
 *
 * Default: every bill circuit in build/manifest.json. Each circuit gets a fresh chain: deploy, register,
 * fund, then each call once in a realistic state (e.g. `settle` with both ledger balances already
 * non-zero, the common case). Figures are receipt gasUsed (21k intrinsic gas and calldata included).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import hre from 'hardhat';
import { scriptArgs } from '../circuits/build/script-args.js';
import { readManifest } from '../prover/src/artifacts/index.js';
import { shutdownProver } from '../prover/src/groth16.js';
import { isWattproofError } from '../core/src/errors.js';
import type { TxResult } from '../sdk/src/chain/tx.js';
import { type DisclosedGas, measureDisclosedGas } from '../bench/disclosed-gas.js';
import { gasBreakdown, type GasBreakdown } from '../bench/gas-trace.js';
import { meterPublicKey } from '../core/src/crypto/index.js';
import { DAY, KEY_2, METER_2, UNIT, afterDay, createWorld, ledgerAs, metersAs, proveBill, tariffsAs, type World } from '../test/contracts/world.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface CircuitGas {
  circuit: string;
  intervalsPerDay: number;
  maxDays: number;
  /** Days in the settled periods measured. */
  periodDays: number;
  calls: Record<string, number>;
  /** Where the gas of `settle (escrow pays the whole bill)` goes. */
  settleBreakdown: GasBreakdown;
}

async function measure(circuit: string, log: (s: string) => void): Promise<CircuitGas> {
  await hre.network.provider.send('hardhat_reset');
  const w: World = await createWorld({ circuit });
  const calls: Record<string, number> = {};
  const note = (label: string, r: TxResult | { gasUsed: bigint }) => {
    calls[label] = Number(r.gasUsed);
    log(`  ${label.padEnd(48)} ${String(calls[label]).padStart(9)}`);
  };
  for (const [label, gas] of Object.entries(w.d.gas)) note(label, { gasUsed: gas });

  // Registries.
  const authority = metersAs(w, w.s.authority);
  note(
    'registerMeter',
    await authority.registerMeter({
      meterId: 3n,
      publicKey: w.pubRotated,
      consumer: w.s.consumer.address,
      retailer: w.s.retailer.address,
      firstPeriodStart: BigInt(w.d0),
    }),
  );
  const retailer = tariffsAs(w, w.s.retailer);
  const regulator = tariffsAs(w, w.s.regulator);
  note('registerTariff', await retailer.registerTariff(777n, BigInt(w.d0), BigInt(w.d0 + 365 * DAY)));
  note('approveTariff', await regulator.approveTariff(777n));
  note('offerTariff', await retailer.offerTariff(3n, 777n));
  note('acceptTariff', await tariffsAs(w, w.s.consumer).acceptTariff(3n, 777n));
  note('rejectTariff', await regulator.rejectTariff(777n, 'withdrawn for the gas report'));

  // Settlement: a period of the circuit's full length.
  const days = w.maxDays;
  log(`  proving ${days}-day bills of ${circuit}...`);
  // Each meter's first bill folds its (key, tariff) base point and keeps it; the bills after it, every bill
  // of a meter until its key or tariff changes, read it. The three cases are measured on such later bills.
  const first = await proveBill(w, { days });
  const first2 = await proveBill(w, { meterId: METER_2, key: KEY_2, days });
  const honest = await proveBill(w, { day: days, days });
  const shortfall = await proveBill(w, { meterId: METER_2, key: KEY_2, day: days, days });
  const sunny = await proveBill(w, { day: 2 * days, days, readings: 'solar' });
  await afterDay(w, 3 * days - 1);

  const consumer = ledgerAs(w, w.s.consumer);
  const consumer2 = ledgerAs(w, w.s.consumer2);
  // Month-long bills need more escrow, and a month of export credit a larger retailer float.
  await consumer.deposit(400n * UNIT);
  await ledgerAs(w, w.s.retailer).deposit(400n * UNIT);
  note('settle (first bill of a key and tariff: keeps the base point)', await ledgerAs(w, w.s.relayer).settle(first.proof));
  await ledgerAs(w, w.s.relayer).settle(first2.proof);
  const plain = await ledgerAs(w, w.s.relayer).settle(honest.proof);
  note('settle (escrow pays the whole bill)', plain);
  // Where the plain bill's gas goes (contracts/README.md "Gas"): each call's whole cost, cold account included.
  const names: Record<string, string> = {
    [w.d.addresses.meterRegistry.toLowerCase()]: 'MeterRegistry.claimSettlement',
    [w.d.addresses.tariffRegistry.toLowerCase()]: 'TariffRegistry.settlementTariff',
    [w.d.addresses.verifier.toLowerCase()]: 'verifier',
    // Settlement checks a single proof itself (contracts/README.md, "The kept base point"): the precompiles
    '0x0000000000000000000000000000000000000006': 'precompile ecAdd',
    '0x0000000000000000000000000000000000000007': 'precompile ecMul',
    '0x0000000000000000000000000000000000000008': 'precompile pairing',
  };
  const send = (method: string, params: unknown[]) => hre.network.provider.send(method, params);
  const breakdown = await gasBreakdown(send, plain.txHash, names);
  for (const share of breakdown.shares) log(`    ${share.what.padEnd(46)} ${String(share.gas).padStart(9)}`);
  await consumer2.withdraw(await consumer2.balanceOf(w.s.consumer2.address));
  note('settle (empty escrow: all arrears)', await ledgerAs(w, w.s.relayer).settle(shortfall.proof));
  note('settle (export credit above charge: refund)', await ledgerAs(w, w.s.relayer).settle(sunny.proof));

  // Ledger.
  note('deposit (existing balance)', await consumer.deposit(5n * UNIT));
  note('withdraw', await consumer.withdraw(UNIT));
  const owed = await consumer2.arrearsOf(METER_2);
  await consumer2.deposit(owed);
  note('payArrears', await consumer2.payArrears(METER_2, owed));

  // Keys and pause.
  note('rotateKey', await authority.rotateKey(3n, await meterPublicKey(new Uint8Array(32).fill(0x44)), BigInt(w.d0 + 40 * DAY)));
  note('revokeKey', await authority.revokeKey(3n, BigInt(w.d0 + 50 * DAY)));
  note('pause (Settlement)', await ledgerAs(w, w.s.regulator).pause());
  note('unpause (Settlement)', await ledgerAs(w, w.s.regulator).unpause());

  return { circuit, intervalsPerDay: w.intervalsPerDay, maxDays: w.maxDays, periodDays: days, calls, settleBreakdown: breakdown };
}

async function main(argv: string[]): Promise<number> {
  const values = scriptArgs(
    'usage: npm run gas -- [--circuit NAME[,NAME]] [--out bench/gas.json]',
    { circuit: { type: 'string' }, out: { type: 'string', default: 'bench/gas.json' } },
    argv,
  );
  const manifest = await readManifest(resolve(ROOT, 'build'));
  const built = manifest?.circuits ?? {};
  const flags = (c: string) => (built[c]?.params ?? {}) as Record<string, number | undefined>;
  // by default every plain bill instance (the settle path) and every one-day disclosed one (settleDisclosed);
  // the yearly, zone and demand instances settle through the same path with more signals or the same five
  const plainBill = (c: string) => c.startsWith('bill_') && !flags(c).disclose && !flags(c).yearly && !flags(c).zone && !flags(c).demand;
  const oneDayDisclosed = (c: string) => c.startsWith('bill_') && (flags(c).disclose ?? 0) > 0 && flags(c).maxDays === 1;
  const circuits = values.circuit?.split(',') ?? Object.keys(built).filter((c) => plainBill(c) || oneDayDisclosed(c));
  if (circuits.length === 0) throw new Error('no bill circuit is built: run `npm run build` first');
  const results: CircuitGas[] = [];
  const disclosed: DisclosedGas[] = [];
  for (const circuit of circuits) {
    console.log(`gas report: ${circuit}`);
    if (oneDayDisclosed(circuit)) {
      const d = await measureDisclosedGas(circuit, (s) => console.log(s));
      console.log(`    ${d.entry}: ${d.later} (first bill of the meter's key, tariff and epoch: ${d.first})`);
      disclosed.push(d);
    } else results.push(await measure(circuit, (s) => console.log(s)));
  }
  const config = hre.config.solidity as {
    compilers: { version: string; settings: { optimizer: unknown; evmVersion: string } }[];
    overrides?: Record<string, { settings: { optimizer: unknown } }>;
  };
  const solidity = config.compilers[0]!;
  // the settlement path's contracts are compiled for runtime gas (hardhat.config.cjs overrides)
  const overrides = Object.fromEntries(Object.entries(config.overrides ?? {}).map(([file, o]) => [file, o.settings.optimizer]));
  const out = {
    $comment: "GENERATED by npm run gas (scripts/gas-report.ts): receipt gasUsed per call on Hardhat's EVM",
    solc: solidity.version,
    optimizer: solidity.settings.optimizer,
    optimizerOverrides: overrides,
    evmVersion: solidity.settings.evmVersion,
    hardfork: hre.config.networks.hardhat.hardfork,
    circuits: Object.fromEntries(results.map((r) => [r.circuit, r])),
    disclosed: Object.fromEntries(disclosed.map((d) => [d.circuit, d])),
  };
  const path = resolve(ROOT, values.out);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${values.out}`);
  return 0;
}

main(process.argv.slice(2))
  .then(async (code) => {
    await shutdownProver();
    process.exit(code);
  })
  .catch(async (e: unknown) => {
    console.error(isWattproofError(e) ? `gas report: ${(e as Error).message}` : e);
    await shutdownProver();
    process.exit(1);
  });
