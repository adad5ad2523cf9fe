// contracts/PpaRegistry.sol: an agreement binds a meter's own parties (payer = its consumer, payee =
// its retailer) and settles only once both accepted; what settlement reads of it is one slot found under
// (meter, terms, payer, payee), so that the same terms under other parties are not found at all.
import type { JsonRpcSigner } from 'ethers';
import { beforeAll, describe, expect, it } from 'vitest';
import { marketTerms } from '../../core/src/market/index.js';
import type { PpaRegistry } from '../../typechain-types/index.js';
import { FEED_FIRST_DAY, ZONE } from './cases.js';
import { createMarketWorld, dayStart, provider } from './world.js';

const METER = 9001n;
const TERMS = 0x7e57n;

describe('PpaRegistry', () => {
  let ppas: PpaRegistry;
  let payer: JsonRpcSigner;
  let payee: JsonRpcSigner;
  let stranger: JsonRpcSigner;
  const from = dayStart(FEED_FIRST_DAY + 1);
  const until = dayStart(FEED_FIRST_DAY + 40);

  async function revertName(call: () => Promise<unknown>): Promise<{ name: string; args: unknown[] }> {
    try {
      await call();
    } catch (e) {
      const data = (e as { data?: string }).data;
      const parsed = data === undefined ? null : ppas.interface.parseError(data);
      if (parsed) return { name: parsed.name, args: [...parsed.args] };
      throw e;
    }
    throw new Error('expected a revert');
  }

  beforeAll(async () => {
    // the world registers meter 9001 (consumer = payer, retailer = payee) and an accepted agreement under other terms
    const w = await createMarketWorld({
      circuit: 'mkt_cfd_1d_60m',
      intervalsPerDay: 24,
      meterId: METER,
      firstDay: FEED_FIRST_DAY + 1,
      publishThrough: FEED_FIRST_DAY,
      terms: marketTerms(24, { kind: 'cfd', strike: 7000 }, 1n),
      kind: 3,
    });
    [ppas, payer, payee] = [w.ppas, w.payer, w.payee];
    stranger = await provider.getSigner(((await provider.send('eth_accounts', [])) as string[])[7]!);
  });

  it('the payer proposes: the settlement record shows its acceptance only; the payee accepts: both', async () => {
    await (await ppas.connect(payer).propose(METER, ZONE, 1, payer.address, payee.address, from, until, TERMS)).wait();
    const id = await ppas.agreementCount();
    const t0 = await ppas.settlementTerms(METER, TERMS, payer.address, payee.address);
    expect([t0.id, t0.zone, t0.validFrom, t0.validUntil, t0.payerAccepted, t0.payeeAccepted, t0.kind]).toEqual([
      id,
      ZONE,
      BigInt(from),
      BigInt(until),
      true,
      false,
      1n,
    ]);
    expect(await revertName(() => ppas.connect(stranger).accept(id))).toMatchObject({ name: 'NotAParty', args: [id, stranger.address] });
    await (await ppas.connect(payee).accept(id)).wait();
    const t1 = await ppas.settlementTerms(METER, TERMS, payer.address, payee.address);
    expect([t1.payerAccepted, t1.payeeAccepted]).toEqual([true, true]);
    // the full record agrees
    const ag = await ppas.getAgreement(id);
    expect([ag.payerAccepted, ag.payeeAccepted, ag.terms]).toEqual([true, true, TERMS]);
  });

  it('the same terms looked up under other parties (swapped, or a stranger) find nothing', async () => {
    expect((await ppas.settlementTerms(METER, TERMS, payee.address, payer.address)).id).toBe(0n);
    expect((await ppas.settlementTerms(METER, TERMS, stranger.address, payee.address)).id).toBe(0n);
    expect((await ppas.settlementTerms(METER + 1n, TERMS, payer.address, payee.address)).id).toBe(0n);
    expect((await ppas.settlementTerms(METER, TERMS + 1n, payer.address, payee.address)).id).toBe(0n);
  });

  it("refuses parties that are not the meter's, terms in use, a stranger proposing, an empty window, an unknown id", async () => {
    expect(await revertName(() => ppas.connect(payee).propose(METER, ZONE, 3, payee.address, payer.address, from, until, 5n))).toMatchObject({
      name: 'MeterPartiesMismatch',
    });
    expect(await revertName(() => ppas.connect(payer).propose(METER, ZONE, 3, payer.address, payee.address, from, until, TERMS))).toMatchObject({
      name: 'TermsInUse',
    });
    expect(await revertName(() => ppas.connect(stranger).propose(METER, ZONE, 3, payer.address, payee.address, from, until, 6n))).toMatchObject({
      name: 'NotAParty',
    });
    expect(await revertName(() => ppas.connect(payer).propose(METER, ZONE, 3, payer.address, payee.address, until, from, 7n))).toMatchObject({
      name: 'BadAgreement',
    });
    expect(await revertName(() => ppas.connect(payer).accept(999n))).toMatchObject({ name: 'UnknownAgreementId' });
  });
});
