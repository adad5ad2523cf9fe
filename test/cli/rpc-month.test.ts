// A billing run on a real node, with CLI commands only: `hardhat node` runs as a separate process
// and every step is the `wattproof` binary over JSON-RPC, each role with its own key file:
// deploy, register the meter, register / approve / offer / accept the tariff, deposit, import and
// sign the meter's data, prove and settle each day (the test circuit bill_1d_30m bills one day, so
// the "month" is consecutive daily periods; one goes into arrears, paid with pay-arrears), audit,
// read settlements and status, withdraw, pause, rotate a key. And what a user gets wrong: a key on
// the command line, a bad address, the wrong role, nothing to withdraw, a deployment that fails
// halfway (its record stays).
import { cliEntry, runCli } from '../support/cli.js';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HDNodeWallet } from 'ethers';
import { beforeAll, describe, expect, it } from 'vitest';
import { hardhatNodeForFile, type NodeOfFile } from '../support/hardhat-node.js';
import { CIRCUIT, FIRST_DAY, METER_ID, METER_KEY, days, tariff as worldTariff } from '../sdk-e2e/world.js';
import { serializeTariff } from '../../core/src/tariff/document.js';
import { Meter } from '../../sdk/src/roles/meter.js';

const MNEMONIC = 'test test test test test test test test test test test junk';
const ROLES = ['admin', 'authority', 'regulator', 'retailer', 'consumer'] as const;
type Role = (typeof ROLES)[number];
/** Days billed: each its own period, proof and settlement. */
const DAYS = 4;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: any;
}

let dir: string;
let node: NodeOfFile;
/** Wall time of each command run, for the slowest-steps line at the end. */
const timings: { args: string; ms: number }[] = [];
const addr = {} as Record<Role, string>;

async function wattproof(args: string[], env: Record<string, string> = {}): Promise<Run> {
  // Keys and the node come from each command's own options, never from the test's environment.
  const r = await runCli(args, { cwd: dir, env, unset: ['WATTPROOF_PRIVATE_KEY', 'WATTPROOF_RPC'] });
  timings.push({ args: args.slice(0, 2).join(' '), ms: r.ms });
  return r;
}

/** Runs a role command as `role` (its key file) on the deployment, expecting success. */
async function as(role: Role, args: string[]): Promise<any> {
  const r = await wattproof([...args, '--deployment', 'deployment.json', '--rpc', node.url, '--key-file', `${role}.key`, '--json']);
  expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.json;
}

async function rpc(method: string, params: unknown[] = []): Promise<any> {
  const res = await fetch(node.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: unknown; error?: { message: string } };
  if (body.error !== undefined) throw new Error(body.error.message);
  return body.result;
}

function csv(): string {
  const rows = days(DAYS).flatMap((p) =>
    p.imports.map((imp, i) => `${new Date((p.periodStart + i * 1800) * 1000).toISOString().replace('.000Z', 'Z')},${imp},${p.exports[i]}`),
  );
  return `timestamp,import_wh,export_wh\n${rows.join('\n')}\n`;
}

