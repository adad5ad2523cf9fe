/**
 * Where a consumer keeps the opening of its meter's year-to-date commitment between yearly bills
 * (bill spec §9): one small JSON file per meter, written atomically (temporary file, then rename),
 * readable mode 0600 because the opening reveals the year's import.
 *
 * The file holds only the opening whose commitment the chain stores. A proof's new opening waits
 * beside it, in `<file>.pending`, until the chain shows its commitment ({@link confirmYearToDate}):
 * a settlement that fails, or is never sent, leaves the file as it was, so the old opening stays
 * usable; one that lands is promoted even when someone else (a collector) sent it.
 * @packageDocumentation
 */
import { chmod, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { ytdCommitment, type YearToDateOpening } from '../../../core/src/bill/ytd.js';
import { ValidationError, WattproofError } from '../../../core/src/errors.js';

/** Format tag of the opening file. */
export const YTD_FORMAT = 'wattproof.ytd-opening.v1';

/** The file's JSON: the opening as decimal strings, and the commitment it opens (a check). */
interface OpeningFile {
  format: typeof YTD_FORMAT;
  meterId: string;
  yearStartDay: number;
  wh: string;
  salt: string;
  commitment: string;
}

/**
 * Writes `opening` to `path` atomically (a crash leaves the old file or the new one, never half).
 * Call it once the bill that produced the opening is settled: the chain then holds its commitment.
 */
export async function writeYearToDate(path: string, opening: YearToDateOpening): Promise<void> {
  const doc: OpeningFile = {
    format: YTD_FORMAT,
    meterId: String(opening.meterId),
    yearStartDay: opening.yearStartDay,
    wh: String(opening.wh),
    salt: String(opening.salt),
    commitment: String(await ytdCommitment(opening)),
  };
  await writePrivateJson(path, doc);
}

/** Writes JSON to `path` atomically, mode 0600 (temporary file, then rename). */
async function writePrivateJson(path: string, doc: unknown): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
}

/**
 * The opening to prove the meter's next yearly bill with, checked against what the chain stores.
 * @param onChain - `Settlement.yearToDateOf(meterId)` (SDK: `SettlementClient.yearToDateOf`)
 * @returns undefined when the chain holds no commitment for the meter (its first yearly bill)
 * @throws WattproofError VALIDATION when the chain holds a commitment but the file is missing, for
 *   another meter, or opens to another commitment (stale or lost): the message says how to recover.
 */
export async function readYearToDate(
  path: string,
  meterId: bigint,
  onChain: { commitment: bigint; yearStart: number },
): Promise<YearToDateOpening | undefined> {
  let text: string | undefined;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (onChain.commitment === 0n) return undefined;
  const recover =
    `Rebuild it from your own records: wh is the sum of the imports of this tariff year's settled periods of meter ${meterId} ` +
    `(from day ${onChain.yearStart}), and the salt is in ${path}.pending if the bill was proven here (or wherever its prover kept the proof's yearToDate). ` +
    'Without that salt the year cannot be continued; a new tariff year starts fresh.';
  if (text === undefined) {
    throw new WattproofError(
      'VALIDATION',
      `no year-to-date opening at ${path}, but the chain holds meter ${meterId}'s commitment ${onChain.commitment}. ${recover}`,
    );
  }
  let doc: OpeningFile;
  try {
    doc = JSON.parse(text) as OpeningFile;
  } catch {
    throw new ValidationError(path, `is not JSON. ${recover}`);
  }
  if (doc.format !== YTD_FORMAT) throw new ValidationError(`${path}.format`, `must be '${YTD_FORMAT}'`);
  const opening: YearToDateOpening = { meterId: BigInt(doc.meterId), yearStartDay: doc.yearStartDay, wh: BigInt(doc.wh), salt: BigInt(doc.salt) };
  if (opening.meterId !== meterId) throw new ValidationError(`${path}.meterId`, `is ${opening.meterId}, not meter ${meterId}`);
  const commitment = await ytdCommitment(opening);
  if (opening.yearStartDay < onChain.yearStart) return undefined; // an earlier tariff year: the next bill starts fresh
  if (commitment !== onChain.commitment || opening.yearStartDay !== onChain.yearStart) {
    throw new WattproofError(
      'VALIDATION',
      `the opening at ${path} (commitment ${commitment}, year day ${opening.yearStartDay}) is not meter ${meterId}'s commitment on chain (${onChain.commitment}, year day ${onChain.yearStart}): ` +
        `it is stale (a later bill was settled without saving its opening) or damaged. ${recover}`,
    );
  }
  return opening;
}

