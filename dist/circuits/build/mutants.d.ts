/** The test files run against every mutant: constraint-level and witness-level checks, no proofs. */
export declare const MUTANT_TESTS: string[];
export interface Mutant {
    id: number;
    file: string;
    line: number;
    kind: 'assertion' | 'range check' | 'comparator';
    original: string;
    replacement: string;
}
/** Every mutant of one source file. */
export declare function mutantsOf(file: string, text: string): Omit<Mutant, 'id'>[];
