// A trusted setup of bill_1d_30m through the CLI: a participant's contribution in its own process as on
// her machine (alice), closed by the coordinator's public beacon on her output and exported; its
// verifier is deployed on Hardhat's in-process chain, a bill is proven with the ceremony's zkey and
// settled, and the regulator's audit reports the transcript. Then the ceremony is broken four ways (a
// tampered contribution, a contribution on the wrong circuit, a skipped contribution, the wrong powers of
// tau) and `ceremony verify` must say which. A chain of several contributions (and a contribution
// skipped between two others) is a ceremony of the small foundation_tiny circuit below: each step on
// the bill's 2^14 key costs ~6 s of CPU, and chaining is the same code on any circuit. Public ptau
// files cannot be downloaded here, so the ceremony runs on the development ptau with the explicit
// --insecure-dev-ptau flag, and everything it produces is flagged INSECURE. The coordinator's commands
// (init, beacon, verify, export, accept, and the steps that must be refused) run through the CLI's
// main() in this worker (helpers.ts `coordinator`): the same command, exit code and output, without a
// process start each.
import { copyFile, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Consumer,
  MeteringAuthority,
  Meter,
  Regulator,
  Retailer,
  WattproofConnection,
  checkSetup,
  deployVerifierSource,
  deployWattproof,
  loadPublishedKeys,
  shutdownProver,
  type AuditReport,
} from '../../sdk/src/index.js';
import { loadHardhat } from '../../cli/src/devchain.js';
import { readSections } from '../../circuits/build/binfile.js';
import {
  applyBeacon,
  ceremonyPtau,
  contributeFile,
  contributeInCeremony,
  collectingLogger,
  initCeremony,
  TRANSCRIPT_FILE,
  type Transcript,
  transcriptText,
} from '../../circuits/build/ceremony/index.js';
import { devPtauPath } from '../../circuits/build/ptau.js';
import { sha256File } from '../../circuits/build/fs-util.js';
import { terminateCurves } from '../../circuits/build/snark.js';
import { METER_ID, days, tariff } from '../sdk-e2e/world.js';
import { CIRCUIT, ROOT, coordinator, copyCeremony, editTranscript, wattproof, type Run } from './helpers.js';

let work: string;
let dir: string;
let out: string;
const published: { name: string; hash: string }[] = [];
let verified: Run;
let report: AuditReport;
const DEV = '--insecure-dev-ptau';
const BEACON = '0x5f2c1e0a9d8b7c6a5f4e3d2c1b0a99887766554433221100ffeeddccbbaa9988';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wattproof-ceremony-'));
  dir = join(work, 'ceremony');
  out = join(work, 'export');
});

