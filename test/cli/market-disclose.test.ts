// The market group with the regulator's disclosure (docs/disclosure-spec.md §10) over JSON-RPC, CLI
// only: a deployment with the regulator's key registry, a DisclosedMarketSettlement for
// mkt_spot_1d_60m_disclose, a consumer on a spot-indexed tariff proving a day with --regulator-key,
// settling it, the prover's own copy (`market disclose`), and the regulator's `market audit --disclose`
// decrypting it and matching its amounts.
// What a user gets wrong: no key, a key that is not in force, a stray key for a plain circuit.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HDNodeWallet } from 'ethers';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeSignedPeriod } from '../../core/src/meter/document.js';
import { Meter } from '../../sdk/src/roles/meter.js';
import { hardhatNodeForFile, type NodeOfFile } from '../support/hardhat-node.js';
import { dayEnergy, dayPrices } from '../market/cases.js';
import { runCli } from '../support/cli.js';

const MNEMONIC = 'test test test test test test test test test test test junk';
const ROLES = ['admin', 'authority', 'regulator', 'operator', 'consumer', 'retailer'] as const;
type Role = (typeof ROLES)[number];
const ZONE = '1001';
const METER_ID = 8001n;
const FIRST = Date.UTC(2026, 2, 1) / 86_400_000;
const date = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

let dir: string;
let node: NodeOfFile;
const addr = {} as Record<Role, string>;