/** Format tag of the pending file (`<opening file>.pending`). */
export const YTD_PENDING_FORMAT = 'wattproof.ytd-pending.v1';

interface PendingFile {
  format: typeof YTD_PENDING_FORMAT;
  openings: OpeningFile[];
}

/** The pending file of the opening file at `path`. */
export function pendingPathOf(path: string): string {
  return `${path}.pending`;
}

/**
 * The openings proven but not yet seen on chain (`[]` without a pending file).
 * @throws ValidationError when the pending file is not one (damaged): the message names it
 */
export async function pendingYearToDates(path: string): Promise<YearToDateOpening[]> {
  const file = pendingPathOf(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  let doc: PendingFile;
  try {
    doc = JSON.parse(text) as PendingFile;
  } catch {
    throw new ValidationError(file, 'is not JSON (a damaged pending year-to-date file; it holds the openings of proofs not yet settled)');
  }
  if (doc?.format !== YTD_PENDING_FORMAT || !Array.isArray(doc.openings))
    throw new ValidationError(`${file}.format`, `must be '${YTD_PENDING_FORMAT}' with an openings array`);
  return doc.openings.map((o, i) => {
    try {
      return { meterId: BigInt(o.meterId), yearStartDay: Number(o.yearStartDay), wh: BigInt(o.wh), salt: BigInt(o.salt) };
    } catch {
      throw new ValidationError(`${file}.openings[${i}]`, 'is not an opening (meterId, yearStartDay, wh, salt as decimal strings)');
    }
  });
}

/**
 * Keeps a proof's new opening as pending (beside, never in place of, the confirmed one): call it as
 * soon as a yearly bill is proven, before it is sent anywhere, so that the opening survives whoever
 * settles the proof. Openings already pending stay (a period may be proven twice, each proof with its
 * own salt; whichever settles is the one confirmed).
 */
export async function addPendingYearToDate(path: string, opening: YearToDateOpening): Promise<void> {
  const list = await pendingYearToDates(path);
  const commitment = await ytdCommitment(opening);
  const docs: OpeningFile[] = [];
  for (const o of [...list, opening]) {
    const c = o === opening ? commitment : await ytdCommitment(o);
    if (o !== opening && c === commitment) continue;
    docs.push({ format: YTD_FORMAT, meterId: String(o.meterId), yearStartDay: o.yearStartDay, wh: String(o.wh), salt: String(o.salt), commitment: String(c) });
  }
  await writePrivateJson(pendingPathOf(path), { format: YTD_PENDING_FORMAT, openings: docs } satisfies PendingFile);
}

/** What {@link confirmYearToDate} did. */
export type ConfirmOutcome =
  /** A pending opening is the chain's commitment: it is now the opening file, the pending file is gone. */
  | 'confirmed'
  /** Nothing pending opens the chain's commitment: the files are as they were. */
  | 'unchanged';

/**
 * Promotes the pending opening whose commitment the chain now stores for `meterId` (its bill
 * settled) into the opening file, and drops the pending file: every other pending opening consumed
 * the commitment before it, which the chain has now replaced, so none of them can settle any more.
 * @param onChain - `Settlement.yearToDateOf(meterId)`
 */
export async function confirmYearToDate(path: string, meterId: bigint, onChain: { commitment: bigint; yearStart: number }): Promise<ConfirmOutcome> {
  if (onChain.commitment === 0n) return 'unchanged';
  for (const o of await pendingYearToDates(path)) {
    if (o.meterId !== meterId || o.yearStartDay !== onChain.yearStart) continue;
    if ((await ytdCommitment(o)) !== onChain.commitment) continue;
    await writeYearToDate(path, o);
    await rm(pendingPathOf(path), { force: true });
    return 'confirmed';
  }
  return 'unchanged';
}

/**
 * The opening to prove `meterId`'s next yearly bill with: first confirms a pending opening the chain
 * now shows (a bill settled since the last proof), then reads the opening file against the chain
 * (see {@link readYearToDate}).
 * @returns undefined for the first yearly bill of the meter (or of a later tariff year)
 * @throws WattproofError VALIDATION when the opening is missing, damaged or not the chain's
 */
export async function openingForNextBill(
  path: string,
  meterId: bigint,
  onChain: { commitment: bigint; yearStart: number },
): Promise<YearToDateOpening | undefined> {
  await confirmYearToDate(path, meterId, onChain);
  return readYearToDate(path, meterId, onChain);
}
