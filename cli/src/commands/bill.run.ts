/**
 * `wattproof bill compute | prove | verify`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { computeBill } from '../../../core/src/bill/compute.js';
import { settlementDomain } from '../../../core/src/bill/signals.js';
import { ValidationError } from '../../../core/src/errors.js';
import type { SignedPeriod } from '../../../core/src/meter/sign.js';
import { TariffAuthoring } from '../../../sdk/src/roles/tariff-authoring.js';
import { chooseCircuit } from '../../../sdk/src/roles/circuits.js';
import { loadPublishedKeys } from '../../../sdk/src/audit/published.js';
import { proveBill } from '../../../prover/src/prove-bill.js';
import { decodeBillSignals, verifyBill } from '../../../prover/src/verify-bill.js';
import { resolveChain } from '../chain.js';
import { need, str, type RunContext } from '../command.js';
import { readText, writeText } from '../files.js';
import { duration, localTime, money, short, table } from '../../../core/src/format.js';
import { NegativeResult, UsageError } from '../output.js';
import { parseBillProof, serializeBillProof } from '../proof-file.js';
import { readAnyPeriod } from './meter.run.js';
import { disclosureOptions } from './bill-disclose.run.js';

async function loadTariff(path: string) {
  return TariffAuthoring.parse(await readText(path), path);
}

function parseDomain(v: string): bigint {
  if (!/^\d+$/.test(v)) throw new ValidationError('--domain', 'must be a decimal integer (chainId * 2^160 + settlement address)');
  return BigInt(v);
}

/** `prove`: see the command's help in ./bill.ts. */
export async function prove({ values, out }: RunContext): Promise<void> {
  const tariff = await loadTariff(need(values, 'tariff', 'bill prove'));
  const periodFile = need(values, 'period', 'bill prove');
  const { period, signed } = await readAnyPeriod(periodFile);
  if (!signed) throw new ValidationError('--period', `${periodFile} is not signed; sign it with "wattproof meter sign"`);
  const sp = period as SignedPeriod;
  const bill = computeBill(tariff, sp);
  const circuit = str(values, 'circuit') ?? (await chooseCircuit(tariff, sp)).name;
  let domain: bigint;
  const domainText = str(values, 'domain');
  if (domainText !== undefined) {
    if (values.rpc !== undefined) throw new UsageError('bill prove: give --domain or --rpc, not both', 'bill prove');
    domain = parseDomain(domainText);
  } else {
    const chain = await resolveChain(values as Record<string, string | undefined>, out, circuit);
    try {
      domain = settlementDomain(chain.conn.chainId, chain.conn.addresses.settlement);
      out.progress(`domain: chain ${chain.conn.chainId}, settlement ${chain.conn.addresses.settlement}`);
    } finally {
      chain.close();
    }
  }
  const disclosure = await disclosureOptions(values, sp.meterId, sp.periodStart);
  out.progress(`proving the ${bill.dayCount}-day bill of meter ${sp.meterId} with ${circuit} …`);
  const proof = await proveBill({
    tariff,
    signedPeriod: sp,
    circuit,
    domain,
    ...(disclosure === undefined ? {} : { disclosure }),
    onProgress: (e) => {
      if (e.state === 'done') out.progress(`  ${e.phase.padEnd(9)} ${duration(e.ms ?? 0)}`);
    },
  });
  const dest = str(values, 'out') ?? `${periodFile.replace(/(\.signed)?(\.period)?\.json$/, '')}.proof.json`;
  await writeText(dest, serializeBillProof(proof));
  const { symbol, decimals } = tariff.currency;
  out.line(`proof written to ${dest} (${duration(proof.timings.totalMs)})`);
  out.line(
    `  charge ${money(bill.charge, decimals, symbol)}, credit ${money(bill.credit, decimals, symbol)}; public signals: key hash, tariff commitment, period, amounts, domain`,
  );
  out.result({ file: dest, circuit, publicSignals: proof.publicSignals, charge: bill.charge, credit: bill.credit, timings: proof.timings });
}

/** `verify`: see the command's help in ./bill.ts. */
export async function verify({ values, positionals, out }: RunContext): Promise<void> {
  const file = positionals[0]!;
  const p = parseBillProof(await readText(file), file);
  const circuit = str(values, 'circuit') ?? p.circuit;
  const [key] = await loadPublishedKeys({ only: [circuit] });
  const valid = await verifyBill({ proof: p.proof, publicSignals: p.publicSignals, vkey: key!.vkey });
  const s = decodeBillSignals(p.publicSignals);
  const end = s.periodStart + s.intervalCount * s.intervalSeconds;
  out.line(`${file}: ${valid ? 'VALID' : 'INVALID'} proof for circuit ${circuit}${key!.insecure ? ' (INSECURE: development key)' : ''}`);
  out.line(
    table(
      ['public signal', 'value'],
      [
        ['meter', s.meterId],
        ['key hash', short(s.keyHash, 10)],
        ['tariff commitment', short(s.tariffCommitment, 10)],
        ['period', `${localTime(s.periodStart)} .. ${localTime(end)} UTC (${s.intervalCount} x ${s.intervalSeconds / 60} min)`],
        ['charge', `${s.charge} (smallest units)`],
        ['credit', `${s.credit} (smallest units)`],
        ['settles on', `chain ${s.chainId}, contract ${s.contract}`],
      ],
    ),
  );
  out.result({ file, circuit, valid, signals: s });
  if (!valid) throw new NegativeResult(`${file}: the proof does not verify`);
}
