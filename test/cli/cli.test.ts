// The `wattproof` binary, spawned as a user would run it, with --json: keys, tariffs, CSV import,
// bills computed, proven (one real bill_1d_30m proof), verified, settled on the in-process chain
// and over --rpc (a real HTTP JSON-RPC endpoint in front of Hardhat's EVM), audited; and the
// errors a user meets (exit codes, messages naming the file and line, no stack traces).
import { runCli } from '../support/cli.js';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { HDNodeWallet } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, COMMANDS } from '../../cli/src/main.js';
import { Consumer, MeteringAuthority, Regulator, Retailer, parseSignedPeriodJson, parseTariffJson, shutdownProver } from '../../sdk/src/index.js';
import { loadHardhat, startDevChain } from '../../cli/src/devchain.js';
import { CIRCUIT, METER_ID, METER_KEY, UNIT, days, startBridge, tariff as worldTariff } from '../sdk-e2e/world.js';
import { serializeTariff } from '../../core/src/tariff/document.js';
import { Meter } from '../../sdk/src/roles/meter.js';

const MNEMONIC = 'test test test test test test test test test test test junk';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: any;
}

/** Runs the binary (asynchronously: the test process may be serving the RPC bridge meanwhile). */
function wattproof(args: string[], cwd: string): Promise<Run> {
  return runCli(args, { cwd });
}

function csvOf(n: number): string {
  const rows = days(n).flatMap((p) =>
    p.imports.map((imp, i) => `${new Date((p.periodStart + i * 1800) * 1000).toISOString().replace('.000Z', 'Z')},${imp},${p.exports[i]}`),
  );
  return `timestamp,import_wh,export_wh\n${rows.join('\n')}\n`;
}

let dir: string;
const periodFile = () => join(dir, 'periods', `${METER_ID}-2026-06-04.signed.json`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-cli-'));
});

afterAll(async () => {
  await shutdownProver();
});

describe('help', () => {
  it('every command has help text (exit 0)', async () => {
    for (const c of COMMANDS) {
      let text = '';
      const sink = new Writable({ write: (chunk: Buffer, _e, cb) => ((text += chunk.toString()), cb()) });
      expect(await main([...c.path, '--help'], { stdout: sink, stderr: sink })).toBe(0);
      expect(text).toMatch(new RegExp(`^usage: wattproof ${c.path.join(' ')}`));
    }
    const r = await wattproof(['--help'], dir);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(c.path.join(' '));
  });
});

