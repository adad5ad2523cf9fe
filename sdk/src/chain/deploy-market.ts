/**
 * Deploying the market contracts beside a bill deployment (docs/market-spec.md): the price feed
 * (with the Poseidon(6) contract it hashes with), the agreement registry, and one MarketSettlement
 * per market circuit instance, each booking through the bill Settlement's escrow ledger.
 * @packageDocumentation
 */
import { ContractFactory, type Signer } from 'ethers';
import * as typechain from '../../../typechain-types/index.js';
import {
  DisclosedMarketSettlement__factory,
  MarketSettlement__factory,
  MeterRegistry__factory,
  PpaRegistry__factory,
  PriceFeed__factory,
  Settlement__factory,
} from '../../../typechain-types/index.js';
import { Contract } from 'ethers';
import { ChainError } from '../../../core/src/errors.js';
import { MARKET_DISCLOSURE_SIGNAL_COUNT } from '../../../core/src/market/disclosure.js';
import { chainCall } from './errors.js';
import { sendTx } from './tx.js';
import { connectContract } from './contracts.js';

/** Addresses of a market deployment. */
export interface MarketDeploymentAddresses {
  poseidon6: string;
  priceFeed: string;
  ppaRegistry: string;
  /** MarketSettlement contract of each circuit instance (`mkt_cfd_1d_60m` -> address). */
  settlements: Record<string, string>;
  /** The verifier each of those uses. */
  verifiers: Record<string, string>;
  /**
   * The circuits among `settlements` whose contract is a DisclosedMarketSettlement (a `"disclose": 1` market
   * circuit deployed with `disclosureKeys`; docs/disclosure-spec.md §11), with the registry it checks.
   */
  disclosed?: { circuits: string[]; disclosureKeys: string };
}

/** A market deployment and the gas of each step. */
export interface MarketDeployment {
  addresses: MarketDeploymentAddresses;
  gas: Record<string, bigint>;
}

/** `mkt_cfd_1d_60m` -> `MktCfd1d60mBatchVerifier` (the verifier the build renders beside snarkjs's; MarketSettlement needs its domain folding). */
export function marketVerifierName(circuit: string): string {
  return `${circuit
    .split('_')
    .filter((p) => p !== '')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('')}BatchVerifier`;
}

function verifierFactory(circuit: string, signer: Signer): ContractFactory {
  const name = marketVerifierName(circuit);
  const Factory = (typechain as unknown as Record<string, unknown>)[`${name}__factory`];
  if (typeof Factory !== 'function') {
    throw new ChainError(`verifier ${name} is not compiled: run \`npm run build -- --only ${circuit}\``);
  }
  return new (Factory as new (signer: Signer) => ContractFactory)(signer);
}

/**
 * Deploys the market contracts for `circuits` and wires them to an existing bill deployment.
 * `signer` must hold DEFAULT_ADMIN_ROLE on the Settlement and the MeterRegistry (it grants each
 * MarketSettlement the ledger's MARKET_SETTLEMENT_ROLE and the registry's SETTLEMENT_ROLE, which
 * moves the meters' billing cursor); it becomes the feed's admin (it opens zones).
 */
