/**
 * The disclosure audit of a key split 2-of-3 among supervisory bodies, over a block range
 * (docs/disclosure-spec.md §9; `wattproof audit --disclose --partial SHARE` and `--partials A,B`).
 * Each body reads the range's settlements from the chain and writes one partial decryption per
 * settlement encrypted to the combined key (`s_j * E` with its Chaum-Pedersen proof); it opens nothing
 * alone. Whoever runs the audit takes two bodies' files, checks every partial against the bodies'
 * public shares, combines each settlement's pair into its shared point and runs the ordinary
 * disclosure audit with those points instead of a secret (`auditDisclosures({ combined })`).
 * Browser-safe (no Node built-in): the file format is JSON text, read and written by the caller.
 * @packageDocumentation
 */
import type { Provider } from 'ethers';
import { ephemeralKeyCandidates } from '../../../core/src/bill/disclosure.js';
import type { CurvePoint } from '../../../core/src/crypto/disclosure.js';
import { BODIES, combinePartials, type KeyShare, partialDecrypt, type PartialDecryption } from '../../../core/src/crypto/threshold.js';
import { ValidationError, WattproofError } from '../../../core/src/errors.js';
import { parseJsonText } from '../../../core/src/schema-util.js';
import { disclosedSettlements, provenDisclosure } from './disclosure-audit.js';

/** The format tag of a body's partial decryptions file. */
export const PARTIALS_FORMAT = 'wattproof.partials.v1';

/** One settlement's partial decryption by one body. */
export interface RangePartial extends PartialDecryption {
  /** The y of the settlement's ephemeral key `E` (the partial is `s_j * E` for E = `ephemeralKeyCandidates(y)[0]`). */
  ephemeralKeyY: bigint;
  /** The settlement's transaction (for the reader; the partial depends on `E` only). */
  txHash: string;
}

/** What one body writes for a block range. */
export interface RangePartials {
  format: typeof PARTIALS_FORMAT;
  /** The DisclosedSettlement read. */
  settlement: string;
  /** The combined key's y: only settlements encrypted to it get a partial. */
  keyY: bigint;
  /** The body, 1..3. */
  body: number;
  fromBlock: number;
  toBlock: number;
  partials: RangePartial[];
  /** Settlements of the range the body did not decrypt, and why (another key; calldata that does not verify). */
  skipped: { txHash: string; reason: string }[];
}

/** What {@link partialDecryptRange} needs. */
export interface PartialDecryptRangeOptions {
  provider: Provider;
  settlement: string;
  /** The body's share, as `combineKeyShares` made it. */
  share: KeyShare;
  /**
   * The disclosed instance's verification key: each settlement's proof is re-verified with the words
   * read before the body multiplies its share into the ephemeral key they name, so a node serving
   * altered calldata cannot obtain `s_j * E` for a point of its choice (required: a body never decrypts
   * unverified words).
   */
  verificationKey: Record<string, unknown>;
  fromBlock?: number;
  toBlock?: number;
}

/**
 * One body's partial decryptions of every settlement in the block range encrypted to its combined key.
 * @throws ValidationError on a bad range; ChainError when the chain cannot be read
 */
export async function partialDecryptRange(opts: PartialDecryptRangeOptions): Promise<RangePartials> {
  const range = await disclosedSettlements(opts.provider, opts.settlement, opts.fromBlock, opts.toBlock);
  const keyY = opts.share.publicKey.y;
  const partials: RangePartial[] = [];
  const skipped: { txHash: string; reason: string }[] = [];
  const done = new Map<bigint, PartialDecryption>();
  for (const { bill, data } of range.settlements) {
    const signals = await provenDisclosure(bill, data, opts.verificationKey);
    if (typeof signals === 'string') {
      skipped.push({ txHash: bill.txHash, reason: signals });
      continue;
    }
    if (signals.regulatorKeyY !== keyY) {
      skipped.push({ txHash: bill.txHash, reason: `encrypted to the key with y ${signals.regulatorKeyY}, not to the combined key` });
      continue;
    }
    // a reused ephemeral key (the circuit does not forbid it) needs one partial only
    let p = done.get(signals.ephemeralKeyY);
    if (p === undefined) {
      p = await partialDecrypt(opts.share, ephemeralKeyCandidates(signals.ephemeralKeyY)[0]!);
      done.set(signals.ephemeralKeyY, p);
    }
    partials.push({ ...p, ephemeralKeyY: signals.ephemeralKeyY, txHash: bill.txHash });
  }
  return {
    format: PARTIALS_FORMAT,
    settlement: opts.settlement,
    keyY,
    body: opts.share.index,
    fromBlock: range.fromBlock,
    toBlock: range.toBlock,
    partials,
    skipped,
  };
}

/**
 * Combines two bodies' partial decryption files into each settlement's shared point, keyed by the
 * ephemeral key's y (what `auditDisclosures({ combined })` looks up). Every partial is checked against
 * its body's public share first; a settlement only one body decrypted gets no point (the audit flags it).
 * @throws ValidationError naming the file and body when the files do not fit together (other key,
 *   other settlement contract, the same body twice) or a partial's proof does not verify
 */
