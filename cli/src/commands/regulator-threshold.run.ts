/**
 * `wattproof regulator disclosure-key deal | combine | partial`: the regulator's disclosure key split
 * 2-of-3 among supervisory bodies (docs/disclosure-spec.md §9, core/src/crypto/threshold.ts). Each body
 * runs `deal` (its commitments, public; one share for each body, private), then `combine` with every
 * body's deal (its own share file and the combined public key, which is registered like any key), and
 * `partial` on a proof to open; `bill disclose --partials` combines two partials.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { disclosureSignalsOf, ephemeralKeyCandidates } from '../../../core/src/bill/disclosure.js';
import type { CurvePoint } from '../../../core/src/crypto/disclosure.js';
import {
  BODIES,
  combineKeyShares,
  dealKeyShares,
  type KeyDeal,
  type KeyShare,
  partialDecrypt,
  type PartialDecryption,
  publicSharesMatch,
} from '../../../core/src/crypto/threshold.js';
import { ValidationError } from '../../../core/src/errors.js';
import { parseJsonText } from '../../../core/src/schema-util.js';
import { DISCLOSED_BILL_SIGNAL_COUNT, DISCLOSED_HOURLY_BILL_SIGNAL_COUNT } from '../../../prover/src/verify-bill.js';
import { flag, need, type RunContext, type Values } from '../command.js';
import { readText, toJson, writeText } from '../files.js';
import { parseBillProof } from '../proof-file.js';

const pt = (p: CurvePoint) => ({ x: p.x.toString(), y: p.y.toString() });
function int(v: unknown, field: string): bigint {
  if (typeof v !== 'string' || !/^[0-9]+$/.test(v)) throw new ValidationError(field, 'must be a decimal string');
  return BigInt(v);
}
const point = (v: unknown, field: string): CurvePoint => {
  const o = (v ?? {}) as { x?: unknown; y?: unknown };
  return { x: int(o.x, `${field}.x`), y: int(o.y, `${field}.y`) };
};
async function json(file: string): Promise<Record<string, unknown>> {
  const doc = parseJsonText(await readText(file), file);
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new ValidationError(file, 'must hold a JSON object');
  return doc as Record<string, unknown>;
}
function bodyOf(values: Values, cmd: string): number {
  const b = Number(need(values, 'body', cmd));
  if (!Number.isInteger(b) || b < 1 || b > BODIES) throw new ValidationError('--body', `must be 1..${BODIES}`);
  return b;
}

/** `disclosure-key deal`: see the command's help in ./regulator.ts. */
export async function keyDeal({ values, out }: RunContext): Promise<void> {
  const cmd = 'regulator disclosure-key deal';
  const body = bodyOf(values, cmd);
  const dir = need(values, 'dir', cmd);
  const deal = dealKeyShares(body);
  const exclusive = flag(values, 'force') !== true;
  await writeText(join(dir, `deal-${body}.public.json`), toJson({ dealer: body, commitments: deal.commitments.map(pt) }), { exclusive });
  for (let to = 1; to <= BODIES; to++) {
    // each share goes to its body only (over a private channel): one 0600 file per recipient
    await writeText(join(dir, `deal-${body}-for-${to}.secret.json`), toJson({ dealer: body, to, share: deal.shares[to - 1]!.toString() }), {
      exclusive,
      mode: 0o600,
    });
  }
  out.line(`body ${body} dealt: commitments in ${join(dir, `deal-${body}.public.json`)}, one share file per body (send each to its body only)`);
  out.result({ body, dir });
}

/** Every body's deal as body `body` received it: the public commitments and the share sent to it. */
async function readDeals(dir: string, body: number): Promise<KeyDeal[]> {
  const names = new Set(await readdir(dir));
  const deals: KeyDeal[] = [];
  for (let dealer = 1; dealer <= BODIES; dealer++) {
    const pub = `deal-${dealer}.public.json`;
    const mine = `deal-${dealer}-for-${body}.secret.json`;
    if (!names.has(pub) || !names.has(mine)) throw new ValidationError('--dir', `${dir} lacks ${names.has(pub) ? mine : pub} (every body must deal first)`);
    const p = await json(join(dir, pub));
    const s = await json(join(dir, mine));
    if (p.dealer !== dealer || s.dealer !== dealer || s.to !== body) throw new ValidationError(mine, `is not dealer ${dealer}'s share for body ${body}`);
    const commitments = Array.isArray(p.commitments) ? p.commitments.map((c, k) => point(c, `${pub}.commitments[${k}]`)) : [];
    // only this body's share is known to it; the others' are not needed (placeholders never read)
    const shares = Array.from({ length: BODIES }, (_, k) => (k === body - 1 ? int(s.share, `${mine}.share`) : 0n));
    deals.push({ dealer, commitments, shares });
  }
  return deals;
}

