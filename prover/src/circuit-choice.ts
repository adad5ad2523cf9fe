/**
 * Which bill circuit proves a bill: one rule for the SDK, the wallet and the CLI (runs in
 * browsers; it reads only manifest entries, however they were fetched).
 * @packageDocumentation
 */
import { BILL_SIGNAL_COUNT } from './verify-bill.js';

/** What the choice needs of a manifest entry (the Node manifest and the served one both have it). */
export interface BillCircuitCandidate {
  params: Record<string, number>;
  publicSignals?: number;
  constraints?: number;
}

/** A bill circuit, by its size parameters. */
export interface BillCircuitSize {
  name: string;
  intervalsPerDay: number;
  maxDays: number;
  constraints: number;
  /** Has a demand component (spec v2 §6); absent = no. */
  demand?: boolean;
  /** Bills yearly blocks with the year-to-date signals (spec §9); absent = no. */
  yearly?: boolean;
  /** Follows a daylight-saving clock (spec §5a); absent = no. */
  zone?: boolean;
}

/** Public signals of a yearly-block circuit: the five of spec §7 and ytdOld, ytdNew, ytdYear. */
const YEARLY_SIGNAL_COUNT = BILL_SIGNAL_COUNT + 3;

/** The bill circuits among manifest entries (by own property, whatever the names). */
export function billCircuitsOf(circuits: Record<string, BillCircuitCandidate>): BillCircuitSize[] {
  return Object.keys(circuits)
    .filter((name) => Object.hasOwn(circuits, name))
    .map((name) => ({ name, c: circuits[name]! }))
    .filter(
      ({ c }) =>
        (c.params.yearly === 1 ? c.publicSignals === YEARLY_SIGNAL_COUNT : c.publicSignals === BILL_SIGNAL_COUNT) &&
        c.params.intervalsPerDay !== undefined &&
        c.params.maxDays !== undefined,
    )
    .map(({ name, c }) => ({
      name,
      intervalsPerDay: c.params.intervalsPerDay!,
      maxDays: c.params.maxDays!,
      constraints: c.constraints ?? 0,
      demand: c.params.demand === 1,
      yearly: c.params.yearly === 1,
      zone: c.params.zone === 1,
    }));
}

/**
 * The smallest circuit that bills `dayCount` days of `intervalsPerDay` intervals, if any; with
 * `needsDemand`, only circuits with a demand component (a tariff with a demand charge). A yearly
 * tariff (`yearly`) needs a yearly circuit and any other tariff a circuit without yearly blocks
 * (each refuses the other kind, spec §2). A tariff that commits to daylight-saving transitions
 * (`zone`) needs a zone circuit, and any other tariff is billed by a fixed-offset one (spec §5a:
 * the smaller circuit; a zone circuit would bill it too, at a higher cost).
 */
export function smallestFitting<T extends BillCircuitSize>(
  circuits: readonly T[],
  intervalsPerDay: number,
  dayCount: number,
  needsDemand = false,
  yearly = false,
  zone = false,
): T | undefined {
  return circuits
    .filter(
      (c) =>
        c.intervalsPerDay === intervalsPerDay &&
        c.maxDays >= dayCount &&
        (c.demand === true || !needsDemand) &&
        (c.yearly === true) === yearly &&
        (c.zone === true) === zone,
    )
    .sort((a, b) => a.constraints - b.constraints)[0];
}
