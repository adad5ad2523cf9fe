/**
 * `wattproof audit --disclose`: the regulator decrypts every settlement of a DisclosedSettlement in a
 * block range and checks it against the approved tariff documents (sdk/src/audit/disclosure-audit.ts).
 * With a key split 2-of-3 (docs/disclosure-spec.md §9), `--partial SHARE --out FILE` is one body's step
 * (its partial decryptions of the range) and `--partials A,B --regulator-key FILE` combines two bodies'
 * files and runs the same audit (sdk/src/audit/threshold-audit.ts).
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { ChainError, ValidationError } from '../../../core/src/errors.js';
import { FIELD_P } from '../../../core/src/crypto/field.js';
import { TariffAuthoring } from '../../../sdk/src/roles/tariff-authoring.js';
import { auditDisclosures, type DisclosureSummary } from '../../../sdk/src/audit/disclosure-audit.js';
import { combineRangePartials, parseRangePartials, partialDecryptRange, serializeRangePartials } from '../../../sdk/src/audit/threshold-audit.js';
import type { CurvePoint } from '../../../core/src/crypto/disclosure.js';
import { DisclosedSettlementClient } from '../../../sdk/src/chain/disclosed-settlement.js';
import { identifyVerifier } from '../../../sdk/src/audit/audit.js';
import { loadPublishedKeys } from '../../../sdk/src/audit/published.js';
import { DISCLOSED_BILL_SIGNAL_COUNT, DISCLOSED_HOURLY_BILL_SIGNAL_COUNT } from '../../../prover/src/verify-bill.js';
import { resolveChain } from '../chain.js';
import { flag, str, uint, type RunContext } from '../command.js';
import { readText, writeText } from '../files.js';
import { table } from '../../../core/src/format.js';
import { NegativeResult, UsageError } from '../output.js';

/** Regulator secrets: one integer (decimal or 0x-hex) per line, one per key epoch; # comments. */
export async function readRegulatorSecrets(file: string): Promise<bigint[]> {
  const secrets: bigint[] = [];
  for (const [i, raw] of (await readText(file)).split('\n').entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    if (!/^(0x[0-9a-fA-F]+|[0-9]+)$/.test(line)) throw new ValidationError(`--key`, `${file}:${i + 1}: not an integer`);
    const s = BigInt(line);
    if (s <= 0n || s >= FIELD_P) throw new ValidationError('--key', `${file}:${i + 1}: not a non-zero field element`);
    secrets.push(s);
  }
  if (secrets.length === 0) throw new ValidationError('--key', `${file} holds no secret`);
  return secrets;
}

/**
 * The market summary's hours as a table: one row per hour of the local day, one column per band that
 * holds energy, a `mixed` column for hours whose band the disclosure cannot split (only when there are
 * any), and the hour's total across all meters.
 */
export function hourBandTable(sum: DisclosureSummary): string {
  const { bandHourWh, mixedHourWh } = sum.bandHour;
  const bands = bandHourWh.flatMap((row, b) => (row.some((x) => x !== 0n) ? [b] : []));
  const mixed = mixedHourWh.some((x) => x !== 0n);
  const header = ['hour', ...bands.map((b) => `band ${b}`), ...(mixed ? ['mixed'] : []), 'total'];
  const rows = sum.hourWh.map((total, h) => [
    `${String(h).padStart(2, '0')}:00`,
    ...bands.map((b) => bandHourWh[b]![h]!),
    ...(mixed ? [mixedHourWh[h]!] : []),
    total,
  ]);
  return table(header, rows);
}

/** Where the audit's cipher keys come from: the regulator's secrets, or two supervisory bodies' partials. */
type KeySource = { kind: 'secrets'; file: string } | { kind: 'partial'; share: string; out: string } | { kind: 'partials'; files: string[]; key: string };

