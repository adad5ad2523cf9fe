/**
 * Proving a market bill (docs/market-spec.md) in Node: witness input from the core engine, Groth16
 * proof with the instance's artifacts, and a check that the proof's public signals are the ones
 * the engine expects (so a proof is never handed out for an amount the engine did not compute).
 * @packageDocumentation
 */
import { ProofError, ValidationError } from '../../core/src/errors.js';
import { type MarketBillRequest, type MarketBillWitness, marketBillWitness } from '../../core/src/market/input.js';
import { type CircuitArtifacts, loadCircuitArtifacts } from './artifacts/index.js';
import { fullProve, type Groth16Proof, type SolidityProofArgs, toSolidityArgs } from './groth16.js';

/** A proved market bill: the engine's view, the proof, and the verifier's call arguments. */
export interface MarketProof extends MarketBillWitness {
  circuit: string;
  proof: Groth16Proof;
  /** As snarkjs gives them (decimal strings). */
  publicSignalStrings: string[];
  solidity: SolidityProofArgs;
}

/**
 * Proves one market bill with the named instance (`mkt_cfd_1d_60m`, …). Its size parameters are
 * read from the build manifest: the request's `maxDays` and `tokenDecimals` default to them.
 */
export async function proveMarketBill(
  circuit: string,
  req: Omit<MarketBillRequest, 'maxDays' | 'tokenDecimals'> & Partial<Pick<MarketBillRequest, 'maxDays' | 'tokenDecimals'>>,
  opts: { artifacts?: CircuitArtifacts } = {},
): Promise<MarketProof> {
  const a = opts.artifacts ?? (await loadCircuitArtifacts(circuit));
  const { intervalsPerDay, maxDays, series, tokenDecimals } = a.params as Record<string, number | undefined>;
  if (intervalsPerDay === undefined || maxDays === undefined || series === undefined || tokenDecimals === undefined) {
    throw new ValidationError('circuit', `${circuit} is not a market circuit (its manifest has no series/tokenDecimals)`);
  }
  if (req.terms.intervalsPerDay !== intervalsPerDay) {
    throw new ValidationError('terms.intervalsPerDay', `is ${req.terms.intervalsPerDay}; ${circuit} takes ${intervalsPerDay}`);
  }
  if ((series === 0 ? 'import' : 'export') !== req.series) {
    throw new ValidationError('series', `${circuit} bills the meter's ${series === 0 ? 'import' : 'export'} series, not its ${req.series}`);
  }
  const w = await marketBillWitness({ ...req, maxDays: req.maxDays ?? maxDays, tokenDecimals: req.tokenDecimals ?? tokenDecimals });
  const { proof, publicSignals } = await fullProve(w.input, a);
  const got = publicSignals.map(BigInt);
  if (got.length !== w.publicSignals.length || got.some((v, i) => v !== w.publicSignals[i])) {
    throw new ProofError(`${circuit}: the proof's public signals differ from the engine's (${got.join(',')} vs ${w.publicSignals.join(',')})`);
  }
  return { ...w, circuit, proof, publicSignalStrings: publicSignals, solidity: toSolidityArgs(proof, publicSignals) };
}
