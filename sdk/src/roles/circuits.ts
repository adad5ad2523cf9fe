/**
 * Which circuit proves a bill: the built bill circuit whose intervals per day are the tariff's and
 * whose maximum days cover the period, the smallest such (fewer constraints, faster proofs).
 * A tariff that commits to daylight-saving transitions (spec §5a) is always proven on a zone
 * circuit, whether or not the period holds a change: a fixed-offset circuit commits to a tariff
 * with no transitions, so it cannot reproduce such a tariff's commitment.
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
  if (zone) {
    const name =
      needsDemand || yearly
        ? undefined
        : tariff.slotsPerDay === 48
          ? dayCount === 1
            ? 'bill_1d_30m_zone'
            : 'bill_31d_30m_zone'
          : tariff.slotsPerDay === 24
            ? 'bill_31d_60m_zone'
            : undefined;
    if (name === undefined) {
      throw new ValidationError(
        'signedPeriod',
        `no circuit in circuits/instances.json bills ${dayCount} day(s) of ${tariff.slotsPerDay} intervals on ${tariff.zone ?? 'a'} daylight-saving clock${needsDemand ? ' with a demand charge' : ''}${yearly ? ' with yearly blocks' : ''} (add a "zone": 1 instance)`,
      );
    }
    throw new ArtifactError(
      `${buildDir ?? defaultBuildDir()}/manifest.json`,
      `no built circuit bills this period on a daylight-saving clock; run \`npm run build -- --only ${name}\``,
    );
  }
  if (yearly) {
    const name = tariff.slotsPerDay === 48 && dayCount === 1 ? 'bill_1d_30m_yearly' : tariff.slotsPerDay === 24 ? 'bill_31d_60m_yearly' : undefined;
    if (name === undefined) {
      throw new ValidationError(
        'signedPeriod',
        `no circuit in circuits/instances.json bills ${dayCount} days of ${tariff.slotsPerDay} intervals with yearly blocks (add a "yearly": 1 instance)`,
      );
    }
    throw new ArtifactError(
      `${buildDir ?? defaultBuildDir()}/manifest.json`,
      `no built circuit bills yearly blocks for this period; run \`npm run build -- --only ${name}\``,
    );
  }
  // an instance of circuits/instances.json that would fit, to name in the error (none past 31 days)
  const hint =
    dayCount > 31
      ? undefined
      : needsDemand
        ? tariff.slotsPerDay === 48
          ? 'bill_31d_30m_demand'
          : undefined
        : tariff.slotsPerDay === 24
          ? 'bill_31d_60m'
          : tariff.slotsPerDay === 96
            ? 'bill_31d_15m'
            : dayCount === 1
              ? 'bill_1d_30m'
              : 'bill_31d_30m';
  if (hint === undefined) {
    throw new ValidationError(
      'signedPeriod',
      `no circuit in circuits/instances.json bills ${dayCount} days of ${tariff.slotsPerDay} intervals${needsDemand ? ' with a demand charge' : ''}`,
    );
  }
  throw new ArtifactError(
    `${buildDir ?? defaultBuildDir()}/manifest.json`,
    `no built circuit bills ${dayCount} day(s) of ${tariff.slotsPerDay} intervals (built: ${built.map((c) => c.name).join(', ') || 'none'}); run \`npm run build -- --only ${hint}\``,
  );
}
