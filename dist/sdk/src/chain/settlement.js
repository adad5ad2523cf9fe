import { IERC20__factory, ISettlement__factory, Settlement__factory, } from '../../../typechain-types/index.js';
import { ChainError } from '../../../core/src/errors.js';
import { AdminClient } from './admin.js';
import { chainCall } from './errors.js';
import { send, sendTx } from './tx.js';
const settlementInterface = ISettlement__factory.createInterface();
/** Decode a Settled log; undefined if the log is another event. */
export function decodeSettled(log) {
    let parsed;
    try {
        parsed = settlementInterface.parseLog({ topics: [...log.topics], data: log.data });
    }
    catch {
        return undefined;
    }
    if (parsed === null || parsed.name !== 'Settled')
        return undefined;
    const e = parsed.args;
    const pair = (p) => [p[0], p[1]];
    const signals = [...e.publicSignals];
    const claim = claimOfSignals(signals);
    const [m0, m1, m2] = e.movement.map((w) => [w & LOW128, w >> 128n]);
    return {
        meterId: e.meterId,
        retailer: e.retailer,
        consumer: e.consumer,
        periodStart: claim.periodStart,
        periodEnd: claim.periodEnd,
        tariffCommitment: claim.tariffCommitment,
        charge: claim.charge,
        credit: claim.credit,
        paid: m0[0],
        arrearsAdded: m0[1],
        refunded: m1[0],
        arrearsCleared: m1[1],
        creditOwed: m2[0],
        debtCleared: m2[1],
        proof: {
            a: pair(e.a),
            b: [pair(e.b[0]), pair(e.b[1])],
            c: pair(e.c),
        },
        publicSignals: signals,
        txHash: log.transactionHash,
        blockNumber: log.blockNumber,
        logIndex: log.index,
    };
}
const LOW128 = (1n << 128n) - 1n;
/**
 * What the Settlement contract reads from a bill's public signals (bill spec section 7), decoded as it
 * decodes them: period `meterId + 2^64 start + 2^104 count + 2^120 seconds`, amounts `charge + 2^96 credit`.
 * The Settled event does not repeat these; they are the signals'.
 */
export function claimOfSignals(signals) {
    const period = signals[2] ?? 0n;
    const amounts = signals[3] ?? 0n;
    const start = (period >> 64n) & ((1n << 40n) - 1n);
    const count = (period >> 104n) & 0xffffn;
    const seconds = (period >> 120n) & 0xffffffn;
    return {
        meterId: period & ((1n << 64n) - 1n),
        tariffCommitment: signals[1] ?? 0n,
        periodStart: start,
        periodEnd: start + count * seconds,
        charge: amounts & ((1n << 96n) - 1n),
        credit: amounts >> 96n,
    };
}
/**
 * The proof of a settled bill in snarkjs's own layout (decimal strings, projective z = 1, G2
 * coordinates un-swapped), ready for `snarkjs.groth16.verify(vkey, publicSignals, proof)`: the
 * auditor's off-chain re-verification from event data alone.
 */