describe('files and bills', () => {
  it('meter keygen, tariff new / commit / show', async () => {
    const key = await wattproof(['meter', 'keygen', '--meter-id', String(METER_ID), '--out', 'new.key.json', '--json'], dir);
    expect(key.code).toBe(0);
    expect(key.json.meterId).toBe(String(METER_ID));
    expect(key.json.keyHash).toMatch(/^\d+$/);

    expect((await Meter.fromKeyFile(await readFile(join(dir, 'new.key.json'), 'utf8'))).meterId).toBe(METER_ID);

    const made = await wattproof(['tariff', 'new', '--slots', '48', '--tz', '+01:00', '--out', 'new-tariff.json', '--json'], dir);
    expect(made.code).toBe(0);
    const commit = await wattproof(['tariff', 'commit', 'new-tariff.json', '--json'], dir);
    expect(commit.json.commitment).toBe(made.json.commitment);
    const show = await wattproof(['tariff', 'show', 'new-tariff.json', '--json'], dir);
    expect(show.json.tariff.slotsPerDay).toBe(48);
    expect(show.json.tariff.bandNames).toEqual(['off-peak', 'shoulder', 'peak']);
  });

  it('meter import: CSV into signed daily periods, Green Button; a malformed file names the line', async () => {
    // The meter's key and the tariff the bills below use are the SDK world's (test/sdk-e2e/world.ts):
    // the day proved below on the development chain is then the statement
    // test/sdk-e2e/audit-index.test.ts proves, and the run's proof cache proves it once.
    await writeFile(join(dir, 'meter.key.json'), JSON.stringify(await Meter.fromPrivateKey(METER_ID, METER_KEY).toKeyFile()));
    await writeFile(join(dir, 'tariff.json'), serializeTariff(worldTariff()));
    await writeFile(join(dir, 'usage.csv'), csvOf(2));
    const r = await wattproof(
      ['meter', 'import', '--csv', 'usage.csv', '--key', 'meter.key.json', '--tariff', 'tariff.json', '--by', 'day', '--out-dir', 'periods', '--json'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.json.periods).toHaveLength(2);
    expect(r.json.periods.every((p: { signed: boolean; intervals: number }) => p.signed && p.intervals === 48)).toBe(true);
    const sp = parseSignedPeriodJson(await readFile(periodFile(), 'utf8'));
    expect(sp.imports).toEqual(days(1)[0]!.imports);

    const fixtures = resolve(__dirname, '../sdk/fixtures');
    const gb = await wattproof(
      [
        'meter',
        'import',
        '--green-button',
        join(fixtures, 'greenbutton-linked.xml'),
        '--meter-id',
        '5',
        '--tz',
        '0',
        '--by',
        'day',
        '--out-dir',
        'gb',
        '--json',
      ],
      dir,
    );
    expect(gb.code, gb.stdout + gb.stderr).toBe(0);
    expect(gb.json.intervalSeconds).toBe(3600);
    expect(gb.json.periods).toHaveLength(1);
    expect(gb.json.periods[0].signed).toBe(false);
    const gap = await wattproof(['meter', 'import', '--green-button', join(fixtures, 'bad-gb-gap.xml'), '--meter-id', '5', '--tz', '0', '--json'], dir);
    expect(gap.code).toBe(2);
    expect(gap.json.error.message).toMatch(/bad-gb-gap\.xml:42: gap in import readings/);

    await writeFile(join(dir, 'bad.csv'), 'timestamp,import_wh\n2026-06-03T23:00:00Z,100\n2026-06-03T23:30:00Z,12.5\n');
    const bad = await wattproof(['meter', 'import', '--csv', 'bad.csv', '--meter-id', '1', '--tz', '+01:00', '--json'], dir);
    expect(bad.code).toBe(2);
    expect(bad.json.error.code).toBe('IMPORT');
    expect(bad.json.error.message).toMatch(/^bad\.csv:3: /);
    const human = await wattproof(['meter', 'import', '--csv', 'bad.csv', '--meter-id', '1', '--tz', '+01:00'], dir);
    expect(human.code).toBe(2);
    expect(human.stderr).toMatch(/^error: bad\.csv:3: /);
    expect(human.stderr).not.toMatch(/\n\s+at /);
  });

  it('bill compute, prove, verify (and a tampered proof is invalid)', async () => {
    const computed = await wattproof(['bill', 'compute', '--tariff', 'tariff.json', '--period', periodFile(), '--json'], dir);
    expect(computed.code).toBe(0);
    const charge = BigInt(computed.json.bill.charge);

    const proved = await wattproof(['bill', 'prove', '--tariff', 'tariff.json', '--period', periodFile(), '--out', 'proof.json', '--json'], dir);
    expect(proved.code, proved.stdout + proved.stderr).toBe(0);
    expect(proved.json.circuit).toBe(CIRCUIT);
    expect(BigInt(proved.json.charge)).toBe(charge);

    const ok = await wattproof(['bill', 'verify', 'proof.json', '--json'], dir);
    expect(ok.code).toBe(0);
    expect(ok.json.valid).toBe(true);
    expect(ok.json.signals.meterId).toBe(String(METER_ID));
    expect(BigInt(ok.json.signals.charge)).toBe(charge);

    const doc = JSON.parse(await readFile(join(dir, 'proof.json'), 'utf8'));
    doc.publicSignals[3] = (BigInt(doc.publicSignals[3]) + 1n).toString();
    await writeFile(join(dir, 'tampered.json'), JSON.stringify(doc));
    const bad = await wattproof(['bill', 'verify', 'tampered.json', '--json'], dir);
    expect(bad.code).toBe(1);
    expect(bad.json.valid).toBe(false);
  });

  it('clear errors: missing file, bad option value, missing dev-mode input', async () => {
    const missing = await wattproof(['bill', 'compute', '--tariff', 'nope.json', '--period', periodFile()], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: nope.json: no such file\n');
    const tz = await wattproof(['tariff', 'new', '--tz', 'Mars/Olympus', '--json'], dir);
    expect(tz.code).toBe(2);
    expect(tz.json.error).toMatchObject({ code: 'VALIDATION', field: '--tz' });
    const noPeriod = await runCli(['settle', 'proof.json', '--json'], { cwd: dir, refusedBeforeChain: true });
    expect(noPeriod.code).toBe(2);
    expect(noPeriod.json.error.code).toBe('USAGE');
  });
});

describe('settlement and audit', () => {
  it('settle on the in-process development chain', async () => {
    const r = await wattproof(['settle', 'proof.json', '--period', periodFile(), '--json'], dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.json.status).toBe('settled');
    expect(r.json.meterId).toBe(String(METER_ID));
    expect(BigInt(r.json.paid)).toBe(BigInt(r.json.charge) - BigInt(r.json.credit));
  });

  it('settle and audit over --rpc; a re-run finds the settlement and sends nothing', async () => {
    // A chain in this process, deployed like the CLI's development chain (same addresses, so the
    // proof's domain matches), set up through the SDK, and served over HTTP.
    const dev = await startDevChain(CIRCUIT);
    const tariff = parseTariffJson(await readFile(join(dir, 'tariff.json'), 'utf8'));
    const sp = parseSignedPeriodJson(await readFile(periodFile(), 'utf8'));
    const end = sp.periodStart + 86400;
    await dev.advanceTo(end);
    await new MeteringAuthority(await dev.connect(dev.accounts.authority)).registerMeter({
      meter: { meterId: METER_ID, publicKey: sp.publicKey },
      consumer: dev.addresses.consumer,
      retailer: dev.addresses.retailer,
      firstPeriodStart: sp.periodStart,
    });
    const retailer = new Retailer(await dev.connect(dev.accounts.retailer));
    await retailer.registerTariff(tariff, { validFrom: sp.periodStart, validUntil: end });
    await new Regulator(await dev.connect(dev.accounts.regulator)).approveTariff(tariff);
    await retailer.offerTariff(METER_ID, tariff);
    const consumer = new Consumer(await dev.connect(dev.accounts.consumer));
    await consumer.acceptTariff(METER_ID, tariff);
    await dev.mint(dev.addresses.consumer, 100n * UNIT);
    await consumer.deposit(100n * UNIT);

    const hre = (await loadHardhat()) as unknown as { network: { provider: { request(a: { method: string; params?: unknown[] }): Promise<unknown> } } };
    const bridge = await startBridge(hre.network.provider);
    try {
      const key = HDNodeWallet.fromPhrase(MNEMONIC, undefined, "m/44'/60'/0'/0/4").privateKey;
      // Keys come from a file (or $WATTPROOF_PRIVATE_KEY), never from the command line.
      await writeFile(join(dir, 'consumer.key'), `${key}\n`, { mode: 0o600 });
      const rpc = ['--rpc', bridge.url, '--settlement', dev.deployment.addresses.settlement, '--key-file', 'consumer.key', '--json'];
      bridge.faults.push('http503'); // the first request fails; the CLI retries it
      const first = await wattproof(['settle', 'proof.json', ...rpc], dir);
      expect(first.code, first.stdout + first.stderr).toBe(0);
      expect(first.json.status).toBe('settled');
      expect(BigInt(first.json.consumer.balance)).toBe(100n * UNIT - BigInt(first.json.paid));

      bridge.seen.length = 0;
      const again = await wattproof(['settle', 'proof.json', ...rpc], dir);
      expect(again.code).toBe(0);
      expect(again.json.status).toBe('already-settled');
      expect(again.json.txHash).toBe(first.json.txHash);
      expect(bridge.seen).not.toContain('eth_sendRawTransaction');

      const audit = await wattproof(['audit', '--rpc', bridge.url, '--settlement', dev.deployment.addresses.settlement, '--json'], dir);
      expect(audit.code, audit.stdout + audit.stderr).toBe(0);
      expect(audit.json.ok).toBe(true);
      expect(audit.json.circuit).toBe(CIRCUIT);
      expect(audit.json.verifier.matches).toBe(true);
      expect(audit.json.settlements).toHaveLength(1);
      expect(audit.json.settlements[0].verified).toBe(true);

      const wrong = await wattproof(['audit', '--rpc', bridge.url, '--settlement', dev.deployment.addresses.token, '--json'], dir);
      expect(wrong.code).toBe(5);
      expect(wrong.json.error.message).toMatch(/does not look like a wattproof Settlement contract/);
    } finally {
      await bridge.close();
    }
  });
});
