import { unpackAmounts, unpackPeriod } from '../../../core/src/bill/signals.js';
import { FIELD_P } from '../../../core/src/crypto/field.js';
import { MeterRegistryClient } from '../chain/meter-registry.js';
import { decodeSettled, SettlementClient } from '../chain/settlement.js';
import { chainCall } from '../chain/errors.js';
import { ValidationError } from '../../../core/src/errors.js';
import { verify } from '../../../prover/src/groth16.js';
import { loadPublishedKeys } from './published.js';
import { checkVerifierCode } from './verifier-code.js';
import { IMeterRegistry__factory, ISettlement__factory } from '../../../typechain-types/index.js';
/** Blocks per eth_getLogs request; many public nodes refuse larger ranges. */
const LOG_CHUNK = 5000;
const TWO160 = 1n << 160n;
/** snarkjs proof from the event's Solidity-order points (undoing the G2 coordinate swap). */
export function proofFromEvent(p) {
    const s = (v) => v.toString();
    return {
        pi_a: [s(p.a[0]), s(p.a[1]), '1'],
        pi_b: [
            [s(p.b[0][1]), s(p.b[0][0])],
            [s(p.b[1][1]), s(p.b[1][0])],
            ['1', '0'],
        ],
        pi_c: [s(p.c[0]), s(p.c[1]), '1'],
        protocol: 'groth16',
        curve: 'bn128',
    };
}
async function identifyVerifier(provider, verifierAddress, keys) {
    // Compiling a verifier takes seconds: try first the keys whose constants appear in the code.
    const code = (await chainCall(`eth_getCode(${verifierAddress})`, () => provider.getCode(verifierAddress))).toLowerCase();
    const candidates = keys
        .filter((k) => k.publicSignals === 5)
        .map((k) => ({ k, hit: keyConstantsIn(code, k.vkey) }))
        .sort((x, y) => Number(y.hit) - Number(x.hit))
        .map((x) => x.k);
    let last;
    for (const key of candidates) {
        const check = await checkVerifierCode(provider, verifierAddress, key.vkey);
        if (check.matches)
            return { key, check };
        last = check;
        if (check.reason?.startsWith('no contract'))
            break;
    }
    const reason = last?.reason?.startsWith('no contract') === true
        ? last.reason
        : `the code at ${verifierAddress} is not the verifier of any published bill circuit (tried ${candidates.map((k) => k.circuit).join(', ') || 'none'})`;
    return { check: { address: verifierAddress, matches: false, reason, codeSha256: last?.codeSha256 ?? '' } };
}
/** Whether the key's alpha and first IC point appear as 32-byte constants in the code (a hint, not a proof). */
function keyConstantsIn(code, vkey) {
    const hex = (v) => {
        try {
            return BigInt(String(v)).toString(16).padStart(64, '0');
        }
        catch {
            return 'no';
        }
    };
    const alpha = vkey.vk_alpha_1;
    const ic0 = vkey.IC?.[0];
    const values = [alpha?.[0], alpha?.[1], ic0?.[0], ic0?.[1]];
    return values.every((v) => v !== undefined && code.includes(hex(v)));
}
function fieldChecks(bill, ctx, reasons, checks) {
    const s = bill.publicSignals;
    checks.signals = s.length === 5 && s.every((v) => v >= 0n && v < FIELD_P);
    if (!checks.signals)
        reasons.push('public signals: not five field elements');
    const expectedDomain = ctx.chainId * TWO160 + BigInt(ctx.settlement);
    checks.domain = s[4] === expectedDomain;
    if (!checks.domain)
        reasons.push(`domain: signal ${s[4]} is not chain ${ctx.chainId} and contract ${ctx.settlement}`);
    const mismatches = [];
    try {
        const period = unpackPeriod(s[2] ?? 0n);
        const end = BigInt(period.periodStart) + BigInt(period.intervalCount) * BigInt(period.intervalSeconds);
        if (period.meterId !== bill.meterId)
            mismatches.push(`meterId ${bill.meterId} (signal says ${period.meterId})`);
        if (BigInt(period.periodStart) !== bill.periodStart)
            mismatches.push(`periodStart ${bill.periodStart} (signal says ${period.periodStart})`);
        if (end !== bill.periodEnd)
            mismatches.push(`periodEnd ${bill.periodEnd} (signal says ${end})`);
    }
    catch (e) {
        mismatches.push(`period signal: ${e instanceof ValidationError ? e.reason : String(e)}`);
    }
    try {
        const amounts = unpackAmounts(s[3] ?? 0n);
        if (amounts.charge !== bill.charge)
            mismatches.push(`charge ${bill.charge} (signal says ${amounts.charge})`);
        if (amounts.credit !== bill.credit)
            mismatches.push(`credit ${bill.credit} (signal says ${amounts.credit})`);
    }
    catch (e) {
        mismatches.push(`amounts signal: ${e instanceof ValidationError ? e.reason : String(e)}`);
    }
    if (s[1] !== bill.tariffCommitment)
        mismatches.push(`tariffCommitment ${bill.tariffCommitment} (signal says ${s[1]})`);
    checks.fields = mismatches.length === 0;
    if (!checks.fields)
        reasons.push(`event fields differ from the proven public signals: ${mismatches.join('; ')}`);
    const { charge, credit, paid, arrearsAdded, refunded, arrearsCleared, creditOwed, debtCleared } = bill;
    checks.movement =
        charge >= credit
            ? debtCleared + paid + arrearsAdded === charge - credit && refunded === 0n && arrearsCleared === 0n && creditOwed === 0n
            : arrearsCleared + refunded + creditOwed === credit - charge && paid === 0n && arrearsAdded === 0n && debtCleared === 0n;
    if (!checks.movement) {
        reasons.push(`movement: debt cleared ${debtCleared} + paid ${paid} + arrears ${arrearsAdded} / arrears cleared ${arrearsCleared} + refunded ${refunded} + credit owed ${creditOwed} does not settle charge ${charge} - credit ${credit}`);
    }
}
async function auditOne(bill, ctx, reasons, checks) {
    fieldChecks(bill, ctx, reasons, checks);
    if (ctx.meters !== undefined) {
        const key = await ctx.meters.getKey(bill.publicSignals[0] ?? 0n);
        checks.key = key !== undefined && key.meterId === bill.meterId;
        if (!checks.key) {
            reasons.push(key === undefined
                ? `key: ${bill.publicSignals[0]} is not a registered meter key`
                : `key: belongs to meter ${key.meterId}, not ${bill.meterId}`);
        }
    }
    if (ctx.key === undefined) {
        checks.proof = false;
        reasons.push('proof: not checked, no published verification key matches the deployed verifier');
        return;
    }
    checks.proof = await verify(ctx.key.vkey, proofFromEvent(bill.proof), bill.publicSignals.map(String));
    if (!checks.proof)
        reasons.push(`proof: does not verify with the published ${ctx.key.circuit} verification key`);
}
/** Flags settlements of one meter whose periods overlap (a period billed twice). */
function continuity(items) {
    const byMeter = new Map();
    for (const it of items) {
        if (it.bill === undefined)
            continue;
        const list = byMeter.get(it.bill.meterId) ?? [];
        list.push({ bill: it.bill, result: it.result });
        byMeter.set(it.bill.meterId, list);
    }
    for (const list of byMeter.values()) {
        list.sort((x, y) => (x.bill.periodStart < y.bill.periodStart ? -1 : x.bill.periodStart > y.bill.periodStart ? 1 : 0));
        for (const [i, it] of list.entries()) {
            it.result.checks.continuity = true;
            const prev = list[i - 1];
            if (prev !== undefined && it.bill.periodStart < prev.bill.periodEnd) {
                it.result.checks.continuity = false;
                it.result.reasons.push(`continuity: period overlaps the settlement in tx ${prev.bill.txHash} (meter ${it.bill.meterId} billed twice)`);
            }
        }
    }
}
/**
 * Audits the given logs (normally the Settled logs of a block range; any log may be passed, e.g.
 * one kept from elsewhere, and a log that does not decode is reported as not verified).
 */
