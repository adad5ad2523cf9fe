/**
 * `wattproof tariff new | commit | show`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { ValidationError, WattproofError } from '../../../core/src/errors.js';
import type { SlotsPerDay } from '../../../core/src/tariff/constants.js';
import { TariffAuthoring } from '../../../sdk/src/roles/tariff-authoring.js';
import { parseTz, str, type RunContext } from '../command.js';
import { localTime } from '../../../core/src/format.js';
import { UsageError } from '../output.js';
import { readText, writeText } from '../files.js';
import { renderTariff } from '../render.js';
import { exampleTariffDraft } from '../../../core/src/tariff/examples.js';

/** `newCmd`: see the command's help in ./tariff.ts. */
export async function newCmd({ values, out }: RunContext): Promise<void> {
  const slotsText = str(values, 'slots') ?? '24';
  if (!['24', '48', '96'].includes(slotsText)) throw new ValidationError('--slots', `'${slotsText}' must be 24, 48 or 96`);
  const tzText = str(values, 'tz');
  const name = str(values, 'name');
  const tariff = TariffAuthoring.build(
    exampleTariffDraft({
      slotsPerDay: Number(slotsText) as SlotsPerDay,
      ...(tzText === undefined ? {} : { tzOffsetSeconds: parseTz(tzText) }),
      ...(name === undefined ? {} : { name }),
    }),
  );
  const text = TariffAuthoring.serialize(tariff);
  const path = str(values, 'out');
  const commitment = await TariffAuthoring.commit(tariff);
  if (path === undefined) {
    if (out.json) out.result({ tariff: TariffAuthoring.toJSON(tariff), commitment });
    else out.line(text.trimEnd());
    return;
  }
  await writeText(path, text);
  out.line(`tariff "${tariff.name}" written to ${path}`);
  out.line(`  commitment ${commitment}`);
  out.result({ file: path, name: tariff.name, commitment });
}

async function load(path: string) {
  return TariffAuthoring.parse(await readText(path), path);
}

/** `commit`: see the command's help in ./tariff.ts. */
export async function commit({ positionals, out }: RunContext): Promise<void> {
  const tariff = await load(positionals[0]!);
  const commitment = await TariffAuthoring.commit(tariff);
  out.line(commitment.toString());
  out.result({ file: positionals[0], name: tariff.name, commitment });
}

/** `show`: see the command's help in ./tariff.ts. */
export async function show(ctx: RunContext): Promise<void> {
  const { positionals, values, out } = ctx;
  const file = positionals[0];
  if (file !== undefined && str(values, 'commitment') !== undefined) {
    throw new UsageError('tariff show: give FILE or --commitment C, not both', 'tariff show');
  }
  if (str(values, 'deployment') === undefined) {
    if (file === undefined) throw new UsageError('tariff show: FILE is required (or --commitment C with --deployment FILE --rpc URL)', 'tariff show');
    const tariff = await load(file);
    const commitment = await TariffAuthoring.commit(tariff);
    out.line(renderTariff(tariff, commitment));
    out.result({ tariff: TariffAuthoring.toJSON(tariff), commitment });
    return;
  }
  // The chain side (ethers, the SDK) loads only here: a local `tariff show FILE` stays fast.
  const [{ connectRole }, { parseAddress, tariffArg }, { describeVisibility, tariffVisibility }, { nodeDocumentFetcher }] = await Promise.all([
    import('../chain.js'),
    import('../role-args.js'),
    import('../../../sdk/src/roles/tariff-visibility.js'),
    import('../../../sdk/src/net/document-fetch.js'),
  ]);
  const local = file === undefined ? undefined : await load(file);
  const { commitment } = local === undefined ? await tariffArg(values, 'tariff show') : { commitment: await TariffAuthoring.commit(local) };
  const retailerOpt = str(values, 'retailer');
  const retailer = retailerOpt === undefined ? undefined : parseAddress(retailerOpt, '--retailer');
  const chain = await connectRole(values, out, 'tariff show', false);
  try {
    const info = await chain.conn.tariffs.getTariff(commitment, retailer);
    if (info === undefined) {
      throw new WattproofError(
        'TARIFF_UNKNOWN',
        `tariff ${commitment} is not registered${retailer === undefined ? '' : ` by ${retailer}`} in TariffRegistry ${chain.conn.tariffs.address}`,
      );
    }
    const v = await tariffVisibility(chain.conn.tariffs, info.retailer, commitment, nodeDocumentFetcher());
    const shown = local ?? (v.kind === 'public' && v.verified ? v.tariff : undefined);
    if (shown !== undefined) out.line(renderTariff(shown, commitment));
    else out.line(`tariff ${commitment}`);
    out.line('');
    out.line(`  retailer   ${info.retailer}`);
    out.line(`  status     ${info.status}, periods ${localTime(info.validFrom)} .. ${localTime(info.validUntil)} UTC`);
    out.line(`  visibility ${describeVisibility(v)}`);
    out.result({
      commitment,
      retailer: info.retailer,
      status: info.status,
      validFrom: info.validFrom,
      validUntil: info.validUntil,
      visibility: v.kind,
      ...(v.kind === 'public'
        ? {
            uri: v.publication.uri,
            documentHash: v.publication.documentHash,
            verified: v.verified,
            ...(v.verified ? {} : { problem: v.problem, reason: v.reason }),
          }
        : {}),
      ...(shown === undefined ? {} : { tariff: TariffAuthoring.toJSON(shown) }),
    });
    if (v.kind === 'public' && !v.verified && v.problem !== 'unreachable') {
      throw new WattproofError('DOCUMENT_MISMATCH', `the published document of tariff ${commitment} is not the registered tariff: ${v.reason}`);
    }
  } finally {
    chain.close();
  }
}
