/**
 * The market demo's disclosed day (docs/disclosure-spec.md §11): beside the plain market contracts, a
 * DisclosureKeys registry with the demo regulator's key and a DisclosedMarketSettlement for
 * `mkt_spot_1d_60m_disclose`; a neighbour of the prosumer on the same spot-indexed terms proves its first
 * day with its details encrypted to the regulator, settles it, and the regulator's disclosed audit
 * decrypts it, recomputes its amount from the terms and matches it against the settled one.
 * @packageDocumentation
 */
import type { Provider, Signer } from 'ethers';
import { deriveEphemeralSecret } from '../../../core/src/bill/disclosure.js';
import { disclosurePublicKey } from '../../../core/src/crypto/disclosure.js';
import { BABYJUB_SUBORDER } from '../../../core/src/crypto/field.js';
import { gas, kwh, money, table } from '../../../core/src/format.js';
import { marketDisclosureNonce } from '../../../core/src/market/disclosure.js';
import { type MarketTerms, marketTermsCommitment } from '../../../core/src/market/terms.js';
import { householdSeries } from '../../../core/src/meter/synthetic.js';
import { loadCircuitArtifacts } from '../../../prover/src/artifacts/index.js';
import { auditMarketDisclosures } from '../../../sdk/src/audit/market-disclosure-audit.js';
import { deployMarket } from '../../../sdk/src/chain/deploy-market.js';
import { deployDisclosureKeys } from '../../../sdk/src/chain/disclosure-keys.js';
import { dayDate } from '../../../sdk/src/chain/market.js';
import { MeterRegistryClient } from '../../../sdk/src/chain/meter-registry.js';
import { centsText } from '../../../sdk/src/market/price-file.js';
import { MarketParty } from '../../../sdk/src/roles/market.js';
import { demoMeter, demoSecret } from './meters.js';
import type { Output } from '../output.js';

/** The circuit of the disclosed day. */
export const SPOT_DISCLOSE = 'mkt_spot_1d_60m_disclose';

/** What the disclosed day shows (the demo's `--json` result carries it). */
export interface DisclosedMarketDemo {
  day: string;
  charge: string;
  credit: string;
  gasUsed: string;
  /** The regulator's view: decrypted energy and sum e x p, the recomputed amount, and whether it matched. */
  regulator: { energyWh: string; marketSum: string; recomputedCharge: string; recomputedCredit: string; match: boolean };
}

