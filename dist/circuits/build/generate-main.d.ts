/** The instance list the generator reads, relative to the repo root. */
export declare const MAIN_INSTANCES_FILE = "circuits/instances.json";
export interface BillInstance {
    name: string;
    main: string;
    params: {
        intervalsPerDay: number;
        maxDays: number;
        readingBits: number;
    };
    constraints?: number;
}
/** Reads circuits/instances.json and checks what the generator needs of each entry. */
export declare function readBillInstances(root: string): Promise<BillInstance[]>;
/** The main file of one instance, byte for byte. */
export declare function mainSource(inst: BillInstance): string;
/** Main files whose committed text differs from the generator's output (empty = in sync). */
export declare function staleMainFiles(root: string): Promise<string[]>;
