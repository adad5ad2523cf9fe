/**
 * Proving a market bill (docs/market-spec.md) in Node: witness input from the core engine, Groth16
 * proof with the instance's artifacts, and a check that the proof's public signals are the ones
 * the engine expects (so a proof is never handed out for an amount the engine did not compute).
 * @packageDocumentation
 */
import { ProofError, ValidationError } from '../../core/src/errors.js';
import { publicPriceDisclosureOffset } from '../../core/src/market/disclosure.js';
import { type MarketBillRequest, type MarketBillWitness, marketBillWitness } from '../../core/src/market/input.js';
import { type PublicPriceBillRequest, type PublicPriceBillWitness, publicPriceBillWitness } from '../../core/src/market/public-prices.js';
import { type CircuitArtifacts, loadCircuitArtifacts } from './artifacts/index.js';
import { type Groth16Proof, type SolidityProofArgs, toSolidityArgs } from './groth16.js';
import { fullProveCached } from './proof-cache.js';

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
  checkDisclosureRequest(circuit, a, req.disclosure);
  const w = await marketBillWitness({ ...req, maxDays: req.maxDays ?? maxDays, tokenDecimals: req.tokenDecimals ?? tokenDecimals });
  const { proof, publicSignals } = await fullProveCached(w.input, a);
  const got = publicSignals.map(BigInt);
  if (got.length !== w.publicSignals.length || got.some((v, i) => v !== w.publicSignals[i])) {
    throw new ProofError(`${circuit}: the proof's public signals differ from the engine's (${got.join(',')} vs ${w.publicSignals.join(',')})`);
  }
  return { ...w, circuit, proof, publicSignalStrings: publicSignals, solidity: toSolidityArgs(proof, publicSignals) };
}

/**
 * The circuit decides whether the details are disclosed (docs/disclosure-spec.md §11-§12): one missing or extra is refused.
 * @throws ValidationError naming `disclosure`
 */
function checkDisclosureRequest(circuit: string, a: CircuitArtifacts, disclosure: unknown): void {
  const disclose = (a.params as Record<string, number | undefined>).disclose === 1;
  if (disclose && disclosure === undefined) {
    throw new ValidationError('disclosure', `is required: ${circuit} encrypts the settlement's details to the regulator's key in force`);
  }
  if (!disclose && disclosure !== undefined) {
    throw new ValidationError('disclosure', `is given, but ${circuit} has no disclosure (use an instance with "disclose": 1)`);
  }
}

/** A proved public-price market bill (docs/market-spec.md §11): six signals settle it, with the feed's price point. */
export interface PublicPriceMarketProof extends PublicPriceBillWitness {
  circuit: string;
  proof: Groth16Proof;
  /** As snarkjs gives them (decimal strings), price inputs included. */
  publicSignalStrings: string[];
  /**
   * The verifier's call arguments; `signals` holds only the six settlement signals (no price inputs), then, for a
   * disclosed instance, the eight disclosure words.
   */
  solidity: SolidityProofArgs;
}

/**
 * Proves one market bill with a public-price instance (`mkt_spotpub_31d_60m`, …; manifest params with
 * `publicPrices: 1`). `prices[d]` must be the feed's current prices of the period's day d: the proof
 * settles only if they are (the feed's price point stands for them).
 */
export async function provePublicPriceBill(
  circuit: string,
  req: Omit<PublicPriceBillRequest, 'maxDays' | 'tokenDecimals'> & Partial<Pick<PublicPriceBillRequest, 'maxDays' | 'tokenDecimals'>>,
  opts: { artifacts?: CircuitArtifacts } = {},
): Promise<PublicPriceMarketProof> {
  const a = opts.artifacts ?? (await loadCircuitArtifacts(circuit));
  const { intervalsPerDay, maxDays, series, tokenDecimals, publicPrices } = a.params as Record<string, number | undefined>;
  if (publicPrices !== 1 || intervalsPerDay === undefined || maxDays === undefined || series === undefined || tokenDecimals === undefined) {
    throw new ValidationError('circuit', `${circuit} is not a public-price market circuit (its manifest params have no publicPrices: 1)`);
  }
  if (req.terms.intervalsPerDay !== intervalsPerDay) {
    throw new ValidationError('terms.intervalsPerDay', `is ${req.terms.intervalsPerDay}; ${circuit} takes ${intervalsPerDay}`);
  }
  if ((series === 0 ? 'import' : 'export') !== req.series) {
    throw new ValidationError('series', `${circuit} bills the meter's ${series === 0 ? 'import' : 'export'} series, not its ${req.series}`);
  }
  checkDisclosureRequest(circuit, a, req.disclosure);
  const w = await publicPriceBillWitness({ ...req, maxDays: req.maxDays ?? maxDays, tokenDecimals: req.tokenDecimals ?? tokenDecimals });
  const { proof, publicSignals } = await fullProveCached(w.input, a);
  const got = publicSignals.map(BigInt);
  if (got.length !== w.publicSignals.length || got.some((v, i) => v !== w.publicSignals[i])) {
    throw new ProofError(`${circuit}: the proof's public signals differ from the engine's`);
  }
  const solidity = toSolidityArgs(proof, publicSignals);
  // the price inputs are the feed's (its price point): a settlement sends the six signals and the disclosure words
  const words = req.disclosure === undefined ? [] : solidity.signals.slice(publicPriceDisclosureOffset(req.maxDays ?? maxDays, intervalsPerDay));
  return { ...w, circuit, proof, publicSignalStrings: publicSignals, solidity: { ...solidity, signals: [...solidity.signals.slice(0, 6), ...words] } };
}
