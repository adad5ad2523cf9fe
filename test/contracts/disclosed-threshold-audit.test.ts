// The disclosure audit of a regulator key split 2-of-3 among supervisory bodies, over a block range
// (sdk/src/audit/threshold-audit.ts, docs/disclosure-spec.md §9): a DisclosedSettlement whose registered
// key is a dealerless 2-of-3 key, two bills of bill_1d_30m_disclose proven to it and settled on
// Hardhat's EVM; each body writes its partial decryptions of the range, any two bodies' files combine
// into every settlement's shared point and the ordinary disclosure audit recomputes the amounts; one body
// cannot; a wrong partial is refused naming its file and body; a partial missing from one file leaves
// that settlement flagged; a node serving altered calldata gets no partial.
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEphemeralSecret, disclosureNonce } from '../../core/src/bill/disclosure.js';
import { settlementDomain } from '../../core/src/bill/signals.js';
import { combineKeyShares, dealKeyShares, type KeyShare, publicSharesMatch } from '../../core/src/crypto/threshold.js';
import { signPeriod } from '../../core/src/meter/index.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { buildBillInput } from '../../prover/src/bill-input.js';
import { toSolidityArgs } from '../../prover/src/groth16.js';
import { fullProveCached } from '../../prover/src/proof-cache.js';
import { auditDisclosures } from '../../sdk/src/audit/disclosure-audit.js';
import {
  combineRangePartials,
  parseRangePartials,
  partialDecryptRange,
  type RangePartials,
  serializeRangePartials,
} from '../../sdk/src/audit/threshold-audit.js';
import type { DisclosedSettlementClient } from '../../sdk/src/chain/disclosed-settlement.js';
import { afterDay, createDisclosedWorld, DAY, KEY_1, METER_1, provider, readings, type World } from './world.js';

const CIRCUIT = 'bill_1d_30m_disclose';