const dayFile = (d: number) => {
  const date = new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + d * 86400_000).toISOString().slice(0, 10);
  return join('periods', `${METER_ID}-${date}.signed.json`);
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-rpc-month-'));
  node = await hardhatNodeForFile();
  for (const [i, role] of ROLES.entries()) {
    const w = HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`);
    addr[role] = w.address;
    await writeFile(join(dir, `${role}.key`), `${w.privateKey}\n`, { mode: 0o600 });
  }
});

describe('a month of daily bills over JSON-RPC, CLI only', () => {
  it('deploy, register, approve, offer, accept, deposit, prove, settle, arrears, audit, status, withdraw', async () => {
    const t0 = Date.now();
    // Validation happens before any transaction: a mistyped checksum sends nothing.
    const nonce0 = await rpc('eth_getTransactionCount', [addr.admin, 'latest']);
    const badAddr = addr.authority.slice(0, -1) + (addr.authority.endsWith('8') ? '9' : '8');
    const bad = await wattproof([
      'deploy',
      '--dev-token',
      '--circuit',
      CIRCUIT,
      '--authority',
      badAddr.replace(/[a-f]/, (c) => c.toUpperCase()),
      '--out',
      'deployment.json',
      '--rpc',
      node.url,
      '--key-file',
      'admin.key',
      '--json',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.json.error.field).toBe('--authority');
    expect(await rpc('eth_getTransactionCount', [addr.admin, 'latest'])).toBe(nonce0);
    // A private key on the command line is refused, with the way to do it instead.
    const leaked = await wattproof([
      'deploy',
      '--dev-token',
      '--circuit',
      CIRCUIT,
      '--out',
      'x.json',
      '--rpc',
      node.url,
      '--private-key',
      `0x${'11'.repeat(32)}`,
    ]);
    expect(leaked.code).toBe(2);
    expect(leaked.stderr).toMatch(/--private-key is not accepted.*--key-file FILE.*WATTPROOF_PRIVATE_KEY/s);
    expect(leaked.stderr).not.toContain('11'.repeat(32));

    const deployed = await wattproof(
      [
        'deploy',
        '--dev-token',
        '--circuit',
        CIRCUIT,
        '--authority',
        addr.authority,
        '--regulator',
        addr.regulator,
        '--retailer',
        addr.retailer,
        '--mint',
        `${addr.consumer}=500`,
        '--mint',
        `${addr.retailer}=100`,
        '--out',
        'deployment.json',
        '--rpc',
        node.url,
        '--json',
      ],
      { WATTPROOF_PRIVATE_KEY: (await readFile(join(dir, 'admin.key'), 'utf8')).trim() },
    );
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    const record = JSON.parse(await readFile(join(dir, 'deployment.json'), 'utf8'));
    expect(record).toMatchObject({ format: 'wattproof.deployment.v1', status: 'complete', chainId: '31337', circuit: CIRCUIT });
    expect(record.addresses.settlement).toBe(deployed.json.addresses.settlement);
    expect(record.transactions.every((t: { status: string }) => t.status === 'mined')).toBe(true);
    const again = await wattproof([
      'deploy',
      '--dev-token',
      '--circuit',
      CIRCUIT,
      '--out',
      'deployment.json',
      '--rpc',
      node.url,
      '--key-file',
      'admin.key',
      '--json',
    ]);
    expect(again.code).toBe(2);
    expect(again.json.error.message).toMatch(/exists/);

    // Files: the meter's key, the retailer's tariff, the meter's data. The key and the tariff are the
    // SDK world's (test/sdk-e2e/world.ts), and the deployment above has the development chain's
    // addresses: each day billed here is the statement test/sdk-e2e/audit-index.test.ts proves, and
    // the run's proof cache proves it once. `meter keygen` is run below for the rotated key, `tariff
    // new` in test/cli/cli.test.ts.
    await writeFile(join(dir, 'meter.key.json'), JSON.stringify(await Meter.fromPrivateKey(METER_ID, METER_KEY).toKeyFile()));
    await writeFile(join(dir, 'tariff.json'), serializeTariff(worldTariff()));
    await writeFile(join(dir, 'usage.csv'), csv());

    const registered = await as('authority', [
      'authority',
      'register-meter',
      '--meter-key',
      'meter.key.json',
      '--consumer',
      addr.consumer,
      '--retailer',
      addr.retailer,
      '--first-period-start',
      FIRST_DAY,
      '--tz',
      '+01:00',
    ]);
    expect(registered.meterId).toBe(String(METER_ID));
    const tariff = await as('retailer', [
      'retailer',
      'register-tariff',
      '--tariff',
      'tariff.json',
      '--valid-from',
      '2026-06-01',
      '--valid-until',
      '2026-07-01',
    ]);
    expect(tariff.status).toBe('pending');
    // The wrong role is told so, and nothing is sent.
    const notRegulator = await wattproof([
      'regulator',
      'approve',
      '--tariff',
      'tariff.json',
      '--deployment',
      'deployment.json',
      '--rpc',
      node.url,
      '--key-file',
      'retailer.key',
      '--json',
    ]);
    expect(notRegulator.code).toBe(5);
    expect(notRegulator.json.error.message).toMatch(/does not hold REGULATOR_ROLE.*nothing was sent/);
    expect((await as('regulator', ['regulator', 'approve', '--tariff', 'tariff.json'])).commitment).toBe(tariff.commitment);
    // Private until published: anyone reads the status from the commitment alone.
    const chainShow = ['--commitment', tariff.commitment, '--deployment', 'deployment.json', '--rpc', node.url, '--json'];
    expect((await wattproof(['tariff', 'show', ...chainShow])).json).toMatchObject({ status: 'approved', visibility: 'private' });
    // Public: the document at a URI (checked byte for byte before sending), its keccak256 on chain.
    const uri = pathToFileURL(join(dir, 'tariff.json')).href;
    const wrong = await wattproof([
      'retailer',
      'publish-tariff',
      '--tariff',
      'tariff.json',
      '--uri',
      `${uri}.missing`,
      '--deployment',
      'deployment.json',
      '--rpc',
      node.url,
      '--key-file',
      'retailer.key',
      '--json',
    ]);
    expect(wrong.code, wrong.stdout + wrong.stderr).toBe(5);
    expect(wrong.json.error.message).toMatch(/ENOENT/);
    expect((await as('retailer', ['retailer', 'publish-tariff', '--tariff', 'tariff.json', '--uri', uri])).visibility).toBe('public');
    const shown = await wattproof(['tariff', 'show', ...chainShow]);
    expect(shown.json).toMatchObject({ visibility: 'public', verified: true, uri, tariff: { name: expect.any(String) } });
    await as('retailer', ['retailer', 'offer-tariff', '--meter-id', String(METER_ID), '--tariff', 'tariff.json']);
    await as('consumer', ['consumer', 'accept', '--meter-id', String(METER_ID), '--tariff', 'tariff.json']);
    await as('retailer', ['retailer', 'deposit', '--amount', '20']);

    const imported = await wattproof([
      'meter',
      'import',
      '--csv',
      'usage.csv',
      '--key',
      'meter.key.json',
      '--tariff',
      'tariff.json',
      '--by',
      'day',
      '--out-dir',
      'periods',
      '--json',
    ]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    expect(imported.json.periods).toHaveLength(DAYS);

    // The consumer deposits enough for the first two days only: the rest goes into arrears.
    const nets: bigint[] = [];
    for (let d = 0; d < DAYS; d++) {
      const c = await wattproof(['bill', 'compute', '--tariff', 'tariff.json', '--period', dayFile(d), '--json']);
      expect(c.code).toBe(0);
      nets.push(BigInt(c.json.bill.charge) - BigInt(c.json.bill.credit));
    }
    const firstTwo = nets[0]! + nets[1]!;
    const deposit = await as('consumer', ['consumer', 'deposit', '--amount', (Number(firstTwo) / 1e6).toFixed(6)]);
    expect(BigInt(deposit.position.balance)).toBe(firstTwo);

    let paid = 0n;
    let arrears = 0n;
    // The first days the consumer settles itself; the last two go through the collector: one proof
    // filed in its inbox directory, one posted to its HTTP inbox, then settled in one batch by the retailer.
    const SELF = 2;
    for (let d = 0; d < DAYS; d++) {
      const out = d < SELF ? `day${d}.proof.json` : `inbox/day${d}.proof.json`;
      const proved = await wattproof([
        'bill',
        'prove',
        '--tariff',
        'tariff.json',
        '--period',
        dayFile(d),
        '--out',
        out,
        '--deployment',
        'deployment.json',
        '--rpc',
        node.url,
        '--json',
      ]);
      expect(proved.code, proved.stdout + proved.stderr).toBe(0);
      if (d >= SELF) continue;
      const settled = await wattproof(['settle', out, '--deployment', 'deployment.json', '--rpc', node.url, '--key-file', 'consumer.key', '--json']);
      expect(settled.code, settled.stdout + settled.stderr).toBe(0);
      expect(settled.json.status).toBe('settled');
      paid += BigInt(settled.json.paid);
      arrears += BigInt(settled.json.arrearsAdded);
    }
    // The HTTP inbox: the last day's proof is posted instead of filed.
    const posted = await readFile(join(dir, `inbox/day${DAYS - 1}.proof.json`), 'utf8');
    await rm(join(dir, `inbox/day${DAYS - 1}.proof.json`));
    // its own process (a server the test talks to over HTTP), the same binary runCli spawns
    const server = spawn(process.execPath, [cliEntry(), 'collect', 'serve', '--inbox', 'inbox', '--port', '0', '--json'], { cwd: dir });
    const url = await new Promise<string>((res, rej) => {
      let text = '';
      server.stdout.on('data', (d: Buffer) => {
        text += d.toString();
        const m = /"listening":\s*"([^"]+)"/.exec(text);
        if (m) res(m[1]!);
      });
      server.on('close', (code) => rej(new Error(`collect serve exited with ${code}: ${text}`)));
    });
    const junk = await fetch(`${url}/proofs`, { method: 'POST', body: '{"format":"nope"}' });
    expect(junk.status).toBe(400);
    const filed = await fetch(`${url}/proofs`, { method: 'POST', body: posted });
    expect(filed.status).toBe(202);
    const { id } = (await filed.json()) as { id: string };
    expect(id).toMatch(/^\d+-\d+-[0-9a-f]{12}\.json$/);
    server.kill('SIGINT');
    await new Promise((r) => server.once('close', r));

    const dry = await as('retailer', ['collect', 'submit', '--inbox', 'inbox', '--dry-run']);
    expect(dry.pending).toHaveLength(DAYS - SELF);
    const collected = await as('retailer', ['collect', 'submit', '--inbox', 'inbox', '--report', 'collect-report.json']);
    expect(collected.batches).toHaveLength(1);
    expect(collected.settled.map((b: { status: string }) => b.status)).toEqual(Array(DAYS - SELF).fill('settled'));
    for (const b of collected.settled as { paid: string; arrearsAdded: string }[]) {
      paid += BigInt(b.paid);
      arrears += BigInt(b.arrearsAdded);
    }
    // Re-running pays nothing twice: every proof is found on chain.
    const rerun = await as('retailer', ['collect', 'submit', '--inbox', 'inbox']);
    expect(rerun.batches).toEqual([]);
    expect(rerun.settled.map((b: { status: string }) => b.status)).toEqual(Array(DAYS - SELF).fill('already-settled'));
    expect(paid + arrears).toBe(nets.reduce((s, n) => s + (n > 0n ? n : 0n), 0n) - 0n);
    expect(arrears).toBeGreaterThan(0n);

    const status = await as('consumer', ['status', '--meter', String(METER_ID)]);
    const firstStart = BigInt(days(1)[0]!.periodStart);
    expect(BigInt(status.meter.nextPeriodStart)).toBe(firstStart + BigInt(DAYS * 86400));
    expect(status.meter.settledPeriods).toBe(DAYS);
    expect(status.meter.tariff.accepted.commitment).toBe(tariff.commitment);
    expect(status.meter.tariff.accepted.status).toBe('approved');
    expect(status.meter.keys).toHaveLength(1);
    expect(status.meter.keys[0]).toMatchObject({ current: true, validFrom: String(firstStart), validUntil: null });
    expect(BigInt(status.meter.arrears)).toBe(arrears);

    const payArrears = await as('consumer', ['consumer', 'pay-arrears', '--meter-id', String(METER_ID), '--deposit']);
    expect(BigInt(payArrears.amount)).toBe(arrears);
    expect(payArrears.arrearsLeft).toBe('0');
    const nothing = await wattproof([
      'consumer',
      'pay-arrears',
      '--meter-id',
      String(METER_ID),
      '--deployment',
      'deployment.json',
      '--rpc',
      node.url,
      '--key-file',
      'consumer.key',
      '--json',
    ]);
    expect(nothing.code).toBe(6);
    expect(nothing.json.error.code).toBe('NOTHING_TO_PAY');

    const audit = await wattproof(['audit', '--deployment', 'deployment.json', '--rpc', node.url, '--json']);
    expect(audit.code, audit.stdout + audit.stderr).toBe(0);
    expect(audit.json.ok).toBe(true);
    expect(audit.json.verifier.matches).toBe(true);
    expect(audit.json.settlements).toHaveLength(DAYS);
    // The audit says which tariffs are public: this one is, and its document checks out.
    expect(audit.json.tariffs).toEqual([expect.objectContaining({ commitment: tariff.commitment, visibility: 'public', verified: true, settlements: DAYS })]);

    const list = await as('retailer', ['retailer', 'settlements', '--meter-id', String(METER_ID)]);
    expect(list.settlements).toHaveLength(DAYS);
    expect(BigInt(list.totalPaid)).toBe(paid);
    const withdrawn = await as('retailer', ['retailer', 'withdraw']);
    expect(BigInt(withdrawn.amount)).toBe(BigInt(list.position.free));
    const empty = await wattproof(['consumer', 'withdraw', '--deployment', 'deployment.json', '--rpc', node.url, '--key-file', 'consumer.key', '--json']);
    expect(empty.code).toBe(6);
    expect(empty.json.error.code).toBe('NOTHING_TO_WITHDRAW');

    // Emergency stop and resume; a key rotation at the billing cursor shows as two windows.
    const paused = await as('regulator', ['regulator', 'pause', '--only', 'settlement']);
    expect(paused.changed).toEqual(['settlement']);
    expect((await as('consumer', ['status'])).paused).toEqual({ settlement: true, meters: false, tariffs: false });
    expect((await as('regulator', ['regulator', 'unpause'])).changed).toEqual(['settlement']);
    expect((await wattproof(['meter', 'keygen', '--meter-id', String(METER_ID), '--out', 'meter2.key.json'])).code).toBe(0);
    await as('authority', ['authority', 'rotate-key', '--meter-id', String(METER_ID), '--meter-key', 'meter2.key.json', '--at', status.meter.nextPeriodStart]);
    const after = await wattproof(['status', '--meter', String(METER_ID), '--deployment', 'deployment.json', '--rpc', node.url]);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/billing cursor: the next period starts 2026-06-07 23:00 UTC/);
    expect(after.stdout).toMatch(/rotated out at/);
    expect(after.stdout).toMatch(/\(current\)/);
    const byCommand = new Map<string, number>();
    for (const t of timings) byCommand.set(t.args, (byCommand.get(t.args) ?? 0) + t.ms);
    const slowest = [...byCommand]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`);
    console.log(
      `rpc month: ${DAYS} daily bills on a hardhat node, CLI only, ${timings.length} commands in ${((Date.now() - t0) / 1000).toFixed(1)} s; most time: ${slowest.join(', ')}`,
    );
  });

  it('a deployment that fails halfway leaves a record of what it deployed', async () => {
    // A fresh account with gas money for the first contract only: the node wants gas limit x max fee
    // up front, and MeterRegistry's deployment takes about 2.44M gas (compiled for runtime gas through viaIR, issue 15),
    // TariffRegistry's 1.84M more (bench/gas.json).
    const poor = HDNodeWallet.fromPhrase(MNEMONIC, undefined, "m/44'/60'/0'/0/9");
    await writeFile(join(dir, 'poor.key'), `${poor.privateKey}\n`, { mode: 0o600 });
    const block = await rpc('eth_getBlockByNumber', ['latest', false]);
    const maxFee = BigInt(block.baseFeePerGas) * 2n + 1_000_000_000n;
    await rpc('hardhat_setBalance', [poor.address, `0x${(3_000_000n * maxFee).toString(16)}`]);
    const r = await wattproof([
      'deploy',
      '--token',
      JSON.parse(await readFile(join(dir, 'deployment.json'), 'utf8')).addresses.token,
      '--circuit',
      CIRCUIT,
      '--out',
      'half.json',
      '--rpc',
      node.url,
      '--key-file',
      'poor.key',
      '--json',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(5);
    expect(r.json.error.message).toMatch(/deployed before the failure: MeterRegistry 0x[0-9a-fA-F]{40}/);
    expect(r.json.error.message).toContain('half.json.partial');
    await expect(stat(join(dir, 'half.json'))).rejects.toThrow();
    const partial = JSON.parse(await readFile(join(dir, 'half.json.partial'), 'utf8'));
    expect(partial.status).toBe('failed');
    expect(partial.transactions[0]).toMatchObject({ label: 'deploy MeterRegistry', status: 'mined' });
    // A role command refuses the incomplete record.
    const use = await wattproof(['status', '--deployment', 'half.json.partial', '--rpc', node.url, '--json']);
    expect(use.code).toBe(2);
    expect(use.json.error.message).toMatch(/incomplete deployment/);
  });
});