export async function combineRangePartials(
  files: readonly { name: string; partials: RangePartials }[],
  publicShares: readonly CurvePoint[],
  keyY: bigint,
): Promise<Map<bigint, CurvePoint>> {
  if (files.length !== 2) throw new ValidationError('--partials', `give two bodies' partial files, not ${files.length}`);
  const [a, b] = files as [{ name: string; partials: RangePartials }, { name: string; partials: RangePartials }];
  for (const f of files) {
    if (f.partials.keyY !== keyY) throw new ValidationError(f.name, `holds partials for the key with y ${f.partials.keyY}, not the combined key's y ${keyY}`);
  }
  if (a.partials.body === b.partials.body) throw new ValidationError('--partials', `${a.name} and ${b.name} are both body ${a.partials.body}'s`);
  if (a.partials.settlement.toLowerCase() !== b.partials.settlement.toLowerCase()) {
    throw new ValidationError('--partials', `${a.name} reads ${a.partials.settlement}, ${b.name} ${b.partials.settlement}`);
  }
  const byE = new Map(b.partials.partials.map((p) => [p.ephemeralKeyY, p]));
  const shared = new Map<bigint, CurvePoint>();
  for (const p of a.partials.partials) {
    const q = byE.get(p.ephemeralKeyY);
    if (q === undefined || shared.has(p.ephemeralKeyY)) continue;
    const e = ephemeralKeyCandidates(p.ephemeralKeyY)[0]!;
    try {
      shared.set(p.ephemeralKeyY, await combinePartials([p, q], publicShares, e));
    } catch (err) {
      if (!(err instanceof WattproofError)) throw err;
      // the message names the body; the file and settlement say where to look
      const culprit = /body (\d)/.exec(err.message)?.[1];
      const file = culprit === String(b.partials.body) ? b.name : a.name;
      throw new ValidationError('--partials', `${file}: ${err.message} (settlement ${p.txHash}, ephemeral key y ${p.ephemeralKeyY})`);
    }
  }
  return shared;
}

const dec = (v: bigint) => v.toString();

/** A body's partials as JSON text (integers as decimal strings). */
export function serializeRangePartials(r: RangePartials): string {
  return `${JSON.stringify(
    {
      ...r,
      keyY: dec(r.keyY),
      partials: r.partials.map((p) => ({
        index: p.index,
        ephemeralKeyY: dec(p.ephemeralKeyY),
        txHash: p.txHash,
        point: { x: dec(p.point.x), y: dec(p.point.y) },
        proof: { c: dec(p.proof.c), z: dec(p.proof.z) },
      })),
    },
    null,
    2,
  )}\n`;
}

/**
 * Reads a body's partials file.
 * @throws ValidationError naming the file and field when it is not one
 */
export function parseRangePartials(text: string, name: string): RangePartials {
  const doc = parseJsonText(text, name) as Record<string, unknown> | null;
  if (doc === null || typeof doc !== 'object' || doc.format !== PARTIALS_FORMAT) throw new ValidationError(name, `is not a ${PARTIALS_FORMAT} file`);
  const int = (v: unknown, field: string): bigint => {
    if (typeof v !== 'string' || !/^[0-9]+$/.test(v)) throw new ValidationError(`${name}.${field}`, 'must be a decimal string');
    return BigInt(v);
  };
  const point = (v: unknown, field: string): CurvePoint => {
    const o = (v ?? {}) as { x?: unknown; y?: unknown };
    return { x: int(o.x, `${field}.x`), y: int(o.y, `${field}.y`) };
  };
  const body = Number(doc.body);
  if (!Number.isInteger(body) || body < 1 || body > BODIES) throw new ValidationError(`${name}.body`, `must be 1..${BODIES}`);
  if (typeof doc.settlement !== 'string') throw new ValidationError(`${name}.settlement`, 'must be an address');
  if (!Array.isArray(doc.partials)) throw new ValidationError(`${name}.partials`, 'must be a list');
  const partials = doc.partials.map((raw, i): RangePartial => {
    const p = (raw ?? {}) as Record<string, unknown>;
    const proof = (p.proof ?? {}) as { c?: unknown; z?: unknown };
    // the index is the file's body: a partial cannot claim another body's share inside it
    if (p.index !== body) throw new ValidationError(`${name}.partials[${i}].index`, `must be the file's body ${body}`);
    return {
      index: body,
      ephemeralKeyY: int(p.ephemeralKeyY, `partials[${i}].ephemeralKeyY`),
      txHash: String(p.txHash ?? ''),
      point: point(p.point, `partials[${i}].point`),
      proof: { c: int(proof.c, `partials[${i}].proof.c`), z: int(proof.z, `partials[${i}].proof.z`) },
    };
  });
  return {
    format: PARTIALS_FORMAT,
    settlement: doc.settlement,
    keyY: int(doc.keyY, 'keyY'),
    body,
    fromBlock: Number(doc.fromBlock),
    toBlock: Number(doc.toBlock),
    partials,
    skipped: Array.isArray(doc.skipped) ? (doc.skipped as { txHash: string; reason: string }[]) : [],
  };
}