describe('2-of-3 supervisory bodies audit a block range of disclosed settlements', () => {
  let w: World;
  let ledger: DisclosedSettlementClient;
  let address: string;
  let keysAddress: string;
  let bodies: KeyShare[];
  let files: RangePartials[];
  const artifacts = loadCircuitArtifacts(CIRCUIT);
  let vkey: Record<string, unknown>;
  const named = (k: number) => ({ name: `body${files[k]!.body}.partials.json`, partials: files[k]! });

  beforeAll(async () => {
    const deals = [1, 2, 3].map((j) => dealKeyShares(j));
    bodies = [1, 2, 3].map((j) => combineKeyShares(j, deals));
    const key = bodies[0]!.publicKey;
    ({ w, keysAddress, address, ledger } = await createDisclosedWorld({ circuit: CIRCUIT, key }));
    vkey = (await artifacts).vkey as Record<string, unknown>;
    for (const day of [0, 1]) {
      const signed = await signPeriod(KEY_1, { meterId: METER_1, periodStart: w.d0 + day * DAY, intervalSeconds: DAY / 48, ...readings('base', 48, 1) });
      const nonce = disclosureNonce(METER_1, signed.periodStart);
      const input = await buildBillInput(w.tariff, signed, {
        intervalsPerDay: 48,
        maxDays: 1,
        domain: settlementDomain(w.chainId, address),
        disclose: true,
        disclosure: { regulatorKey: key, ephemeralSecret: await deriveEphemeralSecret(0x5eedn + BigInt(day), nonce) },
      });
      const { proof, publicSignals } = await fullProveCached(input, await artifacts);
      const args = toSolidityArgs(proof, publicSignals);
      await afterDay(w, day);
      await ledger.settleDisclosed({ a: args.a, b: args.b, c: args.c, signals: args.signals });
    }
    // each body's step, in its own office: its partial decryptions of the range, through a file
    files = [];
    for (const share of bodies) {
      const r = await partialDecryptRange({ provider, settlement: address, share, verificationKey: vkey });
      files.push(parseRangePartials(serializeRangePartials(r), `body${share.index}.partials.json`));
    }
  }, 300_000);

  it('each body decrypts every settlement of the range; the file round-trips', () => {
    for (const [k, f] of files.entries()) {
      expect(f.body).toBe(k + 1);
      expect(f.keyY).toBe(bodies[0]!.publicKey.y);
      expect(f.partials).toHaveLength(2);
      expect(f.skipped).toEqual([]);
    }
    // two settlements, two ephemeral keys
    expect(new Set(files[0]!.partials.map((p) => p.ephemeralKeyY)).size).toBe(2);
  });

  it('any two bodies open every settlement and the audit recomputes its amounts; one body cannot', async () => {
    for (const pair of [
      [0, 1],
      [2, 0],
      [1, 2],
    ]) {
      const sharedPoints = await combineRangePartials(
        pair.map((k) => named(k)),
        bodies[0]!.publicShares,
        bodies[0]!.publicKey.y,
      );
      const report = await auditDisclosures({
        provider,
        settlement: address,
        disclosureKeys: keysAddress,
        combined: { keyY: bodies[0]!.publicKey.y, sharedPoints },
        tariffs: [w.tariff],
        verificationKey: vkey,
      });
      expect(report.settlements).toHaveLength(2);
      expect(report.flagged).toBe(0);
      for (const s of report.settlements) {
        expect(s.recomputed?.charge).toBe(s.bill.charge);
        expect(s.recomputed?.credit).toBe(s.bill.credit);
      }
    }
    await expect(combineRangePartials([named(0)], bodies[0]!.publicShares, bodies[0]!.publicKey.y)).rejects.toThrow(/give two bodies' partial files, not 1/);
    await expect(combineRangePartials([named(1), named(1)], bodies[0]!.publicShares, bodies[0]!.publicKey.y)).rejects.toThrow(/both body 2's/);
    // neither the secrets nor the points: nothing to open with
    await expect(auditDisclosures({ provider, settlement: address, disclosureKeys: keysAddress, tariffs: [w.tariff], verificationKey: vkey })).rejects.toThrow(
      /either the regulator secrets or the supervisory bodies' combined shared points/,
    );
  });

  it("a body's wrong partial is refused naming its file and body; a missing one leaves its settlement flagged", async () => {
    const honest = files[1]!;
    // body 2 posts body 3's point for the first settlement under its own proof
    const swapped: RangePartials = {
      ...honest,
      partials: honest.partials.map((p, i) => (i === 0 ? { ...p, point: files[2]!.partials[0]!.point } : p)),
    };
    await expect(
      combineRangePartials([named(0), { name: 'body2.partials.json', partials: swapped }], bodies[0]!.publicShares, bodies[0]!.publicKey.y),
    ).rejects.toThrow(/body2\.partials\.json: body 2's partial decryption does not verify against its public share \(settlement 0x/);
    // a file may not carry a partial under another body's index
    const text = serializeRangePartials(honest).replace('"index": 2', '"index": 3');
    expect(() => parseRangePartials(text, 'forged.json')).toThrow(/forged\.json\.partials\[0\]\.index: must be the file's body 2/);
    // the public shares a combination is checked against must be the split's
    expect(publicSharesMatch(bodies[0]!.publicKey, bodies[0]!.publicShares)).toBe(true);
    const [p1, p2, p3] = bodies[0]!.publicShares as [never, never, never];
    expect(publicSharesMatch(bodies[0]!.publicKey, [p2, p1, p3])).toBe(false);
    // body 2 skipped the second settlement: the audit flags it, the first one still opens
    const short: RangePartials = { ...honest, partials: honest.partials.slice(0, 1) };
    const sharedPoints = await combineRangePartials([named(0), { name: 'short.json', partials: short }], bodies[0]!.publicShares, bodies[0]!.publicKey.y);
    const report = await auditDisclosures({
      provider,
      settlement: address,
      disclosureKeys: keysAddress,
      combined: { keyY: bodies[0]!.publicKey.y, sharedPoints },
      tariffs: [w.tariff],
      verificationKey: vkey,
    });
    expect(report.flagged).toBe(1);
    expect(report.settlements[0]!.mismatches).toEqual([]);
    expect(report.settlements[1]!.mismatches.join()).toMatch(/no partial decryptions of two bodies for ephemeral key y/);
    // partials for another key: refused before anything is combined
    await expect(combineRangePartials([named(0), named(1)], bodies[0]!.publicShares, 12345n)).rejects.toThrow(/not the combined key's y 12345/);
  });

  it('a node serving altered calldata gets no partial: the proof does not verify with the words it served', async () => {
    const lying = new Proxy(provider, {
      get(target, prop) {
        if (prop !== 'getTransaction') {
          const v = Reflect.get(target, prop, target) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        }
        return async (hash: string) => {
          const tx = await target.getTransaction(hash);
          if (tx === null) return null;
          // the ephemeral key's word (the second disclosure word after the five bill signals) changed
          const words = tx.data.slice(10).match(/.{64}/g)!;
          const at = words.findIndex((x) => BigInt(`0x${x}`) === files[0]!.partials.find((p) => p.txHash === hash)?.ephemeralKeyY);
          words[at] = (BigInt(`0x${words[at]}`) ^ 1n).toString(16).padStart(64, '0');
          return { data: tx.data.slice(0, 10) + words.join('') };
        };
      },
    });
    const r = await partialDecryptRange({ provider: lying as typeof provider, settlement: address, share: bodies[0]!, verificationKey: vkey });
    expect(r.partials).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/proof does not verify/), expect.stringMatching(/proof does not verify/)]);
  });
});
