/**
 * circuits/main/*.circom are generated from circuits/instances.json: one main file per
 * instance, `Bill(intervalsPerDay, maxDays, readingBits, demand, disclose, yearly, zone)` with `domain` public (and the
 * year-to-date signals when yearly); and
 * circuits/market/main/*.circom from circuits/market/instances.json, `MarketBill(intervalsPerDay,
 * maxDays, series, tokenDecimals, disclose)` with `chainBefore` and `domain` public, or `MarketBillPublicPrices(...,
 * disclose)` with `firstDay`, `domain` and the prices public; the disclosure's inputs when disclose (docs/market-spec.md, docs/disclosure-spec.md §10).
 *
 *   npm run generate             write every main file
 *   npm run generate -- --check  exit 1 if a committed main file differs from the generator's output
 *
 * test/circuits/instances.test.ts runs the check in `npm test`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The instance list the generator reads, relative to the repo root. */
export const MAIN_INSTANCES_FILE = 'circuits/instances.json';

export interface BillInstance {
  name: string;
  main: string;
  /**
   * `demand`: 1 = with the demand component (spec v2 §6); absent or 0 = without.
   * `disclose`: 1 = with the regulator's disclosure (docs/disclosure-spec.md; five public inputs after
   * `domain`); 2 = also import per hour of the local day (layout v2, §8; eight public inputs after
   * `domain`); absent or 0 = without. `yearly`: 1 = bills yearly-block tariffs with the year-to-date
   * commitments (three more public signals, the last ones, spec §7). `zone`: 1 = follows a
   * daylight-saving clock (spec §5a; no public signal).
   */
  params: { intervalsPerDay: number; maxDays: number; readingBits: number; demand?: number; disclose?: number; yearly?: number; zone?: number };
  constraints?: number;
}

/** Reads circuits/instances.json and checks what the generator needs of each entry. */
export async function readBillInstances(root: string): Promise<BillInstance[]> {
  const json = JSON.parse(await readFile(join(root, MAIN_INSTANCES_FILE), 'utf8')) as { instances: BillInstance[] };
  for (const inst of json.instances) {
    const { intervalsPerDay: i, maxDays: d, readingBits: rb } = inst.params;
    if (![24, 48, 96].includes(i)) throw new Error(`${inst.name}: intervalsPerDay must be 24, 48 or 96`);
    if (!Number.isInteger(d) || d < 1 || d > 31) throw new Error(`${inst.name}: maxDays must be 1..31`);
    if (!Number.isInteger(rb) || rb < 1 || rb > 16) throw new Error(`${inst.name}: readingBits must be 1..16`);
    if (![undefined, 0, 1].includes(inst.params.demand)) throw new Error(`${inst.name}: demand must be 0 or 1`);
    if (![undefined, 0, 1, 2].includes(inst.params.disclose)) throw new Error(`${inst.name}: disclose must be 0, 1 or 2`);
    if (![undefined, 0, 1].includes(inst.params.yearly)) throw new Error(`${inst.name}: yearly must be 0 or 1`);
    if (![undefined, 0, 1].includes(inst.params.zone)) throw new Error(`${inst.name}: zone must be 0 or 1`);
    if (inst.main !== `circuits/main/${inst.name}.circom`) throw new Error(`${inst.name}: main must be circuits/main/${inst.name}.circom`);
  }
  return json.instances;
}

/** The main file of one instance, byte for byte. */
export function mainSource(inst: BillInstance): string {
  const { intervalsPerDay: i, maxDays: d, readingBits: rb } = inst.params;
  const demand = inst.params.demand ?? 0;
  const disclose = inst.params.disclose ?? 0;
  const yearly = inst.params.yearly ?? 0;
  const zone = inst.params.zone ?? 0;
  const features = [
    demand === 1 ? 'with the demand charge' : '',
    disclose === 1 ? "with the regulator's disclosure" : '',
    disclose === 2 ? "with the regulator's disclosure of bands and hours of day" : '',
    yearly === 1 ? 'with yearly blocks (year-to-date commitments)' : '',
    zone === 1 ? 'on a daylight-saving clock' : '',
  ].filter((f) => f !== '');
  // Circom orders public inputs by declaration in the template: domain, the disclosure's, the yearly ones last.
  const publics = [
    'domain',
    ...(disclose >= 1 ? ['regulatorKeyY', 'ephemeralKeyY', 'disclosureCiphertext'] : []),
    ...(yearly === 1 ? ['ytdOld', 'ytdNew', 'ytdYear'] : []),
  ].join(', ');
  return [
    'pragma circom 2.1.6;',
    '',
    `// GENERATED from ${MAIN_INSTANCES_FILE} (instance ${inst.name}) by circuits/build/generate-main.ts.`,
    '// Do not edit: change instances.json and run `npm run generate`.',
    `// ${i} intervals per day, up to ${d} day${d === 1 ? '' : 's'}, ${rb}-bit readings${features.map((f) => `, ${f}`).join('')}.`,
    'include "../bill/bill.circom";',
    '',
    `component main {public [${publics}]} = Bill(${i}, ${d}, ${rb}, ${demand}, ${disclose}, ${yearly}, ${zone});`,
    '',
  ].join('\n');
}