export function toSnarkjsProof(proof) {
    const d = (v) => v.toString();
    return {
        pi_a: [d(proof.a[0]), d(proof.a[1]), '1'],
        pi_b: [
            [d(proof.b[0][1]), d(proof.b[0][0])],
            [d(proof.b[1][1]), d(proof.b[1][0])],
            ['1', '0'],
        ],
        pi_c: [d(proof.c[0]), d(proof.c[1]), '1'],
        protocol: 'groth16',
        curve: 'bn128',
    };
}
/** Plain JSON form of a settled bill: every number as a decimal string. */
export function settledBillToJSON(bill) {
    const dec = (v) => typeof v === 'bigint' ? v.toString() : Array.isArray(v) ? v.map(dec) : v && typeof v === 'object' ? objDec(v) : v;
    const objDec = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, dec(v)]));
    return objDec(bill);
}
/** Decode a BillSkipped log; undefined if the log is another event. */
export function decodeSkipped(log) {
    let parsed;
    try {
        parsed = settlementInterface.parseLog({ topics: [...log.topics], data: log.data });
    }
    catch {
        return undefined;
    }
    if (parsed === null || parsed.name !== 'BillSkipped')
        return undefined;
    const selector = parsed.args.reason.toLowerCase();
    return {
        index: Number(parsed.args.index),
        meterId: parsed.args.meterId,
        reason: errorNameOf(selector),
        selector,
        txHash: log.transactionHash,
    };
}
/** The name of the Settlement custom error with 4-byte `selector` (the selector itself when none has it). */
export function errorNameOf(selector) {
    try {
        return settlementInterface.getError(selector)?.name ?? selector;
    }
    catch {
        return selector;
    }
}
function args(proof) {
    if (proof.signals.length !== 5) {
        throw new ChainError(`settle: expected 5 public signals, got ${proof.signals.length}`);
    }
    const s = proof.signals;
    const a = [proof.a[0], proof.a[1]];
    const b = [
        [proof.b[0][0], proof.b[0][1]],
        [proof.b[1][0], proof.b[1][1]],
    ];
    const c = [proof.c[0], proof.c[1]];
    const signals = [s[0], s[1], s[2], s[3], s[4]];
    return [a, b, c, signals];
}
/** Client of one Settlement deployment. Every call throws ChainError (ContractRevertError on a revert). */
export class SettlementClient extends AdminClient {
    runner;
    constructor(address, runner) {
        super(Settlement__factory.connect(address, runner), 'Settlement');
        this.runner = runner;
    }
    /** The domain a proof must carry to settle here (public signal 4). */
    domain() {
        return chainCall('Settlement.domain', () => this.contract.domain());
    }
    /** The settlement token's address. */
    token() {
        return chainCall('Settlement.token', () => this.contract.token());
    }
    /** The verifier contract's address. */
    verifier() {
        return chainCall('Settlement.verifier', () => this.contract.verifier());
    }
    /**
     * Settle a bill (anyone may send it). Returns the decoded Settled event.
     * @throws ContractRevertError naming the failed check, e.g. `PeriodOverlap` or `InvalidProof`
     */
    async settle(proof) {
        const [a, b, c, s] = args(proof);
        const receipt = await sendTx('settle', () => this.contract.settle(a, b, c, s));
        for (const log of receipt.logs) {
            if (log.address.toLowerCase() !== this.address.toLowerCase())
                continue;
            const bill = decodeSettled(log);
            if (bill !== undefined)
                return { ...bill, gasUsed: receipt.gasUsed };
        }
        throw new ChainError(`settle: transaction ${receipt.hash} emitted no Settled event`);
    }
    /**
     * Settle many bills in one transaction (anyone may send it). Each bill passes exactly settle's
     * checks or is skipped (returned in `skipped` with the failed check); the proofs of the bills that
     * pass are checked together, and if they do not all verify the whole transaction reverts
     * (`InvalidProof`). Bills of one meter settle in the order given, each starting where the last ended.
     * @param opts.gasLimit - gas limit of the transaction (default: the node's estimate)
     * @throws ContractRevertError, e.g. `InvalidProof`, `EnforcedPause`, `EmptyBatch`
     */
    async settleBatch(proofs, opts = {}) {
        const bills = proofs.map((p) => {
            const [a, b, c, publicSignals] = args(p);
            return { a, b, c, publicSignals };
        });
        const overrides = opts.gasLimit === undefined ? {} : { gasLimit: opts.gasLimit };
        const receipt = await sendTx(`settleBatch(${proofs.length})`, () => this.contract.settleBatch(bills, overrides));
        const settled = [];
        const skipped = [];
        const skippedIdx = new Set();
        for (const log of receipt.logs) {
            if (log.address.toLowerCase() !== this.address.toLowerCase())
                continue;
            const skip = decodeSkipped(log);
            if (skip !== undefined) {
                skipped.push(skip);
                skippedIdx.add(skip.index);
            }
        }
        // Settled events come in batch order, one per bill not skipped.
        let next = 0;
        for (const log of receipt.logs) {
            if (log.address.toLowerCase() !== this.address.toLowerCase())
                continue;
            const bill = decodeSettled(log);
            if (bill === undefined)
                continue;
            while (skippedIdx.has(next))
                next++;
            settled.push({ ...bill, index: next++ });
        }
        return { txHash: receipt.hash, blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed, settled, skipped };
    }
    /** The gas settleBatch of `proofs` would use now (the node's estimate; throws the revert it would hit). */
    async estimateSettleBatch(proofs) {
        const bills = proofs.map((p) => {
            const [a, b, c, publicSignals] = args(p);
            return { a, b, c, publicSignals };
        });
        return chainCall('settleBatch (estimate)', () => this.contract.settleBatch.estimateGas(bills));
    }
    /** Check a settlement without sending it; throws the revert the transaction would hit. */
    async checkSettle(proof) {
        const [a, b, c, s] = args(proof);
        await chainCall('settle (dry run)', () => this.contract.settle.staticCall(a, b, c, s));
    }
    /**
     * Deposit `amount` tokens into the caller's ledger balance. With `approve` (default) an ERC-20
     * allowance is granted first when the current one is too small.
     */
    async deposit(amount, opts = {}) {
        if (opts.approve ?? true) {
            const owner = await this.signerAddress('deposit');
            const token = IERC20__factory.connect(await this.token(), this.runner);
            const allowance = await chainCall('token.allowance', () => token.allowance(owner, this.address));
            if (allowance < amount)
                await send('token.approve', () => token.approve(this.address, amount));
        }
        return send('deposit', () => this.contract.deposit(amount));
    }
    /** Withdraw `amount` of the caller's free balance. */
    withdraw(amount) {
        return send('withdraw', () => this.contract.withdraw(amount));
    }
    /** Pay `amount` of a meter's arrears from the caller's ledger balance. */
    payArrears(meterId, amount) {
        return send(`payArrears(${meterId})`, () => this.contract.payArrears(meterId, amount));
    }
    /**
     * Pay `amount` of the export credit a meter's retailer owes the meter's consumer, from the
     * retailer's ledger balance (anyone may send it: the retailer after a deposit, or the consumer).
     */
    payCreditDebt(meterId, amount) {
        return send(`payCreditDebt(${meterId})`, () => this.contract.payCreditDebt(meterId, amount));
    }
    /** An account's ledger balance, free balance, arrears (as a consumer) and debt (as a retailer). */
    async position(account) {
        return chainCall(`position(${account})`, async () => {
            const [balance, free, arrears, debt] = await Promise.all([
                this.contract.balanceOf(account),
                this.contract.freeBalanceOf(account),
                this.contract.consumerArrearsOf(account),
                this.contract.retailerDebtOf(account),
            ]);
            return { balance, free, arrears, debt };
        });
    }
    /** An account's ledger balance. */
    balanceOf(account) {
        return chainCall(`balanceOf(${account})`, () => this.contract.balanceOf(account));
    }
    /** A meter's unpaid arrears. */
    arrearsOf(meterId) {
        return chainCall(`arrearsOf(${meterId})`, () => this.contract.arrearsOf(meterId));
    }
    /** Export credit a meter's retailer owes the meter's consumer. */
    creditOwedOf(meterId) {
        return chainCall(`creditOwedOf(${meterId})`, () => this.contract.creditOwedOf(meterId));
    }
    /** Settled bills matching `filter`, oldest first, decoded from events. */
    async settlements(filter = {}) {
        const f = this.contract.filters.Settled(filter.meterId, filter.retailer, filter.consumer);
        const logs = await chainCall('Settled events', () => this.contract.queryFilter(f, filter.fromBlock ?? 0, filter.toBlock ?? 'latest'));
        return logs.map((l) => decodeSettled(l)).filter((b) => b !== undefined);
    }
    async signerAddress(action) {
        const signer = this.runner;
        if (typeof signer.getAddress !== 'function') {
            throw new ChainError(`${action}: the client was built with a provider, not a signer`);
        }
        return chainCall(`${action}: signer address`, () => signer.getAddress());
    }
}
//# sourceMappingURL=settlement.js.map