/**
 * The Settlement ledger of a bill circuit with the regulator's disclosure (contracts/DisclosedSettlement.sol,
 * docs/disclosure-spec.md): deploy it beside a wattproof set, settle with the disclosure signals, and
 * read a settlement's disclosure back from its transaction's calldata.
 * @packageDocumentation
 */
import type { BigNumberish, ContractRunner, Signer } from 'ethers';
import { type DisclosureLayout, DISCLOSURE_SIGNAL_OFFSET, disclosureSignalCount } from '../../../core/src/bill/disclosure.js';
import { ChainError } from '../../../core/src/errors.js';
import { DisclosedSettlement__factory, type DisclosedSettlement } from '../../../typechain-types/index.js';
import { chainCall } from './errors.js';
import { MeterRegistryClient } from './meter-registry.js';
import { decodeSettled, type SettledBill, SettlementClient, type SettlementProof } from './settlement.js';
import { sendTx } from './tx.js';
import { connectContract, sharedInterface } from './contracts.js';

/** What {@link deployDisclosedSettlement} needs: an existing set's registries and token, a verifier, the keys. */
export interface DisclosedSettlementDeployOptions {
  /**
   * The batch verifier of a `"disclose": 1` or `2` instance (e.g. `Bill1d30mDiscloseBatchVerifier`: it folds the
   * signals that stay the same bill after bill), deployed. Its signal count sets the deployment's layout.
   */
  verifier: string;
  meterRegistry: string;
  tariffRegistry: string;
  token: string;
  /** The DisclosureKeys registry. */
  disclosureKeys: string;
}

/**
 * Deploys a DisclosedSettlement on an existing set's registries and grants it SETTLEMENT_ROLE on the
 * meter registry (the signer must be the registry's admin). Returns its address.
 */
export async function deployDisclosedSettlement(signer: Signer, opts: DisclosedSettlementDeployOptions): Promise<string> {
  const admin = await chainCall('deploy: signer address', () => signer.getAddress());
  const address = await chainCall('deploy DisclosedSettlement', async () => {
    const c = await new DisclosedSettlement__factory(signer).deploy(
      admin,
      opts.verifier,
      opts.meterRegistry,
      opts.tariffRegistry,
      opts.token,
      opts.disclosureKeys,
    );
    await c.waitForDeployment();
    return c.getAddress();
  });
  const meters = new MeterRegistryClient(opts.meterRegistry, signer);
  await sendTx('grant SETTLEMENT_ROLE', async () => meters.contract.grantRole(await meters.contract.SETTLEMENT_ROLE(), address));
  return address;
}

/** settleDisclosedHourly's selector: its calldata carries the eight signals of layout v2. */
const HOURLY_SELECTOR = sharedInterface(DisclosedSettlement__factory).getFunction('settleDisclosedHourly').selector.slice(2);

/**
 * The disclosure signals of a settled bill from its transaction's calldata (five, or eight when the
 * transaction called settleDisclosedHourly): the ABI puts them right after the five signals that the
 * Settled event carries. Undefined when the calldata does not hold those signals followed by the words.
 * @param input - the transaction's calldata, 0x-hex
 * @param layout - the layout to read; by default the one of the function the calldata calls
 */
export function disclosureFromCalldata(input: string, signals: readonly bigint[], layout?: DisclosureLayout): bigint[] | undefined {
  if (signals.length !== DISCLOSURE_SIGNAL_OFFSET) return undefined;
  const hex = input.toLowerCase().replace(/^0x/, '');
  const count = disclosureSignalCount(layout ?? (hex.startsWith(HOURLY_SELECTOR) ? 2 : 1));
  const needle = signals.map((v) => v.toString(16).padStart(64, '0')).join('');
  const at = hex.indexOf(needle);
  if (at < 0 || at % 2 !== 0 || hex.indexOf(needle, at + 2) !== -1) return undefined;
  const from = at + needle.length;
  if (hex.length < from + count * 64) return undefined;
  return Array.from({ length: count }, (_, k) => BigInt(`0x${hex.slice(from + k * 64, from + (k + 1) * 64)}`));
}

/** Client of a DisclosedSettlement: the Settlement client plus settleDisclosed. */
export class DisclosedSettlementClient extends SettlementClient {
  readonly disclosed: DisclosedSettlement;

  constructor(address: string, runner: ContractRunner) {
    super(address, runner);
    this.disclosed = connectContract(DisclosedSettlement__factory, address, runner);
  }

  /** The DisclosureKeys registry this ledger checks proofs against. */
  disclosureKeys(): Promise<string> {
    return chainCall('DisclosedSettlement.disclosureKeys', () => this.disclosed.disclosureKeys());
  }

  /** The deployment's disclosure layout: 1 (five disclosure signals) or 2 (eight, with the hours of the day). */
  async disclosureLayout(): Promise<DisclosureLayout> {
    const n = await chainCall('DisclosedSettlement.disclosureSignalCount', () => this.disclosed.disclosureSignalCount());
    return n === BigInt(disclosureSignalCount(2)) ? 2 : 1;
  }

  /**
   * Settles a bill proven with disclosure (anyone may send it): `proof.signals` are its public signals,
   * ten (layout v1: settleDisclosed) or thirteen (layout v2: settleDisclosedHourly). Returns the
   * Settled bill, the disclosure signals and the gas used.
   * @throws ContractRevertError with the contract's custom error (e.g. WrongDisclosureKey, InvalidProof,
   *   DisclosureLayoutMismatch); ChainError for another signal count
   */
  async settleDisclosed(proof: SettlementProof): Promise<SettledBill & { disclosure: bigint[]; gasUsed: bigint }> {
    const [v1, v2] = [DISCLOSURE_SIGNAL_OFFSET + disclosureSignalCount(1), DISCLOSURE_SIGNAL_OFFSET + disclosureSignalCount(2)];
    if (proof.signals.length !== v1 && proof.signals.length !== v2) {
      throw new ChainError(`settleDisclosed: expected ${v1} (or ${v2} with the hours of the day) public signals, got ${proof.signals.length}`);
    }
    const s = proof.signals.map((v) => BigInt(v as BigNumberish));
    const a: [BigNumberish, BigNumberish] = [proof.a[0], proof.a[1]];
    const b: [[BigNumberish, BigNumberish], [BigNumberish, BigNumberish]] = [
      [proof.b[0][0], proof.b[0][1]],
      [proof.b[1][0], proof.b[1][1]],
    ];
    const c: [BigNumberish, BigNumberish] = [proof.c[0], proof.c[1]];
    const five = s.slice(0, 5) as [bigint, bigint, bigint, bigint, bigint];
    const disclosure = s.slice(5);
    const receipt =
      s.length === v2
        ? await sendTx('settleDisclosedHourly', () =>
            this.disclosed.settleDisclosedHourly(a, b, c, five, disclosure as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint]),
          )
        : await sendTx('settleDisclosed', () => this.disclosed.settleDisclosed(a, b, c, five, disclosure as [bigint, bigint, bigint, bigint, bigint]));
    for (const log of receipt.logs) {
      if (log.address.toLowerCase() !== this.address.toLowerCase()) continue;
      const bill = decodeSettled(log);
      if (bill !== undefined) return { ...bill, disclosure, gasUsed: receipt.gasUsed };
    }
    throw new ChainError(`settleDisclosed: transaction ${receipt.hash} emitted no Settled event`);
  }
}