function keySource(values: RunContext['values']): KeySource {
  const keyFile = str(values, 'key');
  const share = str(values, 'partial');
  const partials = str(values, 'partials');
  const given = [keyFile, share, partials].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new UsageError(
      given === 0
        ? 'audit --disclose needs --key FILE (the regulator disclosure secrets), or --partial SHARE --out FILE, or --partials A,B --regulator-key FILE (a key split among supervisory bodies)'
        : 'audit --disclose: give one of --key, --partial, --partials',
      'audit',
    );
  }
  const outFile = str(values, 'out');
  const keyPub = str(values, 'regulator-key');
  if (share !== undefined) {
    if (outFile === undefined) throw new UsageError('audit --disclose --partial needs --out FILE (where the partial decryptions go)', 'audit');
    return { kind: 'partial', share, out: outFile };
  }
  if (outFile !== undefined) throw new UsageError('audit --disclose: --out goes with --partial', 'audit');
  if (partials !== undefined) {
    if (keyPub === undefined) throw new UsageError("audit --disclose --partials needs --regulator-key FILE (the bodies' combined key file)", 'audit');
    return {
      kind: 'partials',
      files: partials
        .split(',')
        .map((f) => f.trim())
        .filter((f) => f !== ''),
      key: keyPub,
    };
  }
  if (keyPub !== undefined) throw new UsageError('audit --disclose: --regulator-key goes with --partials', 'audit');
  return { kind: 'secrets', file: keyFile! };
}

