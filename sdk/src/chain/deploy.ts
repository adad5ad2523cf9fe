/**
 * Deploying a wattproof set: settlement token (a test ERC-20 unless one is given), meter and tariff
 * registries, the generated verifier of one circuit instance, and its Settlement contract, with roles.
 * Works with any ethers v6 signer (Hardhat's in-process network, a node over JSON-RPC).
 * @packageDocumentation
 */
import type { ContractFactory, ContractTransactionResponse, Signer } from 'ethers';
import * as typechain from '../../../typechain-types/index.js';
import {
  DisclosedSettlement__factory,
  MeterRegistry__factory,
  Settlement__factory,
  TariffRegistry__factory,
  TestToken__factory,
} from '../../../typechain-types/index.js';
import { ChainError, ValidationError } from '../../../core/src/errors.js';
import type { CurvePoint } from '../../../core/src/crypto/disclosure.js';
import { deployDisclosureKeys } from './disclosure-keys.js';
import { chainCall } from './errors.js';
import { MeterRegistryClient } from './meter-registry.js';
import { SettlementClient } from './settlement.js';
import { TariffRegistryClient } from './tariff-registry.js';
import { sendTx } from './tx.js';

/** Options of {@link deployWattproof}. */
export interface DeployOptions {
  /**
   * The verifier: a circuit name (`bill_1d_30m`) or its generated batch verifier's contract name
   * (`Bill1d30mBatchVerifier`), or the address of an already deployed batch verifier (Settlement
   * verifies single bills and batches with it; the snarkjs verifier of the same key is not deployed).
   */
  verifierName?: string;
  verifierAddress?: string;
  /** An existing ERC-20; default: deploy a TestToken ("Watt Test Dollar", 6 decimals). */
  token?: string;
  /** Reuse registries (a second Settlement for another circuit instance); default: deploy new ones. */
  meterRegistry?: string;
  tariffRegistry?: string;
  /** Granted METERING_AUTHORITY_ROLE. */
  authority?: string;
  /** Granted REGULATOR_ROLE and PAUSER_ROLE on all three contracts. */
  regulator?: string;
  /** Each granted RETAILER_ROLE. */
  retailers?: readonly string[];
  /**
   * Deploy a DisclosedSettlement (docs/disclosure-spec.md) instead of a Settlement: every bill must
   * disclose its details to the regulator's key in force. Give the regulator's first key (a
   * DisclosureKeys registry is deployed with it, `regulator` schedules the next epochs) or an
   * existing registry. The verifier is then the batch verifier of a `"disclose": 1` instance (e.g.
   * `bill_1d_30m_disclose` -> `Bill1d30mDiscloseBatchVerifier`, whose kept base point folds the
   * regulator's key): batch settlement with disclosure is not built.
   */
  disclosure?: { key: CurvePoint } | { disclosureKeys: string };
}

/** Addresses of a deployed set. */
export interface WattproofAddresses {
  token: string;
  meterRegistry: string;
  tariffRegistry: string;
  verifier: string;
  settlement: string;
  /** With `disclosure`: the DisclosureKeys registry the DisclosedSettlement checks keys against. */
  disclosureKeys?: string;
}

/** A deployed set with connected clients; the deploying signer is admin of every contract. */
export interface WattproofDeployment {
  addresses: WattproofAddresses;
  meters: MeterRegistryClient;
  tariffs: TariffRegistryClient;
  settlement: SettlementClient;
  /** Gas used by each deployment and role grant, by label. */
  gas: Record<string, bigint>;
}

/**
 * The contract Settlement is deployed with for a circuit: `bill_1d_30m` -> `Bill1d30mBatchVerifier`
 * (the batch verifier the build renders from the circuit's verification key); a contract name is kept.
 */
export function verifierContractName(nameOrCircuit: string): string {
  if (/Verifier$/.test(nameOrCircuit)) return nameOrCircuit;
  return `${pascalOf(nameOrCircuit)}BatchVerifier`;
}

/**
 * The verifier a DisclosedSettlement is deployed with: `bill_1d_30m_disclose` ->
 * `Bill1d30mDiscloseBatchVerifier` (it folds the signals that repeat bill after bill, the regulator's
 * key among them, into the kept base point, contracts/README); a contract name is kept.
 */
export function disclosedVerifierContractName(nameOrCircuit: string): string {
  return verifierContractName(nameOrCircuit);
}

