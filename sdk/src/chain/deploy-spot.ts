/**
 * Deploying a public-price market circuit's settlement (docs/market-spec.md §11) beside a market deployment:
 * its IC tables and price verifier (rendered by the build), a SpotSettlement, or a DisclosedSpotSettlement when
 * the circuit discloses to the regulator (docs/disclosure-spec.md §12), the ledger's and the registry's roles,
 * and the verifier registered in the price feed for each zone (its prefix sums start the day after the zone's
 * last published day).
 * @packageDocumentation
 */
import type { ContractFactory, Signer } from 'ethers';
import { ChainError } from '../../../core/src/errors.js';
import type { Groth16VerificationKey } from '../../../prover/src/batch-verifier.js';
import { type CircuitArtifacts, loadCircuitArtifacts } from '../../../prover/src/artifacts/index.js';
import { PRICE_VERIFIER_DISCLOSURE_WORDS, PRICE_VERIFIER_SIGNALS, priceVerifierContractName, renderPriceIcTables } from '../../../prover/src/price-verifier.js';
import * as typechain from '../../../typechain-types/index.js';
import {
  DisclosedSpotSettlement__factory,
  MeterRegistry__factory,
  PriceFeed__factory,
  PriceIcTable__factory,
  Settlement__factory,
  SpotSettlement__factory,
} from '../../../typechain-types/index.js';
import { chainCall } from './errors.js';
import { sendTx } from './tx.js';
import { connectContract } from './contracts.js';

/** What {@link deploySpotSettlement} deployed. */
export interface SpotDeployment {
  circuit: string;
  /** The SpotSettlement, or the DisclosedSpotSettlement of a disclosed circuit. */
  settlement: string;
  /** Whether `settlement` is a DisclosedSpotSettlement. */
  disclosed: boolean;
  verifier: string;
  icTables: string[];
  gas: Record<string, bigint>;
}

/**
 * Deploys `circuit`'s price verifier and settlement and wires them. `signer` must hold DEFAULT_ADMIN_ROLE on the
 * Settlement and the MeterRegistry and ZONE_ADMIN_ROLE on the feed.
 * @param market - the bill deployment's registry and ledger, the market's feed and agreement registry
 * @param opts.zones - the zones whose prices the verifier's proofs read (registered in the feed)
 * @param opts.disclosureKeys - the regulator's DisclosureKeys: required for a disclosed circuit, refused otherwise
 * @throws ChainError for a circuit that is not a public-price one, a missing or extra registry, a failed transaction
 */
export async function deploySpotSettlement(
  signer: Signer,
  market: { meterRegistry: string; settlement: string; priceFeed: string; ppaRegistry: string },
  circuit: string,
  opts: { zones: readonly bigint[]; disclosureKeys?: string; artifacts?: CircuitArtifacts },
): Promise<SpotDeployment> {
  const a = opts.artifacts ?? (await loadCircuitArtifacts(circuit));
  const p = a.params as Record<string, number | undefined>;
  if (p.publicPrices !== 1 || p.intervalsPerDay === undefined || p.maxDays === undefined) {
    throw new ChainError(`deploySpotSettlement: ${circuit} is not a public-price market circuit (no publicPrices: 1 in its manifest)`);
  }
  const vkey = a.vkey as Groth16VerificationKey;
  const disclosed = vkey.nPublic === PRICE_VERIFIER_SIGNALS + p.maxDays * p.intervalsPerDay + PRICE_VERIFIER_DISCLOSURE_WORDS;
  if (disclosed && opts.disclosureKeys === undefined) {
    throw new ChainError(`deploySpotSettlement: ${circuit} discloses to the regulator; give the DisclosureKeys registry (disclosureKeys)`);
  }
  if (!disclosed && opts.disclosureKeys !== undefined) {
    throw new ChainError(`deploySpotSettlement: ${circuit} has no disclosure; deploy a "disclose": 1 instance to use disclosureKeys`);
  }
  const gas: Record<string, bigint> = {};
  async function deploy(label: string, factory: ContractFactory, ...args: unknown[]): Promise<string> {
    return chainCall(`deploy ${label}`, async () => {
      const c = await factory.deploy(...args);
      const receipt = await c.deploymentTransaction()?.wait();
      if (receipt) gas[`deploy ${label}`] = receipt.gasUsed;
      return c.getAddress();
    });
  }
  const icTables: string[] = [];
  for (const [k, code] of renderPriceIcTables(vkey, p.intervalsPerDay, p.maxDays).entries()) {
    icTables.push(await deploy(`PriceIcTable ${k}`, new PriceIcTable__factory(signer), code));
  }
  const name = priceVerifierContractName(circuit);
  const Factory = (typechain as unknown as Record<string, unknown>)[`${name}__factory`];
  if (typeof Factory !== 'function') throw new ChainError(`verifier ${name} is not compiled: run \`npm run build -- --only ${circuit}\``);
  const verifier = await deploy(name, new (Factory as new (s: Signer) => ContractFactory)(signer), icTables);
  const args = [verifier, market.meterRegistry, market.ppaRegistry, market.priceFeed, market.settlement] as const;
  const settlement = disclosed
    ? await deploy(`DisclosedSpotSettlement ${circuit}`, new DisclosedSpotSettlement__factory(signer), ...args, opts.disclosureKeys)
    : await deploy(`SpotSettlement ${circuit}`, new SpotSettlement__factory(signer), ...args);
  const ledger = connectContract(Settlement__factory, market.settlement, signer);
  const meters = connectContract(MeterRegistry__factory, market.meterRegistry, signer);
  const feed = connectContract(PriceFeed__factory, market.priceFeed, signer);
  const [marketRole, settlementRole] = await Promise.all([
    chainCall('MARKET_SETTLEMENT_ROLE', () => ledger.MARKET_SETTLEMENT_ROLE()),
    chainCall('SETTLEMENT_ROLE', () => meters.SETTLEMENT_ROLE()),
  ]);
  gas['grant MARKET_SETTLEMENT_ROLE'] = (await sendTx('grant MARKET_SETTLEMENT_ROLE', () => ledger.grantRole(marketRole, settlement))).gasUsed;
  gas['grant SETTLEMENT_ROLE'] = (await sendTx('grant SETTLEMENT_ROLE', () => meters.grantRole(settlementRole, settlement))).gasUsed;
  for (const zone of opts.zones) {
    gas[`registerPriceVerifier ${zone}`] = (await sendTx(`registerPriceVerifier(${zone})`, () => feed.registerPriceVerifier(zone, verifier))).gasUsed;
  }
  return { circuit, settlement, disclosed, verifier, icTables, gas };
}
