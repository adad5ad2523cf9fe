// The bill with the hourly disclosure (bill_1d_30m_disclose_hourly, `"disclose": 2`; docs/disclosure-spec.md
// §8): layout v1 plus the import of each hour of the tariff's local day, three more plaintext elements (one
// cipher block, eight disclosure signals). The circuit encrypts exactly the engine's hour sums; a cheating
// prover cannot move energy between hours, disclose hours that do not add up to the bands, or overflow a
// packed lane into its neighbour.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  billDetails,
  ciphertextLength,
  decryptBillDisclosure,
  deriveEphemeralSecret,
  DETAIL_FIELD_BITS,
  detailsLength,
  DISCLOSURE_SIGNAL_OFFSET,
  disclosureNonce,
  disclosureSignalCount,
  disclosureSignalsOf,
  encryptBillDetails,
  hourlyImportWh,
  openBillDisclosure,
  packBillDetails,
  settlementSharedPoint,
  unpackBillDetails,
  type BillDetails,
} from '../../core/src/bill/disclosure.js';
import { generateDisclosureKey } from '../../core/src/crypto/disclosure.js';
import { buildBillInput, expectedPublicSignals } from '../../prover/src/bill-input.js';
import { billCase, DOMAIN, dayProfile, fullTariff, midnight, type BillCase } from './cases.js';
import { loadCircuit, type CircuitUnderTest } from './harness.js';

type Input = Record<string, string | string[]>;
const NAME = 'bill_1d_30m_disclose_hourly';

