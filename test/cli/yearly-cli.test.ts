// Yearly blocks from the command line (bill spec §9) on a Hardhat node over JSON-RPC: the world
// (deployment with the bill_1d_30m_yearly verifier, meter, the Shanghai yearly-block tariff approved
// and accepted, escrow) is set up with the SDK; then `wattproof bill prove`, `settle` and `audit`
// carry the year to date from bill to bill through the consumer's store (meter-<id>.ytd.json), and
// what a user gets wrong is refused with a message that says what to do: a non-yearly circuit,
// --domain, a bill before the previous one settled, a stale or damaged store. A settlement that
// fails (the contract paused) leaves the confirmed opening as it was and the new one pending.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Signer } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeSignedPeriod } from '../../core/src/meter/document.js';
import { householdSeries } from '../../core/src/meter/synthetic.js';
import { serializeTariff } from '../../core/src/tariff/document.js';
import { tariffCommitment } from '../../core/src/tariff/encode.js';
import { shanghaiDemoTariff } from '../../cli/src/demo/tariffs.js';
import { deployWattproof, type WattproofDeployment } from '../../sdk/src/chain/deploy.js';
import { connectRpc } from '../../sdk/src/net/provider.js';
import { WattproofConnection } from '../../sdk/src/roles/connection.js';
import { Meter } from '../../sdk/src/roles/meter.js';
import { ytdCommitment } from '../../sdk/src/index.js';
import { runCli, type CliRun } from '../support/cli.js';
import { hardhatNodeForFile, type NodeOfFile } from '../support/hardhat-node.js';

const METER = 8601n;
const TZ = 8 * 3600;
const FIRST_DAY = Date.UTC(2026, 0, 5) / 86_400_000;
/**
 * Days the meter signs: the first two are billed and settled (a fresh year to date, then one carried
 * from the chain), the third is the bill that broken stores are refused for.
 */
const DAYS = 3;

let node: NodeOfFile;
let dir: string;
let d: WattproofDeployment;
let close: () => void = () => undefined;
let asRegulator: WattproofConnection;
let asConsumer: WattproofConnection;

const store = () => join(dir, `meter-${METER}.ytd.json`);
const day = (k: number) => `day${k}.signed.json`;

async function wattproof(args: string[]): Promise<CliRun> {
  return runCli([...args, '--json'], { cwd: dir, unset: ['WATTPROOF_PRIVATE_KEY', 'WATTPROOF_RPC'] });
}
const chain = () => ['--rpc', node.url, '--settlement', d.addresses.settlement];
const prove = (k: number, extra: string[] = []) => wattproof(['bill', 'prove', '--tariff', 'tariff.json', '--period', day(k), ...chain(), ...extra]);
const settle = (k: number) => wattproof(['settle', `day${k}.proof.json`, ...chain()]);
const message = (r: CliRun) => `${r.stdout}${r.stderr}`;

