/**
 * Gas of `DisclosedSettlement.settleDisclosed` (layout v1) and `settleDisclosedHourly` (layout v2) with
 * real proofs on Hardhat's EVM, for the gas report (scripts/gas-report.ts, `npm run gas`): the world of
 * test/contracts/world.ts on the one-day plain circuit, a DisclosureKeys registry with a fresh regulator
 * key and a DisclosedSettlement on the instance's batch verifier beside it. A meter's first bill of a
 * (key, tariff, regulator epoch) keeps the base point; the figure issue 14's target speaks of is the
 * second, as every later bill of the meter pays.
 * @packageDocumentation
 */
import hre from 'hardhat';
import { deriveEphemeralSecret, disclosureNonce } from '../core/src/bill/disclosure.js';
import { settlementDomain } from '../core/src/bill/signals.js';
import { generateDisclosureKey } from '../core/src/crypto/disclosure.js';
import { signPeriod } from '../core/src/meter/index.js';
import { loadCircuitArtifacts } from '../prover/src/artifacts/index.js';
import { buildBillInput } from '../prover/src/bill-input.js';
import { fullProve, toSolidityArgs } from '../prover/src/groth16.js';
import { afterDay, createDisclosedWorld, DAY, KEY_1, METER_1, readings } from '../test/contracts/world.js';

/** Receipt gasUsed of a disclosed instance's settlements. */
export interface DisclosedGas {
  circuit: string;
  /** the entry point the proofs took */
  entry: 'settleDisclosed' | 'settleDisclosedHourly';
  /** a meter's first bill of its (key, tariff, epoch): keeps the base point */
  first: number;
  /** every later bill */
  later: number;
}

/**
 * Settles two consecutive days of one meter on a DisclosedSettlement of the one-day `circuit`
 * (`bill_1d_30m_disclose` or `bill_1d_30m_disclose_hourly`).
 */
export async function measureDisclosedGas(circuit: string, log: (s: string) => void): Promise<DisclosedGas> {
  const artifacts = await loadCircuitArtifacts(circuit);
  const layout = (artifacts.params as { disclose?: number }).disclose === 2 ? 2 : 1;
  if (artifacts.params.maxDays !== 1 || artifacts.params.intervalsPerDay !== 48)
    throw new Error(`${circuit}: the disclosed gas report takes a one-day half-hourly instance`);
  await hre.network.provider.send('hardhat_reset');
  const regulator = generateDisclosureKey();
  const { w, address, ledger } = await createDisclosedWorld({ circuit, key: regulator.publicKey, world: { circuit: 'bill_1d_30m' } });
  const gas: number[] = [];
  for (const day of [0, 1]) {
    log(`  proving day ${day} on ${circuit}...`);
    const signed = await signPeriod(KEY_1, { meterId: METER_1, periodStart: w.d0 + day * DAY, intervalSeconds: DAY / 48, ...readings('base', 48, 1) });
    const input = await buildBillInput(w.tariff, signed, {
      intervalsPerDay: 48,
      maxDays: 1,
      domain: settlementDomain(w.chainId, address),
      disclose: true,
      disclosureLayout: layout,
      disclosure: {
        regulatorKey: regulator.publicKey,
        ephemeralSecret: await deriveEphemeralSecret(0xc0ffeen, disclosureNonce(METER_1, signed.periodStart)),
      },
    });
    const { proof, publicSignals } = await fullProve(input, artifacts);
    const args = toSolidityArgs(proof, publicSignals);
    await afterDay(w, day);
    const settled = await ledger.settleDisclosed({ a: args.a, b: args.b, c: args.c, signals: args.signals });
    gas.push(Number(settled.gasUsed));
  }
  return { circuit, entry: layout === 2 ? 'settleDisclosedHourly' : 'settleDisclosed', first: gas[0]!, later: gas[1]! };
}
