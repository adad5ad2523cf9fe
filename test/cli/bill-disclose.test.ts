// `wattproof bill prove` with the regulator's disclosure and `wattproof bill disclose` (the consumer's
// own copy, and the ombudsman's opening with one settlement's shared point), spawned as a user runs
// them, on the one-day disclosure circuit.
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { billDetails, emptyBandHour, hourlyImportWh } from '../../core/src/bill/disclosure.js';
import { hourBandTable } from '../../cli/src/commands/audit-disclose.run.js';
import type { DisclosureSummary } from '../../sdk/src/audit/disclosure-audit.js';
import { generateDisclosureKey } from '../../core/src/crypto/disclosure.js';
import { serializeSignedPeriod } from '../../core/src/meter/document.js';
import { serializeTariff } from '../../core/src/tariff/document.js';
import { billCase, DOMAIN, dayProfile, fullTariff, midnight, type BillCase } from '../circuits/cases.js';
import { runCli } from '../support/cli.js';

describe('wattproof bill prove --regulator-key, bill disclose', () => {
  let dir: string;
  let bc: BillCase;
  const regulator = generateDisclosureKey();
  const run = (args: string[]) => runCli(args, { cwd: dir });
  /** `bill prove` of the file's period on `circuit`, for the test domain. */
  const proveOn = (circuit: string) => [
    'bill',
    'prove',
    '--tariff',
    'tariff.json',
    '--period',
    'period.signed.json',
    '--circuit',
    circuit,
    '--domain',
    DOMAIN.toString(),
  ];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wattproof-disclose-'));
    bc = await billCase({ name: 'bill_1d_30m', intervalsPerDay: 48, maxDays: 1 }, fullTariff(48), {
      start: midnight('2026-03-04', 3600),
      ...dayProfile(48, 1, 2),
    });
    await writeFile(join(dir, 'tariff.json'), serializeTariff(bc.tariff));
    await writeFile(join(dir, 'period.signed.json'), serializeSignedPeriod(bc.signed));
    await writeFile(join(dir, 'regulator.pub.json'), JSON.stringify({ x: regulator.publicKey.x.toString(), y: regulator.publicKey.y.toString() }));
    await writeFile(join(dir, 'consumer.secret'), '0x5eedc0de\n', { mode: 0o600 });
    await writeFile(join(dir, 'other.secret'), '12345\n', { mode: 0o600 });
  });

  it('proves with disclosure, and the consumer opens its own copy, then an ombudsman with the shared point', async () => {
    const base = proveOn('bill_1d_30m_disclose');
    const half = await run([...base, '--regulator-key', 'regulator.pub.json', '--json']);
    expect(half.code).toBe(2);
    expect(half.json.error.message).toMatch(/--regulator-key and --disclosure-secret go together/);
    const none = await run([...base, '--json']);
    expect(none.code, none.stdout + none.stderr).not.toBe(0);
    expect(none.json.error.message).toMatch(/options\.disclosure: is required/);

    const proved = await run([...base, '--regulator-key', 'regulator.pub.json', '--disclosure-secret', 'consumer.secret', '--out', 'proof.json', '--json']);
    expect(proved.code, proved.stdout + proved.stderr).toBe(0);
    expect(proved.json.publicSignals).toHaveLength(10);
    const verified = await run(['bill', 'verify', 'proof.json', '--json']);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(verified.json.valid).toBe(true);

    const mine = await run(['bill', 'disclose', 'proof.json', '--regulator-key', 'regulator.pub.json', '--disclosure-secret', 'consumer.secret', '--json']);
    expect(mine.code, mine.stdout + mine.stderr).toBe(0);
    const want = billDetails(bc.bill, bc.signed.statement);
    expect(mine.json.details.bandWh.map(BigInt)).toEqual(want.bandWh);
    expect(mine.json.details.exportBandWh.map(BigInt)).toEqual(want.exportBandWh);
    expect(BigInt(mine.json.details.statement)).toBe(want.statement);

    const { x, y } = mine.json.sharedPoint as { x: string; y: string };
    const ombudsman = await run(['bill', 'disclose', 'proof.json', '--shared-point', `${x},${y}`, '--json']);
    expect(ombudsman.code, ombudsman.stdout + ombudsman.stderr).toBe(0);
    expect(ombudsman.json.details).toEqual(mine.json.details);

    const wrong = await run(['bill', 'disclose', 'proof.json', '--regulator-key', 'regulator.pub.json', '--disclosure-secret', 'other.secret', '--json']);
    expect(wrong.code).not.toBe(0);
    expect(wrong.json.error.message).toMatch(/does not open/);
  }, 600_000);

  it('audit --disclose needs the regulator secrets, and refuses a ledger without disclosure', async () => {
    const noKey = await runCli(['audit', '--disclose', '--json'], { cwd: dir, refusedBeforeChain: true });
    expect(noKey.code).toBe(2);
    expect(noKey.json.error.message).toMatch(/--disclose needs --key FILE/);
    const stray = await runCli(['audit', '--key', 'consumer.secret', '--json'], { cwd: dir, refusedBeforeChain: true });
    expect(stray.code).toBe(2);
    expect(stray.json.error.message).toMatch(/--key needs --disclose/);
    await writeFile(join(dir, 'regulator.secrets'), `# epoch 0\n${regulator.secret}\n`, { mode: 0o600 });
    // without --rpc: the fresh in-process deployment, whose Settlement has no disclosure
    const plain = await run(['audit', '--disclose', '--key', 'regulator.secrets', '--tariff', 'tariff.json', '--json']);
    expect(plain.code, plain.stdout + plain.stderr).not.toBe(0);
    expect(plain.json.error.message).toMatch(/is not a DisclosedSettlement/);
  }, 600_000);

  it('audit --disclose prints the market by hour and band, with a mixed column only when an hour spans bands', () => {
    const bandHour = emptyBandHour();
    bandHour.bandHourWh[0]![3] = 700n;
    bandHour.bandHourWh[2]![18] = 2500n;
    const hourWh = new Array<bigint>(24).fill(0n);
    hourWh[3] = 700n;
    hourWh[18] = 2500n;
    const sum: DisclosureSummary = {
      settlements: 2,
      importBandWh: [700n, 0n, 2500n, 0n, 0n, 0n, 0n, 0n],
      exportBandWh: new Array<bigint>(8).fill(0n),
      maxPeakWh: 0n,
      hourlySettlements: 2,
      hourWh,
      bandHour,
    };
    const lines = hourBandTable(sum).split('\n');
    expect(lines[0]!.trim().split(/\s+/)).toEqual(['hour', 'band', '0', 'band', '2', 'total']);
    expect(
      lines
        .find((l) => l.includes('18:00'))!
        .trim()
        .split(/\s+/),
    ).toEqual(['18:00', '0', '2500', '2500']);
    bandHour.mixedHourWh[7] = 40n;
    hourWh[7] = 40n;
    const withMixed = hourBandTable(sum).split('\n');
    expect(withMixed[0]).toContain('mixed');
    expect(
      withMixed
        .find((l) => l.includes('07:00'))!
        .trim()
        .split(/\s+/),
    ).toEqual(['07:00', '0', '0', '40', '40']);
  });

  it('2-of-3 bodies: deal and combine a key without a dealer; a share altered in transit is refused', async () => {
    await mkdir(join(dir, 'keygen'));
    for (const b of [1, 2, 3]) {
      const dealt = await run(['regulator', 'disclosure-key', 'deal', '--body', String(b), '--dir', 'keygen', '--json']);
      expect(dealt.code, dealt.stdout + dealt.stderr).toBe(0);
    }
    expect((await stat(join(dir, 'keygen', 'deal-2-for-3.secret.json'))).mode & 0o777).toBe(0o600);
    const hashes: string[] = [];
    for (const b of [1, 2, 3]) {
      const combined = await run([
        ...['regulator', 'disclosure-key', 'combine', '--body', String(b), '--dir', 'keygen'],
        ...['--share', `body${b}.share.json`, '--public', `split${b}.pub.json`, '--json'],
      ]);
      expect(combined.code, combined.stdout + combined.stderr).toBe(0);
      hashes.push(combined.json.keyY);
    }
    expect(new Set(hashes).size).toBe(1);
    expect((await stat(join(dir, 'body1.share.json'))).mode & 0o777).toBe(0o600);
    // a dealer's share altered in transit is refused by its recipient, naming the dealer
    const bad = JSON.parse(await readFile(join(dir, 'keygen', 'deal-2-for-1.secret.json'), 'utf8'));
    await mkdir(join(dir, 'keygen-bad'));
    for (const f of ['deal-1.public.json', 'deal-2.public.json', 'deal-3.public.json', 'deal-1-for-1.secret.json', 'deal-3-for-1.secret.json']) {
      await writeFile(join(dir, 'keygen-bad', f), await readFile(join(dir, 'keygen', f)));
    }
    await writeFile(join(dir, 'keygen-bad', 'deal-2-for-1.secret.json'), JSON.stringify({ ...bad, share: (BigInt(bad.share) + 1n).toString() }));
    const refused = await run([
      'regulator',
      'disclosure-key',
      'combine',
      '--body',
      '1',
      '--dir',
      'keygen-bad',
      '--share',
      'x.json',
      '--public',
      'y.json',
      '--json',
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.json.error.message).toMatch(/does not match dealer 2's commitments/);
  }, 600_000);

  // One hourly proof serves the consumer's own copy and the bodies' opening: its regulator key is the
  // bodies' combined key, which the consumer uses as any regulator key.
  it("proves on the hourly layout to the bodies' combined key, and the consumer reads the 24 hours of its own copy", async () => {
    const proved = await run([
      ...proveOn('bill_1d_30m_disclose_hourly'),
      '--regulator-key',
      'split1.pub.json',
      '--disclosure-secret',
      'consumer.secret',
      '--out',
      'hourly.json',
      '--json',
    ]);
    expect(proved.code, proved.stdout + proved.stderr).toBe(0);
    expect(proved.json.publicSignals).toHaveLength(13);
    const verified = await run(['bill', 'verify', 'hourly.json', '--json']);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(verified.json.valid).toBe(true);
    const mine = await run(['bill', 'disclose', 'hourly.json', '--regulator-key', 'split1.pub.json', '--disclosure-secret', 'consumer.secret']);
    expect(mine.code, mine.stdout + mine.stderr).toBe(0);
    const hours = hourlyImportWh(bc.tariff, bc.signed);
    expect(mine.stdout).toContain(`import, 18:00-19:00`);
    expect(mine.stdout).toMatch(new RegExp(`import, 18:00-19:00\\s+${hours[18]} Wh`));
    const json = await run(['bill', 'disclose', 'hourly.json', '--regulator-key', 'split1.pub.json', '--disclosure-secret', 'consumer.secret', '--json']);
    expect(json.json.details.hourWh.map(BigInt)).toEqual(hours);
  }, 600_000);

  it("two bodies' partial decryptions open the hourly proof, one alone does not, a forged one is refused", async () => {
    for (const b of [1, 3]) {
      const part = await run([
        'regulator',
        'disclosure-key',
        'partial',
        'hourly.json',
        '--share',
        `body${b}.share.json`,
        '--out',
        `partial${b}.json`,
        '--json',
      ]);
      expect(part.code, part.stdout + part.stderr).toBe(0);
    }
    const opened = await run(['bill', 'disclose', 'hourly.json', '--partials', 'partial1.json,partial3.json', '--regulator-key', 'split2.pub.json', '--json']);
    expect(opened.code, opened.stdout + opened.stderr).toBe(0);
    expect(opened.json.details.hourWh.map(BigInt)).toEqual(hourlyImportWh(bc.tariff, bc.signed));
    expect(opened.json.bodies).toEqual([1, 3]);
    const alone = await run(['bill', 'disclose', 'hourly.json', '--partials', 'partial1.json', '--regulator-key', 'split1.pub.json', '--json']);
    expect(alone.code).not.toBe(0);
    expect(alone.json.error.message).toMatch(/need 2 bodies/);
    // body 3's partial passed off as body 2's: its proof does not verify against body 2's public share
    const p3 = JSON.parse(await readFile(join(dir, 'partial3.json'), 'utf8'));
    await writeFile(join(dir, 'forged.json'), JSON.stringify({ ...p3, index: 2 }));
    const forged = await run(['bill', 'disclose', 'hourly.json', '--partials', 'partial1.json,forged.json', '--regulator-key', 'split1.pub.json', '--json']);
    expect(forged.code).not.toBe(0);
    expect(forged.json.error.message).toMatch(/body 2's partial decryption does not verify/);
  }, 600_000);
});