/** `audit --disclose`: see the audit command's help. */
export async function auditDisclose({ values, out }: RunContext): Promise<void> {
  const source = keySource(values);
  const tariffFiles = (str(values, 'tariff') ?? '').split(',').filter((f) => f !== '');
  // everything read from files is checked before the chain is touched
  const secrets = source.kind === 'secrets' ? await readRegulatorSecrets(source.file) : undefined;
  const { readShare, readCombinedKey } = await import('./regulator-threshold.run.js');
  const share = source.kind === 'partial' ? await readShare(source.share) : undefined;
  const combinedKey = source.kind === 'partials' ? await readCombinedKey(source.key) : undefined;
  const partialFiles =
    source.kind === 'partials' ? await Promise.all(source.files.map(async (f) => ({ name: f, partials: parseRangePartials(await readText(f), f) }))) : [];
  const tariffs = await Promise.all(tariffFiles.map(async (f) => TariffAuthoring.parse(await readText(f), f)));
  const chain = await resolveChain(values as Record<string, string | undefined>, out, str(values, 'circuit') ?? 'bill_1d_30m');
  try {
    const settlement = chain.conn.addresses.settlement;
    const client = new DisclosedSettlementClient(settlement, chain.conn.provider);
    const disclosureKeys = await client.disclosureKeys().catch((e: unknown) => {
      throw new ChainError(
        `Settlement ${settlement} is not a DisclosedSettlement (it has no disclosure key registry): ${e instanceof Error ? e.message : String(e)}`,
      );
    });
    // Construction v3 has no authentication element: the proof is the ciphertext's integrity, so each proof is
    // re-verified with the words read, under the published key whose verifier is the deployed one.
    const { key, check } = await identifyVerifier(chain.conn.provider, await client.verifier(), await loadPublishedKeys(), [
      DISCLOSED_BILL_SIGNAL_COUNT,
      DISCLOSED_HOURLY_BILL_SIGNAL_COUNT,
    ]);
    if (key === undefined && share === undefined) out.line(`warning: proofs not re-verified (${check.reason}); run \`wattproof audit\` to re-verify them`);
    const fromText = str(values, 'from');
    const toText = str(values, 'to');
    const range = {
      ...(key === undefined ? {} : { verificationKey: key.vkey }),
      ...(fromText === undefined ? {} : { fromBlock: Number(uint(fromText, 'from')) }),
      ...(toText === undefined ? {} : { toBlock: Number(uint(toText, 'to')) }),
    };
    if (share !== undefined && source.kind === 'partial') {
      // a body's step: its partial decryptions of the range, which open nothing without a second body's
      if (key === undefined) {
        // a body multiplies its share only into ephemeral keys of proofs it verified: a node serving other
        // calldata would otherwise get s_j·E for an E of its choice (another settlement's, another contract's)
        throw new ChainError(`the deployed verifier is none of the published keys' (${check.reason}): a body decrypts only proofs it re-verifies`);
      }
      const partials = await partialDecryptRange({ provider: chain.conn.provider, settlement, share, ...range, verificationKey: key.vkey });
      await writeText(source.out, serializeRangePartials(partials), { exclusive: flag(values, 'force') !== true, mode: 0o600 });
      out.line(
        `body ${share.index}: ${partials.partials.length} partial decryption(s) of ${settlement}, blocks ${partials.fromBlock}..${partials.toBlock}, written to ${source.out}` +
          (partials.skipped.length === 0 ? '' : `; ${partials.skipped.length} settlement(s) skipped (${partials.skipped.map((x) => x.reason).join('; ')})`),
      );
      out.result({
        body: share.index,
        settlement,
        fromBlock: partials.fromBlock,
        toBlock: partials.toBlock,
        partials: partials.partials.length,
        skipped: partials.skipped,
        out: source.out,
      });
      return;
    }
    let combined: { keyY: bigint; sharedPoints: Map<bigint, CurvePoint> } | undefined;
    if (combinedKey !== undefined) {
      for (const f of partialFiles) {
        if (f.partials.settlement.toLowerCase() !== settlement.toLowerCase()) {
          throw new ValidationError('--partials', `${f.name} holds partials of ${f.partials.settlement}, not of the audited ${settlement}`);
        }
      }
      const keyY = combinedKey.publicKey.y;
      combined = { keyY, sharedPoints: await combineRangePartials(partialFiles, combinedKey.publicShares, keyY) };
    }
    const report = await auditDisclosures({
      provider: chain.conn.provider,
      settlement,
      disclosureKeys,
      ...(secrets === undefined ? {} : { regulatorSecrets: secrets }),
      ...(combined === undefined ? {} : { combined }),
      tariffs,
      ...range,
    });
    if (combined !== undefined) out.line(`opened with bodies ${partialFiles.map((f) => f.partials.body).join(' and ')}'s partial decryptions`);
    out.line(
      `disclosure audit of ${settlement}, blocks ${report.fromBlock}..${report.toBlock}: ${report.settlements.length} settlement(s), ${report.flagged} flagged`,
    );
    out.line(
      table(
        ['meter', 'period start', 'charge', 'credit', 'import Wh', 'export Wh', 'peak Wh', 'check'],
        report.settlements.map((s) => [
          s.bill.meterId,
          s.bill.periodStart,
          s.bill.charge,
          s.bill.credit,
          s.recomputed?.totalImportWh ?? '-',
          s.recomputed?.totalExportWh ?? '-',
          s.details?.peakWh ?? '-',
          s.mismatches.length === 0 ? 'ok' : s.mismatches.join('; '),
        ]),
      ),
    );
    const sum = report.summary;
    out.line(
      `market summary (${sum.settlements} decrypted settlement(s)): import Wh per band ${sum.importBandWh.join(' / ')}; export Wh per band ${sum.exportBandWh.join(' / ')}`,
    );
    if (sum.hourlySettlements > 0) {
      out.line(`import by hour of the local day and band, across all meters (${sum.hourlySettlements} settlement(s) with hours, Wh):`);
      out.line(hourBandTable(sum));
    }
    out.result({
      ...(combined === undefined ? {} : { bodies: partialFiles.map((f) => f.partials.body) }),
      summary: sum,
      settlement,
      fromBlock: report.fromBlock,
      toBlock: report.toBlock,
      flagged: report.flagged,
      settlements: report.settlements.map((s) => ({
        meterId: s.bill.meterId,
        periodStart: s.bill.periodStart,
        txHash: s.bill.txHash,
        charge: s.bill.charge,
        credit: s.bill.credit,
        details: s.details,
        recomputed: s.recomputed,
        mismatches: s.mismatches,
      })),
    });
    if (report.flagged > 0) throw new NegativeResult(`${report.flagged} settlement(s) flagged`);
  } finally {
    chain.close();
  }
}