function pascalOf(circuit: string): string {
  return circuit
    .split('_')
    .filter((p) => p !== '')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

function verifierFactory(name: string, signer: Signer): ContractFactory {
  const contract = verifierContractName(name);
  const Factory = (typechain as unknown as Record<string, unknown>)[`${contract}__factory`];
  if (typeof Factory !== 'function') {
    throw new ChainError(
      `verifier ${contract} is not compiled: run \`npm run build -- --only <circuit>\` (writes contracts/generated/${contract}.sol and compiles it)`,
    );
  }
  return new (Factory as new (signer: Signer) => ContractFactory)(signer);
}

/**
 * Deploys one generated verifier by circuit or contract name (e.g. `bill_1d_30m_disclose` ->
 * `Bill1d30mDiscloseBatchVerifier`, the verifier a DisclosedSettlement checks its bills with). Returns its address.
 * @throws ChainError when the contract is not compiled (run the build for that circuit)
 */
export async function deployVerifier(signer: Signer, name: string): Promise<string> {
  const factory = verifierFactory(name, signer);
  return chainCall(`deploy ${verifierContractName(name)}`, async () => {
    const c = await factory.deploy();
    await c.waitForDeployment();
    return c.getAddress();
  });
}

/**
 * Deploy a wattproof set and grant its roles.
 * @param signer - deploys and becomes DEFAULT_ADMIN of every contract
 */
export async function deployWattproof(signer: Signer, opts: DeployOptions): Promise<WattproofDeployment> {
  const admin = await chainCall('deploy: signer address', () => signer.getAddress());
  const gas: Record<string, bigint> = {};

  async function deploy(label: string, factory: ContractFactory, ...args: unknown[]): Promise<string> {
    return chainCall(`deploy ${label}`, async () => {
      const c = await factory.deploy(...args);
      const receipt = await c.deploymentTransaction()?.wait();
      if (receipt) gas[`deploy ${label}`] = receipt.gasUsed;
      return c.getAddress();
    });
  }

  const token = opts.token ?? (await deploy('TestToken', new TestToken__factory(signer), 'Watt Test Dollar', 'WTD', 6));
  const meterRegistry = opts.meterRegistry ?? (await deploy('MeterRegistry', new MeterRegistry__factory(signer), admin));
  const tariffRegistry = opts.tariffRegistry ?? (await deploy('TariffRegistry', new TariffRegistry__factory(signer), admin, meterRegistry));
  let verifier = opts.verifierAddress;
  if (verifier === undefined) {
    if (opts.verifierName === undefined) throw new ChainError('deploy: give verifierName or verifierAddress');
    const name = opts.disclosure === undefined ? verifierContractName(opts.verifierName) : disclosedVerifierContractName(opts.verifierName);
    verifier = await deploy(name, verifierFactory(name, signer));
  }
  let disclosureKeys: string | undefined;
  let settlementAddress: string;
  if (opts.disclosure === undefined) {
    settlementAddress = await deploy('Settlement', new Settlement__factory(signer), admin, verifier, meterRegistry, tariffRegistry, token);
  } else {
    if ('disclosureKeys' in opts.disclosure) disclosureKeys = opts.disclosure.disclosureKeys;
    else {
      // The regulator schedules the epochs after the first; without one the key could never rotate.
      if (opts.regulator === undefined) throw new ValidationError('regulator', 'a DisclosureKeys registry needs a regulator to rotate its keys');
      disclosureKeys = await deployDisclosureKeys(signer, { regulator: opts.regulator, key: opts.disclosure.key, admin });
    }
    const keys = disclosureKeys;
    settlementAddress = await deploy(
      'DisclosedSettlement',
      new DisclosedSettlement__factory(signer),
      admin,
      verifier,
      meterRegistry,
      tariffRegistry,
      token,
      keys,
    );
  }

  const meters = new MeterRegistryClient(meterRegistry, signer);
  const tariffs = new TariffRegistryClient(tariffRegistry, signer);
  const settlement = new SettlementClient(settlementAddress, signer);

  const grants: [string, () => Promise<ContractTransactionResponse>][] = [
    ['grant SETTLEMENT_ROLE', async () => meters.contract.grantRole(await meters.contract.SETTLEMENT_ROLE(), settlementAddress)],
  ];
  // Registries made together: the meters' own records keep this tariff registry's acceptances (one cold slot less
  // per settled bill). Set once, so a deployment that brings its meter registry leaves it as it is.
  if (opts.meterRegistry === undefined && opts.tariffRegistry === undefined) {
    grants.push(['set the primary tariff registry', () => meters.contract.setPrimaryTariffRegistry(tariffRegistry)]);
  }
  if (opts.authority !== undefined) {
    const a = opts.authority;
    grants.push(['grant METERING_AUTHORITY_ROLE', async () => meters.contract.grantRole(await meters.contract.METERING_AUTHORITY_ROLE(), a)]);
  }
  if (opts.regulator !== undefined) {
    const r = opts.regulator;
    grants.push(
      ['grant REGULATOR_ROLE', async () => tariffs.contract.grantRole(await tariffs.contract.REGULATOR_ROLE(), r)],
      ['grant PAUSER_ROLE (tariffs)', async () => tariffs.contract.grantRole(await tariffs.contract.PAUSER_ROLE(), r)],
      ['grant PAUSER_ROLE (meters)', async () => meters.contract.grantRole(await meters.contract.PAUSER_ROLE(), r)],
      ['grant PAUSER_ROLE (settlement)', async () => settlement.contract.grantRole(await settlement.contract.PAUSER_ROLE(), r)],
    );
  }
  for (const retailer of opts.retailers ?? []) {
    grants.push([`grant RETAILER_ROLE ${retailer}`, async () => tariffs.contract.grantRole(await tariffs.contract.RETAILER_ROLE(), retailer)]);
  }
  for (const [label, fn] of grants) {
    const receipt = await sendTx(`deploy: ${label}`, fn);
    gas[label] = receipt.gasUsed;
  }

  return {
    addresses: { token, meterRegistry, tariffRegistry, verifier, settlement: settlementAddress, ...(disclosureKeys === undefined ? {} : { disclosureKeys }) },
    meters,
    tariffs,
    settlement,
    gas,
  };
}
