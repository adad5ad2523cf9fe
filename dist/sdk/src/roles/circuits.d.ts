import type { MeterPeriod } from '../../../core/src/meter/period.js';
import type { Tariff } from '../../../core/src/tariff/schema.js';
/** A built bill circuit and its size parameters. */
export interface BillCircuitInfo {
    name: string;
    intervalsPerDay: number;
    maxDays: number;
    constraints: number;
    /** Development (insecure) setup. */
    insecure: boolean;
}
/** The bill circuits listed in the build manifest. */
export declare function builtBillCircuits(buildDir?: string): Promise<BillCircuitInfo[]>;
/**
 * Picks the built circuit for a bill.
 * @throws ValidationError when the period does not fit the tariff; ArtifactError naming what to
 *   build when no built circuit fits.
 */
export declare function chooseCircuit(tariff: Tariff, period: MeterPeriod, buildDir?: string): Promise<BillCircuitInfo>;