describe(`${NAME}: import per hour of the local day, encrypted to the regulator inside the proof`, () => {
  const regulator = generateDisclosureKey();
  const consumerSecret = 0x40_0e1n;
  let c: CircuitUnderTest;
  let base: BillCase;
  let input: Input;
  let expected: string[];
  let w: bigint[];
  let e: bigint;
  let nonce: bigint;
  let honest: BillDetails;
  const sig = (name: string) => c.signal(`main.${name}`);
  const ctIndexes = () => Array.from({ length: ciphertextLength(2) }, (_, k) => sig(`disclosureCiphertext[${k}]`));
  /** A witness whose ciphertext encrypts `d` (packed as given) and every other signal re-derived. */
  const lieWith = async (elements: bigint[]): Promise<bigint[]> => {
    const { encryptDetails } = await import('../../core/src/crypto/disclosure.js');
    const ct = (await encryptDetails(elements, regulator.publicKey, e, nonce)).ciphertext;
    return c.solve(w, new Map(ctIndexes().map((idx, k) => [idx, ct[k]!] as [number, bigint])));
  };

  beforeAll(async () => {
    c = await loadCircuit(NAME);
    base = await billCase({ name: 'bill_1d_30m', intervalsPerDay: 48, maxDays: 1 }, fullTariff(48), {
      start: midnight('2026-03-04', 3600),
      ...dayProfile(48, 1, 2),
    });
    nonce = disclosureNonce(base.signed.meterId, base.signed.periodStart);
    e = await deriveEphemeralSecret(consumerSecret, nonce);
    const opts = {
      intervalsPerDay: 48,
      maxDays: 1,
      domain: DOMAIN,
      disclose: true,
      disclosureLayout: 2 as const,
      disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: e },
    };
    [input, expected] = await Promise.all([buildBillInput(base.tariff, base.signed, opts), expectedPublicSignals(base.tariff, base.signed, opts)]);
    honest = billDetails(base.bill, base.signed.statement, { hourWh: hourlyImportWh(base.tariff, base.signed) });
    w = await c.witness(input);
    expect(c.violated(w)).toEqual([]);
  });

  it('publishes signals 0-4 unchanged and eight disclosure signals (six ciphertext elements), as the engine computes', () => {
    expect(detailsLength(2)).toBe(6);
    expect(disclosureSignalCount(2)).toBe(8);
    expect(c.publicIndexes.length).toBe(DISCLOSURE_SIGNAL_OFFSET + 8);
    expect(c.publicIndexes.map((i) => w[i]!.toString())).toEqual(expected);
    expect(expected.slice(0, 5)).toEqual(base.expected);
  });

  it('the regulator decrypts 24 hour sums: each the two half-hours of that local hour, adding up to the bands', async () => {
    const s = disclosureSignalsOf(expected, 2);
    const seen = decryptBillDisclosure(s, regulator.secret, nonce);
    expect(seen).toEqual(honest);
    // independently of the engine: the period starts at local midnight, so hour h is intervals 2h and 2h + 1
    const imports = base.signed.imports.map(BigInt);
    expect(seen.hourWh).toEqual(Array.from({ length: 24 }, (_, h) => imports[2 * h]! + imports[2 * h + 1]!));
    expect(seen.hourWh!.reduce((a, b) => a + b, 0n)).toBe(base.bill.totalImportWh);
    expect(seen.bandWh.reduce((a, b) => a + b, 0n)).toBe(base.bill.totalImportWh);
    // the evening peak of the profile is visible hour by hour
    expect(seen.hourWh![18]! > seen.hourWh![3]!).toBe(true);
    // the consumer's own copy carries the hours too
    const shared = settlementSharedPoint(e, regulator.publicKey);
    expect(openBillDisclosure(s, shared, nonce).hourWh).toEqual(honest.hourWh);
  });

  it('no valid witness for an hour sum moved to another hour (bands and total unchanged)', async () => {
    const moved = [...honest.hourWh!];
    moved[18] = moved[18]! - 100n;
    moved[3] = moved[3]! + 100n;
    expect(c.violated(await lieWith(packBillDetails({ ...honest, hourWh: moved }))).length).toBeGreaterThan(0);
    // swapping two whole hours
    const swapped = [...honest.hourWh!];
    [swapped[7], swapped[20]] = [swapped[20]!, swapped[7]!];
    expect(c.violated(await lieWith(packBillDetails({ ...honest, hourWh: swapped }))).length).toBeGreaterThan(0);
  });

  it('no valid witness for hour sums that do not add up to the total', async () => {
    const more = honest.hourWh!.map((x, h) => (h === 12 ? x + 1n : x));
    expect(c.violated(await lieWith(packBillDetails({ ...honest, hourWh: more }))).length).toBeGreaterThan(0);
    const none = honest.hourWh!.map(() => 0n);
    expect(c.violated(await lieWith(packBillDetails({ ...honest, hourWh: none }))).length).toBeGreaterThan(0);
    // and the regulator's unpacking refuses such a plaintext even if it were posted
    expect(() => unpackBillDetails(packBillDetails({ ...honest, hourWh: more }))).toThrow(/adds up to/);
  });

  it('no overflowing lane: a slot lane carried into its neighbour violates its range check, and a packed hour field cannot exceed 28 bits', async () => {
    // The hour sums are linear in the slot energies, which are lanes of the signed packed elements
    // (21-bit stride) that LaneSplit range-checks (< 2^LW). Carry 2^21 into slot 3's lane (hour 1) from
    // slot 4's (hour 2) in the lanes of the day's first element summed over days (allLanes[0]; the
    // details' slot inputs are substituted away by --O2): the packed element, hence the signed
    // digest, is unchanged, and an hour would gain two million Wh. The range check refuses it.
    const [s3, s4] = [sig('allLanes[0].lanes[3]'), sig('allLanes[0].lanes[4]')];
    const carried = c.solve(
      w,
      new Map([
        [s3, w[s3]! + (1n << 21n)],
        [s4, w[s4]! - 1n],
      ]),
    );
    expect(c.violated(carried).length).toBeGreaterThan(0);
    // In the packing, hour 0 + 2^28 next to hour 1 - 1 is the same field element as the honest one: the
    // encoder refuses to write it, and the element decodes to the honest sums only.
    const over = honest.hourWh!.map((x, h) => (h === 0 ? x + (1n << DETAIL_FIELD_BITS) : h === 1 ? x - 1n : x));
    expect(() => packBillDetails({ ...honest, hourWh: over })).toThrow(/hourWh.*2\^28/);
    const raw = over.slice(0, 8).reduce((acc, x, h) => acc + (x << (DETAIL_FIELD_BITS * BigInt(h))), 0n);
    expect(raw).toBe(packBillDetails(honest)[3]);
    expect(unpackBillDetails([...packBillDetails(honest).slice(0, 3), raw, ...packBillDetails(honest).slice(4)]).hourWh).toEqual(honest.hourWh);
    // an element with bits above its eight fields is no packing at all
    const high = [...packBillDetails(honest)];
    high[5] = high[5]! + (1n << (DETAIL_FIELD_BITS * 8n));
    expect(() => unpackBillDetails(high)).toThrow(/details\[5\]: has bits above/);
  });

  it('no valid witness for a layout v1 ciphertext under the hourly circuit, nor the v1 plaintext in the first block', async () => {
    const v1 = await encryptBillDetails({ ...honest, hourWh: undefined } as BillDetails, regulator.publicKey, e, nonce);
    // v1 folds its length (3) into the nonce: even its first three elements differ from v2's
    const v2 = disclosureSignalsOf(expected, 2);
    for (const x of v1.ciphertext) expect(v2.ciphertext).not.toContain(x);
    const fixed = new Map(ctIndexes().map((idx, k) => [idx, v1.ciphertext[k] ?? 0n] as [number, bigint]));
    expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
  });

  it('refuses a bad layout option with the field named', async () => {
    const opts = { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN, disclose: true, disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: e } };
    await expect(buildBillInput(base.tariff, base.signed, { ...opts, disclosureLayout: 3 as unknown as 2 })).rejects.toThrow(
      /options\.disclosureLayout: must be 1 or 2/,
    );
  });

  it('engine == circuit on other days: a rest day with random readings, every reading at its maximum, none', async () => {
    let seed = 20261130;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const cases = [
      { date: '2026-03-07', imports: Array.from({ length: 48 }, () => rand() % 3000) }, // a Saturday: rest-day schedule
      { date: '2026-03-05', imports: new Array<number>(48).fill(65535) }, // 16-bit readings at their maximum
      { date: '2026-03-06', imports: new Array<number>(48).fill(0) },
    ];
    for (const k of cases) {
      const bc = await billCase({ name: 'bill_1d_30m', intervalsPerDay: 48, maxDays: 1 }, fullTariff(48), {
        start: midnight(k.date, 3600),
        imports: k.imports,
        exports: k.imports.map((_, i) => (i % 7 === 0 ? 40 : 0)),
      });
      const n = disclosureNonce(bc.signed.meterId, bc.signed.periodStart);
      const opts = {
        intervalsPerDay: 48,
        maxDays: 1,
        domain: DOMAIN,
        disclose: true,
        disclosureLayout: 2 as const,
        disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: await deriveEphemeralSecret(consumerSecret, n) },
      };
      const wk = await c.witness(await buildBillInput(bc.tariff, bc.signed, opts));
      expect(c.violated(wk), k.date).toEqual([]);
      const seen = decryptBillDisclosure(
        disclosureSignalsOf(
          c.publicIndexes.map((i) => wk[i]!),
          2,
        ),
        regulator.secret,
        n,
      );
      expect(seen.hourWh, k.date).toEqual(Array.from({ length: 24 }, (_, h) => BigInt(k.imports[2 * h]! + k.imports[2 * h + 1]!)));
      expect(seen).toEqual(billDetails(bc.bill, bc.signed.statement, { hourWh: hourlyImportWh(bc.tariff, bc.signed) }));
    }
  });
});
