// Public tariffs: the registry's publication rules on Hardhat's EVM, and the SDK's check that a
// published document is exactly the registered commitment (hash, parse, commitment), from a file: URI.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeTariff } from '../../core/src/tariff/document.js';
import { tariffCommitment } from '../../core/src/tariff/encode.js';
import { nodeDocumentFetcher } from '../../sdk/src/net/document-fetch.js';
import { WattproofConnection } from '../../sdk/src/roles/connection.js';
import { Retailer } from '../../sdk/src/roles/retailer.js';
import { describeVisibility, documentHash, tariffVisibility } from '../../sdk/src/roles/tariff-visibility.js';
import { atStage, createWorld, expectRevert, tariffsAs, type World } from './fixtures.js';

let w: World;
let dir: string;
const fetcher = nodeDocumentFetcher();

beforeAll(async () => {
  w = await createWorld();
  dir = await mkdtemp(join(tmpdir(), 'wattproof-publication-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function serve(name: string, text: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return pathToFileURL(path).href;
}

describe('TariffRegistry.publishTariff', () => {
  it('records the document hash beside the commitment, once, for the registering retailer only', async () => {
    await atStage('ready');
    const text = serializeTariff(w.tariff);
    const hash = documentHash(text);
    const uri = await serve('tariff.json', text);
    const asRetailer = tariffsAs(w, w.s.retailer);
    const state = () => w.d.tariffs.publication(w.commitment, w.s.retailer.address);

    await expectRevert(state, () => asRetailer.publishTariff(w.commitment, '', hash), 'InvalidPublication');
    await expectRevert(state, () => asRetailer.publishTariff(w.commitment, uri, `0x${'00'.repeat(32)}`), 'InvalidPublication');
    await expectRevert(state, () => asRetailer.publishTariff(w.commitment, `https://x/${'a'.repeat(16384)}`, hash), 'InvalidPublication');
    await expectRevert(state, () => asRetailer.publishTariff(12345n, uri, hash), 'TariffNotRegistered');
    // Registered under the retailer: another retailer cannot publish (or squat) it.
    await expectRevert(state, () => tariffsAs(w, w.s.retailer2).publishTariff(w.commitment, uri, hash), 'TariffNotRegistered');
    await expectRevert(state, () => tariffsAs(w, w.s.consumer).publishTariff(w.commitment, uri, hash), 'AccessControlUnauthorizedAccount');
    await tariffsAs(w, w.s.regulator).pause();
    await expectRevert(state, () => asRetailer.publishTariff(w.commitment, uri, hash), 'EnforcedPause');
    await tariffsAs(w, w.s.regulator).unpause();

    expect(await state()).toBeUndefined();
    await asRetailer.publishTariff(w.commitment, uri, hash);
    expect(await state()).toMatchObject({ commitment: w.commitment, retailer: w.s.retailer.address, uri, documentHash: hash });
    await expectRevert(state, () => asRetailer.publishTariff(w.commitment, uri, hash), 'TariffAlreadyPublished');
  });

  it('lets a rejected tariff be published for the record, and keeps settlement state untouched', async () => {
    await atStage('ready');
    await tariffsAs(w, w.s.regulator).rejectTariff(w.commitment, 'wrong tax');
    const text = serializeTariff(w.tariff);
    await tariffsAs(w, w.s.retailer).publishTariff(w.commitment, await serve('rejected.json', text), documentHash(text));
    expect((await w.d.tariffs.getTariff(w.commitment))!.status).toBe('rejected');
  });
});

describe('tariffVisibility', () => {
  it('says private for a tariff with no publication', async () => {
    await atStage('ready');
    const v = await tariffVisibility(w.d.tariffs, w.s.retailer.address, w.commitment, fetcher);
    expect(v.kind).toBe('private');
    expect(describeVisibility(v)).toMatch(/^private/);
  });

  it('verifies a published document: hash, document and commitment', async () => {
    await atStage('ready');
    const text = serializeTariff(w.tariff);
    const uri = await serve('ok.json', text);
    await tariffsAs(w, w.s.retailer).publishTariff(w.commitment, uri, documentHash(text));
    const v = await tariffVisibility(w.d.tariffs, w.s.retailer.address, w.commitment, fetcher);
    expect(v).toMatchObject({ kind: 'public', verified: true });
    if (v.kind === 'public' && v.verified) expect(await tariffCommitment(v.tariff)).toBe(w.commitment);
    expect(describeVisibility(v)).toContain('exactly the registered commitment');
  });

  it('flags a document changed after publication, a document of another tariff, garbage and a dead link', async () => {
    const text = serializeTariff(w.tariff);
    const other = serializeTariff({ ...w.tariff, standingPerDay: w.tariff.standingPerDay + 1n });
    const garbage = new Uint8Array([0xff, 0xfe, 0x00, 0x41]);
    const cases: { name: string; recorded: string | Uint8Array; served: string | Uint8Array | undefined; problem: string }[] = [
      { name: 'changed', recorded: text, served: `${text} `, problem: 'hash-mismatch' },
      // The registry cannot check what a hash stands for; the reader can.
      { name: 'other', recorded: other, served: other, problem: 'commitment-mismatch' },
      { name: 'garbage', recorded: garbage, served: garbage, problem: 'invalid-document' },
      { name: 'dead', recorded: text, served: undefined, problem: 'unreachable' },
    ];
    for (const c of cases) {
      await atStage('ready');
      const uri = pathToFileURL(join(dir, `${c.name}.json`)).href;
      if (c.served !== undefined) await serve(`${c.name}.json`, c.served);
      await tariffsAs(w, w.s.retailer).publishTariff(w.commitment, uri, documentHash(c.recorded));
      const v = await tariffVisibility(w.d.tariffs, w.s.retailer.address, w.commitment, fetcher);
      expect(v, c.name).toMatchObject({ kind: 'public', verified: false, problem: c.problem });
      expect(describeVisibility(v), c.name).toMatch(/NOT verified/);
    }
  });
});

describe('Retailer.publishTariff', () => {
  it('refuses to publish a URI that does not serve the document, then publishes one that does', async () => {
    await atStage('ready');
    const conn = await WattproofConnection.connect(w.s.retailer, w.d.addresses.settlement);
    const retailer = new Retailer(conn);
    const text = serializeTariff(w.tariff);
    const stale = await serve('stale.json', `${text}\n`);
    await expect(retailer.publishTariff(text, stale, { fetcher })).rejects.toMatchObject({ code: 'DOCUMENT_MISMATCH' });
    await expect(retailer.publishTariff(text, pathToFileURL(join(dir, 'missing.json')).href, { fetcher })).rejects.toMatchObject({
      code: 'DOCUMENT_UNREACHABLE',
    });
    expect(await w.d.tariffs.publication(w.commitment, w.s.retailer.address)).toBeUndefined();
    const uri = await serve('served.json', text);
    const tx = await retailer.publishTariff(text, uri, { fetcher });
    expect(tx.commitment).toBe(w.commitment);
    expect(tx.documentHash).toBe(documentHash(text));
    await expect(retailer.publishTariff(text, uri, { fetcher })).rejects.toMatchObject({ code: 'ALREADY_PUBLISHED' });
    await expect(retailer.publishTariff('{"not":"a tariff"}', uri)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