export async function deployMarket(
  signer: Signer,
  bill: { meterRegistry: string; settlement: string },
  circuits: readonly string[],
  opts: {
    priceFeed?: string;
    ppaRegistry?: string;
    poseidon6?: string;
    /**
     * The regulator's DisclosureKeys registry: a circuit whose verifier carries the disclosure signals gets a
     * DisclosedMarketSettlement checking it (docs/disclosure-spec.md §11). Required for such a circuit.
     */
    disclosureKeys?: string;
  } = {},
): Promise<MarketDeployment> {
  if (circuits.length === 0) throw new ChainError('deployMarket: name at least one market circuit');
  const admin = await chainCall('deployMarket: signer address', () => signer.getAddress());
  const gas: Record<string, bigint> = {};
  async function deploy(label: string, factory: ContractFactory, ...args: unknown[]): Promise<string> {
    return chainCall(`deploy ${label}`, async () => {
      const c = await factory.deploy(...args);
      const receipt = await c.deploymentTransaction()?.wait();
      if (receipt) gas[`deploy ${label}`] = receipt.gasUsed;
      return c.getAddress();
    });
  }
  // circomlibjs builds the Poseidon(6) bytecode: the same permutation as circomlib's circuit template
  // (imported here, not at the top: browser bundles of the SDK never deploy)
  const { poseidonContract } = await import('circomlibjs');
  const poseidon6 =
    opts.poseidon6 ??
    (await deploy('Poseidon6', new ContractFactory(poseidonContract.generateABI(6) as never, poseidonContract.createCode(6) as string, signer)));
  const priceFeed = opts.priceFeed ?? (await deploy('PriceFeed', new PriceFeed__factory(signer), admin, poseidon6));
  const ppaRegistry = opts.ppaRegistry ?? (await deploy('PpaRegistry', new PpaRegistry__factory(signer), bill.meterRegistry));
  const settlement = connectContract(Settlement__factory, bill.settlement, signer);
  const meters = connectContract(MeterRegistry__factory, bill.meterRegistry, signer);
  const [marketRole, settlementRole] = await Promise.all([
    chainCall('MARKET_SETTLEMENT_ROLE', () => settlement.MARKET_SETTLEMENT_ROLE()),
    chainCall('SETTLEMENT_ROLE', () => meters.SETTLEMENT_ROLE()),
  ]);
  const settlements: Record<string, string> = {};
  const verifiers: Record<string, string> = {};
  const disclosed: string[] = [];
  for (const circuit of circuits) {
    const verifier = await deploy(marketVerifierName(circuit), verifierFactory(circuit, signer));
    // a disclosed market circuit's verifier has chainBefore, domain and the disclosure words after signal 4
    // (docs/disclosure-spec.md §11); a plain one's no extraSignalCount
    const probe = new Contract(verifier, ['function extraSignalCount() view returns (uint256)'], signer);
    const extra = await (probe.extraSignalCount as () => Promise<bigint>)().catch(() => undefined);
    const disclose = extra === BigInt(2 + MARKET_DISCLOSURE_SIGNAL_COUNT);
    if (disclose && opts.disclosureKeys === undefined) {
      throw new ChainError(`deployMarket: ${circuit} discloses to the regulator; give the DisclosureKeys registry (disclosureKeys)`);
    }
    const market = disclose
      ? await deploy(
          `DisclosedMarketSettlement ${circuit}`,
          new DisclosedMarketSettlement__factory(signer),
          verifier,
          bill.meterRegistry,
          ppaRegistry,
          priceFeed,
          bill.settlement,
          opts.disclosureKeys,
        )
      : await deploy(
          `MarketSettlement ${circuit}`,
          new MarketSettlement__factory(signer),
          verifier,
          bill.meterRegistry,
          ppaRegistry,
          priceFeed,
          bill.settlement,
        );
    if (disclose) disclosed.push(circuit);
    gas[`grant MARKET_SETTLEMENT_ROLE ${circuit}`] = (await sendTx('grant MARKET_SETTLEMENT_ROLE', () => settlement.grantRole(marketRole, market))).gasUsed;
    gas[`grant SETTLEMENT_ROLE ${circuit}`] = (await sendTx('grant SETTLEMENT_ROLE', () => meters.grantRole(settlementRole, market))).gasUsed;
    settlements[circuit] = market;
    verifiers[circuit] = verifier;
  }
  const addresses: MarketDeploymentAddresses = { poseidon6, priceFeed, ppaRegistry, settlements, verifiers };
  if (disclosed.length > 0 && opts.disclosureKeys !== undefined) addresses.disclosed = { circuits: disclosed, disclosureKeys: opts.disclosureKeys };
  return { addresses, gas };
}
