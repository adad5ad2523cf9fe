// The market group over JSON-RPC, CLI only (issue 13): a Hardhat node as its own process and every
// step the `wattproof` binary with each role's own key file. The market operator publishes hourly
// prices from a CSV file; a solar generator's export meter sells to a wholesaler under a CfD (the
// one-day circuit mkt_cfd_1d_60m); the generator proves and settles a day; the operator corrects
// a day, which makes a proof made before the correction stale; the regulator's audit re-verifies
// everything. And what a user gets wrong: a day out of order, the wrong operator, a proof before
// the other party accepted, an unpublished day.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HDNodeWallet } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeSignedPeriod } from '../../core/src/meter/document.js';
import { Meter } from '../../sdk/src/roles/meter.js';
import { hardhatNodeForFile, type NodeOfFile } from '../support/hardhat-node.js';
import { dayEnergy, dayPrices } from '../market/cases.js';
import { runCli } from '../support/cli.js';

const MNEMONIC = 'test test test test test test test test test test test junk';
const ROLES = ['admin', 'authority', 'regulator', 'operator', 'generator', 'wholesaler'] as const;
type Role = (typeof ROLES)[number];
const ZONE = '1001';
const METER_ID = 7001n;
/** 2026-03-01 .. : hourly prices, the zone at UTC+1. */
const FIRST = Date.UTC(2026, 2, 1) / 86_400_000;
const date = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

let dir: string;
let node: NodeOfFile;
const addr = {} as Record<Role, string>;
const timings: { args: string; ms: number }[] = [];

async function wattproof(args: string[]) {
  const r = await runCli(args, { cwd: dir, unset: ['WATTPROOF_PRIVATE_KEY', 'WATTPROOF_RPC'] });
  timings.push({ args: args.slice(0, 3).join(' '), ms: r.ms });
  return r;
}
const chain = (role?: Role) => ['--deployment', 'market.json', '--rpc', node.url, ...(role ? ['--key-file', `${role}.key`] : []), '--json'];
/** Runs a command as `role`, expecting success; returns its JSON. */
async function as(role: Role | undefined, args: string[]): Promise<any> {
  const r = await wattproof([...args, ...chain(role)]);
  expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
  return r.json;
}
/** Runs a command expected to fail with `code`; returns its JSON error. */
async function fails(role: Role | undefined, args: string[], code: number): Promise<{ code: string; message: string; field?: string }> {
  const r = await wattproof([...args, ...chain(role)]);
  expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(code);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.json.error;
}

function csv(days: number[], shift = 0): string {
  const rows = days.flatMap((d) => dayPrices(24, d).map((p, s) => `${date(d)},${s},${((p + (s === 12 ? shift : 0)) / 100).toFixed(2)}`));
  return `date,interval,price\n${rows.join('\n')}\n`;
}

