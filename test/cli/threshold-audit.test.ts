// The regulator's key split 2-of-3 among supervisory bodies, audited over a block range on a real node
// (`hardhat node` in its own process), CLI only (docs/disclosure-spec.md §9): the three bodies generate the
// key without a dealer, the admin deploys a DisclosedSettlement registering the combined key, a consumer
// proves and settles two days of bill_1d_30m_disclose to it; bodies 1 and 3 each write their partial
// decryptions of the range (`audit --disclose --partial SHARE --out FILE`), and `audit --disclose --partials
// A,B` combines them and recomputes every amount. One body's file alone opens nothing, a forged file is
// refused naming it, a combined key file whose shares were altered is refused, and a body refuses to
// decrypt proofs it cannot re-verify.
import { copyFile, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { HDNodeWallet } from 'ethers';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeSignedPeriod } from '../../core/src/meter/document.js';
import { Meter } from '../../sdk/src/roles/meter.js';
import { hardhatNodeForFile, type NodeOfFile } from '../support/hardhat-node.js';
import { days, FIRST_DAY, METER_ID } from '../sdk-e2e/world.js';
import { runCli } from '../support/cli.js';

const ROOT = resolve(__dirname, '../..');
const MNEMONIC = 'test test test test test test test test test test test junk';
const ROLES = ['admin', 'authority', 'regulator', 'retailer', 'consumer'] as const;
type Role = (typeof ROLES)[number];
const CIRCUIT = 'bill_1d_30m_disclose';

