/**
 * The ceremony transcript: one JSON file beside the zkeys that says who contributed what, in
 * order. Each entry names the participant, the contribution hash they published, and the sha256
 * of the zkey they started from and of the one they produced, so the files chain. Anyone holding
 * the transcript, the r1cs, the powers of tau and the zkeys can re-verify the whole ceremony
 * (`wattproof ceremony verify`); the contribution hashes are also what each participant publishes
 * on their own channel, so a transcript cannot quietly drop or rename anyone.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ImportError } from '../../../core/src/errors.js';

/** Name of the transcript inside a ceremony directory. */
export const TRANSCRIPT_FILE = 'transcript.json';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 (64 hex digits)');
const Hash512 = z.string().regex(/^[0-9a-f]{128}$/, 'a blake2b-512 hash (128 hex digits)');
const ZkeyRef = z.object({ file: z.string().regex(/^[A-Za-z0-9_.-]+\.zkey$/, 'a zkey file name in the ceremony directory'), sha256: Sha256 });

const Contribution = z.object({
  index: z.number().int().positive(),
  name: z.string(),
  kind: z.enum(['contribution', 'beacon']),
  contributionHash: Hash512,
  input: ZkeyRef,
  output: ZkeyRef,
  /** When the coordinator recorded it (ISO 8601). */
  recordedAt: z.string(),
  /** How it arrived: made here with the CLI, or accepted from a file (another machine, the browser page). */
  via: z.enum(['cli', 'accepted-file']),
  beacon: z.object({ hash: z.string().regex(/^[0-9a-f]+$/), iterationsExp: z.number().int() }).optional(),
});

export const TranscriptSchema = z.object({
  version: z.literal(1),
  $comment: z.string().optional(),
  circuit: z.string(),
  /** True when the ceremony starts from a development powers of tau: nothing it produces is secure. */
  insecure: z.boolean(),
  r1cs: z.object({ sha256: Sha256, constraints: z.number().int(), publicSignals: z.number().int(), sourceHash: z.string().optional() }),
  ptau: z.object({
    /** File name as given at init (a hint for re-verifiers; the hash is what counts). */
    file: z.string(),
    power: z.number().int(),
    blake2b: Hash512,
    source: z.enum(['hermez', 'development']),
    /** The published file it matched, for a Hermez ptau. */
    published: z.string().optional(),
  }),
  /** blake2b-512 of the circuit as snarkjs's `zkey new` records it. */
  circuitHash: Hash512,
  initial: ZkeyRef,
  contributions: z.array(Contribution),
  /** Set by the beacon: no contribution may follow. */
  final: ZkeyRef.extend({ recordedAt: z.string() }).optional(),
});

export type Transcript = z.infer<typeof TranscriptSchema>;
export type TranscriptContribution = z.infer<typeof Contribution>;
export type TranscriptZkey = z.infer<typeof ZkeyRef>;

/** Parses transcript text. @throws ImportError naming the file */
export function parseTranscript(text: string, file: string): Transcript {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(file, undefined, `not valid JSON (${(e as Error).message})`);
  }
  const parsed = TranscriptSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(file, undefined, `not a ceremony transcript: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Reads `<dir>/transcript.json`. @throws ImportError naming the file */
export async function readTranscript(dir: string): Promise<Transcript> {
  const file = join(dir, TRANSCRIPT_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ImportError(file, undefined, 'no ceremony transcript here (start one with "wattproof ceremony init")');
  }
  return parseTranscript(text, file);
}

/** The transcript as the file holds it. */
export function transcriptText(t: Transcript): string {
  return `${JSON.stringify(t, null, 2)}\n`;
}

/** The zkey the next step starts from: the last contribution's output, else the initial zkey. */
export function latestZkey(t: Transcript): TranscriptZkey {
  const last = t.contributions.at(-1);
  return last === undefined ? t.initial : last.output;
}

/** File name of the n-th zkey of a ceremony (0 = the initial one). */
export function zkeyFileName(circuit: string, n: number): string {
  return `${circuit}_${String(n).padStart(4, '0')}.zkey`;
}