/** `disclosure-key combine`: see the command's help in ./regulator.ts. */
export async function keyCombine({ values, out }: RunContext): Promise<void> {
  const cmd = 'regulator disclosure-key combine';
  const body = bodyOf(values, cmd);
  const dir = need(values, 'dir', cmd);
  const shareFile = need(values, 'share', cmd);
  const publicFile = need(values, 'public', cmd);
  const key = combineKeyShares(body, await readDeals(dir, body));
  const keyY = key.publicKey.y;
  const exclusive = flag(values, 'force') !== true;
  const publicShares = key.publicShares.map(pt);
  // the public file is a regulator key file ({x, y}) that also names the bodies' public shares
  await writeText(publicFile, toJson({ ...pt(key.publicKey), publicShares }), { exclusive });
  await writeText(shareFile, toJson({ index: body, share: key.share.toString(), publicKey: pt(key.publicKey), publicShares }), { exclusive, mode: 0o600 });
  out.line(`body ${body}: share written to ${shareFile} (mode 0600); regulator key y ${keyY} in ${publicFile}`);
  out.result({ body, keyY: keyY.toString(), publicKey: pt(key.publicKey) });
}

/** A body's share file, as `combine` wrote it. */
export async function readShare(file: string): Promise<KeyShare> {
  const d = await json(file);
  const index = Number(d.index);
  if (!Number.isInteger(index) || index < 1 || index > BODIES) throw new ValidationError('--share', `${file} names no body 1..${BODIES}`);
  const shares = Array.isArray(d.publicShares) ? d.publicShares.map((p, k) => point(p, `--share.publicShares[${k}]`)) : [];
  if (shares.length !== BODIES) throw new ValidationError('--share', `${file} must list ${BODIES} public shares`);
  return { index, share: int(d.share, '--share.share'), publicKey: point(d.publicKey, '--share.publicKey'), publicShares: shares };
}

/** The ephemeral key the bodies decrypt: the first candidate of the proof's `E.y` (either sign gives the same cipher key: only the y of the combined point is used). */
export function ephemeralOf(publicSignals: readonly bigint[]): { e: CurvePoint; layout: 1 | 2 } {
  const layout = publicSignals.length === DISCLOSED_BILL_SIGNAL_COUNT ? 1 : publicSignals.length === DISCLOSED_HOURLY_BILL_SIGNAL_COUNT ? 2 : undefined;
  if (layout === undefined) throw new ValidationError('proofFile.publicSignals', 'the proof has no disclosure');
  return { e: ephemeralKeyCandidates(disclosureSignalsOf(publicSignals, layout).ephemeralKeyY)[0]!, layout };
}

/** `disclosure-key partial`: see the command's help in ./regulator.ts. */
export async function keyPartial({ values, positionals, out }: RunContext): Promise<void> {
  const cmd = 'regulator disclosure-key partial';
  const file = positionals[0]!;
  const key = await readShare(need(values, 'share', cmd));
  const outFile = need(values, 'out', cmd);
  const p = parseBillProof(await readText(file), file);
  const { e } = ephemeralOf(p.publicSignals.map(BigInt));
  const partial = await partialDecrypt(key, e);
  await writeText(outFile, toJson(partialToJson(partial)), { exclusive: flag(values, 'force') !== true });
  out.line(`body ${key.index}'s partial decryption of ${file} written to ${outFile} (it opens nothing alone)`);
  out.result({ body: key.index, out: outFile });
}

function partialToJson(p: PartialDecryption): Record<string, unknown> {
  return { index: p.index, point: pt(p.point), proof: { c: p.proof.c.toString(), z: p.proof.z.toString() } };
}

/** A partial decryption file, as `partial` wrote it. */
export async function readPartial(file: string): Promise<PartialDecryption> {
  const d = await json(file);
  const proof = (d.proof ?? {}) as { c?: unknown; z?: unknown };
  return { index: Number(d.index), point: point(d.point, `${file}.point`), proof: { c: int(proof.c, `${file}.proof.c`), z: int(proof.z, `${file}.proof.z`) } };
}

/**
 * A combined regulator key file ("regulator disclosure-key combine"): the key and the bodies' public
 * shares, checked to be one polynomial's points (an altered share is refused here, by name of the file).
 */
export async function readCombinedKey(file: string, option = '--regulator-key'): Promise<{ publicKey: CurvePoint; publicShares: CurvePoint[] }> {
  const d = await json(file);
  const shares = Array.isArray(d.publicShares) ? d.publicShares.map((p, k) => point(p, `${file}.publicShares[${k}]`)) : [];
  if (shares.length !== BODIES)
    throw new ValidationError(option, `${file} lists no ${BODIES} public shares (not a combined key: "regulator disclosure-key combine")`);
  const publicKey = point(d, file);
  if (!publicSharesMatch(publicKey, shares)) {
    throw new ValidationError(option, `${file}: its public shares and key are not one 2-of-3 split's (a share or the key was altered)`);
  }
  return { publicKey, publicShares: shares };
}

/** The bodies' public shares from a combined regulator key file (checked as {@link readCombinedKey} does). */
export async function readPublicShares(file: string): Promise<CurvePoint[]> {
  return (await readCombinedKey(file)).publicShares;
}
