/**
 * `wattproof tariff new | commit | show`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { ValidationError } from '../../../core/src/errors.js';
import type { SlotsPerDay } from '../../../core/src/tariff/constants.js';
import { TariffAuthoring } from '../../../sdk/src/roles/tariff-authoring.js';
import { parseTz, str, type RunContext } from '../command.js';
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
export async function show({ positionals, out }: RunContext): Promise<void> {
  const tariff = await load(positionals[0]!);
  const commitment = await TariffAuthoring.commit(tariff);
  out.line(renderTariff(tariff, commitment));
  out.result({ tariff: TariffAuthoring.toJSON(tariff), commitment });
}