afterAll(async () => {
  await shutdownProver();
  await terminateCurves();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a ceremony through the CLI', () => {
  it('init refuses to start without a public ptau or the explicit development flag', async () => {
    const r = await coordinator(['ceremony', 'init', '--circuit', CIRCUIT, '--dir', join(work, 'refused'), '--json']);
    expect(r.code).toBe(3);
    expect(r.json.error.code).toBe('PTAU');
    expect(r.json.error.message).toMatch(/--ptau powersOfTau28_hez_final_NN\.ptau.*--insecure-dev-ptau/);
  });

  it("init, a participant's contribution (its own process), beacon: each prints the hash to publish", async () => {
    const init = await coordinator(['ceremony', 'init', '--circuit', CIRCUIT, '--dir', dir, DEV]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toMatch(/INSECURE/);
    expect(init.stdout).toMatch(/started in .*\(INSECURE: development powers of tau\)/);
    // The participant's own process (it must exit by itself, its curve's threads ended); the beacon
    // in the coordinator's process builds on her output. A second participant on this 2^14 key cost
    // ~6.5 s of CPU and checked nothing the chain of three on the small circuit below does not.
    const name = 'alice (regulator)';
    const r = await wattproof(['ceremony', 'contribute', '--dir', dir, '--name', name, '--text', `${name} typed this`, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.contributionHash).toMatch(/^[0-9a-f]{128}$/);
    published.push({ name, hash: r.json.contributionHash as string });
    const b = await coordinator(['ceremony', 'beacon', '--dir', dir, '--beacon', BEACON, '--iterations-exp', '10', '--json']);
    expect(b.code, b.stderr).toBe(0);
    published.push({ name: 'public random beacon', hash: b.json.contributionHash as string });
    expect(new Set(published.map((p) => p.hash)).size).toBe(2);
    // Nothing may follow the beacon.
    const late = await coordinator(['ceremony', 'contribute', '--dir', dir, '--name', 'dave', '--json']);
    expect(late.code).toBe(2);
    expect(late.json.error.message).toMatch(/finalized/);
  });

  it('verify accepts the whole chain and lists every contribution hash as published', async () => {
    verified = await coordinator(['ceremony', 'verify', '--dir', dir, DEV, '--json']);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    const v = verified.json;
    expect(v.ok).toBe(true);
    expect(v.finalized).toBe(true);
    expect(v.insecure).toBe(true);
    expect(v.cryptographicCheck).toBe('run');
    expect(v.contributions.map((c: any) => [c.name, c.contributionHash])).toEqual(published.map((p) => [p.name, p.hash]));
    expect(v.contributions[1].beacon).toEqual({ hash: BEACON.slice(2), iterationsExp: 10 });
    // Human output lists them too, and refuses to check a development ceremony without the flag.
    const human = await coordinator(['ceremony', 'verify', '--dir', dir]);
    expect(human.code).toBe(3);
    expect(human.stderr).toMatch(/INSECURE; give --insecure-dev-ptau/);
  });

  it('export writes the verifier, the key and a manifest entry naming the ceremony', async () => {
    const r = await coordinator(['ceremony', 'export', '--dir', dir, '--out-dir', out, DEV, '--json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    const entry = manifest.circuits[CIRCUIT];
    expect(entry.insecure).toBe(true);
    expect(entry.ceremony.contributions.map((c: any) => c.contributionHash)).toEqual(published.map((p) => p.hash));
    expect(entry.files.zkey.sha256).toBe(await sha256File(join(dir, 'bill_1d_30m_0002.zkey')));
    expect(entry.ceremony.finalZkeySha256).toBe(entry.files.zkey.sha256);
    const sol = await readFile(join(out, entry.verifier.path), 'utf8');
    expect(sol).toMatch(/contract Bill1d30mVerifier/);
    expect(sol).toMatch(/INSECURE: development powers of tau/);
  });
});

describe("the ceremony's verifier on chain", () => {
  it('is deployed, a bill proven with the ceremony zkey settles, and the audit reports the transcript', async () => {
    const hre = await loadHardhat();
    const [admin, authorityS, regulatorS, retailerS, consumerS] = await hre.ethers.getSigners();
    const addr = async (s: typeof admin) => s!.getAddress();
    // Settlement checks proofs with the batch verifier rendered from the ceremony's vkey.
    const sol = await readFile(join(out, 'contracts', 'Bill1d30mBatchVerifier.sol'), 'utf8');
    const verifierAddress = await deployVerifierSource(admin!, sol);
    const deployment = await deployWattproof(admin!, {
      verifierAddress,
      authority: await addr(authorityS),
      regulator: await addr(regulatorS),
      retailers: [await addr(retailerS)],
    });
    const conn = (s: typeof admin) => WattproofConnection.fromDeployment(deployment, s!);
    const consumer = new Consumer(await conn(consumerS));
    const retailer = new Retailer(await conn(retailerS));
    const regulator = new Regulator(await conn(regulatorS));
    const authority = new MeteringAuthority(await conn(authorityS));
    const t = tariff();
    const meter = Meter.fromPrivateKey(METER_ID, '22'.repeat(32));
    const [period] = await meter.signAll(days(1));
    const end = BigInt(period!.periodStart + 86400);
    const block = await hre.ethers.provider.getBlock('latest');
    if (BigInt(block!.timestamp) < end) {
      await hre.network.provider.request({ method: 'evm_setNextBlockTimestamp', params: [Number(end)] });
      await hre.network.provider.request({ method: 'evm_mine', params: [] });
    }
    await authority.registerMeter({ meter, consumer: await addr(consumerS), retailer: await addr(retailerS), firstPeriodStart: period!.periodStart });
    await retailer.registerTariff(t, { validFrom: period!.periodStart, validUntil: end + 30n * 86400n });
    await regulator.approveTariff(t);
    await retailer.offerTariff(METER_ID, t);
    await consumer.acceptTariff(METER_ID, t);
    // The proof is made with the ceremony's zkey (the export directory's manifest).
    const proof = await consumer.proveBill(t, period!, { circuit: CIRCUIT, buildDir: out });
    const settled = await consumer.settle(proof);
    expect(settled.status).toBe('settled');

    report = await regulator.audit({ buildDir: out, fromBlock: 0 });
    expect(report.verifier.matches, report.verifier.reason).toBe(true);
    expect(report.verified).toBe(1);
    expect(report.ok).toBe(true);
    const setup = report.setup!;
    expect(setup.origin).toBe('ceremony');
    expect(setup.insecure).toBe(true);
    expect(setup.insecureReason).toMatch(/INSECURE: the ceremony started from a development powers of tau/);
    expect(setup.keyFromFinalZkey).toBe(true);
    expect(setup.problems).toEqual([]);
    expect(setup.transcript!.contributions.map((c) => [c.name, c.contributionHash])).toEqual(published.map((p) => [p.name, p.hash]));
    expect(report.insecureKey).toBe(true);

    // Given by path, the transcript is checked too; a transcript of another ceremony is a finding.
    const other = await copyCeremony(dir, join(work, 'other-transcript'));
    await editTranscript(other, (tr) => (tr.final.sha256 = '0'.repeat(64)));
    const mismatch = await regulator.audit({ buildDir: out, fromBlock: 0, transcript: join(other, 'transcript.json') });
    expect(mismatch.ok).toBe(false);
    expect(mismatch.setup!.problems.join('\n')).toMatch(/is not the ceremony's final zkey/);

    // The build's own key (a single development contribution) does not match this verifier, and
    // its setup is flagged INSECURE.
    // Only this circuit's build key is tried: each key costs two verifier compiles (batch and
    // snarkjs template), and the build's other bill circuits' keys could not match a bill_1d_30m key.
    const [devKey] = await loadPublishedKeys({ only: [CIRCUIT] });
    const devAudit = await regulator.audit({ fromBlock: 0, keys: [devKey!] });
    expect(devAudit.verifier.matches).toBe(false);
    const devSetup = await checkSetup(devKey!);
    expect(devSetup.origin).toBe('development');
    expect(devSetup.insecure).toBe(true);
    expect(devSetup.insecureReason).toMatch(/^INSECURE: .*single local development contribution/);
  });
});

describe('verify detects a broken ceremony, each with a clear message', () => {
  const verifyFails = async (d: string, extra: string[] = []): Promise<string> => {
    const r = await coordinator(['ceremony', 'verify', '--dir', d, DEV, ...extra, '--json']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.json.ok).toBe(false);
    return (r.json.problems as string[]).join('\n');
  };

  it('a tampered contribution (file changed after it was recorded)', async () => {
    const d = await copyCeremony(dir, join(work, 'tampered'));
    await swapFirstPoints(join(d, 'bill_1d_30m_0001.zkey'), 8);
    expect(await verifyFails(d)).toMatch(
      /tampered: bill_1d_30m_0001\.zkey, the output of contribution #1 \(alice \(regulator\)\), has sha256 .* but the transcript recorded/,
    );
  });

  it('a contribution made on the wrong circuit', async () => {
    const d = await copyCeremony(dir, join(work, 'wrong-circuit'));
    // alice contributed to another circuit's key and the coordinator recorded it anyway.
    const tiny = join(ROOT, 'build', 'circuits', 'foundation_tiny', 'foundation_tiny.zkey');
    const r = await contributeFile(tiny, join(d, 'bill_1d_30m_0001.zkey'), 'alice (regulator)', undefined, collectingLogger());
    await editTranscript(d, (tr) => {
      tr.contributions[0].output.sha256 = r.outputSha256;
      tr.contributions[0].contributionHash = r.contributionHash;
      tr.contributions[1].input.sha256 = r.outputSha256;
    });
    expect(await verifyFails(d)).toMatch(
      /wrong circuit: bill_1d_30m_0001\.zkey, the output of contribution #1 \(alice \(regulator\)\), is a zkey of another circuit/,
    );
    // accept refuses such a file up front.
    const fresh = join(work, 'accept-fresh');
    await copyCeremony(dir, fresh);
    await editTranscript(fresh, (tr) => {
      tr.contributions = [];
      delete tr.final;
    });
    const a = await coordinator(['ceremony', 'accept', '--dir', fresh, '--zkey', join(d, 'bill_1d_30m_0001.zkey'), DEV, '--json']);
    expect(a.code).toBe(2);
    expect(a.json.error.message).toMatch(/is a zkey of a different circuit .* the participant contributed to the wrong file/);
  });

  it('the wrong powers of tau', async () => {
    // The development file the ceremony was made with: the smallest cached one of at least 2^14 (on a
    // fresh machine the test build's 2^15, where a 2^14 one was made earlier).
    const { ptau } = JSON.parse(await readFile(join(dir, 'transcript.json'), 'utf8')) as { ptau: { file: string; power: number } };
    const bad = join(work, 'other.ptau');
    await copyFile(devPtauPath(ptau.power), bad);
    const fh = await open(bad, 'r+');
    const { size } = await fh.stat();
    await fh.write(Buffer.from([0x42]), 0, 1, size - 100);
    await fh.close();
    expect(ptau.file).toMatch(/^dev_pot1[4-9]\.ptau$/);
    expect(await verifyFails(dir, ['--ptau', bad])).toMatch(
      new RegExp(`wrong powers of tau: .*other\\.ptau has blake2b-512 [0-9a-f]{32}…, but this ceremony was initialised with ${ptau.file.replace('.', '\\.')}`),
    );
  });
});

// The two failures only snarkjs's cryptographic check (or the zkey chain itself) reveals, on a
// ceremony of foundation_tiny (domain 2^8) instead of bill_1d_30m (2^14): the detection is the same
// code on any circuit (the transcript, the zkeys' contribution records, then snarkjs's verification
// of the latest zkey from the r1cs and the ptau), and the CLI checks it the same way, while a full
// verification of the bill's key costs seconds each. The bill ceremony above keeps the end-to-end
// path (two CLI participants, beacon, export, settlement, audit) and the cheap failures.
describe('verify detects a broken ceremony: the cryptographic failures, on a small circuit', () => {
  let tinyDir: string;
  const verifyFails = async (d: string): Promise<string> => {
    const r = await coordinator(['ceremony', 'verify', '--dir', d, DEV, '--json']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.json.ok).toBe(false);
    return (r.json.problems as string[]).join('\n');
  };

  beforeAll(async () => {
    // A three-party ceremony in process (a skipped contribution needs one between two others):
    // init, alice, bob, carol, the beacon.
    tinyDir = join(work, 'tiny-ceremony');
    const log = collectingLogger();
    const r1cs = join(ROOT, 'build', 'circuits', 'foundation_tiny', 'foundation_tiny.r1cs');
    const ptau = await ceremonyPtau(undefined, 8, true, log);
    const save = (t: Transcript) => writeFile(join(tinyDir, TRANSCRIPT_FILE), transcriptText(t));
    await save(await initCeremony({ dir: tinyDir, circuit: 'foundation_tiny', r1cs, ptau, log }));
    for (const name of ['alice (regulator)', 'bob (retailer A)', 'carol (retailer B)'])
      await save((await contributeInCeremony(tinyDir, name, undefined, log)).transcript);
    await save((await applyBeacon(tinyDir, BEACON, 10, 'public random beacon', log)).transcript);
    const ok = await coordinator(['ceremony', 'verify', '--dir', tinyDir, DEV, '--json']);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.json.contributions).toHaveLength(4);
  });

  // The copy is byte for byte the chain beforeAll verified in this worker: verifyCeremony keeps
  // that success in memory by content, and the tampered key must still be checked, not remembered.
  it('a tampered final key whose transcript was rewritten to match: the cryptographic check names it', async () => {
    const d = await copyCeremony(tinyDir, join(work, 'tiny-tampered-rewritten'));
    const final = join(d, 'foundation_tiny_0004.zkey');
    await swapFirstPoints(final, 9);
    const sha = await sha256File(final);
    await editTranscript(d, (tr) => {
      tr.contributions[3].output.sha256 = sha;
      tr.final.sha256 = sha;
    });
    const problems = await verifyFails(d);
    expect(problems).toMatch(
      /foundation_tiny_0004\.zkey fails snarkjs's verification from the r1cs and the ptau: the H section does not follow from the contributions/,
    );
    expect(problems).toMatch(/tampered contribution: #4 \(public random beacon\) is the first step that fails/);
  });

  it('a skipped contribution (the zkey chain lacks one the transcript lists)', async () => {
    const d = await copyCeremony(tinyDir, join(work, 'tiny-skipped'));
    // carol contributed on alice's output, not bob's; the transcript still claims bob's is in.
    const r = await contributeFile(
      join(d, 'foundation_tiny_0001.zkey'),
      join(d, 'foundation_tiny_0003.zkey'),
      'carol (retailer B)',
      undefined,
      collectingLogger(),
    );
    await editTranscript(d, (tr) => {
      tr.contributions = tr.contributions.slice(0, 3);
      delete tr.final;
      tr.contributions[2].output.sha256 = r.outputSha256;
      tr.contributions[2].contributionHash = r.contributionHash;
    });
    await rm(join(d, 'foundation_tiny_0004.zkey'));
    const problems = await verifyFails(d);
    expect(problems).toMatch(
      /skipped contribution: #2 \(bob \(retailer A\), hash [0-9a-f]{16}…\) is in the transcript but not in foundation_tiny_0003\.zkey, whose contributions are #1 alice \(regulator\) .*, #2 carol \(retailer B\)/,
    );
  });
});

/** Swaps the first two points of a zkey section: still valid points, but not the key's. */
async function swapFirstPoints(file: string, section: number): Promise<void> {
  const f = await readSections(file, 'zkey');
  const s = f.sections.find((x) => x.type === section)!;
  const a = await f.read(s.offset, 64);
  const b = await f.read(s.offset + 64, 64);
  await f.close();
  const fh = await open(file, 'r+');
  await fh.write(b, 0, 64, s.offset);
  await fh.write(a, 0, 64, s.offset + 64);
  await fh.close();
}