async function signDay(meter: Meter, day: number): Promise<string> {
  const e = dayEnergy(24, 1, 'export');
  const signed = await meter.sign({ periodStart: day * 86400 - 3600, intervalSeconds: 3600, imports: e.imports, exports: e.exports });
  const file = `day-${date(day)}.signed.json`;
  await writeFile(join(dir, file), serializeSignedPeriod(signed));
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-market-cli-'));
  node = await hardhatNodeForFile();
  for (const [i, role] of ROLES.entries()) {
    const w = HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`);
    addr[role] = w.address;
    await writeFile(join(dir, `${role}.key`), `${w.privateKey}\n`, { mode: 0o600 });
  }
});

afterAll(async () => {
  console.log(
    `slowest steps: ${[...timings]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((t) => `${t.args} ${(t.ms / 1000).toFixed(1)} s`)
      .join(', ')}`,
  );
});

describe('wattproof market over JSON-RPC', () => {
  it('deploy, open a zone, publish, agree a CfD, prove and settle a day, correct, audit', async () => {
    const base = ['--rpc', node.url, '--key-file', 'admin.key', '--json'];
    const deployed = await wattproof([
      'deploy',
      '--dev-token',
      '--circuit',
      'bill_1d_30m',
      '--authority',
      addr.authority,
      '--regulator',
      addr.regulator,
      '--mint',
      `${addr.generator}=100`,
      '--mint',
      `${addr.wholesaler}=1000`,
      '--out',
      'deployment.json',
      ...base,
    ]);
    expect(deployed.code, deployed.stderr).toBe(0);
    // the market contracts beside it: only the deployment's admin can wire them to the ledger
    const notAdmin = await wattproof([
      'market',
      'deploy',
      '--circuit',
      'mkt_cfd_1d_60m',
      '--out',
      'm.json',
      '--deployment',
      'deployment.json',
      '--rpc',
      node.url,
      '--key-file',
      'operator.key',
      '--json',
    ]);
    expect(notAdmin.code).toBe(5);
    const market = await wattproof(['market', 'deploy', '--circuit', 'mkt_cfd_1d_60m', '--out', 'market.json', '--deployment', 'deployment.json', ...base]);
    expect(market.code, market.stderr).toBe(0);
    const record = JSON.parse(await readFile(join(dir, 'market.json'), 'utf8'));
    expect(record.addresses.settlement).toBe(deployed.json.addresses.settlement);
    expect(Object.keys(record.market.settlements)).toEqual(['mkt_cfd_1d_60m']);

    await as('admin', ['market', 'open-zone', '--zone', ZONE, '--operator', addr.operator, '--intervals', '24', '--tz', '+01:00', '--first-day', date(FIRST)]);
    // the operator publishes three days from its CSV export; someone else cannot, nor out of order
    await writeFile(join(dir, 'prices.csv'), csv([FIRST, FIRST + 1, FIRST + 2]));
    expect((await fails('generator', ['market', 'publish-prices', '--zone', ZONE, '--prices', 'prices.csv'], 5)).message).toMatch(/not the market operator/);
    await writeFile(join(dir, 'late.csv'), csv([FIRST + 1]));
    expect((await fails('operator', ['market', 'publish-prices', '--zone', ZONE, '--prices', 'late.csv'], 2)).message).toMatch(
      /not the next delivery day.*publish 2026-03-01 first/,
    );
    const pub = await as('operator', ['market', 'publish-prices', '--zone', ZONE, '--prices', 'prices.csv']);
    expect(pub.days.map((d: { date: string }) => d.date)).toEqual([date(FIRST), date(FIRST + 1), date(FIRST + 2)]);
    expect(pub.days[0].prices).toEqual(dayPrices(24, FIRST));
    // republishing without --correct is refused with the way to do it
    expect((await fails('operator', ['market', 'publish-prices', '--zone', ZONE, '--prices', 'late.csv'], 2)).message).toMatch(/already published.*--correct/);

    // the generator's export meter: its buyer (the wholesaler) pays, the generator is paid
    expect((await wattproof(['meter', 'keygen', '--meter-id', String(METER_ID), '--out', 'meter.key.json'])).code).toBe(0);
    await as('authority', [
      'authority',
      'register-meter',
      '--meter-key',
      'meter.key.json',
      '--consumer',
      addr.wholesaler,
      '--retailer',
      addr.generator,
      '--first-period-start',
      date(FIRST),
      '--tz',
      '+01:00',
    ]);
    const meter = await Meter.fromKeyFile(await readFile(join(dir, 'meter.key.json'), 'utf8'));
    expect((await wattproof(['market', 'terms', '--kind', 'cfd', '--strike', '70.00', '--intervals', '24', '--out', 'cfd.json'])).code).toBe(0);
    const proposed = await as('generator', [
      'market',
      'ppa',
      'register',
      '--meter-id',
      String(METER_ID),
      '--zone',
      ZONE,
      '--terms',
      'cfd.json',
      '--valid-from',
      date(FIRST),
      '--valid-until',
      date(FIRST + 365),
    ]);
    expect([proposed.payer, proposed.payee, proposed.kind]).toEqual([addr.wholesaler, addr.generator, 'cfd']);
    // before the wholesaler accepts, nothing is proved
    const day0 = await signDay(meter, FIRST);
    expect((await fails(undefined, ['market', 'prove', '--period', day0, '--terms', 'cfd.json', '--out', 'p0.json'], 6)).code).toBe('AGREEMENT_NOT_ACTIVE');
    // accepting with other terms than the agreement's is refused
    expect((await wattproof(['market', 'terms', '--kind', 'cfd', '--strike', '90.00', '--intervals', '24', '--out', 'other.json'])).code).toBe(0);
    expect((await fails('wholesaler', ['market', 'ppa', 'accept', '--id', String(proposed.id), '--terms', 'other.json'], 2)).field).toBe('--terms');
    expect((await as('wholesaler', ['market', 'ppa', 'accept', '--id', String(proposed.id), '--terms', 'cfd.json'])).active).toBe(true);
    await as('wholesaler', ['consumer', 'deposit', '--amount', '500']);
    await as('generator', ['consumer', 'deposit', '--amount', '50']);

    const proof0 = await as(undefined, ['market', 'prove', '--period', day0, '--terms', 'cfd.json', '--out', 'p0.json']);
    expect(proof0.circuit).toBe('mkt_cfd_1d_60m');
    const settled = await as('generator', ['market', 'settle', 'p0.json']);
    expect(settled.charge).toBe(proof0.charge);
    // a replay is refused by the contract (the day is billed)
    expect((await fails('generator', ['market', 'settle', 'p0.json'], 5)).message).toMatch(/PeriodOverlap/);

    // day 2 proved, then the operator corrects it: the old proof is stale, a new one settles
    const day1 = await signDay(meter, FIRST + 1);
    const p1 = await as(undefined, ['market', 'prove', '--period', day1, '--terms', 'cfd.json', '--out', 'p1.json']);
    await writeFile(join(dir, 'fix.csv'), csv([FIRST + 1], 40_000));
    await as('operator', ['market', 'publish-prices', '--zone', ZONE, '--prices', 'fix.csv', '--correct']);
    expect((await fails('generator', ['market', 'settle', 'p1.json'], 5)).message).toMatch(/StalePrices/);
    const p1b = await as(undefined, ['market', 'prove', '--period', day1, '--terms', 'cfd.json', '--out', 'p1b.json']);
    expect(p1b.charge).not.toBe(p1.charge);
    await as('wholesaler', ['market', 'settle', 'p1b.json']); // anyone may submit

    // a day not yet published: refused before proving
    const day3 = await signDay(meter, FIRST + 3);
    expect((await fails(undefined, ['market', 'prove', '--period', day3, '--terms', 'cfd.json', '--out', 'p3.json'], 6)).code).toBe('PRICES_NOT_PUBLISHED');

    const shown = await as(undefined, ['market', 'prices', '--zone', ZONE, '--day', date(FIRST), '--days', '4']);
    expect(shown.days.map((d: { version?: number }) => d.version)).toEqual([1, 2, 1, undefined]);
    const ppas = await as(undefined, ['market', 'ppa', 'show', '--meter-id', String(METER_ID)]);
    expect(ppas.agreements[0].settlements.map((s: { firstDay: number }) => s.firstDay)).toEqual([FIRST, FIRST + 1]);

    const audit = await as(undefined, ['market', 'audit']);
    expect(audit.ok).toBe(true);
    expect(audit.reports.mkt_cfd_1d_60m.settlements).toHaveLength(2);
    expect(audit.trail).toMatchObject([{ kind: 'cfd', seller: addr.generator, buyer: addr.wholesaler, days: 2 }]);
  }, 900_000);
});
