// `wattproof deploy --disclosure` and `wattproof regulator disclosure-key new | rotate | list` on a
// real node (`hardhat node` in its own process), CLI only: the regulator makes its key pairs, the
// admin deploys a DisclosedSettlement with its DisclosureKeys registry, the regulator schedules the
// next epoch; every refusal happens before a transaction is sent.
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HDNodeWallet } from 'ethers';
import { beforeAll, describe, expect, it } from 'vitest';
import { isDisclosureKeyPoint } from '../../core/src/crypto/disclosure.js';
import { hardhatNodeForFile, type NodeOfFile } from '../support/hardhat-node.js';
import { runCli } from '../support/cli.js';

const MNEMONIC = 'test test test test test test test test test test test junk';
const ROLES = ['admin', 'authority', 'regulator', 'retailer'] as const;
const CIRCUIT = 'bill_1d_30m_disclose';

let dir: string;
let node: NodeOfFile;
const addr = {} as Record<(typeof ROLES)[number], string>;
const run = (args: string[]) => runCli([...args, '--json'], { cwd: dir, unset: ['WATTPROOF_PRIVATE_KEY', 'WATTPROOF_RPC'] });
const onChain = ['--deployment', 'deployment.json', '--rpc'];

async function nonce(a: string): Promise<number> {
  const res = await fetch(node.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_getTransactionCount', params: [a, 'latest'] }),
  });
  return Number(((await res.json()) as { result: string }).result);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-disclosure-deploy-'));
  node = await hardhatNodeForFile();
  for (const [i, role] of ROLES.entries()) {
    const w = HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`);
    addr[role] = w.address;
    await writeFile(join(dir, `${role}.key`), `${w.privateKey}\n`, { mode: 0o600 });
  }
}, 180_000);

describe('deploy --disclosure, regulator disclosure-key', () => {
  it('makes keys, deploys a DisclosedSettlement with its registry, rotates and lists the epochs', async () => {
    // Two key pairs: epoch 0's and the next; the secrets file keeps both, mode 0600.
    const k0 = await run(['regulator', 'disclosure-key', 'new', '--secrets', 'regulator.secrets', '--public', 'k0.pub.json']);
    expect(k0.code, k0.stdout + k0.stderr).toBe(0);
    const k1 = await run(['regulator', 'disclosure-key', 'new', '--secrets', 'regulator.secrets', '--public', 'k1.pub.json']);
    expect(k1.code, k1.stdout + k1.stderr).toBe(0);
    expect((await stat(join(dir, 'regulator.secrets'))).mode & 0o777).toBe(0o600);
    const secrets = (await readFile(join(dir, 'regulator.secrets'), 'utf8')).split('\n').filter((l) => /^\d+$/.test(l));
    expect(secrets).toHaveLength(2);
    const pub0 = JSON.parse(await readFile(join(dir, 'k0.pub.json'), 'utf8'));
    // a key is its point; the chain and the proofs name it by its y
    expect(Object.keys(pub0).sort()).toEqual(['x', 'y']);
    expect(isDisclosureKeyPoint({ x: BigInt(pub0.x), y: BigInt(pub0.y) })).toBe(true);
    // the public file is never overwritten silently
    const again = await run(['regulator', 'disclosure-key', 'new', '--secrets', 'regulator.secrets', '--public', 'k0.pub.json']);
    expect(again.code).not.toBe(0);
    expect(again.json.error.message).toMatch(/already exists/);
    expect((await readFile(join(dir, 'regulator.secrets'), 'utf8')).split('\n').filter((l) => /^\d+$/.test(l))).toHaveLength(2);

    const base = ['deploy', '--dev-token', '--circuit', CIRCUIT, '--authority', addr.authority, '--retailer', addr.retailer, '--out', 'deployment.json'];
    const chain = ['--rpc', node.url, '--key-file', 'admin.key'];
    const n0 = await nonce(addr.admin);
    // refusals before any transaction
    const noRegulator = await run([...base, '--disclosure', '--disclosure-key', 'k0.pub.json', ...chain]);
    expect(noRegulator.code).toBe(2);
    expect(noRegulator.json.error.message).toMatch(/--regulator ADDRESS is required/);
    const plainCircuit = await run([
      ...base.map((a) => (a === CIRCUIT ? 'bill_1d_30m' : a)),
      '--regulator',
      addr.regulator,
      '--disclosure',
      '--disclosure-key',
      'k0.pub.json',
      ...chain,
    ]);
    expect(plainCircuit.code).not.toBe(0);
    expect(plainCircuit.json.error.field).toBe('--circuit');
    const noKey = await run([...base, '--regulator', addr.regulator, '--disclosure', ...chain]);
    expect(noKey.code).toBe(2);
    const stray = await run([...base, '--regulator', addr.regulator, '--disclosure-key', 'k0.pub.json', ...chain]);
    expect(stray.code).toBe(2);
    expect(stray.json.error.message).toMatch(/need --disclosure/);
    await writeFile(join(dir, 'bad.pub.json'), JSON.stringify({ x: '1', y: '2' }));
    const offCurve = await run([...base, '--regulator', addr.regulator, '--disclosure', '--disclosure-key', 'bad.pub.json', ...chain]);
    expect(offCurve.code).not.toBe(0);
    expect(offCurve.json.error.message).toMatch(/not a BabyJubJub point/);
    expect(await nonce(addr.admin)).toBe(n0);

    const deployed = await run([...base, '--regulator', addr.regulator, '--disclosure', '--disclosure-key', 'k0.pub.json', ...chain]);
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    const record = JSON.parse(await readFile(join(dir, 'deployment.json'), 'utf8'));
    expect(record).toMatchObject({ status: 'complete', circuit: CIRCUIT, disclosure: true });
    expect(record.addresses.disclosureKeys).toMatch(/^0x[0-9a-fA-F]{40}$/);
    const labels = record.transactions.map((t: { label: string }) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['deploy Bill1d30mDiscloseBatchVerifier', 'deploy DisclosureKeys', 'deploy DisclosedSettlement']));
    expect(labels).not.toContain('deploy Settlement');

    const listed = await run(['regulator', 'disclosure-key', 'list', ...onChain, node.url]);
    expect(listed.code, listed.stdout + listed.stderr).toBe(0);
    expect(listed.json.epochs).toHaveLength(1);
    expect(listed.json.epochs[0]).toMatchObject({ epoch: 0, keyY: pub0.y, x: pub0.x, y: pub0.y, validFrom: '0' });

    // rotation: only the regulator, only forward in time
    const later = String(Math.floor(Date.now() / 1000) + 40 * 86400);
    const rotate = ['regulator', 'disclosure-key', 'rotate', '--public', 'k1.pub.json', ...onChain, node.url, '--key-file'];
    const byAdmin = await run([...rotate, 'admin.key', '--valid-from', later]);
    expect(byAdmin.code).not.toBe(0);
    expect(byAdmin.json.error.message).toMatch(/does not hold REGULATOR_ROLE.*nothing was sent/);
    const past = await run([...rotate, 'regulator.key', '--valid-from', '1000']);
    expect(past.code).not.toBe(0);
    expect(past.json.error.message).toMatch(/in the past.*nothing was sent/);
    const same = await run([
      'regulator',
      'disclosure-key',
      'rotate',
      '--public',
      'k0.pub.json',
      ...onChain,
      node.url,
      '--key-file',
      'regulator.key',
      '--valid-from',
      later,
    ]);
    expect(same.code).not.toBe(0);
    expect(same.json.error.message).toMatch(/already the key of epoch 0/);
    const rotated = await run([...rotate, 'regulator.key', '--valid-from', later]);
    expect(rotated.code, rotated.stdout + rotated.stderr).toBe(0);
    expect(rotated.json).toMatchObject({ epoch: 1, validFrom: later });
    const before = await run([...rotate, 'regulator.key', '--valid-from', String(Number(later) - 1)]);
    expect(before.code).not.toBe(0);
    expect(before.json.error.message).toMatch(/after the last epoch's start/);

    const two = await run(['regulator', 'disclosure-key', 'list', ...onChain, node.url]);
    expect(two.json.epochs.map((e: { epoch: number; validFrom: string }) => [e.epoch, e.validFrom])).toEqual([
      [0, '0'],
      [1, later],
    ]);
    expect(two.json.inForce).toBe(0);
  }, 600_000);

  it('refuses the key commands on a Settlement without disclosure', async () => {
    const plain = await run([
      'deploy',
      '--dev-token',
      '--circuit',
      'bill_1d_30m',
      '--regulator',
      addr.regulator,
      '--out',
      'plain.json',
      '--rpc',
      node.url,
      '--key-file',
      'admin.key',
    ]);
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    const listed = await run(['regulator', 'disclosure-key', 'list', '--deployment', 'plain.json', '--rpc', node.url]);
    expect(listed.code).not.toBe(0);
    expect(listed.json.error.message).toMatch(/is not a DisclosedSettlement/);
  }, 300_000);
});
