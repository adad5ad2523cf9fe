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
}

/** The bill circuits among manifest entries (by own property, whatever the names). */
export function billCircuitsOf(circuits: Record<string, BillCircuitCandidate>): BillCircuitSize[] {
  return Object.keys(circuits)
    .filter((name) => Object.hasOwn(circuits, name))
    .map((name) => ({ name, c: circuits[name]! }))
    .filter(({ c }) => c.publicSignals === BILL_SIGNAL_COUNT && c.params.intervalsPerDay !== undefined && c.params.maxDays !== undefined)
    .map(({ name, c }) => ({
      name,
      intervalsPerDay: c.params.intervalsPerDay!,
      maxDays: c.params.maxDays!,
      constraints: c.constraints ?? 0,
      demand: c.params.demand === 1,
    }));
}

/**
 * The smallest circuit that bills `dayCount` days of `intervalsPerDay` intervals, if any; with
 * `needsDemand`, only circuits with a demand component (a tariff with a demand charge).
 */
export function smallestFitting<T extends BillCircuitSize>(
  circuits: readonly T[],
  intervalsPerDay: number,
  dayCount: number,
  needsDemand = false,
): T | undefined {
  return circuits
    .filter((c) => c.intervalsPerDay === intervalsPerDay && c.maxDays >= dayCount && (c.demand === true || !needsDemand))
    .sort((a, b) => a.constraints - b.constraints)[0];
}
