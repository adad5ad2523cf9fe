/**
 * Where a consumer keeps the opening of its meter's year-to-date commitment between yearly bills
 * (bill spec §9): one small JSON file per meter, written atomically (temporary file, then rename),
 * readable mode 0600 because the opening reveals the year's import.
 * @packageDocumentation
 */
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
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
    `(from day ${onChain.yearStart}), and the salt is in the proof file of the last settled bill (its yearToDate). ` +
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
