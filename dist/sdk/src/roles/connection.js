/**
 * A connection to one wattproof deployment as one account: the three contract clients, the chain
 * id, and where to start scanning events. Every role facade is built on one.
 * @packageDocumentation
 */
import { Contract } from 'ethers';
import { settlementDomain } from '../../../core/src/bill/signals.js';
import { chainCall } from '../chain/errors.js';
import { MeterRegistryClient } from '../chain/meter-registry.js';
import { SettlementClient } from '../chain/settlement.js';
import { TariffRegistryClient } from '../chain/tariff-registry.js';
import { ChainError, ValidationError } from '../../../core/src/errors.js';
const TOKEN_ABI = [
    'function symbol() view returns (string)',
    'function decimals() view returns (uint8)',
    'function balanceOf(address) view returns (uint256)',
];
function providerOf(runner) {
    const p = runner.provider ?? runner;
    if (typeof p.getNetwork !== 'function') {
        throw new ChainError('the runner has no provider: give a Signer connected to a provider, or a Provider');
    }
    return p;
}
/** One deployment, seen by one account (or read-only, with a Provider). */
export class WattproofConnection {
    /** Signer (or provider, read-only) every call runs with. */
    runner;
    provider;
    addresses;
    chainId;
    settlement;
    meters;
    tariffs;
    /** First block event scans start from. */
    fromBlock;
    logChunk;
    #token;
    constructor(runner, addresses, chainId, opts) {
        this.runner = runner;
        this.provider = providerOf(runner);
        this.addresses = addresses;
        this.chainId = chainId;
        this.settlement = new SettlementClient(addresses.settlement, runner);
        this.meters = new MeterRegistryClient(addresses.meterRegistry, runner);
        this.tariffs = new TariffRegistryClient(addresses.tariffRegistry, runner);
        this.fromBlock = opts.fromBlock ?? 0;
        this.logChunk = opts.logChunk ?? 5000;
    }
    /**
     * Connects to the deployment of a Settlement contract: the registries, verifier and token are
     * read from the contract itself, so its address is all a user needs.
     * @throws ChainError if there is no Settlement contract at the address
     */
    static async connect(runner, settlement, opts = {}) {
        if (!/^0x[0-9a-fA-F]{40}$/.test(settlement))
            throw new ValidationError('settlement', 'must be a contract address (0x + 40 hex digits)');
        const provider = providerOf(runner);
        const client = new SettlementClient(settlement, provider);
        const code = await chainCall(`eth_getCode(${settlement})`, () => provider.getCode(settlement));
        if (code === '0x')
            throw new ChainError(`no contract at ${settlement} on this chain; check the settlement address and --rpc`, { code: 'CHAIN_NO_CONTRACT' });
        const [network, verifier, meterRegistry, tariffRegistry, token] = await Promise.all([
            chainCall('eth_chainId', () => provider.getNetwork()),
            client.verifier(),
            chainCall('Settlement.meters', () => client.contract.meters()),
            chainCall('Settlement.tariffs', () => client.contract.tariffs()),
            client.token(),
        ]).catch((e) => {
            throw new ChainError(`${settlement} does not look like a wattproof Settlement contract: ${e.message}`, { cause: e });
        });
        return new WattproofConnection(runner, { settlement, verifier, meterRegistry, tariffRegistry, token }, network.chainId, opts);
    }
    /** A connection to a deployment just made with `deployWattproof`. */
    static async fromDeployment(d, runner, opts = {}) {
        const network = await chainCall('eth_chainId', () => providerOf(runner).getNetwork());
        return new WattproofConnection(runner, d.addresses, network.chainId, opts);
    }
    /** The same deployment as another account. */
    as(runner) {
        return new WattproofConnection(runner, this.addresses, this.chainId, { fromBlock: this.fromBlock, logChunk: this.logChunk });
    }
    /** The settlement domain proofs must carry (public signal 4): `chainId * 2^160 + settlement`. */
    domain() {
        return settlementDomain(this.chainId, this.addresses.settlement);
    }
    /** The connected account's address. @throws ChainError when read-only. */
    async account() {
        const signer = this.runner;
        if (typeof signer.getAddress !== 'function')
            throw new ChainError('this connection is read-only (built with a Provider, not a Signer)');
        return chainCall('signer address', () => signer.getAddress());
    }
    /** Symbol and decimals of the settlement token (cached). */
    async token() {
        if (this.#token === undefined) {
            const c = new Contract(this.addresses.token, TOKEN_ABI, this.provider);
            const [symbol, decimals] = await Promise.all([
                chainCall('token.symbol', () => c.getFunction('symbol')()).catch(() => 'tokens'),
                chainCall('token.decimals', () => c.getFunction('decimals')()).catch(() => 0n),
            ]);
            this.#token = { address: this.addresses.token, symbol, decimals: Number(decimals) };
        }
        return this.#token;
    }
    /** ERC-20 balance of an account (outside the ledger). */
    async tokenBalance(account) {
        const c = new Contract(this.addresses.token, TOKEN_ABI, this.provider);
        return chainCall('token.balanceOf', () => c.getFunction('balanceOf')(account));
    }
    /**
     * Settled bills matching `filter`, oldest first, scanning from {@link fromBlock} (or
     * `filter.fromBlock`) to the latest block in chunks.
     */
    async settlements(filter = {}) {
        const from = filter.fromBlock ?? this.fromBlock;
        const to = filter.toBlock ?? (await chainCall('eth_blockNumber', () => this.provider.getBlockNumber()));
        const out = [];
        for (let a = from; a <= to; a += this.logChunk) {
            const b = Math.min(to, a + this.logChunk - 1);
            out.push(...(await this.settlement.settlements({ ...filter, fromBlock: a, toBlock: b })));
        }
        return out;
    }
}
//# sourceMappingURL=connection.js.map