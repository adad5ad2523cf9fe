/** Options of {@link householdSeries}. */
export interface HouseholdOptions {
    days: number;
    /** 24, 48 or 96 (any divisor of 86400 seconds works). */
    intervalsPerDay: number;
    /** PRNG seed: the same seed gives the same series. */
    seed: number;
    /** Rooftop solar peak power in kW; 0 or absent = no generation (exports all zero). */
    solarKwp?: number;
    /** Local date of the first day (weekday and season). Default `2025-01-01`. */
    startDate?: string;
    /** Scales the consumption profile (1 = a home using about 10-12 kWh a day). */
    consumptionScale?: number;
}
/**
 * A household's import and export Wh per interval, local-day aligned (interval 0 starts at local
 * midnight of `startDate`).
 */
export declare function householdSeries(options: HouseholdOptions): {
    imports: number[];
    exports: number[];
};
/** Unix time of local midnight starting `isoDate` in a zone `tzOffsetSeconds` east of UTC. */
export declare function localMidnightOf(isoDate: string, tzOffsetSeconds: number): number;