let dir: string;
let node: NodeOfFile;
const addr = {} as Record<Role, string>;
const wattproof = (args: string[]) => runCli([...args, '--json'], { cwd: dir, unset: ['WATTPROOF_PRIVATE_KEY', 'WATTPROOF_RPC'] });
const onChain = (role?: Role) => ['--deployment', 'deployment.json', '--rpc', node.url, ...(role ? ['--key-file', `${role}.key`] : [])];
async function ok(args: string[]): Promise<any> {
  const r = await wattproof(args);
  expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
  return r.json;
}
async function fails(args: string[]): Promise<{ code: number; message: string }> {
  const r = await wattproof(args);
  expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).not.toBe(0);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { code: r.code, message: r.json?.error?.message ?? '' };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-threshold-audit-'));
  node = await hardhatNodeForFile();
  for (const [i, role] of ROLES.entries()) {
    const w = HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`);
    addr[role] = w.address;
    await writeFile(join(dir, `${role}.key`), `${w.privateKey}\n`, { mode: 0o600 });
  }
}, 180_000);

describe('audit --disclose --partial / --partials: two of three supervisory bodies audit a block range', () => {
  it('deal, combine, deploy with the combined key, settle two days; two bodies audit them, one cannot', async () => {
    // The key generation (no dealer): every body deals, then each combines what it received.
    await mkdir(join(dir, 'keygen'));
    for (const b of [1, 2, 3]) await ok(['regulator', 'disclosure-key', 'deal', '--body', String(b), '--dir', 'keygen']);
    for (const b of [1, 2, 3]) {
      await ok([
        'regulator',
        'disclosure-key',
        'combine',
        '--body',
        String(b),
        '--dir',
        'keygen',
        '--share',
        `body${b}.share.json`,
        '--public',
        `split${b}.pub.json`,
      ]);
    }
    await ok([
      ...['deploy', '--dev-token', '--circuit', CIRCUIT, '--authority', addr.authority, '--regulator', addr.regulator, '--retailer', addr.retailer],
      ...['--disclosure', '--disclosure-key', 'split1.pub.json', '--mint', `${addr.consumer}=1000`, '--out', 'deployment.json'],
      ...['--rpc', node.url, '--key-file', 'admin.key'],
    ]);

    // The bill's parties, as in any deployment.
    await ok(['meter', 'keygen', '--meter-id', String(METER_ID), '--out', 'meter.key.json']);
    await ok(['tariff', 'new', '--slots', '48', '--tz', '+01:00', '--out', 'tariff.json']);
    await ok([
      ...['authority', 'register-meter', '--meter-key', 'meter.key.json', '--consumer', addr.consumer, '--retailer', addr.retailer],
      ...['--first-period-start', FIRST_DAY, '--tz', '+01:00', ...onChain('authority')],
    ]);
    await ok(['retailer', 'register-tariff', '--tariff', 'tariff.json', '--valid-from', '2026-06-01', '--valid-until', '2026-07-01', ...onChain('retailer')]);
    await ok(['regulator', 'approve', '--tariff', 'tariff.json', ...onChain('regulator')]);
    await ok(['retailer', 'offer-tariff', '--meter-id', String(METER_ID), '--tariff', 'tariff.json', ...onChain('retailer')]);
    await ok(['consumer', 'accept', '--meter-id', String(METER_ID), '--tariff', 'tariff.json', ...onChain('consumer')]);
    await ok(['consumer', 'deposit', '--amount', '500', ...onChain('consumer')]);

    const meter = await Meter.fromKeyFile(await readFile(join(dir, 'meter.key.json'), 'utf8'));
    await writeFile(join(dir, 'consumer.secret'), '0x5eedc0de\n', { mode: 0o600 });
    const charges: string[] = [];
    for (const [d, period] of days(2).entries()) {
      const signed = await meter.sign({ periodStart: period.periodStart, intervalSeconds: 1800, imports: period.imports, exports: period.exports });
      await writeFile(join(dir, `day${d}.signed.json`), serializeSignedPeriod(signed));
      const proved = await ok([
        ...['bill', 'prove', '--tariff', 'tariff.json', '--period', `day${d}.signed.json`, '--out', `day${d}.proof.json`, '--circuit', CIRCUIT],
        ...['--regulator-key', 'split2.pub.json', '--disclosure-secret', 'consumer.secret', ...onChain()],
      ]);
      expect(proved.publicSignals).toHaveLength(10);
      const settled = await ok(['settle', `day${d}.proof.json`, ...onChain('consumer')]);
      expect(settled.status).toBe('settled');
      charges.push(settled.charge);
    }

    // Bodies 1 and 3, each in its own office: its partial decryptions of the range (mode 0600).
    for (const b of [1, 3]) {
      const wrote = await ok(['audit', '--disclose', '--partial', `body${b}.share.json`, '--out', `partials${b}.json`, ...onChain()]);
      expect(wrote).toMatchObject({ body: b, partials: 2, skipped: [] });
      expect((await stat(join(dir, `partials${b}.json`))).mode & 0o777).toBe(0o600);
    }
    // an existing file is not overwritten silently
    expect((await fails(['audit', '--disclose', '--partial', 'body1.share.json', '--out', 'partials1.json', ...onChain()])).message).toMatch(/exists/);

    const audited = await ok([
      ...['audit', '--disclose', '--partials', 'partials1.json,partials3.json', '--regulator-key', 'split3.pub.json', '--tariff', 'tariff.json'],
      ...onChain(),
    ]);
    expect(audited.bodies).toEqual([1, 3]);
    expect(audited.flagged).toBe(0);
    expect(audited.settlements.map((s: { charge: string }) => s.charge)).toEqual(charges);
    for (const s of audited.settlements) {
      expect(s.mismatches).toEqual([]);
      expect(s.recomputed.charge).toBe(s.charge);
    }
    expect(audited.summary.settlements).toBe(2);

    // One body alone opens nothing.
    const alone = await fails(['audit', '--disclose', '--partials', 'partials1.json', '--regulator-key', 'split1.pub.json', ...onChain()]);
    expect(alone.message).toMatch(/give two bodies' partial files, not 1/);
    // Body 3's file passed off as body 2's (index and body rewritten): its proofs fail against body 2's public share.
    const p3 = JSON.parse(await readFile(join(dir, 'partials3.json'), 'utf8'));
    const forged = { ...p3, body: 2, partials: p3.partials.map((p: object) => ({ ...p, index: 2 })) };
    await writeFile(join(dir, 'forged.json'), JSON.stringify(forged));
    const refused = await fails(['audit', '--disclose', '--partials', 'partials1.json,forged.json', '--regulator-key', 'split1.pub.json', ...onChain()]);
    expect(refused.message).toMatch(/forged\.json: body 2's partial decryption does not verify against its public share/);
    // A combined key file whose public shares were swapped: refused before anything is combined.
    const pub = JSON.parse(await readFile(join(dir, 'split1.pub.json'), 'utf8'));
    await writeFile(join(dir, 'swapped.pub.json'), JSON.stringify({ ...pub, publicShares: [pub.publicShares[1], pub.publicShares[0], pub.publicShares[2]] }));
    const swapped = await fails(['audit', '--disclose', '--partials', 'partials1.json,partials3.json', '--regulator-key', 'swapped.pub.json', ...onChain()]);
    expect(swapped.message).toMatch(/not one 2-of-3 split's/);
    // A body decrypts only proofs it re-verifies: with published keys none of which is the deployed
    // verifier's (a build holding only the plain bill_1d_30m), it refuses before writing anything.
    const manifest = JSON.parse(await readFile(join(ROOT, 'build', 'manifest.json'), 'utf8'));
    const plain = manifest.circuits.bill_1d_30m;
    await mkdir(join(dir, 'other-build', dirname(plain.files.vkey.path)), { recursive: true });
    await copyFile(join(ROOT, 'build', plain.files.vkey.path), join(dir, 'other-build', plain.files.vkey.path));
    await writeFile(join(dir, 'other-build', 'manifest.json'), JSON.stringify({ ...manifest, circuits: { bill_1d_30m: plain } }));
    const blind = await runCli(['audit', '--disclose', '--partial', 'body2.share.json', '--out', 'partials2.json', ...onChain(), '--json'], {
      cwd: dir,
      env: { WATTPROOF_BUILD_DIR: join(dir, 'other-build') },
      unset: ['WATTPROOF_PRIVATE_KEY', 'WATTPROOF_RPC'],
    });
    expect(blind.code, blind.stdout + blind.stderr).not.toBe(0);
    expect(blind.json.error.message).toMatch(/a body decrypts only proofs it re-verifies/);
    await expect(stat(join(dir, 'partials2.json'))).rejects.toThrow(/ENOENT/);
    // What a user gets wrong: the options that go together.
    expect((await fails(['audit', '--disclose', '--partial', 'body1.share.json', ...onChain()])).message).toMatch(/--partial needs --out FILE/);
    expect((await fails(['audit', '--disclose', '--partials', 'partials1.json,partials3.json', ...onChain()])).message).toMatch(/needs --regulator-key FILE/);
    expect((await fails(['audit', '--disclose', '--key', 'x', '--partials', 'a,b', ...onChain()])).message).toMatch(/one of --key, --partial, --partials/);
    expect((await fails(['audit', '--partials', 'a,b', ...onChain()])).message).toMatch(/--partials needs --disclose/);
  }, 900_000);
});