export async function auditLogs(logs, opts) {
    const { provider } = opts;
    const settlementClient = new SettlementClient(opts.settlement, provider);
    const [network, verifierAddress, metersAddress] = await Promise.all([
        chainCall('eth_chainId', () => provider.getNetwork()),
        settlementClient.verifier(),
        chainCall('Settlement.meters', () => settlementClient.contract.meters()),
    ]);
    const keys = opts.keys ?? (await loadPublishedKeys({ buildDir: opts.buildDir, only: opts.circuits }));
    const { key, check } = await identifyVerifier(provider, verifierAddress, keys);
    const ctx = {
        chainId: network.chainId,
        settlement: opts.settlement,
        meters: new MeterRegistryClient(metersAddress, provider),
    };
    if (key !== undefined)
        ctx.key = key;
    const items = [];
    for (const [i, log] of logs.entries()) {
        const reasons = [];
        const checks = {};
        const base = { txHash: log.transactionHash, blockNumber: log.blockNumber, logIndex: log.index };
        let bill;
        if (log.address.toLowerCase() !== opts.settlement.toLowerCase()) {
            reasons.push(`event: emitted by ${log.address}, not the audited Settlement ${opts.settlement}`);
        }
        else {
            try {
                bill = decodeSettled(log);
            }
            catch {
                bill = undefined;
            }
            if (bill === undefined)
                reasons.push('event: not a decodable Settled event');
        }
        checks.event = bill !== undefined && reasons.length === 0;
        const result = { ...base, verified: false, checks, reasons };
        if (bill !== undefined) {
            Object.assign(result, {
                meterId: bill.meterId,
                periodStart: bill.periodStart,
                periodEnd: bill.periodEnd,
                tariffCommitment: bill.tariffCommitment,
                charge: bill.charge,
                credit: bill.credit,
            });
            if (checks.event)
                await auditOne(bill, ctx, reasons, checks);
        }
        items.push(bill === undefined ? { result } : { bill, result });
        opts.onProgress?.(i + 1, logs.length);
    }
    continuity(items);
    const settlements = items.map(({ result }) => {
        result.verified = result.reasons.length === 0 && Object.values(result.checks).every((v) => v === true);
        return result;
    });
    const verified = settlements.filter((s) => s.verified).length;
    const blocks = logs.map((l) => l.blockNumber);
    const fromBlock = opts.fromBlock ?? (blocks.length > 0 ? Math.min(...blocks) : 0);
    const toBlock = opts.toBlock ?? (blocks.length > 0 ? Math.max(...blocks) : 0);
    const { moves, repairs } = await auditCursorMoves(provider, metersAddress, fromBlock, toBlock);
    const unexplainedMoves = moves.filter((m) => !m.settled).length;
    const report = {
        settlement: opts.settlement,
        chainId: network.chainId,
        fromBlock,
        toBlock,
        verifier: check,
        settlements,
        verified,
        failed: settlements.length - verified,
        cursorMoves: moves,
        unexplainedMoves,
        repairs,
        ok: check.matches && verified === settlements.length && unexplainedMoves === 0,
    };
    if (key !== undefined) {
        report.circuit = key.circuit;
        report.insecureKey = key.insecure;
    }
    return report;
}
/** Logs of one event of one contract over a block range, fetched in chunks. */
async function eventLogs(provider, address, topic, fromBlock, toBlock) {
    const logs = [];
    for (let from = fromBlock; from <= toBlock; from += LOG_CHUNK) {
        const to = Math.min(toBlock, from + LOG_CHUNK - 1);
        const chunk = await chainCall(`eth_getLogs ${from}..${to}`, () => provider.getLogs({ address, topics: [topic], fromBlock: from, toBlock: to }));
        logs.push(...chunk);
    }
    return logs;
}
/** The Settled logs of a Settlement contract over a block range, fetched in chunks. */
export async function settledLogs(provider, settlement, fromBlock, toBlock) {
    const topic = ISettlement__factory.createInterface().getEvent('Settled').topicHash;
    return eventLogs(provider, settlement, topic, fromBlock, toBlock);
}
/**
 * The meter registry's cursor moves and repairs over a block range. Each move (`PeriodClaimed`) is
 * matched with a `Settled` event that the moving contract emitted in the same transaction for the
 * same meter and period; a move without one is returned with `settled: false` and a reason.
 */
