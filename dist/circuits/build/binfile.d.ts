/** What a `.ptau` header says. */
export interface PtauHeader {
    /** Number of powers: the file fits circuits of up to 2^power constraints. */
    power: number;
    /** Power of the ceremony the file was truncated from. */
    ceremonyPower: number;
    /** Whether the Lagrange sections `prepare phase2` adds are present. */
    preparedPhase2: boolean;
}
/** Read a `.ptau` file's header. Throws with the path on a malformed file. */
export declare function readPtauHeader(path: string): Promise<PtauHeader>;
/** What an `.r1cs` header says. */
export interface R1csHeader {
    nWires: number;
    nPubOutputs: number;
    nPubInputs: number;
    nPrvInputs: number;
    nConstraints: number;
}
/** Read an `.r1cs` file's header. */
export declare function readR1csHeader(path: string): Promise<R1csHeader>;