/** The market instance list, relative to the repo root. */
export const MARKET_INSTANCES_FILE = 'circuits/market/instances.json';

export interface MarketInstance {
  name: string;
  main: string;
  /**
   * series: 0 bills the meter's import series (consumer), 1 its export series (generator).
   * publicPrices: 1 builds `MarketBillPublicPrices` (prices as public inputs, spec §11), absent or
   * 0 `MarketBill` (prices bound through the feed's links, spec §3).
   * disclose: 1 adds the regulator's disclosure (docs/disclosure-spec.md §11-§12; eight public inputs, after
   * `domain` in `MarketBill`, after the prices in `MarketBillPublicPrices`), absent or 0 none.
   */
  params: { intervalsPerDay: number; maxDays: number; series: number; tokenDecimals: number; publicPrices?: number; disclose?: number };
  constraints?: number;
}

/** Reads circuits/market/instances.json and checks what the generator needs of each entry. */
export async function readMarketInstances(root: string): Promise<MarketInstance[]> {
  const json = JSON.parse(await readFile(join(root, MARKET_INSTANCES_FILE), 'utf8')) as { instances: MarketInstance[] };
  for (const inst of json.instances) {
    const { intervalsPerDay: i, maxDays: d, series, tokenDecimals: dec } = inst.params;
    if (![24, 48, 96].includes(i)) throw new Error(`${inst.name}: intervalsPerDay must be 24, 48 or 96`);
    if (!Number.isInteger(d) || d < 1 || d > 31) throw new Error(`${inst.name}: maxDays must be 1..31`);
    if (series !== 0 && series !== 1) throw new Error(`${inst.name}: series must be 0 (import) or 1 (export)`);
    if (!Number.isInteger(dec) || dec < 0 || dec > 11) throw new Error(`${inst.name}: tokenDecimals must be 0..11`);
    const pub = inst.params.publicPrices;
    if (pub !== undefined && pub !== 0 && pub !== 1) throw new Error(`${inst.name}: publicPrices must be 0 or 1`);
    const disclose = inst.params.disclose;
    if (disclose !== undefined && disclose !== 0 && disclose !== 1) throw new Error(`${inst.name}: disclose must be 0 or 1`);
    if (inst.main !== `circuits/market/main/${inst.name}.circom`) throw new Error(`${inst.name}: main must be circuits/market/main/${inst.name}.circom`);
  }
  return json.instances;
}

/** The main file of one market instance, byte for byte. */
export function marketMainSource(inst: MarketInstance): string {
  const { intervalsPerDay: i, maxDays: d, series, tokenDecimals: dec } = inst.params;
  const pub = inst.params.publicPrices === 1;
  const disclose = inst.params.disclose ?? 0;
  // Circom orders public inputs by declaration in the template: chainBefore (or firstDay), domain, the prices
  // of a public-price circuit, then the disclosure's.
  const disclosed = disclose === 1 ? ['regulatorKeyY', 'ephemeralKeyY', 'disclosureCiphertext'] : [];
  const publics = (pub ? ['firstDay', 'domain', 'prices', ...disclosed] : ['chainBefore', 'domain', ...disclosed]).join(', ');
  return [
    'pragma circom 2.1.6;',
    '',
    `// GENERATED from ${MARKET_INSTANCES_FILE} (instance ${inst.name}) by circuits/build/generate-main.ts.`,
    '// Do not edit: change instances.json and run `npm run generate`.',
    `// ${i} intervals per day, up to ${d} day${d === 1 ? '' : 's'}, ${series === 0 ? 'import' : 'export'} series, ${dec}-decimal token${pub ? ', prices as public inputs' : ''}${disclose === 1 ? ", with the regulator's disclosure" : ''}.`,
    pub ? 'include "../market_public.circom";' : 'include "../market.circom";',
    '',
    pub
      ? `component main {public [${publics}]} = MarketBillPublicPrices(${i}, ${d}, ${series}, ${dec}, ${disclose});`
      : `component main {public [${publics}]} = MarketBill(${i}, ${d}, ${series}, ${dec}, ${disclose});`,
    '',
  ].join('\n');
}

/** Every generated main file with the text the generator writes for it. */
async function generatedMains(root: string): Promise<Array<{ main: string; source: string }>> {
  return [
    ...(await readBillInstances(root)).map((inst) => ({ main: inst.main, source: mainSource(inst) })),
    ...(await readMarketInstances(root)).map((inst) => ({ main: inst.main, source: marketMainSource(inst) })),
  ];
}

/** Main files whose committed text differs from the generator's output (empty = in sync). */
export async function staleMainFiles(root: string): Promise<string[]> {
  const stale: string[] = [];
  for (const { main, source } of await generatedMains(root)) {
    const current = await readFile(join(root, main), 'utf8').catch(() => undefined);
    if (current !== source) stale.push(main);
  }
  return stale;
}

async function main(): Promise<number> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  if (process.argv.includes('--check')) {
    const stale = await staleMainFiles(root);
    for (const f of stale) process.stderr.write(`${f} does not match ${MAIN_INSTANCES_FILE}; run \`npm run generate\`\n`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const { main, source } of await generatedMains(root)) {
    await writeFile(join(root, main), source);
    process.stdout.write(`wrote ${main}\n`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