export async function auditCursorMoves(provider, meterRegistry, fromBlock, toBlock) {
    const iface = IMeterRegistry__factory.createInterface();
    const [claimed, repaired] = await Promise.all([
        eventLogs(provider, meterRegistry, iface.getEvent('PeriodClaimed').topicHash, fromBlock, toBlock),
        eventLogs(provider, meterRegistry, iface.getEvent('CursorRepaired').topicHash, fromBlock, toBlock),
    ]);
    const receipts = new Map();
    const txLogs = (hash) => {
        let r = receipts.get(hash);
        if (r === undefined) {
            r = chainCall(`eth_getTransactionReceipt(${hash})`, async () => (await provider.getTransactionReceipt(hash))?.logs ?? []);
            receipts.set(hash, r);
        }
        return r;
    };
    const moves = [];
    for (const log of claimed) {
        const e = iface.parseLog({ topics: [...log.topics], data: log.data }).args;
        const move = {
            meterId: e.meterId,
            settlement: e.settlement,
            periodStart: e.periodStart,
            periodEnd: e.periodEnd,
            txHash: log.transactionHash,
            blockNumber: log.blockNumber,
            settled: false,
        };
        const match = (await txLogs(log.transactionHash)).some((l) => {
            if (l.address.toLowerCase() !== move.settlement.toLowerCase())
                return false;
            const bill = decodeSettled(l);
            return bill !== undefined && bill.meterId === move.meterId && bill.periodStart === move.periodStart && bill.periodEnd === move.periodEnd;
        });
        move.settled = match;
        if (!match) {
            move.reason = `cursor of meter ${move.meterId} moved over [${move.periodStart}, ${move.periodEnd}) by ${move.settlement} with no Settled event of that contract in tx ${move.txHash}`;
        }
        moves.push(move);
    }
    const repairs = repaired.map((log) => {
        const e = iface.parseLog({ topics: [...log.topics], data: log.data }).args;
        return {
            meterId: e.meterId,
            authority: e.authority,
            from: e.from,
            to: e.to,
            keyValidFrom: e.keyValidFrom,
            reason: e.reason,
            txHash: log.transactionHash,
            blockNumber: log.blockNumber,
        };
    });
    return { moves, repairs };
}
/**
 * Audits the settlements of blocks `fromBlock..toBlock` (default: 0 to the latest block).
 * @returns a report with one entry per Settled event; `ok` is true when the verifier is the
 *   published circuit's and every settlement verified.
 */
export async function audit(opts) {
    const fromBlock = opts.fromBlock ?? 0;
    const toBlock = opts.toBlock ?? (await chainCall('eth_blockNumber', () => opts.provider.getBlockNumber()));
    if (fromBlock < 0 || toBlock < fromBlock)
        throw new ValidationError('blocks', `fromBlock ${fromBlock} .. toBlock ${toBlock} is not a range`);
    const logs = await settledLogs(opts.provider, opts.settlement, fromBlock, toBlock);
    return auditLogs(logs, { ...opts, fromBlock, toBlock });
}
/** Plain JSON form of a report (numbers as decimal strings). */
export function auditReportToJSON(report) {
    const dec = (v) => typeof v === 'bigint'
        ? v.toString()
        : Array.isArray(v)
            ? v.map(dec)
            : v !== null && typeof v === 'object'
                ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, dec(x)]))
                : v;
    return dec(report);
}
//# sourceMappingURL=audit.js.map