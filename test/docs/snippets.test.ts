// The integrator guide (sdk/README.md) cannot rot: every fenced block marked `// snippet: NAME`
// runs, in the README's order, as an ES module importing the compiled package by its name
// (`wattproof`, resolved through package.json's exports map), against a Hardhat node in its own
// process, each role with its own account key. A snippet that throws fails the test.
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Contract, HDNodeWallet, JsonRpcProvider, Mnemonic } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployWattproof } from '../../sdk/src/chain/deploy.js';
import { MeteringAuthority, Meter, WattproofConnection, serializeSignedPeriod, serializeTariff } from '../../sdk/src/index.js';
import { hardhatNodeForFile, type NodeOfFile } from '../support/hardhat-node.js';
import { METER_ID, METER_KEY, days, tariff as householdTariff } from '../sdk-e2e/world.js';

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Inside the package, so `import 'wattproof'` resolves to the package itself (Node's self-reference). */
const WORK = join(ROOT, 'build', 'snippets');
const MNEMONIC = 'test test test test test test test test test test test junk';

/** The README's snippets, in order. */
export function extractSnippets(markdown: string): { name: string; code: string }[] {
  const out: { name: string; code: string }[] = [];
  for (const m of markdown.matchAll(/```(?:js|ts|javascript)\n([\s\S]*?)```/g)) {
    const code = m[1]!;
    const name = /^\/\/ snippet: ([\w-]+)/.exec(code)?.[1];
    if (name !== undefined) out.push({ name, code });
  }
  return out;
}

function key(index: number): string {
  return HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), `m/44'/60'/0'/0/${index}`).privateKey;
}

let node: NodeOfFile;
let server: Server;
let env: Record<string, string>;

beforeAll(async () => {
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  node = await hardhatNodeForFile();
  const provider = new JsonRpcProvider(node.url, undefined, { cacheTimeout: -1, pollingInterval: 100 });
  const accounts = (await provider.send('eth_accounts', [])) as string[];
  const [admin, authority, regulator, retailer, consumer] = await Promise.all(accounts.slice(0, 5).map((a) => provider.getSigner(a)));
  const fromBlock = await provider.getBlockNumber();
  const d = await deployWattproof(admin!, { verifierName: 'bill_1d_30m', authority: accounts[1]!, regulator: accounts[2]!, retailers: [accounts[3]!] });

  // What exists before the guide starts: a registered meter, its signed day, the retailer's
  // tariff document, and tokens in the consumer's account. The meter, day and tariff are the SDK
  // household's first day (test/sdk-e2e/world.ts) and the deployment is the development chain's
  // (the same deployer, accounts and order), so the bill the guide proves is the statement
  // test/sdk-e2e's files prove, which the run's proof cache proves once.
  const meter = Meter.fromPrivateKey(METER_ID, METER_KEY);
  const [day] = days(1);
  const periodStart = day!.periodStart;
  const signed = await meter.sign(day!);
  const tariff = householdTariff();
  await new MeteringAuthority(await WattproofConnection.fromDeployment(d, authority!)).registerMeter({
    meter,
    consumer: accounts[4]!,
    retailer: accounts[3]!,
    firstPeriodStart: periodStart,
  });
  const token = new Contract(d.addresses.token, ['function mint(address to, uint256 amount)'], admin);
  await ((await token.getFunction('mint')(accounts[4]!, 10n ** 12n)) as { wait(): Promise<unknown> }).wait();
  // The day must be over before it can be billed (the node starts at the wall clock's time).
  const latest = await provider.getBlock('latest');
  if (latest === null || latest.timestamp <= periodStart + 86400) {
    await provider.send('evm_setNextBlockTimestamp', [periodStart + 86400 + 60]);
    await provider.send('evm_mine', []);
  }
  await writeFile(join(WORK, 'tariff.json'), serializeTariff(tariff));
  await writeFile(join(WORK, 'period.signed.json'), serializeSignedPeriod(signed));
  void retailer;
  void regulator;
  void consumer;
  provider.destroy();

  // The build directory served over HTTP, as a wallet's web server would serve it.
  const buildDir = join(ROOT, 'build');
  server = createServer((req, res) => {
    const path = normalize(join(buildDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(buildDir + sep)) return void res.writeHead(403).end();
    stat(path).then(
      (s) => (s.isFile() ? (res.writeHead(200, { 'content-length': s.size }), createReadStream(path).pipe(res)) : res.writeHead(404).end()),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  env = {
    WATTPROOF_RPC: node.url,
    WATTPROOF_SETTLEMENT: d.addresses.settlement,
    WATTPROOF_FILES: WORK,
    WATTPROOF_METER_ID: METER_ID.toString(),
    WATTPROOF_VALID_FROM: String(periodStart),
    WATTPROOF_FROM_BLOCK: String(fromBlock),
    WATTPROOF_ARTIFACTS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
  };
}, 600_000);

afterAll(async () => {
  if (server !== undefined) await new Promise((r) => server.close(r));
});

/** The account each snippet acts as (Hardhat's development keys: 2 regulator, 3 retailer, 4 consumer). */
const ACCOUNT: Record<string, number> = { retailer: 3, regulator: 2, consumer: 4 };

describe('sdk/README.md snippets', async () => {
  const snippets = extractSnippets(await readFile(join(ROOT, 'sdk', 'README.md'), 'utf8'));

  it('the guide has snippets for the retailer, the consumer wallet and the regulator', () => {
    expect(snippets.map((s) => s.name)).toEqual([
      'retailer-publish',
      'regulator-approve',
      'retailer-offer',
      'consumer-settle',
      'retailer-collect',
      'regulator-audit',
    ]);
  });

  for (const { name, code } of snippets) {
    it(`${name} runs`, async () => {
      const file = join(WORK, `${name}.mjs`);
      await writeFile(file, code);
      const role = name.split('-')[0]!;
      try {
        // A snippet that leaves the process hanging is a bug in the guide too: it must end by itself.
        const { stdout } = await run(process.execPath, [file], {
          cwd: WORK,
          timeout: 240_000,
          env: { ...process.env, ...env, WATTPROOF_KEY: key(ACCOUNT[role]!) },
        });
        if (stdout.trim() !== '') console.info(`[${name}] ${stdout.trim()}`);
      } catch (e) {
        const x = e as { stdout?: string; stderr?: string };
        throw new Error(`snippet ${name} failed:\n${x.stdout ?? ''}${x.stderr ?? String(e)}`);
      }
    });
  }
});