const wattproof = (args: string[]) => runCli(args, { cwd: dir, unset: ['WATTPROOF_PRIVATE_KEY', 'WATTPROOF_RPC'] });
const chain = (role?: Role) => ['--deployment', 'market.json', '--rpc', node.url, ...(role ? ['--key-file', `${role}.key`] : []), '--json'];
async function as(role: Role | undefined, args: string[]): Promise<any> {
  const r = await wattproof([...args, ...chain(role)]);
  expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
  return r.json;
}
async function fails(role: Role | undefined, args: string[]): Promise<{ code: string; message: string; field?: string }> {
  const r = await wattproof([...args, ...chain(role)]);
  expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).not.toBe(0);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.json.error;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-market-disclose-'));
  node = await hardhatNodeForFile();
  for (const [i, role] of ROLES.entries()) {
    const w = HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`);
    addr[role] = w.address;
    await writeFile(join(dir, `${role}.key`), `${w.privateKey}\n`, { mode: 0o600 });
  }
});

describe('wattproof market with the regulator disclosure over JSON-RPC', () => {
  it('deploys with the key registry, proves with --regulator-key, settles, and the regulator audits --disclose', async () => {
    const base = ['--rpc', node.url, '--key-file', 'admin.key', '--json'];
    for (const k of ['k0', 'other'])
      expect((await wattproof(['regulator', 'disclosure-key', 'new', '--secrets', `${k}.secrets`, '--public', `${k}.pub.json`])).code).toBe(0);
    const deployed = await wattproof([
      'deploy',
      '--dev-token',
      '--circuit',
      'bill_1d_30m_disclose',
      '--authority',
      addr.authority,
      '--regulator',
      addr.regulator,
      '--retailer',
      addr.retailer,
      '--disclosure',
      '--disclosure-key',
      'k0.pub.json',
      '--mint',
      `${addr.consumer}=1000`,
      '--out',
      'deployment.json',
      ...base,
    ]);
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    const keys = JSON.parse(await readFile(join(dir, 'deployment.json'), 'utf8')).addresses.disclosureKeys as string;
    // a disclosed circuit needs the registry
    const noKeys = await wattproof([
      'market',
      'deploy',
      '--circuit',
      'mkt_spot_1d_60m_disclose',
      '--out',
      'm.json',
      '--deployment',
      'deployment.json',
      ...base,
    ]);
    expect(noKeys.code).not.toBe(0);
    expect(noKeys.json.error.message).toMatch(/discloses to the regulator/);
    const market = await wattproof([
      'market',
      'deploy',
      '--circuit',
      'mkt_spot_1d_60m_disclose',
      '--disclosure-keys',
      keys,
      '--out',
      'market.json',
      '--deployment',
      'deployment.json',
      ...base,
    ]);
    expect(market.code, market.stderr).toBe(0);
    expect(market.json.market.disclosed).toEqual({ circuits: ['mkt_spot_1d_60m_disclose'], disclosureKeys: keys });

    await as('admin', ['market', 'open-zone', '--zone', ZONE, '--operator', addr.operator, '--intervals', '24', '--tz', '+01:00', '--first-day', date(FIRST)]);
    const rows = [FIRST, FIRST + 1].flatMap((d) => dayPrices(24, d).map((p, s) => `${date(d)},${s},${(p / 100).toFixed(2)}`));
    await writeFile(join(dir, 'prices.csv'), `date,interval,price\n${rows.join('\n')}\n`);
    await as('operator', ['market', 'publish-prices', '--zone', ZONE, '--prices', 'prices.csv']);
    expect((await wattproof(['meter', 'keygen', '--meter-id', String(METER_ID), '--out', 'meter.key.json'])).code).toBe(0);
    await as('authority', [
      'authority',
      'register-meter',
      '--meter-key',
      'meter.key.json',
      '--consumer',
      addr.consumer,
      '--retailer',
      addr.retailer,
      '--first-period-start',
      date(FIRST),
      '--tz',
      '+01:00',
    ]);
    expect(
      (
        await wattproof([
          'market',
          'terms',
          '--kind',
          'spot',
          '--adder',
          '25.00',
          '--standing',
          '90000',
          '--tax-bps',
          '700',
          '--intervals',
          '24',
          '--out',
          'spot.json',
        ])
      ).code,
    ).toBe(0);
    const proposed = await as('retailer', [
      'market',
      'ppa',
      'register',
      '--meter-id',
      String(METER_ID),
      '--zone',
      ZONE,
      '--terms',
      'spot.json',
      '--valid-from',
      date(FIRST),
      '--valid-until',
      date(FIRST + 365),
    ]);
    await as('consumer', ['market', 'ppa', 'accept', '--id', String(proposed.id), '--terms', 'spot.json']);
    await as('consumer', ['consumer', 'deposit', '--amount', '500']);

    const meter = await Meter.fromKeyFile(await readFile(join(dir, 'meter.key.json'), 'utf8'));
    const e = dayEnergy(24, 1, 'import');
    const signed = await meter.sign({ periodStart: FIRST * 86400 - 3600, intervalSeconds: 3600, imports: e.imports, exports: e.exports });
    await writeFile(join(dir, 'day0.signed.json'), serializeSignedPeriod(signed));
    await writeFile(join(dir, 'prover.secret'), '123456789\n', { mode: 0o600 });
    const prove = ['market', 'prove', '--period', 'day0.signed.json', '--terms', 'spot.json', '--out', 'p0.json'];
    // the deployment has only a disclosed circuit: without the key nothing fits; another key is not the one in force
    expect((await fails(undefined, prove)).message).toMatch(/no deployed market circuit takes/);
    expect((await fails(undefined, [...prove, '--regulator-key', 'k0.pub.json'])).message).toMatch(/go together/);
    const wrong = await fails(undefined, [...prove, '--regulator-key', 'other.pub.json', '--disclosure-secret', 'prover.secret']);
    expect([wrong.field, wrong.message]).toEqual(['--regulator-key', expect.stringMatching(/not the key in force/)]);
    const p0 = await as(undefined, [...prove, '--regulator-key', 'k0.pub.json', '--disclosure-secret', 'prover.secret']);
    expect(p0.circuit).toBe('mkt_spot_1d_60m_disclose');
    expect(p0.publicSignals).toHaveLength(15);
    const settled = await as('consumer', ['market', 'settle', 'p0.json']);
    expect(settled.charge).toBe(p0.charge);

    // The prover's own copy (`market disclose`): the same details the regulator reads below, and the
    // shared point that opens this settlement alone for an ombudsman; another secret opens nothing.
    const mine = await wattproof([
      'market',
      'disclose',
      'p0.json',
      '--regulator-key',
      'k0.pub.json',
      '--disclosure-secret',
      'prover.secret',
      '--out',
      'p0.details.json',
      '--json',
    ]);
    expect(mine.code, mine.stdout + mine.stderr).toBe(0);
    expect(mine.json.details.hourWh.map(Number)).toEqual(e.imports);
    expect(mine.json.charge).toBe(p0.charge);
    expect(JSON.parse(await readFile(join(dir, 'p0.details.json'), 'utf8')).details).toEqual(mine.json.details);
    const { x, y } = mine.json.sharedPoint as { x: string; y: string };
    const ombudsman = await wattproof(['market', 'disclose', 'p0.json', '--shared-point', `${x},${y}`]);
    expect(ombudsman.code, ombudsman.stdout + ombudsman.stderr).toBe(0);
    expect(ombudsman.stdout).toMatch(new RegExp(`signed statement\\s+${mine.json.details.statement}`));
    await writeFile(join(dir, 'other.secret'), '987654321\n', { mode: 0o600 });
    const stranger = await wattproof(['market', 'disclose', 'p0.json', '--regulator-key', 'k0.pub.json', '--disclosure-secret', 'other.secret', '--json']);
    expect(stranger.code).not.toBe(0);
    expect(stranger.json.error.message).toMatch(/does not open with this shared point/);
    const half = await wattproof(['market', 'disclose', 'p0.json', '--regulator-key', 'k0.pub.json', '--json']);
    expect(half.code).toBe(2);
    expect(half.json.error.message).toMatch(/give --regulator-key and --disclosure-secret, or --shared-point/);
    await writeFile(
      join(dir, 'plain.json'),
      JSON.stringify({ ...JSON.parse(await readFile(join(dir, 'p0.json'), 'utf8')), publicSignals: p0.publicSignals.slice(0, 7) }),
    );
    const plainProof = await wattproof(['market', 'disclose', 'plain.json', '--shared-point', `${x},${y}`, '--json']);
    expect(plainProof.code).not.toBe(0);
    expect(plainProof.json.error.message).toMatch(/has 7 signals, no disclosure/);

    const audit = await as(undefined, ['market', 'audit', '--disclose', '--key', 'k0.secrets', '--terms', 'spot.json']);
    expect(audit.ok).toBe(true);
    const seen = audit.reports.mkt_spot_1d_60m_disclose.settlements;
    expect(seen).toHaveLength(1);
    expect(seen[0].mismatches).toEqual([]);
    expect(seen[0].proofValid).toBe(true);
    expect(seen[0].recomputed.charge).toBe(p0.charge);
    expect(audit.summary.hourWh.map(Number)).toEqual(e.imports);
    // another regulator's secrets read nothing: flagged, exit 1
    const blind = await wattproof(['market', 'audit', '--disclose', '--key', 'other.secrets', '--terms', 'spot.json', ...chain()]);
    expect(blind.code).toBe(1);
    expect(blind.json.ok).toBe(false);
    expect(blind.json.reports.mkt_spot_1d_60m_disclose.settlements[0].mismatches).toEqual([expect.stringMatching(/no secret given/)]);
    // the ordinary audit re-verifies the disclosed proof with its words from calldata
    const plain = await as(undefined, ['market', 'audit']);
    expect(plain.ok).toBe(true);
  }, 900_000);
});
