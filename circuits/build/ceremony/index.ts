/**
 * The multi-party trusted setup (Groth16 phase 2) of one circuit instance: see ceremony.ts.
 * @packageDocumentation
 */
export * from './ceremony.js';
export * from './export.js';
export * from './transcript.js';
export * from './zkey-info.js';