/** Plays the disclosed day on the market demo's deployment. */
export async function playDisclosedMarketDay(
  out: Output,
  c: {
    provider: Provider;
    admin: Signer;
    authority: Signer;
    regulator: string;
    retailer: Signer;
    consumer: Signer;
    bill: { meterRegistry: string; settlement: string };
    market: { priceFeed: string; ppaRegistry: string; poseidon6: string; plainSpot: string };
    zone: { zone: bigint; tzOffsetSeconds: number };
    day: number;
    prices: number[][];
    terms: MarketTerms;
    decimals: number;
    symbol: string;
  },
): Promise<DisclosedMarketDemo> {
  const fmt = (v: bigint) => money(v, c.decimals, c.symbol);
  const regulatorSecret = demoSecret('market disclosure regulator', BABYJUB_SUBORDER);
  const regulatorKey = { secret: regulatorSecret, publicKey: disclosurePublicKey(regulatorSecret) };
  const keys = await deployDisclosureKeys(c.admin, { regulator: c.regulator, key: regulatorKey.publicKey });
  const m = await deployMarket(c.admin, c.bill, [SPOT_DISCLOSE], {
    priceFeed: c.market.priceFeed,
    ppaRegistry: c.market.ppaRegistry,
    poseidon6: c.market.poseidon6,
    disclosureKeys: keys,
  });
  const disclosed = m.addresses.settlements[SPOT_DISCLOSE]!;
  out.line(`  DisclosureKeys ${keys} (the demo regulator's key, epoch 0); DisclosedMarketSettlement ${disclosed} (${SPOT_DISCLOSE})`);
  const meterId = 9004n;
  const meter = demoMeter(meterId);
  const [consumer, retailer] = await Promise.all([c.consumer.getAddress(), c.retailer.getAddress()]);
  const start = c.day * 86400 - c.zone.tzOffsetSeconds;
  await new MeterRegistryClient(c.bill.meterRegistry, c.authority).registerMeter({
    meterId,
    publicKey: await meter.publicKey(),
    consumer,
    retailer,
    firstPeriodStart: BigInt(start),
  });
  const addresses = {
    priceFeed: c.market.priceFeed,
    ppaRegistry: c.market.ppaRegistry,
    marketSettlement: c.market.plainSpot,
    disclosedMarketSettlement: disclosed,
  };
  const offer = await new MarketParty(c.retailer, addresses).agreements.propose({
    meterId,
    zone: c.zone.zone,
    kind: 'spot',
    payer: consumer,
    payee: retailer,
    validFrom: start,
    validUntil: start + 365 * 86400,
    terms: await marketTermsCommitment(c.terms),
  });
  const neighbour = new MarketParty(c.consumer, addresses);
  await neighbour.accept(offer.id, { keepBase: 'none' });
  const e = householdSeries({ days: 1, intervalsPerDay: 24, seed: 707, solarKwp: 0, startDate: dayDate(c.day), consumptionScale: 1.1 });
  const signed = await meter.sign({ periodStart: start, intervalSeconds: 3600, imports: e.imports.slice(0, 24), exports: new Array(24).fill(0) });
  const proverSecret = demoSecret('market disclosure prover', BABYJUB_SUBORDER);
  const ephemeralSecret = await deriveEphemeralSecret(proverSecret, marketDisclosureNonce(meterId, start));
  const proof = await neighbour.prove({
    circuit: SPOT_DISCLOSE,
    signed,
    series: 'import',
    terms: c.terms,
    zone: c.zone,
    prices: c.prices,
    disclosure: { regulatorKey: regulatorKey.publicKey, ephemeralSecret },
  });
  const tx = await neighbour.settle(proof);
  const report = await auditMarketDisclosures({
    provider: c.provider,
    settlement: disclosed,
    regulatorSecrets: [regulatorKey.secret],
    terms: [c.terms],
    vkey: (await loadCircuitArtifacts(SPOT_DISCLOSE)).vkey,
  });
  const v = report.settlements[0];
  const match = report.settlements.length === 1 && report.flagged === 0 && v?.recomputed !== undefined;
  const energy = v?.details?.bandWh.reduce((a, b) => a + b, 0n) ?? 0n;
  const amount = (charge: bigint, credit: bigint) => (credit > 0n ? `credit ${fmt(credit)}` : fmt(charge));
  out.line(
    table(
      ['day', 'meter', 'public: settled', { header: 'gas', align: 'right' }, 'regulator: energy', 'sum e x p / energy', 'recomputed', 'check'],
      [
        [
          dayDate(c.day),
          `${meterId} neighbour`,
          amount(proof.amount.charge, proof.amount.credit),
          gas(tx.gasUsed),
          kwh(Number(energy)),
          energy > 0n && v?.details !== undefined ? `${centsText(Number(v.details.market / energy))} /MWh` : '-',
          v?.recomputed === undefined ? '-' : amount(v.recomputed.charge, v.recomputed.credit),
          match ? 'match' : `MISMATCH ${v?.mismatches.join('; ') ?? 'no settlement'}`,
        ],
      ],
    ),
  );
  out.line('  public: the amount and fifteen proof signals (six of them a ciphertext); only the regulator reads the energy per band and hour');
  return {
    day: dayDate(c.day),
    charge: proof.amount.charge.toString(),
    credit: proof.amount.credit.toString(),
    gasUsed: tx.gasUsed.toString(),
    regulator: {
      energyWh: energy.toString(),
      marketSum: (v?.details?.market ?? 0n).toString(),
      recomputedCharge: (v?.recomputed?.charge ?? 0n).toString(),
      recomputedCredit: (v?.recomputed?.credit ?? 0n).toString(),
      match,
    },
  };
}
