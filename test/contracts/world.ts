/**
 * Contract test world: a deployed wattproof set on Hardhat's in-process EVM, meters, a tariff, funded
 * accounts, chain snapshots of each setup stage, and real Groth16 proofs of a bill circuit
 * (engine's buildBillInput + snarkjs through the run's proof cache, prover/src/proof-cache.ts), memoized per process. Used by the contract tests
 * and by scripts/gas-report.ts (so no vitest import here).
 */
import type { MeterPeriod } from '../../core/src/meter/period.js';
import { BrowserProvider, ContractFactory, type Eip1193Provider, type InterfaceAbi, type JsonRpcSigner } from 'ethers';
import hre from 'hardhat';
import { buildBillInput } from '../../prover/src/bill-input.js';
import { loadCircuitArtifacts, type CircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { toSolidityArgs } from '../../prover/src/groth16.js';
import { fullProveCached } from '../../prover/src/proof-cache.js';
import { settlementDomain } from '../../core/src/bill/signals.js';
import { computeBill } from '../../core/src/bill/compute.js';
import { keyHash, meterPublicKey, type MeterPublicKey } from '../../core/src/crypto/index.js';
import { signPeriod } from '../../core/src/meter/index.js';
import { createTariff, tariffCommitment, type Tariff } from '../../core/src/tariff/index.js';
import { deployWattproof, type WattproofDeployment } from '../../sdk/src/chain/deploy.js';
import { MeterRegistryClient } from '../../sdk/src/chain/meter-registry.js';
import { DisclosedSettlementClient, deployDisclosedSettlement } from '../../sdk/src/chain/disclosed-settlement.js';
import { deployDisclosureKeys } from '../../sdk/src/chain/disclosure-keys.js';
import { disclosedVerifierContractName } from '../../sdk/src/chain/deploy.js';
import type { CurvePoint } from '../../core/src/crypto/disclosure.js';
import { SettlementClient, type SettlementProof } from '../../sdk/src/chain/settlement.js';
import { TariffRegistryClient } from '../../sdk/src/chain/tariff-registry.js';
import { Settlement__factory, TestToken__factory, type TestToken } from '../../typechain-types/index.js';

/** The circuit the tests use (instances.json marks it "tests"). */
export const CIRCUIT = 'bill_1d_30m';
export const DAY = 86400;
/** Central European (standard) time: periods start at local midnight, 23:00 UTC. */
export const TZ = 3600;
/** Token with 6 decimals: 1 unit = 1_000_000. */
export const UNIT = 1_000_000n;

export const METER_1 = 1001n;
export const METER_2 = 1002n;

/** Deterministic meter private keys (any 32 bytes is a BabyJubJub EdDSA key). */
export const KEY_1 = new Uint8Array(32).fill(0x11);
export const KEY_2 = new Uint8Array(32).fill(0x22);
export const KEY_1_ROTATED = new Uint8Array(32).fill(0x33);

export type Readings = 'base' | 'alt' | 'solar';

/** Hour of day of slot `s` when a day has `perDay` slots. */
const hourOf = (s: number, perDay: number) => Math.floor((s * 24) / perDay);

/** Interval readings of `days` days at `perDay` intervals a day, Wh: a household, or a sunny prosumer. */
export function readings(kind: Readings, perDay: number, days = 1): { imports: number[]; exports: number[] } {
  const scale = 48 / perDay; // per-interval energy grows with the interval length
  const imports: number[] = [];
  const exports: number[] = [];
  for (let d = 0; d < days; d++) {
    for (let s = 0; s < perDay; s++) {
      const h = hourOf(s, perDay);
      const base = h < 7 ? 150 : h >= 17 && h < 22 ? 900 : 350;
      if (kind === 'solar') {
        const sunny = h >= 9 && h < 17;
        imports.push(Math.round((sunny ? 0 : 100) * scale));
        exports.push(Math.round((sunny ? 2500 : 0) * scale));
      } else {
        imports.push(Math.round((kind === 'alt' ? base + 7 : base) * scale) + (d % 3));
        exports.push(0);
      }
    }
  }
  return { imports, exports };
}

/** The retailer's tariff: night/day/peak bands, weekend schedule, two tiers, standing charge, VAT, feed-in. */
export function makeTariff(perDay: 24 | 48 | 96): Tariff {
  const work = Array.from({ length: perDay }, (_, s) => {
    const h = hourOf(s, perDay);
    return h < 7 ? 0 : h >= 17 && h < 21 ? 2 : 1;
  });
  return createTariff({
    name: 'Test Home Time-of-Use',
    currency: { symbol: 'WTD', decimals: 6 },
    slotsPerDay: perDay,
    tzOffsetSeconds: TZ,
    restDays: [0, 6],
    holidays: [],
    bandPrices: [150_000n, 260_000n, 390_000n],
    bandNames: ['night', 'day', 'peak'],
    exportPrices: [80_000n],
    exportBandNames: ['feed-in'],
    workBands: work,
    restBands: work.map((b) => (b === 2 ? 1 : b)),
    tiers: [{ upToWhPerDay: 8000, price: 0n }, { price: 30_000n }],
    standingPerDay: 450_000n,
    taxBps: 2000,
    salt: 0x5a17_5a17_5a17n,
  });
}

/**
 * The retailer's second tariff (another salt, so another commitment): the one every contract file
 * switches to, approves or leaves pending. One tariff for all of them, so that a bill under it
 * (same meter, key, day and domain) is proved once per run and served from the proof cache.
 */
export function secondTariff(perDay: 24 | 48 | 96): Tariff {
  return { ...makeTariff(perDay), name: 'Second tariff', salt: 0x5a17_0002n };
}

/** Local midnight (TZ) of the day containing unix time `t`. */
export function localMidnight(t: number): number {
  return Math.floor((t + TZ) / DAY) * DAY - TZ;
}

export interface Signers {
  admin: JsonRpcSigner;
  authority: JsonRpcSigner;
  regulator: JsonRpcSigner;
  retailer: JsonRpcSigner;
  consumer: JsonRpcSigner;
  consumer2: JsonRpcSigner;
  retailer2: JsonRpcSigner;
  relayer: JsonRpcSigner;
}

/**
 * Hardhat's in-process network seen through plain ethers v6 (ESM). hardhat-ethers' own signers are
 * typed against ethers' CommonJS build, which TypeScript does not unify with the ESM types the SDK
 * and typechain use; an EIP-1193 BrowserProvider over the same network avoids the mismatch.
 */
export const provider = new BrowserProvider(hre.network.provider as unknown as Eip1193Provider, undefined, {
  // ethers reuses the result of an identical request for 250 ms by default: a balance read right
  // after a failed call, or a call repeated after unpausing, would see stale answers.
  cacheTimeout: -1,
});

/** The first `n` unlocked Hardhat accounts as signers. */
export async function signers(n: number): Promise<JsonRpcSigner[]> {
  const accounts = (await provider.send('eth_accounts', [])) as string[];
  return Promise.all(accounts.slice(0, n).map((a) => provider.getSigner(a)));
}

export interface World {
  /** The circuit instance of this world's verifier, and its size parameters. */
  circuit: string;
  intervalsPerDay: 24 | 48 | 96;
  maxDays: number;
  s: Signers;
  d: WattproofDeployment;
  token: TestToken;
  tariff: Tariff;
  commitment: bigint;
  pub1: MeterPublicKey;
  pub2: MeterPublicKey;
  pubRotated: MeterPublicKey;
  /** Start of the first billing period of both meters: the local midnight after the world was made. */
  d0: number;
  chainId: bigint;
}

/** Chain snapshot ids by stage; a Hardhat snapshot is used up by reverting, so {@link atStage} retakes it. */
const snapshots = new Map<string, string>();

async function snapshot(stage: string): Promise<void> {
  snapshots.set(stage, (await hre.network.provider.send('evm_snapshot')) as string);
}

/** The world of the current process, so that a lost "ready" snapshot can be rebuilt. */
let current: World | undefined;

/**
 * Put the chain back to a recorded stage. Reverting to a snapshot discards every later one, so
 * going back to "deployed" drops "ready", which is then rebuilt from "deployed" on demand.
 */
export async function atStage(stage: 'deployed' | 'ready'): Promise<void> {
  if (stage === 'ready' && !snapshots.has('ready')) {
    if (current === undefined) throw new Error('no world: call createWorld() first');
    await atStage('deployed');
    await readyTariff(current, {});
    await snapshot('ready');
    return;
  }
  const id = snapshots.get(stage);
  if (id === undefined) throw new Error(`no snapshot for stage ${stage}: call createWorld() first`);
  const ok = (await hre.network.provider.send('evm_revert', [id])) as boolean;
  if (!ok) throw new Error(`evm_revert to stage ${stage} failed`);
  if (stage === 'deployed') snapshots.delete('ready');
  await snapshot(stage);
}

/** Mine a block at `t` (unix seconds); time only moves forward. */
export async function setTime(t: number): Promise<void> {
  await hre.network.provider.send('evm_setNextBlockTimestamp', [t]);
  await hre.network.provider.send('evm_mine');
}

/** Move the chain to just after the end of day `n` of the billing calendar (day 0 = d0). */
export async function afterDay(w: World, n: number): Promise<void> {
  await setTime(w.d0 + (n + 1) * DAY + 60);
}

/**
 * Deploy everything, register two meters, fund accounts ("deployed" stage), then register, approve,
 * offer and accept the tariff for both meters ("ready" stage). Leaves the chain at "ready".
 */
export async function createWorld(opts: { circuit?: string } = {}): Promise<World> {
  const circuit = opts.circuit ?? CIRCUIT;
  const params = (await circuitArtifacts(circuit)).params;
  const intervalsPerDay = params.intervalsPerDay as 24 | 48 | 96;
  const maxDays = params.maxDays!;
  const [admin, authority, regulator, retailer, consumer, consumer2, retailer2, relayer] = (await signers(8)) as [
    JsonRpcSigner,
    JsonRpcSigner,
    JsonRpcSigner,
    JsonRpcSigner,
    JsonRpcSigner,
    JsonRpcSigner,
    JsonRpcSigner,
    JsonRpcSigner,
  ];
  const s: Signers = { admin, authority, regulator, retailer, consumer, consumer2, retailer2, relayer };
  const d = await deployWattproof(admin, {
    verifierName: circuit,
    authority: authority.address,
    regulator: regulator.address,
    retailers: [retailer.address, retailer2.address],
  });
  const token = TestToken__factory.connect(d.addresses.token, admin);
  const tariff = makeTariff(intervalsPerDay);
  const [commitment, pub1, pub2, pubRotated, network] = await Promise.all([
    tariffCommitment(tariff),
    meterPublicKey(KEY_1),
    meterPublicKey(KEY_2),
    meterPublicKey(KEY_1_ROTATED),
    provider.getNetwork(),
  ]);
  const now = (await provider.getBlock('latest'))!.timestamp;
  // Tomorrow's local midnight: every period lies ahead of the chain clock, so each test sets the
  // time it needs (afterDay, setTime) whatever the wall clock says.
  const d0 = localMidnight(now) + DAY;

  const meterClient = new MeterRegistryClient(d.addresses.meterRegistry, authority);
  await meterClient.registerMeter({
    meterId: METER_1,
    publicKey: pub1,
    consumer: consumer.address,
    retailer: retailer.address,
    firstPeriodStart: BigInt(d0),
  });
  await meterClient.registerMeter({
    meterId: METER_2,
    publicKey: pub2,
    consumer: consumer2.address,
    retailer: retailer.address,
    firstPeriodStart: BigInt(d0),
  });

  for (const who of [consumer, consumer2, retailer, retailer2]) await (await token.mint(who.address, 1000n * UNIT)).wait();
  await new SettlementClient(d.addresses.settlement, consumer).deposit(100n * UNIT);
  await new SettlementClient(d.addresses.settlement, consumer2).deposit(100n * UNIT);
  await new SettlementClient(d.addresses.settlement, retailer).deposit(50n * UNIT);
  const world: World = {
    circuit,
    intervalsPerDay,
    maxDays,
    s,
    d,
    token,
    tariff,
    commitment,
    pub1,
    pub2,
    pubRotated,
    d0,
    chainId: network.chainId,
  };
  current = world;
  snapshots.clear();
  await snapshot('deployed');

  await readyTariff(world, {});
  await snapshot('ready');
  return world;
}

/** A {@link World} with a DisclosedSettlement beside its plain Settlement (docs/disclosure-spec.md §5). */
export interface DisclosedWorld {
  w: World;
  /** The DisclosureKeys registry, epoch 0 the given key (the world's regulator schedules the next). */
  keysAddress: string;
  /** The DisclosedSettlement on the world's registries and token, checking the disclosed instance's proofs. */
  address: string;
  /** Its client as the world's consumer, who approved and deposited 100 units on it. */
  ledger: DisclosedSettlementClient;
  /** Deploys another DisclosedSettlement on the same registries, token and keys with `verifier`. */
  deployOn(verifier: string): Promise<string>;
}

/**
 * The world of the disclosed-settlement tests and of bench/disclosed-gas.ts: {@link createWorld}, then a
 * DisclosureKeys registry whose epoch 0 is `key`, the batch verifier of the disclosed instance `circuit`
 * (`bill_1d_30m_disclose` or `bill_1d_30m_disclose_hourly`) and a DisclosedSettlement on it, funded by the
 * consumer.
 */
export async function createDisclosedWorld(opts: { circuit: string; key: CurvePoint; world?: { circuit?: string } }): Promise<DisclosedWorld> {
  const w = await createWorld(opts.world);
  const keysAddress = await deployDisclosureKeys(w.s.admin, { regulator: w.s.regulator.address, key: opts.key });
  const art = await hre.artifacts.readArtifact(disclosedVerifierContractName(opts.circuit));
  const verifier = await new ContractFactory(art.abi as InterfaceAbi, art.bytecode, w.s.admin).deploy();
  await verifier.waitForDeployment();
  const deployOn = (v: string) =>
    deployDisclosedSettlement(w.s.admin, {
      verifier: v,
      meterRegistry: w.d.addresses.meterRegistry,
      tariffRegistry: w.d.addresses.tariffRegistry,
      token: w.d.addresses.token,
      disclosureKeys: keysAddress,
    });
  const address = await deployOn(await verifier.getAddress());
  const ledger = new DisclosedSettlementClient(address, w.s.consumer);
  await (await TestToken__factory.connect(w.d.addresses.token, w.s.consumer).approve(address, 100n * UNIT)).wait();
  await (await ledger.contract.deposit(100n * UNIT)).wait();
  return { w, keysAddress, address, ledger, deployOn };
}

/** Register the tariff (retailer), and optionally approve it, offer it to and accept it for both meters. */
export async function readyTariff(
  w: World,
  opt: { validFrom?: number; validUntil?: number; approve?: boolean; offer?: boolean; accept?: boolean; nonActualLimit?: number },
): Promise<void> {
  const tariffs = tariffsAs(w, w.s.retailer);
  await tariffs.registerTariff(w.commitment, BigInt(opt.validFrom ?? w.d0 - 30 * DAY), BigInt(opt.validUntil ?? w.d0 + 365 * DAY));
  if (opt.nonActualLimit !== undefined) await tariffs.setNonActualLimit(w.commitment, opt.nonActualLimit);
  if (opt.approve === false) return;
  await tariffsAs(w, w.s.regulator).approveTariff(w.commitment, w.s.retailer.address);
  if (opt.offer === false) return;
  await tariffs.offerTariff(METER_1, w.commitment);
  await tariffs.offerTariff(METER_2, w.commitment);
  if (opt.accept === false) return;
  await tariffsAs(w, w.s.consumer).acceptTariff(METER_1, w.commitment);
  await tariffsAs(w, w.s.consumer2).acceptTariff(METER_2, w.commitment);
}

/** The Settlement client acting as `who`. */
export function ledgerAs(w: World, who: JsonRpcSigner): SettlementClient {
  return new SettlementClient(w.d.addresses.settlement, who);
}

/**
 * A second Settlement on `token` (the world's registries and verifier), and its client acting as
 * the consumer: for tokens that misbehave (reentrant, fee on transfer).
 */
export async function ledgerOnToken(w: World, token: { getAddress(): Promise<string> }): Promise<{ d: WattproofDeployment; ledger: SettlementClient }> {
  const d = await deployWattproof(w.s.admin, { verifierAddress: w.d.addresses.verifier, token: await token.getAddress() });
  return { d, ledger: new SettlementClient(d.addresses.settlement, w.s.consumer) };
}

/**
 * A second Settlement on the world's registries, verifier and token, deployed by the admin. Deployed
 * right after {@link atStage} by every file that needs one, it lands at the same address (same
 * deployer, same nonce) in each, so its bills share one domain and are proved once per run.
 */
export async function deployOtherSettlement(w: World): Promise<string> {
  const other = await new Settlement__factory(w.s.admin).deploy(
    w.s.admin.address,
    w.d.addresses.verifier,
    w.d.addresses.meterRegistry,
    w.d.addresses.tariffRegistry,
    w.d.addresses.token,
  );
  await other.waitForDeployment();
  return other.getAddress();
}

/** The TariffRegistry client acting as `who`. */
export function tariffsAs(w: World, who: JsonRpcSigner): TariffRegistryClient {
  return new TariffRegistryClient(w.d.addresses.tariffRegistry, who);
}

/** The MeterRegistry client acting as `who`. */
export function metersAs(w: World, who: JsonRpcSigner): MeterRegistryClient {
  return new MeterRegistryClient(w.d.addresses.meterRegistry, who);
}

// ---------------------------------------------------------------------------- proofs

export interface BillRequest {
  key?: Uint8Array;
  meterId?: bigint;
  /** First day of the period in the billing calendar (0 = d0). */
  day?: number;
  /** Days in the period (default 1; at most the circuit's maxDays). */
  days?: number;
  readings?: Readings;
  /** Settlement domain; default the world's Settlement on this chain. */
  domain?: bigint;
  /** Tariff to bill under; default the world's tariff. */
  tariff?: Tariff;
  /** Intervals (the first ones) the meter marks estimated, so signs as non-actual (default 0). */
  nonActual?: number;
  /** Readings (and quality) to sign instead of `readings`, e.g. from an imported file. */
  period?: Pick<MeterPeriod, 'imports' | 'exports'> & { quality?: MeterPeriod['quality'] | undefined };
}

export interface ProvedBill {
  proof: SettlementProof & { signals: bigint[] };
  charge: bigint;
  credit: bigint;
  periodStart: number;
  periodEnd: number;
}

const artifactCache = new Map<string, Promise<CircuitArtifacts>>();
const proofCache = new Map<string, Promise<ProvedBill>>();

function circuitArtifacts(circuit: string): Promise<CircuitArtifacts> {
  let a = artifactCache.get(circuit);
  if (a === undefined) {
    a = loadCircuitArtifacts(circuit);
    artifactCache.set(circuit, a);
  }
  return a;
}

/** A real Groth16 proof of a bill of the world's circuit (cached per process by request). */
export function proveBill(w: World, req: BillRequest = {}): Promise<ProvedBill> {
  const key = req.key ?? KEY_1;
  const meterId = req.meterId ?? METER_1;
  const day = req.day ?? 0;
  const days = req.days ?? 1;
  const kind = req.readings ?? 'base';
  const domain = req.domain ?? settlementDomain(w.chainId, w.d.addresses.settlement);
  const tariff = req.tariff ?? w.tariff;
  const nonActual = req.nonActual ?? 0;
  const id = JSON.stringify([
    w.circuit,
    Array.from(key),
    String(meterId),
    day,
    days,
    kind,
    String(domain),
    tariff.salt.toString(),
    tariff.name,
    w.d0,
    nonActual,
    req.period === undefined ? null : [req.period.imports, req.period.exports, req.period.quality ?? null],
  ]);
  let p = proofCache.get(id);
  if (p === undefined) {
    p = (async () => {
      const periodStart = w.d0 + day * DAY;
      const signed = await signPeriod(key, {
        meterId,
        periodStart,
        intervalSeconds: DAY / w.intervalsPerDay,
        ...(req.period ?? readings(kind, w.intervalsPerDay, days)),
        ...(nonActual === 0
          ? {}
          : { quality: Array.from({ length: w.intervalsPerDay * days }, (_, i) => (i < nonActual ? ('estimated' as const) : ('actual' as const))) }),
      });
      const input = await buildBillInput(tariff, signed, {
        intervalsPerDay: w.intervalsPerDay,
        maxDays: w.maxDays,
        domain,
      });
      const { proof, publicSignals } = await fullProveCached(input, await circuitArtifacts(w.circuit));
      const args = toSolidityArgs(proof, publicSignals);
      const bill = computeBill(tariff, signed);
      return {
        proof: { a: args.a, b: args.b, c: args.c, signals: args.signals },
        charge: bill.charge,
        credit: bill.credit,
        periodStart,
        periodEnd: periodStart + days * DAY,
      };
    })();
    proofCache.set(id, p);
  }
  return p;
}

/** A copy of `proof` with some public signals replaced. */
export function withSignals(proof: SettlementProof & { signals: bigint[] }, changes: Record<number, bigint>) {
  const signals = [...proof.signals];
  for (const [i, v] of Object.entries(changes)) signals[Number(i)] = v;
  return { ...proof, signals };
}

/** keyHash of a public key. */
export { keyHash };