beforeAll(async () => {
  node = await hardhatNodeForFile();
  dir = await mkdtemp(join(tmpdir(), 'wattproof-yearly-cli-'));
  const provider = await connectRpc(node.url, { timeoutMs: 60_000 });
  close = () => provider.destroy();
  const accounts = (await provider.send('eth_accounts', [])) as string[];
  const [admin, authority, regulator, retailer, consumer] = (await Promise.all(accounts.slice(0, 5).map((a) => provider.getSigner(a)))) as Signer[];
  const at = { authority: accounts[1]!, regulator: accounts[2]!, retailer: accounts[3]!, consumer: accounts[4]! };
  d = await deployWattproof(admin!, { verifierName: 'bill_1d_30m_yearly', authority: at.authority, regulator: at.regulator, retailers: [at.retailer] });
  const [asAuthority, asRetailer] = await Promise.all([WattproofConnection.fromDeployment(d, authority!), WattproofConnection.fromDeployment(d, retailer!)]);
  asRegulator = await WattproofConnection.fromDeployment(d, regulator!);
  asConsumer = await WattproofConnection.fromDeployment(d, consumer!);
  const tariff = shanghaiDemoTariff();
  await writeFile(join(dir, 'tariff.json'), serializeTariff(tariff));
  const meter = Meter.generate(METER);
  const series = householdSeries({ days: DAYS, intervalsPerDay: 48, seed: 20260105, startDate: '2026-01-05', consumptionScale: 1.45 });
  for (let k = 0; k < DAYS; k++) {
    const sp = await meter.sign({
      periodStart: (FIRST_DAY + k) * 86400 - TZ,
      intervalSeconds: 1800,
      imports: series.imports.slice(k * 48, (k + 1) * 48),
      exports: new Array<number>(48).fill(0),
    });
    await writeFile(join(dir, day(k)), serializeSignedPeriod(sp));
  }
  const commitment = await tariffCommitment(tariff);
  const yearStart = BigInt(Date.UTC(2026, 0, 1) / 1000 - TZ);
  await asAuthority.meters.registerMeter({
    meterId: METER,
    publicKey: await meter.publicKey(),
    consumer: at.consumer,
    retailer: at.retailer,
    firstPeriodStart: BigInt((FIRST_DAY * 86400 - TZ) as number),
  });
  await asRetailer.tariffs.registerTariff(commitment, yearStart, yearStart + 366n * 86400n);
  await asRegulator.tariffs.approveTariff(commitment);
  await asRetailer.tariffs.offerTariff(METER, commitment);
  await asConsumer.tariffs.acceptTariff(METER, commitment);
}, 300_000);

