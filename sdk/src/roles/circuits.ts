/**
 * Which circuit proves a bill: the built bill circuit whose intervals per day are the tariff's and
 * whose maximum days cover the period, the smallest such (fewer constraints, faster proofs).
 * A tariff that commits to daylight-saving transitions (spec §5a) is always proven on a zone
 * circuit, whether or not the period holds a change: a fixed-offset circuit commits to a tariff
 * with no transitions, so it cannot reproduce such a tariff's commitment. A yearly-block tariff
 * likewise needs a yearly circuit, and one with both a zone instance with yearly blocks
 * (`bill_<days>_<interval>_zone_yearly`, spec §10).
 * @packageDocumentation
 */
import { defaultBuildDir, readManifest } from '../../../prover/src/artifacts/index.js';
import { billCircuitsOf, smallestFitting } from '../../../prover/src/circuit-choice.js';
import { periodLayout } from '../../../core/src/bill/compute.js';
import { ArtifactError, ValidationError } from '../../../core/src/errors.js';
import type { MeterPeriod } from '../../../core/src/meter/period.js';
import type { Tariff } from '../../../core/src/tariff/schema.js';

/** A built bill circuit and its size parameters. */
export interface BillCircuitInfo {
  name: string;
  intervalsPerDay: number;
  maxDays: number;
  constraints: number;
  /** Bills yearly blocks with the year-to-date signals (spec §9). */
  yearly?: boolean;
  /** Development (insecure) setup. */
  insecure: boolean;
}

/** The bill circuits listed in the build manifest. */
export async function builtBillCircuits(buildDir?: string): Promise<BillCircuitInfo[]> {
  const dir = buildDir ?? defaultBuildDir();
  const manifest = await readManifest(dir).catch((e: Error) => {
    throw new ArtifactError(`${dir}/manifest.json`, e.message);
  });
  if (manifest === undefined) return [];
  return billCircuitsOf(manifest.circuits).map((c) => ({ ...c, insecure: manifest.circuits[c.name]!.insecure }));
}

/**
 * Picks the built circuit for a bill.
 * @throws ValidationError when the period does not fit the tariff; ArtifactError naming what to
 *   build when no built circuit fits.
 */
export async function chooseCircuit(tariff: Tariff, period: MeterPeriod, buildDir?: string): Promise<BillCircuitInfo> {
  const { dayCount } = periodLayout(tariff, period, 'signedPeriod');
  const built = await builtBillCircuits(buildDir);
  const needsDemand = (tariff.demand?.pricePerKw ?? 0n) > 0n;
  const yearly = tariff.tierBasis === 'year';
  const zone = (tariff.zoneTransitions?.length ?? 0) > 0;
  const best = smallestFitting(built, tariff.slotsPerDay, dayCount, needsDemand, yearly, zone);
  if (best !== undefined) return best;
  const name = instanceFor(tariff.slotsPerDay, dayCount, needsDemand, yearly, zone);
  const manifest = `${buildDir ?? defaultBuildDir()}/manifest.json`;
  if (name === undefined) {
    const what = zone
      ? `${dayCount} day(s) of ${tariff.slotsPerDay} intervals on ${tariff.zone ?? 'a'} daylight-saving clock${needsDemand ? ' with a demand charge' : ''}${yearly ? ' with yearly blocks' : ''} (add a "zone": 1${yearly ? ', "yearly": 1' : ''} instance)`
      : yearly
        ? `${dayCount} days of ${tariff.slotsPerDay} intervals with yearly blocks (add a "yearly": 1 instance)`
        : `${dayCount} days of ${tariff.slotsPerDay} intervals${needsDemand ? ' with a demand charge' : ''}`;
    throw new ValidationError('signedPeriod', `no circuit in circuits/instances.json bills ${what}`);
  }
  const what = zone
    ? `this period on a daylight-saving clock${yearly ? ' with yearly blocks' : ''}`
    : yearly
      ? 'yearly blocks for this period'
      : `${dayCount} day(s) of ${tariff.slotsPerDay} intervals (built: ${built.map((c) => c.name).join(', ') || 'none'})`;
  throw new ArtifactError(manifest, `no built circuit bills ${what}; run \`npm run build -- --only ${name}\``);
}

/**
 * The instance of circuits/instances.json that bills such a period, to name in an error when it is
 * not built (the smallest one; undefined when the file has none). Mirrors the instance list: a new
 * line there that serves a case not covered here should be added here too.
 */
export function instanceFor(slotsPerDay: number, dayCount: number, demand: boolean, yearly: boolean, zone: boolean): string | undefined {
  if (dayCount > 31) return undefined;
  const res = slotsPerDay === 24 ? '60m' : slotsPerDay === 48 ? '30m' : slotsPerDay === 96 ? '15m' : undefined;
  if (res === undefined) return undefined;
  if (demand) return res === '30m' && !yearly && !zone ? 'bill_31d_30m_demand' : undefined;
  // one-day instances exist for half-hours only, and not for yearly blocks alone at 15 or 60 minutes
  const days = res === '30m' && dayCount === 1 ? '1d' : '31d';
  if (yearly && !zone && res !== '60m' && days !== '1d') return undefined;
  return `bill_${days}_${res}${zone ? '_zone' : ''}${yearly ? '_yearly' : ''}`;
}
