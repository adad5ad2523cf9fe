import type { Output } from '../output.js';
import type { DemoSummary } from './run.js';
/** Plays the demo on a fresh in-process deployment of `circuit` (already built). */
export declare function playDemo(circuit: string, out: Output): Promise<Omit<DemoSummary, 'seconds'>>;