afterAll(async () => {
  close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

describe('yearly-block bills from the CLI over JSON-RPC', () => {
  it('refuses a non-yearly circuit and --domain, before any proving', async () => {
    const wrong = await prove(0, ['--circuit', 'bill_1d_30m']);
    expect(wrong.code, message(wrong)).toBe(2);
    expect(message(wrong)).toMatch(/--circuit: bill_1d_30m has no year-to-date component, but the tariff has yearly blocks .*bill_1d_30m_yearly/);
    const domain = await wattproof(['bill', 'prove', '--tariff', 'tariff.json', '--period', day(0), '--domain', '123']);
    expect(domain.code, message(domain)).toBe(2);
    expect(message(domain)).toMatch(/--domain: a yearly-block bill consumes the meter's year-to-date commitment on chain/);
    expect(existsSync(`${store()}.pending`)).toBe(false);
  }, 120_000);

  it('first bill: proven fresh, its opening pending; a bill before it settles is refused; settle confirms the opening', async () => {
    const p0 = await prove(0);
    expect(p0.code, message(p0)).toBe(0);
    expect(p0.json.circuit).toBe('bill_1d_30m_yearly');
    expect(p0.json.publicSignals).toHaveLength(8);
    expect(p0.json.publicSignals[5]).toBe('0'); // fresh: no old commitment
    expect(existsSync(store())).toBe(false);
    expect(existsSync(`${store()}.pending`)).toBe(true);
    // the next day's bill needs this one's year to date on chain first
    const early = await prove(1);
    expect(early.code, message(early)).toBe(2);
    expect(message(early)).toMatch(/settle the bills before it first/);
    const s0 = await settle(0);
    expect(s0.code, message(s0)).toBe(0);
    expect(s0.json.yearToDate).toEqual({ store: `meter-${METER}.ytd.json`, confirmed: true });
    const onChain = await asConsumer.settlement.yearToDateOf(METER);
    expect(JSON.parse(await readFile(store(), 'utf8')).commitment).toBe(String(onChain.commitment));
    expect(String(onChain.commitment)).toBe(p0.json.publicSignals[6]);
    expect(existsSync(`${store()}.pending`)).toBe(false);
  }, 300_000);

  it('a failed settlement leaves the confirmed opening usable and the new one pending; a stale or damaged store is refused', async () => {
    const p1 = await prove(1);
    expect(p1.code, message(p1)).toBe(0);
    expect(p1.json.publicSignals[5]).toBe(JSON.parse(await readFile(store(), 'utf8')).commitment);
    const confirmed = await readFile(store(), 'utf8');
    await asRegulator.settlement.pause();
    const failed = await settle(1);
    expect(failed.code, message(failed)).toBe(5);
    expect(message(failed)).toMatch(/EnforcedPause/);
    expect(await readFile(store(), 'utf8')).toBe(confirmed);
    expect(existsSync(`${store()}.pending`)).toBe(true);
    await asRegulator.settlement.unpause();
    const s1 = await settle(1);
    expect(s1.code, message(s1)).toBe(0);
    expect(s1.json.yearToDate.confirmed).toBe(true);
    const after1 = await readFile(store(), 'utf8');
    expect(JSON.parse(after1).commitment).toBe(p1.json.publicSignals[6]);

    // a stale store (the opening before last, as a restored backup would be): refused, with how to recover
    await writeFile(store(), confirmed);
    const stale = await prove(2);
    expect(stale.code, message(stale)).toBe(2);
    expect(message(stale)).toMatch(/is not meter 8601's commitment on chain .*stale .*Rebuild it from your own records/);
    // a damaged one, and a missing one
    await writeFile(store(), '{ not json');
    expect(message(await prove(2))).toMatch(/is not JSON/);
    await rm(store());
    const missing = await prove(2);
    expect(missing.code, message(missing)).toBe(2);
    expect(message(missing)).toMatch(/no year-to-date opening at .*but the chain holds meter 8601's commitment/);
    // the refusals wrote nothing: no opening pending, and the store the consumer keeps opens the
    // commitment on chain (what the next bill proves from; bill 1 above proved from bill 0's the same way)
    await writeFile(store(), after1);
    expect(existsSync(`${store()}.pending`)).toBe(false);
    const last = JSON.parse(after1);
    expect(last.wh).not.toBe('0');
    expect(BigInt(last.commitment)).toBe(
      await ytdCommitment({ meterId: METER, yearStartDay: last.yearStartDay, wh: BigInt(last.wh), salt: BigInt(last.salt) }),
    );
    expect(String((await asConsumer.settlement.yearToDateOf(METER)).commitment)).toBe(last.commitment);
  }, 600_000);

  it("status shows the meter's year-to-date commitment (never the opening)", async () => {
    await writeFile(join(dir, 'deployment.json'), JSON.stringify({ settlement: d.addresses.settlement }));
    const st = await wattproof(['status', '--meter', String(METER), '--deployment', 'deployment.json', '--rpc', node.url]);
    expect(st.code, message(st)).toBe(0);
    const onChain = await asConsumer.settlement.yearToDateOf(METER);
    expect(st.json.meter.yearToDate).toEqual({ commitment: String(onChain.commitment), yearStartDay: onChain.yearStart, yearStart: '2026-01-01' });
    expect(JSON.stringify(st.json.meter.yearToDate)).not.toMatch(/wh|salt/i);
    const text = await runCli(['status', '--meter', String(METER), '--deployment', 'deployment.json', '--rpc', node.url], {
      cwd: dir,
      unset: ['WATTPROOF_PRIVATE_KEY'],
    });
    expect(text.stdout).toMatch(/year to date \(yearly blocks\): commitment \d+…\d+ of the tariff year from 2026-01-01; the consumer holds its opening/);
  }, 120_000);

  it('the audit re-verifies the settleYearly settlements and their year-to-date chain', async () => {
    const a = await wattproof(['audit', ...chain()]);
    expect(a.code, message(a)).toBe(0);
    expect(a.json.circuit).toBe('bill_1d_30m_yearly');
    expect(a.json.verified).toBe(2);
    expect(a.json.settlements.map((s: any) => s.checks.yearToDate)).toEqual([true, true]);
    const ytd = a.json.settlements.map((s: any) => s.yearToDate);
    expect(ytd[0].old).toBe('0');
    expect(ytd[1].old).toBe(ytd[0].new);
  }, 300_000);
});
