/**
 * Proving in the browser with the prover's Web Worker: artifacts fetched from `/artifacts`
 * (the build directory the wallet server exposes), each sha256-checked against the manifest by
 * the prover's URL loader, and kept for the next proof.
 * @packageDocumentation
 */
import { loadCircuitArtifactsFromUrl, proveBill, type BillProof, type CircuitArtifacts, type ProveProgress } from '../../prover/src/browser.js';
import { ArtifactError, ValidationError } from '../../core/src/errors.js';
import type { Tariff } from '../../core/src/tariff/schema.js';
import { billCircuitsOf, smallestFitting, type BillCircuitCandidate } from '../../prover/src/circuit-choice.js';

/** Where the server exposes the build directory. */
export const ARTIFACTS_URL = '/artifacts/';

const loaded = new Map<string, Promise<CircuitArtifacts>>();

/** The circuit's artifacts, fetched and checked once per page. */
export function artifacts(circuit: string): Promise<CircuitArtifacts> {
  let p = loaded.get(circuit);
  if (p === undefined) {
    p = loadCircuitArtifactsFromUrl(ARTIFACTS_URL, circuit);
    p.catch(() => loaded.delete(circuit));
    loaded.set(circuit, p);
  }
  return p;
}

/**
 * The smallest served bill circuit for `dayCount` days under the tariff's slots per day, with the
 * tariff's kind: a demand charge, yearly blocks and committed daylight-saving transitions each need
 * an instance with that flag (the SDK's rule, prover/src/circuit-choice.ts: a circuit without the
 * flag cannot reproduce such a tariff's commitment).
 * @throws ValidationError / ArtifactError when none fits
 */
export async function chooseCircuit(tariff: Tariff, dayCount: number): Promise<string> {
  const res = await fetch(`${ARTIFACTS_URL}manifest.json`);
  if (!res.ok) throw new ArtifactError(`${ARTIFACTS_URL}manifest.json`, 'the server has no build manifest; run `npm run build`');
  const manifest = (await res.json()) as { circuits: Record<string, BillCircuitCandidate> };
  const demand = (tariff.demand?.pricePerKw ?? 0n) > 0n;
  const yearly = tariff.tierBasis === 'year';
  const zone = (tariff.zoneTransitions?.length ?? 0) > 0;
  const best = smallestFitting(billCircuitsOf(manifest.circuits), tariff.slotsPerDay, dayCount, demand, yearly, zone);
  if (best === undefined) {
    const kind = [demand ? 'a demand charge' : '', yearly ? 'yearly blocks' : '', zone ? `the ${tariff.zone ?? 'daylight-saving'} clock` : ''].filter(
      (k) => k !== '',
    );
    throw new ValidationError(
      'circuit',
      `no built circuit proves ${dayCount} day(s) of ${tariff.slotsPerDay} intervals${kind.length > 0 ? ` with ${kind.join(' and ')}` : ''}; build one (npm run build -- --only <circuit>)`,
    );
  }
  return best.name;
}

/** Share of the progress bar each phase fills, by measured effort. */
const WEIGHTS: Record<ProveProgress['phase'], number> = { validate: 3, artifacts: 12, witness: 15, proving: 65, check: 5 };

/** Progress (0..1) after `done` phases. */
export function progressOf(done: ReadonlySet<ProveProgress['phase']>): number {
  let sum = 0;
  for (const p of done) sum += WEIGHTS[p];
  return sum / 100;
}

/**
 * Proves in the prover's module Web Worker. The artifacts are fetched (once per page) before
 * proving starts, and reported as the `artifacts` phase.
 */
export async function proveInWorker(opts: {
  tariff: Tariff;
  signedPeriod: Parameters<typeof proveBill>[0]['signedPeriod'];
  circuit: string;
  domain: bigint;
  onProgress: (e: ProveProgress) => void;
  signal?: AbortSignal;
}): Promise<BillProof> {
  const t = performance.now();
  opts.onProgress({ phase: 'artifacts', state: 'start' });
  const a = await artifacts(opts.circuit);
  opts.onProgress({ phase: 'artifacts', state: 'done', ms: performance.now() - t });
  return proveBill({
    tariff: opts.tariff,
    signedPeriod: opts.signedPeriod,
    circuit: opts.circuit,
    domain: opts.domain,
    artifacts: a,
    onProgress: (e) => {
      if (e.phase !== 'artifacts') opts.onProgress(e);
    },
    ...(opts.signal ? { signal: opts.signal } : {}),
    // The prover's own worker entry; spelled out here so Vite bundles it from its source.
    createWorker: () => new Worker(new URL('../../prover/src/worker/browser-worker.ts', import.meta.url), { type: 'module' }),
  });
}
