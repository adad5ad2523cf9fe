// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IBatchVerifier} from "./interfaces/IBatchVerifier.sol";
import {IExtraSignalsVerifier} from "./interfaces/IExtraSignalsVerifier.sol";
import {IMeterRegistry} from "./interfaces/IMeterRegistry.sol";
import {ISettlement} from "./interfaces/ISettlement.sol";
import {ITariffRegistry} from "./interfaces/ITariffRegistry.sol";
import {WattproofConstants} from "./interfaces/WattproofConstants.sol";

/// @title Settlement ledger
/// @notice ERC-20 escrow for consumers and retailers, and proof-checked settlement of bills.
///         A bill is a Groth16 proof of one circuit instance (this contract's verifier) with the public
///         signals of docs/bill-spec.md section 7. Settlement moves balances inside the ledger only;
///         tokens leave only through withdraw.
/// @dev Ledger rules, per settled bill with net = charge - credit:
///      - net >= 0: the net charge first offsets what the retailer owes the meter's consumer
///        (`debtCleared`); the consumer's escrow pays as much of the rest as it holds (`paid`); the rest
///        becomes arrears of the meter (`arrearsAdded`). Arrears are paid later with payArrears; while a
///        consumer has arrears it can withdraw only the excess of its balance over them.
///      - net < 0 (export credit above the charge): the surplus first clears the meter's arrears
///        (`arrearsCleared`, a wash for the retailer, which is owed them); the retailer's balance pays
///        as much of the rest as it holds to the consumer (`refunded`); the rest becomes the retailer's
///        debt to the consumer (`creditOwed`), paid later with payCreditDebt. While a retailer owes, it
///        can withdraw only the excess of its balance over its debts. A bill never waits on the retailer.
///      A meter never has arrears and credit owed at once. One deployment per circuit instance; several
///      may share the registries (the billing cursor is in the MeterRegistry, so a period is never billed
///      twice across them), each with its own escrow. settleBatch settles many bills with one
///      multi-pairing; each bill passes exactly settle's checks (it runs settle's own code in a self-call
///      that reverts alone) or is skipped with BillSkipped. Structs, events and errors: ISettlement.
contract Settlement is ISettlement, AccessControl, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice May pause and unpause settlement.
    bytes32 public constant PAUSER_ROLE = WattproofConstants.PAUSER_ROLE;
    /// @notice Held by market settlement contracts: may book through this ledger (bookMarket).
    bytes32 public constant MARKET_SETTLEMENT_ROLE = keccak256("MARKET_SETTLEMENT_ROLE");

    /// @notice BN254 scalar field size r; every public signal must be below it.
    uint256 public constant SNARK_SCALAR_FIELD = WattproofConstants.SNARK_SCALAR_FIELD;

    /// @notice The Groth16 (batch) verifier of this deployment's circuit instance.
    IBatchVerifier public immutable verifier;
    /// @notice Meters, keys and billing cursors.
    IMeterRegistry public immutable meters;
    /// @notice Tariff commitments, approvals and acceptances.
    ITariffRegistry public immutable tariffs;
    /// @notice The settlement token.
    IERC20 public immutable token;

    /// @notice verifier.foldDomain(domain()) on the chain of deployment: IC0 + domain * IC5, so that each
    ///         check multiplies four signals, not five.
    uint256 private immutable _baseX;
    uint256 private immutable _baseY;
    uint256 private immutable _baseChainId;
    /// @notice Public signals after the domain in this deployment's circuit (0 for a plain bill circuit; 3 for a
    ///         yearly-block one, whose year-to-date signals are always the last three).
    uint256 private immutable _extraSignals;

    /// @notice The verification key, copied from the verifier at deployment (verifyingKey) so that settle checks a
    ///         single proof here: no call, no cold account. `_k*`: alpha, beta, gamma, delta in the pairing
    ///         precompile's layout; `_ic*`: the IC points of the signals that are multiplied per bill (signals 2
    ///         and 3, then 5..10: IC3, IC4, IC6..IC11; zero past the circuit's signals). `_hasKey` is false for a
    ///         verifier without verifyingKey or with more than eleven signals: then the verifier checks.
    uint256 private immutable _k0;
    uint256 private immutable _k1;
    uint256 private immutable _k2;
    uint256 private immutable _k3;
    uint256 private immutable _k4;
    uint256 private immutable _k5;
    uint256 private immutable _k6;
    uint256 private immutable _k7;
    uint256 private immutable _k8;
    uint256 private immutable _k9;
    uint256 private immutable _k10;
    uint256 private immutable _k11;
    uint256 private immutable _k12;
    uint256 private immutable _k13;
    uint256 private immutable _ic0;
    uint256 private immutable _ic1;
    uint256 private immutable _ic2;
    uint256 private immutable _ic3;
    uint256 private immutable _ic4;
    uint256 private immutable _ic5;
    uint256 private immutable _ic6;
    uint256 private immutable _ic7;
    uint256 private immutable _ic8;
    uint256 private immutable _ic9;
    uint256 private immutable _ic10;
    uint256 private immutable _ic11;
    uint256 private immutable _ic12;
    uint256 private immutable _ic13;
    uint256 private immutable _ic14;
    uint256 private immutable _ic15;
    bool private immutable _hasKey;

    /// @notice Public-signal indexes (spec section 7).
    uint256 private constant SIG_KEY_HASH = 0;
    uint256 private constant SIG_TARIFF = 1;
    uint256 private constant SIG_PERIOD = 2;
    uint256 private constant SIG_AMOUNTS = 3;
    uint256 private constant SIG_DOMAIN = 4;

    /// claimSettlement's answer as returned (IMeterRegistry): the meter's and the key's stored words, the meter's
    /// retailer, the mirrored tariff word, the accepted commitment, whether the retailer is active.
    struct Records {
        uint256 meter;
        uint256 key;
        address retailer;
        uint256 tariff;
        uint256 accepted;
        bool retailerActive;
    }

    /// @notice What a meter owes its retailer (arrears) and what the retailer owes the meter's consumer
    ///         (export credit it could not pay); at most one of them is non-zero. One storage slot.
    struct MeterBook {
        uint128 arrears;
        uint128 creditOwed;
    }

    /// @notice One storage slot per account: its ledger balance; the sum of its meters' arrears (as a
    ///         consumer); how many of its meters have a non-zero MeterBook here (when none, settle does not
    ///         read the book); and a marker set on first use, so that the slot never returns to zero and a
    ///         later write is never a zero-to-non-zero SSTORE.
    struct Account {
        uint128 balance;
        uint104 arrears;
        uint16 openBooks;
        uint8 used;
    }

    mapping(address account => Account) private _accounts;
    mapping(uint64 meterId => MeterBook) private _books;
    mapping(address retailer => uint256) private _retailerDebt;

    /// @notice A meter's year-to-date commitment (yearly blocks, bill spec section 9) and its tariff year.
    struct YearToDate {
        uint256 commitment;
        uint32 yearStart;
    }

    mapping(uint64 meterId => YearToDate) private _yearToDate;

    /// @notice Kept base points: keccak256 of the folded signals (domain, meter key hash, tariff commitment and,
    ///         on a disclosure deployment, the regulator's key hash; 0 elsewhere) => verifier.foldSignals of them.
    ///         They are the same on every bill of a meter until its key or tariff changes, so the first bill of
    ///         a (key, tariff) pair folds and keeps the point and later ones read it (two slots, 4.2k) instead of
    ///         two scalar multiplications (12.3k). The domain is part of the id, so another chain id (a fork)
    ///         never reads a point folded for this one.
    mapping(bytes32 folded => uint256[2] point) private _keptBases;

    /// @param admin account granted DEFAULT_ADMIN_ROLE
    /// @param billVerifier the generated batch verifier of one bill circuit instance
    /// @param meterRegistry the meter registry (must grant this contract SETTLEMENT_ROLE)
    /// @param tariffRegistry the tariff registry
    /// @param settlementToken the ERC-20 in which bills are paid
    constructor(
        address admin,
        IBatchVerifier billVerifier,
        IMeterRegistry meterRegistry,
        ITariffRegistry tariffRegistry,
        IERC20 settlementToken
    ) {
        if (
            admin == address(0) || address(billVerifier) == address(0) || address(meterRegistry) == address(0)
                || address(tariffRegistry) == address(0) || address(settlementToken) == address(0)
        ) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        verifier = billVerifier;
        meters = meterRegistry;
        tariffs = tariffRegistry;
        token = settlementToken;
        // A verifier that cannot fold the domain (not a batch verifier) leaves no base: every settlement
        // then asks it again and reverts, and the audit reports the verifier.
        uint256 bx;
        uint256 by;
        uint256 chain;
        try billVerifier.foldDomain(domain()) returns (uint256 x, uint256 y) {
            (bx, by, chain) = (x, y, block.chainid);
        } catch {}
        (_baseX, _baseY, _baseChainId) = (bx, by, chain);
        // A verifier without extraSignalCount (a plain bill circuit's) has none.
        uint256 extra;
        try IExtraSignalsVerifier(address(billVerifier)).extraSignalCount() returns (uint256 n) {
            extra = n;
        } catch {}
        _extraSignals = extra;
        // The key of the verifier's circuit, for _verifyHere; a verifier without it keeps checking the proofs.
        uint256[31] memory key;
        try billVerifier.verifyingKey() returns (uint256[14] memory pairing, uint256[2][] memory ic) {
            if (ic.length == 6 + extra && ic.length <= 12) {
                for (uint256 i = 0; i < 14; ++i) {
                    key[i] = pairing[i];
                }
                // IC(j + 1) of the multiplied signals j = 2, 3, 5, 6, ...
                for (uint256 j = 2; j + 1 < ic.length; ++j) {
                    if (j == SIG_DOMAIN) continue;
                    uint256 at = 14 + 2 * (j < SIG_DOMAIN ? j - 2 : j - 3);
                    (key[at], key[at + 1]) = (ic[j + 1][0], ic[j + 1][1]);
                }
                key[30] = 1;
            }
        } catch {}
        _k0 = key[0];
        _k1 = key[1];
        _k2 = key[2];
        _k3 = key[3];
        _k4 = key[4];
        _k5 = key[5];
        _k6 = key[6];
        _k7 = key[7];
        _k8 = key[8];
        _k9 = key[9];
        _k10 = key[10];
        _k11 = key[11];
        _k12 = key[12];
        _k13 = key[13];
        _ic0 = key[14];
        _ic1 = key[15];
        _ic2 = key[16];
        _ic3 = key[17];
        _ic4 = key[18];
        _ic5 = key[19];
        _ic6 = key[20];
        _ic7 = key[21];
        _ic8 = key[22];
        _ic9 = key[23];
        _ic10 = key[24];
        _ic11 = key[25];
        _ic12 = key[26];
        _ic13 = key[27];
        _ic14 = key[28];
        _ic15 = key[29];
        _hasKey = key[30] == 1;
    }

    // ------------------------------------------------------------------ settlement

    /// @notice Settles one bill. Anyone may submit: the outcome depends only on the proof and the state.
    /// @dev Checks (each with its own error, in this order): signals in field, domain, meter, key,
    ///      period continuity, period ended, tariff, retailer active, proof. Then balances are booked and
    ///      Settled is emitted; the meter's cursor moves to the period end (in the registry). No check
    ///      depends on the retailer's funds: credit it cannot pay is booked as its debt.
    /// @param a proof point A
    /// @param b proof point B (snarkjs Solidity order)
    /// @param c proof point C
    /// @param publicSignals [keyHash, tariffCommitment, period, amounts, domain]
    function settle(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals
    ) external virtual nonReentrant {
        // No whenNotPaused here: pause() pauses this contract's claims in the meter registry too
        // (setClaimsPaused), and claimPeriod, which every settlement passes, refuses them (EnforcedPause) in
        // the same slot read as its role check, one cold slot less per bill.
        _settleOne(publicSignals);
        // The rules above all passed (each reverts with its own error); the proof is checked last. On a
        // yearly deployment the extra signals are 0 here: the proof fails and says ExtraSignalsRequired.
        if (_hasKey && _extraSignals == 0) {
            // The common case, without the generic path's arrays: the same kept point, the same equation.
            if (!_verifyPlain(a, b, c, publicSignals)) _revertInvalidProof();
            return;
        }
        (uint256[] memory folded, uint256[] memory rest) = _splitSignals(publicSignals, 5 + _extraSignals);
        if (!_verify(a, b, c, rest, _keptBase(folded))) _revertInvalidProof();
    }

    /// @notice Settles one bill of a yearly-block circuit (bill spec section 9): every check of settle, then
    ///         the meter's year-to-date commitment is consumed and replaced, in this one call, so that the
    ///         commitment moves with the period cursor. Anyone may submit.
    /// @dev The year-to-date signals are the last three of the circuit: [ytdOld, ytdNew, ytdYear] at
    ///      extraSignals[n-3..n-1] (n = extraSignalCount(); any other extra signals come before them).
    ///      Requirements: ytdOld != 0 (a carried year): ytdOld and ytdYear equal the stored commitment and
    ///      year (YearToDateMismatch); ytdOld == 0 (the first bill of a tariff year): ytdYear is later than the
    ///      stored year (YearToDateNotFresh). The proof is checked last, with the extra signals folded in.
    /// @param publicSignals signals 0-4 [keyHash, tariffCommitment, period, amounts, domain]
    /// @param extraSignals signals 5.. of the circuit
    function settleYearly(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals,
        uint256[] calldata extraSignals
    ) external virtual nonReentrant whenNotPaused {
        uint256 n = _extraSignals;
        if (n < 3 || extraSignals.length != n) revert ExtraSignalsRequired(n, extraSignals.length);
        for (uint256 i = 0; i < n; ++i) {
            if (extraSignals[i] >= SNARK_SCALAR_FIELD) revert SignalOutOfField(5 + i, extraSignals[i]);
        }
        _settleOne(publicSignals);
        _replaceYearToDate(uint64(publicSignals[SIG_PERIOD]), extraSignals[n - 3], extraSignals[n - 2], extraSignals[n - 1], 5 + n - 1);
        // The year-to-date signals change every bill: multiplied, not folded.
        (uint256[] memory folded, uint256[] memory rest) = _splitSignals(publicSignals, 5 + n);
        for (uint256 i = 0; i < n; ++i) {
            rest[5 + i] = extraSignals[i];
        }
        if (!_verify(a, b, c, rest, _keptBase(folded))) revert InvalidProof();
    }

    /// @notice Settles many bills (any meters, consumers and retailers of this circuit instance) in one
    ///         transaction. Each bill is checked exactly as settle checks it, in calldata order: one that
    ///         fails a rule is skipped (BillSkipped names the error) and the others settle; a bill of a meter
    ///         whose earlier bill settled in this batch must start where that one ended. The proofs of the
    ///         bills that pass are then checked together with one multi-pairing; if they do not all verify,
    ///         the whole batch reverts (InvalidProof). The settled bills are logged in one BatchSettled (their
    ///         meters and movements; signals and proofs are the calldata's), not in a Settled each.
    ///         A bill carries no domain: each is checked against this contract's own (the base point of domain(),
    ///         into which the verifier folds signal 4), so a proof made for another domain fails the batch.
    /// @param bills proofs with their first four public signals
    /// @return settled how many bills settled
    function settleBatch(IBatchVerifier.BatchProof[] calldata bills)
        external
        virtual
        nonReentrant
        whenNotPaused
        returns (uint256 settled)
    {
        uint256 n = bills.length;
        if (n == 0) revert EmptyBatch();
        uint256[] memory include = new uint256[]((n + 255) >> 8);
        // one word per settled bill for BatchSettled (meterId and movement, returned by the step)
        uint256[] memory words = new uint256[](n);
        bytes4 step = this.settleInBatch.selector;
        for (uint256 i = 0; i < n; ++i) {
            // settle's own checks and booking, in a call frame that reverts alone when a rule fails. The call is
            // made in assembly: its four signal words copied from the bill's calldata (a BatchProof is 12 static
            // words, the signals its last four) with no ABI encoder, no extcodesize check and no copy of the revert
            // data beyond the selector (issue 15: the batch's per-bill overhead).
            bool ok;
            uint256 returned;
            bytes4 reason;
            assembly ("memory-safe") {
                let p := mload(0x40)
                mstore(p, step)
                calldatacopy(add(p, 4), add(add(bills.offset, mul(i, 384)), 256), 128)
                ok := call(gas(), address(), 0, p, 132, 0, 0)
                returned := returndatasize()
                switch ok
                case 0 {
                    if gt(returned, 3) {
                        returndatacopy(p, 0, 4)
                        reason := and(mload(p), shl(224, 0xffffffff))
                    }
                }
                default {
                    // A settled bill: its bit in include (word i / 256, bit i % 256) and the step's one word (this
                    // contract's own code returns it) at words[settled], without bounds checks: both arrays are
                    // sized for n bills, i < n and settled <= i.
                    returndatacopy(p, 0, 32)
                    let at := add(include, shl(5, add(shr(8, i), 1)))
                    mstore(at, or(mload(at), shl(and(i, 255), 1)))
                    mstore(add(words, shl(5, add(settled, 1))), mload(p))
                    settled := add(settled, 1)
                }
            }
            if (!ok) {
                // Every check fails with a custom error. No revert data means the step ran out of gas:
                // revert rather than skip, so a bill is never dropped for the gas the submitter gave.
                if (returned < 4) revert BatchOutOfGas(i);
                emit BillSkipped(i, uint64(bills[i].signals[SIG_PERIOD]), reason);
            }
        }
        if (settled == 0) return 0;
        if (!_verifyBatch(bills, include)) _revertInvalidProof();
        _emitBatchSettled(include, words, settled);
    }

    /// BatchSettled(include, words[0..settled)), logged from memory as the ABI lays out two dynamic arrays: one
    /// event for the batch, one data word per settled bill (a Settled per bill logged four topics and six words).
    function _emitBatchSettled(uint256[] memory include, uint256[] memory words, uint256 settled) private {
        bytes32 topic = BatchSettled.selector;
        assembly ("memory-safe") {
            let m := mload(include)
            let p := mload(0x40)
            let second := add(0x40, mul(add(m, 1), 32))
            mstore(p, 0x40)
            mstore(add(p, 32), second)
            mcopy(add(p, 0x40), include, mul(add(m, 1), 32))
            mstore(add(p, second), settled)
            mcopy(add(p, add(second, 32)), add(words, 32), mul(settled, 32))
            log1(p, add(second, mul(add(settled, 1), 32)), topic)
        }
    }

    /// verifier.verifyBatch(bills, include, _base()), its calldata written in assembly: the bills' 12 static words
    /// each are one calldatacopy (the ABI encoding of BatchProof[] is their calldata bytes), not the encoder's copy
    /// member by member. A reverting verifier's reason is bubbled, as the high-level call did. The base is this
    /// contract's domain folded in: what binds every bill of the batch to this deployment.
    function _verifyBatch(IBatchVerifier.BatchProof[] calldata bills, uint256[] memory include)
        private
        view
        returns (bool valid)
    {
        uint256[2] memory base = _base();
        (address v, bytes4 selector) = (address(verifier), IBatchVerifier.verifyBatch.selector);
        assembly ("memory-safe") {
            let n := bills.length
            let m := mload(include)
            let p := mload(0x40)
            mstore(p, selector)
            let q := add(p, 4)
            // head: offset of proofs, offset of include, base (two words)
            let includeAt := add(0xa0, mul(n, 384))
            mstore(q, 0x80)
            mstore(add(q, 32), includeAt)
            mstore(add(q, 64), mload(base))
            mstore(add(q, 96), mload(add(base, 32)))
            mstore(add(q, 128), n)
            calldatacopy(add(q, 160), bills.offset, mul(n, 384))
            mcopy(add(q, includeAt), include, mul(add(m, 1), 32))
            let len := add(4, add(includeAt, mul(add(m, 1), 32)))
            if iszero(staticcall(gas(), v, p, len, 0, 32)) {
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
            if lt(returndatasize(), 32) { revert(0, 0) }
            valid := eq(mload(0), 1)
        }
    }

    /// @notice settle without the proof check, for settleBatch only (which checks the proofs together).
    /// @dev Only this contract may call it (OnlySelf): from settleBatch, under its reentrancy guard.
    ///      No domain is checked here: the bill has none, settleBatch verifies its proof against this contract's
    ///      domain (see settleBatch).
    /// @param publicSignals the bill's first four signals (the proof is checked by settleBatch, with the others)
    /// @return word meterId | first << 64 | second << 160, the bill's entry of BatchSettled (first | second << 128 is
    ///         the movement word settle's Settled logs; each amount is below 2^96)
    function settleInBatch(uint256[4] calldata publicSignals) external returns (uint256 word) {
        if (msg.sender != address(this)) revert OnlySelf();
        // settle's _settleOne without its domain check and its Settled: settleBatch logs the batch's bills in one
        // BatchSettled.
        (uint256 start, uint256 end) = _decodeBatched(publicSignals);
        Records memory r = _claimSettlement(publicSignals, start, end);
        _checkMeterKeyAndPeriod(publicSignals, start, end, r.meter, r.key);
        _checkTariff(publicSignals, start, end, r.retailer, r.tariff, r.accepted, r.retailerActive);
        // consumer: the meter word's low 160 bits, masked here (an address from uint160(...) keeps its high bits
        // until used, and _book and _emitSettled use it in assembly)
        address consumer = address(uint160(r.meter & type(uint160).max));
        // meterId: the period signal's low 64 bits, masked here (as the consumer: _emitSettled logs it in assembly,
        // where a uint64(...) conversion's high bits would show)
        uint64 meterId = uint64(publicSignals[SIG_PERIOD] & type(uint64).max);
        uint256 amounts = publicSignals[SIG_AMOUNTS];
        uint256[3] memory movement = _book(meterId, uint96(amounts), amounts >> 96, consumer, r.retailer);
        uint256 packed = movement[0] | movement[1];
        return uint256(meterId) | ((packed & type(uint128).max) << 64) | ((packed >> 128) << 160);
    }

    /// @inheritdoc ISettlement
    function extraSignalCount() external view returns (uint256) {
        return _extraSignals;
    }

    /// @inheritdoc ISettlement
    function yearToDateOf(uint64 meterId) external view returns (uint256 commitment, uint32 yearStart) {
        YearToDate storage y = _yearToDate[meterId];
        return (y.commitment, y.yearStart);
    }

    /// @notice The domain a proof must carry to settle here: chainId * 2^160 + address(this).
    /// @return the expected value of public signal 4
    function domain() public view returns (uint256) {
        return (block.chainid << 160) | uint256(uint160(address(this)));
    }

    // ------------------------------------------------------------------ ledger

    /// @notice Moves `amount` tokens from the caller into its ledger balance (needs an ERC-20 allowance)
    ///         and credits what the contract actually received (the balance difference), so a token that
    ///         takes a fee on transfer never over-credits the ledger. Consumers fund their bills, retailers
    ///         fund export credits.
    /// @param amount token amount in smallest units
    function deposit(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received == 0) revert ZeroAmount();
        Account storage acc = _accounts[msg.sender];
        uint256 balance = acc.balance + received;
        acc.balance = SafeCast.toUint128(balance);
        acc.used = 1;
        emit Deposited(msg.sender, received, balance);
    }

    /// @notice Sends `amount` of the caller's free ledger balance (balance minus its meters' arrears and
    ///         its debts as a retailer) to the caller.
    /// @param amount token amount in smallest units
    function withdraw(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 free = freeBalanceOf(msg.sender);
        if (amount > free) revert InsufficientFreeBalance(msg.sender, free, amount);
        Account storage acc = _accounts[msg.sender];
        uint256 balance = acc.balance - amount;
        acc.balance = uint128(balance);
        emit Withdrawn(msg.sender, amount, balance);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice Pays `amount` of a meter's arrears from the caller's ledger balance to the meter's retailer.
    ///         Usually the meter's consumer, but anyone may pay.
    /// @param meterId the meter
    /// @param amount at most the meter's arrears and the caller's balance
    function payArrears(uint64 meterId, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        MeterBook storage book = _books[meterId];
        uint256 arrears = book.arrears;
        if (amount > arrears) revert ExceedsArrears(meterId, arrears, amount);
        Account storage payer = _accounts[msg.sender];
        uint256 balance = payer.balance;
        if (amount > balance) revert InsufficientBalance(msg.sender, balance, amount);
        (address consumer, address retailer) = meters.parties(meterId);

        payer.balance = uint128(balance - amount);
        Account storage ra = _accounts[retailer];
        ra.balance += uint128(amount);
        ra.used = 1;
        Account storage ca = _accounts[consumer];
        ca.arrears -= uint104(amount);
        book.arrears = uint128(arrears - amount);
        if (arrears == amount && book.creditOwed == 0) ca.openBooks -= 1;
        emit ArrearsPaid(meterId, msg.sender, retailer, amount, arrears - amount);
    }

    /// @notice Pays `amount` of the export credit a meter's retailer owes the meter's consumer, from the
    ///         retailer's ledger balance to the consumer's. The debt is due, so anyone may trigger the
    ///         payment (the retailer after a deposit, or the consumer collecting); it only ever moves the
    ///         debtor's balance to its creditor, and never more than the debt.
    /// @param meterId the meter
    /// @param amount at most the debt and the retailer's balance
    function payCreditDebt(uint64 meterId, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        MeterBook storage book = _books[meterId];
        uint256 debt = book.creditOwed;
        if (amount > debt) revert ExceedsDebt(meterId, debt, amount);
        (address consumer, address retailer) = meters.parties(meterId);
        Account storage ra = _accounts[retailer];
        uint256 balance = ra.balance;
        if (amount > balance) revert InsufficientBalance(retailer, balance, amount);

        ra.balance = uint128(balance - amount);
        Account storage ca = _accounts[consumer];
        ca.balance += uint128(amount);
        ca.used = 1;
        book.creditOwed = uint128(debt - amount);
        if (debt == amount && book.arrears == 0) ca.openBooks -= 1;
        _retailerDebt[retailer] -= amount;
        emit CreditDebtPaid(meterId, retailer, consumer, amount, debt - amount);
    }

    // ------------------------------------------------------------------ pause

    /// @notice Stops settlement. Deposits, withdrawals, arrears and debt payments continue, so funds are
    ///         never locked.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
        // settle reads the pause from the meter registry (with its role, one slot): mirror it there
        meters.setClaimsPaused(true);
    }

    /// @notice Resumes settlement.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
        meters.setClaimsPaused(false);
    }

    // ------------------------------------------------------------------ views

    /// @notice An account's ledger balance.
    /// @param account consumer or retailer
    /// @return balance in token smallest units
    function balanceOf(address account) external view returns (uint256) {
        return _accounts[account].balance;
    }

    /// @notice The part of an account's balance it may withdraw: balance minus its meters' arrears and
    ///         its debts as a retailer.
    /// @param account consumer or retailer
    /// @return free balance
    function freeBalanceOf(address account) public view returns (uint256) {
        Account storage acc = _accounts[account];
        uint256 balance = acc.balance;
        uint256 owed = uint256(acc.arrears) + _retailerDebt[account];
        return balance > owed ? balance - owed : 0;
    }

    /// @notice Unpaid amount billed to a meter.
    /// @param meterId the meter
    /// @return arrears in token smallest units
    function arrearsOf(uint64 meterId) external view returns (uint256) {
        return _books[meterId].arrears;
    }

    /// @notice Sum of the arrears of all meters of a consumer.
    /// @param consumer the consumer account
    /// @return arrears in token smallest units
    function consumerArrearsOf(address consumer) external view returns (uint256) {
        return _accounts[consumer].arrears;
    }

    /// @notice Export credit the meter's retailer owes the meter's consumer.
    /// @param meterId the meter
    /// @return debt in token smallest units
    function creditOwedOf(uint64 meterId) external view returns (uint256) {
        return _books[meterId].creditOwed;
    }

    /// @notice Sum of a retailer's debts to its meters' consumers.
    /// @param retailer the retailer account
    /// @return debt in token smallest units
    function retailerDebtOf(address retailer) external view returns (uint256) {
        return _retailerDebt[retailer];
    }

    // ------------------------------------------------------------------ internal

    /// @notice Books a market settlement (MarketSettlement) through this ledger: `charge` from payer to
    ///         payee and `credit` back, with exactly the bill's rules (escrow first, then arrears on the
    ///         meter; the payee's shortfall as its debt). Payer and payee are the agreement's parties (a
    ///         consumer and its retailer, a wholesaler and a generator), not necessarily the meter's.
    /// @dev Requirements: caller holds MARKET_SETTLEMENT_ROLE (granted by the admin to market settlement
    ///      contracts, which check the proof and the agreement first); not paused.
    function bookMarket(uint64 meterId, address payer, address payee, uint256 charge, uint256 credit)
        external
        nonReentrant
        whenNotPaused
        onlyRole(MARKET_SETTLEMENT_ROLE)
        returns (uint256[3] memory movement)
    {
        movement = _book(meterId, charge, credit, payer, payee);
    }

    /// settle without the proof: decode, claim the period (moves the cursor), check, book, emit.
    /// Internal for DisclosedSettlement, which runs exactly these checks before its own.
    function _settleOne(uint256[5] calldata publicSignals) internal {
        (uint256 start, uint256 end) = _decode(publicSignals);
        // the checks below are settleInBatch's, which read the first four signals (the same calldata)
        uint256[4] calldata s;
        assembly ("memory-safe") {
            s := publicSignals
        }
        // The registry moves the meter's cursor in the same call that returns the meter and key; any
        // failing check below reverts that move with everything else. Only view calls follow it.
        Records memory r = _claimSettlement(s, start, end);
        _checkMeterKeyAndPeriod(s, start, end, r.meter, r.key);
        _checkTariff(s, start, end, r.retailer, r.tariff, r.accepted, r.retailerActive);
        // consumer: the meter word's low 160 bits, masked here (an address from uint160(...) keeps its high bits
        // until used, and _book and _emitSettled use it in assembly)
        address consumer = address(uint160(r.meter & type(uint160).max));
        // meterId: the period signal's low 64 bits, masked here (as the consumer: _emitSettled logs it in assembly,
        // where a uint64(...) conversion's high bits would show)
        uint64 meterId = uint64(publicSignals[SIG_PERIOD] & type(uint64).max);
        uint256 amounts = publicSignals[SIG_AMOUNTS];
        uint256[3] memory movement = _book(meterId, uint96(amounts), amounts >> 96, consumer, r.retailer);
        // The proof is not logged (eight words of log data per bill): the audit reads it from the
        // transaction's calldata, where it sits just before these signals.
        _emitSettled(meterId, r.retailer, consumer, movement, publicSignals);
    }

    /// meters.claimSettlement (claimPeriod and the tariff registry's records of the proof's tariff, as that registry
    /// mirrored them in the meter registry: one call, one account), its 6-word static result read straight into
    /// memory as a Records struct (memory structs are laid out as their static ABI encoding) without the generic
    /// decoder: the registry is this contract's immutable one, so its words are the ABI's (a short or failed return
    /// reverts, bubbling its reason).
    function _claimSettlement(uint256[4] calldata s, uint256 start, uint256 end) private returns (Records memory r) {
        (address registry, address tariffRegistry) = (address(meters), address(tariffs));
        bytes4 selector = IMeterRegistry.claimSettlement.selector;
        assembly ("memory-safe") {
            // (meterId, keyHash, periodStart, periodEnd, tariffRegistry, tariffCommitment): the meter id is the
            // period signal's low 64 bits, the hashes are signals 0 and 1 as they are in the calldata
            let p := mload(0x40)
            mstore(p, selector)
            mstore(add(p, 4), and(calldataload(add(s, 64)), 0xffffffffffffffff))
            mstore(add(p, 36), calldataload(s))
            mstore(add(p, 68), start)
            mstore(add(p, 100), end)
            mstore(add(p, 132), tariffRegistry)
            mstore(add(p, 164), calldataload(add(s, 32)))
            if iszero(call(gas(), registry, 0, p, 196, p, 192)) {
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
            if lt(returndatasize(), 192) { revert(0, 0) }
            // the struct is the returned words, which are then reserved
            r := p
            mstore(0x40, add(p, 192))
        }
    }

    /// Settled, logged from memory and calldata as the ABI lays it out (movement, then the five signals). The
    /// movement word is the packed one of the net's sign (_book fills one of packed[0] and packed[1], the other is
    /// 0, so their OR is it); packed[2] (debtCleared or creditOwed) is the rest of |net|, which the reader derives.
    function _emitSettled(
        uint64 meterId,
        address retailer,
        address consumer,
        uint256[3] memory movement,
        uint256[5] calldata publicSignals
    ) private {
        bytes32 topic = Settled.selector;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, or(mload(movement), mload(add(movement, 32))))
            calldatacopy(add(p, 32), publicSignals, 160)
            log4(p, 192, topic, meterId, retailer, consumer)
        }
    }

    /// Splits a bill's signals for verifyWithFolded: `folded` holds what stays the same bill after bill (key
    /// hash, tariff commitment, domain; all checked by _settleOne), `rest` the period and the amounts; both
    /// have `n` words (the circuit's signal count), 0 elsewhere, for the caller to fill in.
    function _splitSignals(uint256[5] calldata s, uint256 n)
        internal
        pure
        returns (uint256[] memory folded, uint256[] memory rest)
    {
        folded = new uint256[](n);
        rest = new uint256[](n);
        folded[SIG_KEY_HASH] = s[SIG_KEY_HASH];
        folded[SIG_TARIFF] = s[SIG_TARIFF];
        folded[SIG_DOMAIN] = s[SIG_DOMAIN];
        rest[SIG_PERIOD] = s[SIG_PERIOD];
        rest[SIG_AMOUNTS] = s[SIG_AMOUNTS];
    }

    /// The kept base point of `folded` (see _keptBases): read, or folded by the verifier and kept. Called after
    /// every rule passed and before the proof check, whose failure reverts the write with the rest. The point
    /// is computed here from checked signals and the immutable verifier, never taken from a caller.
    function _keptBase(uint256[] memory folded) internal returns (uint256[2] memory base) {
        bytes32 id = keccak256(abi.encodePacked(folded));
        (base[0], base[1]) = _readKept(id);
        if (base[0] | base[1] == 0) {
            (base[0], base[1]) = verifier.foldSignals(folded);
            _keep(id, base[0], base[1]);
        }
    }

    /// settle's proof check on a plain deployment (five signals, the key copied): the kept point of (key hash,
    /// tariff, domain), read or folded and kept exactly as _keptBase does (same id: keccak256 of the five words
    /// [keyHash, tariff, 0, 0, domain]), then vk = base + period IC3 + amounts IC4 and the Groth16 equation as in
    /// _verifyHere, with the input built in scratch memory rather than in arrays.
    function _verifyPlain(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata s
    ) private returns (bool ok) {
        bytes32 id;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, calldataload(s))
            mstore(add(p, 32), calldataload(add(s, 32)))
            mstore(add(p, 64), 0)
            mstore(add(p, 96), 0)
            mstore(add(p, 128), calldataload(add(s, 128)))
            id := keccak256(p, 160)
        }
        (uint256 x, uint256 y) = _readKept(id);
        if (x | y == 0) {
            uint256[] memory folded = new uint256[](5);
            (folded[SIG_KEY_HASH], folded[SIG_TARIFF], folded[SIG_DOMAIN]) = (s[SIG_KEY_HASH], s[SIG_TARIFF], s[SIG_DOMAIN]);
            (x, y) = verifier.foldSignals(folded);
            _keep(id, x, y);
        }
        (x, y) = _addPeriodAndAmounts(x, y, s);
        return _pairing(a, b, c, x, y);
    }

    /// (x, y) + period * IC3 + amounts * IC4 (precompiles 7 and 6); a zero signal adds the identity and is skipped.
    /// A failed precompile (not on the curve) gives (0, 0) with ok false, which _pairing refuses.
    function _addPeriodAndAmounts(uint256 x, uint256 y, uint256[5] calldata s) private view returns (uint256, uint256) {
        (uint256 i0, uint256 i1, uint256 i2, uint256 i3) = (_ic0, _ic1, _ic2, _ic3);
        bool ok = true;
        assembly ("memory-safe") {
            let p := mload(0x40)
            let sig := calldataload(add(s, 64))
            if sig {
                mstore(p, i0)
                mstore(add(p, 32), i1)
                mstore(add(p, 64), sig)
                ok := and(ok, staticcall(gas(), 7, p, 96, p, 64))
                mstore(add(p, 64), x)
                mstore(add(p, 96), y)
                ok := and(ok, staticcall(gas(), 6, p, 128, p, 64))
                x := mload(p)
                y := mload(add(p, 32))
            }
            sig := calldataload(add(s, 96))
            if sig {
                mstore(p, i2)
                mstore(add(p, 32), i3)
                mstore(add(p, 64), sig)
                ok := and(ok, staticcall(gas(), 7, p, 96, p, 64))
                mstore(add(p, 64), x)
                mstore(add(p, 96), y)
                ok := and(ok, staticcall(gas(), 6, p, 128, p, 64))
                x := mload(p)
                y := mload(add(p, 32))
            }
        }
        // (1, 1) is not on the curve: the pairing precompile then fails and the proof is refused
        if (!ok) return (1, 1);
        return (x, y);
    }

    /// The kept point `id`, (0, 0) when none. (Compressed to one slot, its y recovered with the modexp precompile,
    /// it cost more: modexp is priced 4.1k on this EVM (EIP-7883) against the second cold slot's 2.1k.)
    function _readKept(bytes32 id) private view returns (uint256 x, uint256 y) {
        uint256[2] storage kept = _keptBases[id];
        return (kept[0], kept[1]);
    }

    /// Keeps the point (x, y) under `id` (see _keptBases).
    function _keep(bytes32 id, uint256 x, uint256 y) private {
        (_keptBases[id][0], _keptBases[id][1]) = (x, y);
    }

    /// One proof whose public-input point is `base` + the sum of rest[j] * IC(j + 1) over the non-zero rest[j]
    /// (the other signals are folded into `base`, rest[j] = 0 for them). Checked here with the copied key when
    /// there is one (the Groth16 equation, as the verifier's single-proof check), else by the verifier.
    function _verify(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[] memory rest,
        uint256[2] memory base
    ) internal view returns (bool) {
        if (!_hasKey) return verifier.verifyWithFolded(a, b, c, rest, base);
        return _verifyHere(a, b, c, rest, base);
    }

    function _verifyHere(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[] memory rest,
        uint256[2] memory base
    ) private view returns (bool ok) {
        // vk = base + sum rest[j] * IC(j + 1); a zero signal adds the identity and is skipped.
        uint256[16] memory ic = [
            uint256(_ic0),
            _ic1,
            _ic2,
            _ic3,
            _ic4,
            _ic5,
            _ic6,
            _ic7,
            _ic8,
            _ic9,
            _ic10,
            _ic11,
            _ic12,
            _ic13,
            _ic14,
            _ic15
        ];
        uint256[4] memory io;
        (uint256 x, uint256 y) = (base[0], base[1]);
        ok = true;
        for (uint256 j = 2; j < rest.length; ++j) {
            uint256 s = rest[j];
            if (j == SIG_DOMAIN || s == 0) continue;
            uint256 at = 2 * (j < SIG_DOMAIN ? j - 2 : j - 3);
            (io[0], io[1], io[2]) = (ic[at], ic[at + 1], s);
            assembly ("memory-safe") {
                ok := and(ok, staticcall(gas(), 7, io, 96, io, 64))
                mstore(add(io, 64), x)
                mstore(add(io, 96), y)
                ok := and(ok, staticcall(gas(), 6, io, 128, io, 64))
            }
            (x, y) = (io[0], io[1]);
        }
        if (!ok) return false;
        return _pairing(a, b, c, x, y);
    }

    /// The Groth16 equation with vk = (x, y) and the key copied at deployment:
    /// e(-A, B) e(alpha, beta) e(vk, gamma) e(C, delta) == 1; -A from a canonical y < q (the point at infinity
    /// stays (0, 0)).
    function _pairing(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256 x,
        uint256 y
    ) private view returns (bool ok) {
        if (a[1] >= WattproofConstants.BASE_FIELD) return false;
        uint256[24] memory p = [
            a[0],
            a[1] == 0 ? 0 : WattproofConstants.BASE_FIELD - a[1],
            b[0][0],
            b[0][1],
            b[1][0],
            b[1][1],
            _k0,
            _k1,
            _k2,
            _k3,
            _k4,
            _k5,
            x,
            y,
            _k6,
            _k7,
            _k8,
            _k9,
            c[0],
            c[1],
            _k10,
            _k11,
            _k12,
            _k13
        ];
        assembly ("memory-safe") {
            ok := staticcall(gas(), 8, p, 768, p, 32)
            // (arguments are evaluated right to left: read the result only after the call)
            ok := and(ok, eq(mload(p), 1))
        }
    }

    /// Consumes the meter's year-to-date commitment and stores the bill's new one (bill spec section 9).
    /// `yearIndex` is the ytdYear signal's index, for MalformedSignal.
    function _replaceYearToDate(uint64 meterId, uint256 oldC, uint256 newC, uint256 year, uint256 yearIndex) private {
        // Local day numbers are below 2^24 (spec section 1); the circuit proves ytdYear is one.
        if (year >> 24 != 0) revert MalformedSignal(yearIndex);
        YearToDate storage y = _yearToDate[meterId];
        uint32 storedYear = y.yearStart;
        if (oldC == 0) {
            if (year <= storedYear) revert YearToDateNotFresh(meterId, storedYear, year);
        } else if (oldC != y.commitment || year != storedYear) {
            revert YearToDateMismatch(meterId, y.commitment, storedYear, oldC, year);
        }
        y.commitment = newC;
        y.yearStart = uint32(year);
        emit YearToDateReplaced(meterId, uint32(year), oldC, newC);
    }

    /// A proof of a circuit with extra signals (a yearly one) never verifies without them (its proofs bind
    /// them; settle and settleBatch take them as 0): say so rather than InvalidProof. Only on the failure
    /// path, so that a plain circuit's settlement costs what it did.
    function _revertInvalidProof() private view {
        if (_extraSignals != 0) revert ExtraSignalsRequired(_extraSignals, 0);
        revert InvalidProof();
    }

    function _base() private view returns (uint256[2] memory base) {
        if (block.chainid == _baseChainId) return [_baseX, _baseY];
        (base[0], base[1]) = verifier.foldDomain(domain());
    }

    /// Checks a bill's five signals (each below r: the first one not, if any, is reported, found in one pass without
    /// bounds checks; the domain this contract's; period and amounts well formed) and returns its period's start and
    /// end. No struct: the other fields are read where they are used, from the calldata (keyHash s[0], tariff s[1],
    /// meterId the low 64 bits of s[2], charge and credit the two halves of s[3]) or out of the period word's bits
    /// (issue 15: the legacy generator's field-by-field reads of a memory struct cost more than these reads).
    function _decode(uint256[5] calldata s) private view returns (uint256 start, uint256 end) {
        uint256 bad = 5;
        uint256 r = SNARK_SCALAR_FIELD;
        assembly ("memory-safe") {
            for { let i := 4 } 1 { i := sub(i, 1) } {
                if iszero(lt(calldataload(add(s, shl(5, i))), r)) { bad := i }
                if iszero(i) { break }
            }
        }
        if (bad != 5) revert SignalOutOfField(bad, s[bad]);
        uint256 expected = domain();
        if (s[SIG_DOMAIN] != expected) revert WrongDomain(expected, s[SIG_DOMAIN]);
        uint256 period = s[SIG_PERIOD];
        uint256 amounts = s[SIG_AMOUNTS];
        // period = meterId + 2^64 periodStart + 2^104 intervalCount + 2^120 intervalSeconds
        //          + 2^144 nonActualCount (statement v2)
        uint256 intervalCount = uint16(period >> 104);
        uint256 intervalSeconds = uint24(period >> 120);
        uint256 nonActualCount = uint16(period >> 144);
        start = uint40(period >> 64);
        end = start + intervalCount * intervalSeconds;
        if (
            period >> 160 != 0 || intervalCount == 0 || intervalSeconds == 0 || nonActualCount > intervalCount
                || end > type(uint40).max
        ) {
            revert MalformedSignal(SIG_PERIOD);
        }
        // amounts = charge + 2^96 credit
        if (amounts >> 192 != 0) revert MalformedSignal(SIG_AMOUNTS);
    }

    /// settleInBatch's checks of a bill's four signals: _decode's but the domain (a batch's bills carry none:
    /// settleBatch checks their proofs against this contract's). Its own copy of _decode's checks, not a function
    /// both call: one more internal call in settle cost it ~50 gas (issue 15, pass 9).
    function _decodeBatched(uint256[4] calldata s) private pure returns (uint256 start, uint256 end) {
        uint256 bad = 4;
        uint256 r = SNARK_SCALAR_FIELD;
        assembly ("memory-safe") {
            for { let i := 3 } 1 { i := sub(i, 1) } {
                if iszero(lt(calldataload(add(s, shl(5, i))), r)) { bad := i }
                if iszero(i) { break }
            }
        }
        if (bad != 4) revert SignalOutOfField(bad, s[bad]);
        uint256 period = s[SIG_PERIOD];
        uint256 amounts = s[SIG_AMOUNTS];
        // period = meterId + 2^64 periodStart + 2^104 intervalCount + 2^120 intervalSeconds
        //          + 2^144 nonActualCount (statement v2)
        uint256 intervalCount = uint16(period >> 104);
        uint256 intervalSeconds = uint24(period >> 120);
        uint256 nonActualCount = uint16(period >> 144);
        start = uint40(period >> 64);
        end = start + intervalCount * intervalSeconds;
        if (
            period >> 160 != 0 || intervalCount == 0 || intervalSeconds == 0 || nonActualCount > intervalCount
                || end > type(uint40).max
        ) {
            revert MalformedSignal(SIG_PERIOD);
        }
        // amounts = charge + 2^96 credit
        if (amounts >> 192 != 0) revert MalformedSignal(SIG_AMOUNTS);
    }

    /// `meter` and `key` are the registry's stored words (IMeterRegistry.claimSettlement): the context's fields taken
    /// from their bits (meter: exists 200..207, nextPeriodStart 160..199; key: exists 144..151, meterId 0..63,
    /// validFrom 64..103, validUntil 104..143), checked in claimPeriod's context order with the same errors. `start`
    /// and `end` are _decode's (both below 2^40), the meter id and key hash are read from the signals.
    function _checkMeterKeyAndPeriod(uint256[4] calldata s, uint256 start, uint256 end, uint256 meter, uint256 key)
        private
        view
    {
        uint64 meterId = uint64(s[SIG_PERIOD]);
        if (uint8(meter >> 200) == 0) revert UnknownMeter(meterId);
        if (uint8(key >> 144) == 0) revert UnknownKey(s[SIG_KEY_HASH]);
        uint64 keyMeterId = uint64(key);
        if (keyMeterId != meterId) revert KeyMeterMismatch(s[SIG_KEY_HASH], keyMeterId, meterId);
        (uint40 keyValidFrom, uint40 keyValidUntil) = (uint40(key >> 64), uint40(key >> 104));
        if (start < keyValidFrom || end > keyValidUntil) {
            revert KeyNotValidForPeriod(s[SIG_KEY_HASH], keyValidFrom, keyValidUntil, uint40(start), uint40(end));
        }
        uint40 nextPeriodStart = uint40(meter >> 160);
        if (start < nextPeriodStart) revert PeriodOverlap(meterId, nextPeriodStart, uint40(start));
        if (start > nextPeriodStart) revert PeriodGap(meterId, nextPeriodStart, uint40(start));
        if (end > block.timestamp) revert PeriodNotEnded(uint40(end), block.timestamp);
    }

    /// The tariff is looked up under the meter's retailer (tariffs are keyed by retailer and commitment),
    /// so only a tariff the meter's retailer registered can settle the meter, and it pays that retailer.
    function _checkTariff(
        uint256[4] calldata s,
        uint256 start,
        uint256 end,
        address retailer,
        uint256 t,
        uint256 accepted,
        bool retailerActive
    ) private pure {
        uint256 commitment = s[SIG_TARIFF];
        // `t` is the Tariff word as TariffRegistry stores it (IMeterRegistry.claimSettlement): the fields checked here
        // taken from their bits (status 104..111, validFrom 0..39, validUntil 40..79, maxNonActualPerMille 112..127)
        uint256 status = uint8(t >> 104);
        if (status == uint8(ITariffRegistry.Status.None)) revert UnknownTariff(commitment);
        if (status == uint8(ITariffRegistry.Status.Pending)) revert TariffNotApproved(commitment);
        if (status == uint8(ITariffRegistry.Status.Rejected)) revert TariffIsRejected(commitment);
        (uint40 validFrom, uint40 validUntil) = (uint40(t), uint40(t >> 40));
        if (start < validFrom || end > validUntil) {
            revert TariffNotInForce(commitment, validFrom, validUntil, uint40(start), uint40(end));
        }
        if (accepted != commitment) revert TariffNotAccepted(uint64(s[SIG_PERIOD]), accepted, commitment);
        if (!retailerActive) revert RetailerNotActive(retailer);
        // The count is proven to be the one the meter signed (statement v2); whether those intervals
        // were estimated well is the meter operator's word, which the limit bounds.
        // (period word: intervalCount 104..119, nonActualCount 144..159; _decode checked them)
        uint256 period = s[SIG_PERIOD];
        (uint256 intervalCount, uint256 nonActualCount) = (uint16(period >> 104), uint16(period >> 144));
        uint16 maxNonActualPerMille = uint16(t >> 112);
        if (nonActualCount * 1000 > uint256(maxNonActualPerMille) * intervalCount) {
            revert TooManyNonActual(commitment, nonActualCount, intervalCount, maxNonActualPerMille);
        }
    }

    /// Books the bill: works out the movement and writes it. Returns it packed for the event:
    /// [paid | arrearsAdded << 128, refunded | arrearsCleared << 128, creditOwed | debtCleared << 128]
    /// (every amount is below 2^96). Storage pointers, so a consumer that is its own retailer adds up.
    function _book(uint64 meterId, uint256 charge, uint256 credit, address consumer, address retailer)
        private
        returns (uint256[3] memory packed)
    {
        Account storage ca = _accounts[consumer];
        if (_bookPaidInFull(charge, credit, ca, consumer, retailer, packed)) return packed;
        MeterBook storage book = _books[meterId];
        // No open book for this consumer: this meter's book is zero, skip reading it.
        MeterBook memory was = ca.openBooks != 0 ? book : MeterBook(0, 0);
        MeterBook memory next = charge >= credit
            ? _bookCharge(charge - credit, ca, _accounts[retailer], retailer, was, packed)
            : _bookCredit(credit - charge, ca, _accounts[retailer], retailer, was, packed);
        if (next.arrears != was.arrears || next.creditOwed != was.creditOwed) {
            _books[meterId] = next;
            bool wasOpen = was.arrears != 0 || was.creditOwed != 0;
            bool isOpen = next.arrears != 0 || next.creditOwed != 0;
            if (!wasOpen && isOpen) ca.openBooks += 1;
            else if (wasOpen && !isOpen) ca.openBooks -= 1;
        }
        if (ca.used == 0) ca.used = 1;
    }

    /// The common bill, booked with one read and one write of each account word (issue 15: the batch's per-bill code):
    /// net >= 0, the consumer has no open book (so this meter's book is zero: no debt to clear, no arrears to add)
    /// and its balance covers net. Then the movement is exactly _bookCharge's with debtCleared = arrearsAdded = 0:
    /// paid = net, the consumer's balance less net and `used` set, the retailer's balance plus net, no book written.
    /// Returns false (nothing written) for every other bill, a consumer that is its own retailer (one word), and a
    /// retailer balance that would pass 2^128 (the general path then reverts as before).
    function _bookPaidInFull(
        uint256 charge,
        uint256 credit,
        Account storage ca,
        address consumer,
        address retailer,
        uint256[3] memory packed
    ) private returns (bool) {
        if (charge < credit || consumer == retailer) return false;
        uint256 net = charge - credit;
        Account storage ra = _accounts[retailer];
        // Account word: balance (bits 0..127) | arrears (128..231) | openBooks (232..247) | used (248..255)
        uint256 cw;
        uint256 rw;
        assembly ("memory-safe") {
            cw := sload(ca.slot)
        }
        if ((cw >> 232) & 0xffff != 0 || net > uint128(cw)) return false;
        assembly ("memory-safe") {
            rw := sload(ra.slot)
        }
        if (uint256(uint128(rw)) + net > type(uint128).max) return false;
        assembly ("memory-safe") {
            // the balance lowered (net <= balance: no borrow out of bits 0..127), used = 1
            sstore(ca.slot, or(and(sub(cw, net), not(shl(248, 0xff))), shl(248, 1)))
            // the balance raised (no carry out of bits 0..127, checked above)
            sstore(ra.slot, add(rw, net))
        }
        packed[0] = net;
        return true;
    }

    /// net >= 0: offset the retailer's debt to the consumer, then the escrow pays, the rest is arrears.
    function _bookCharge(
        uint256 net,
        Account storage ca,
        Account storage ra,
        address retailer,
        MeterBook memory was,
        uint256[3] memory packed
    ) private returns (MeterBook memory next) {
        next = MeterBook(was.arrears, was.creditOwed);
        uint256 debtCleared = net <= was.creditOwed ? net : was.creditOwed;
        uint256 rest = net - debtCleared;
        uint256 balance = ca.balance;
        uint256 paid = rest <= balance ? rest : balance;
        uint256 arrearsAdded = rest - paid;
        if (paid != 0) {
            ca.balance = uint128(balance - paid);
            ra.balance += uint128(paid);
        }
        if (arrearsAdded != 0) {
            ca.arrears += SafeCast.toUint104(arrearsAdded);
            next.arrears = SafeCast.toUint128(was.arrears + arrearsAdded);
        }
        if (debtCleared != 0) {
            _retailerDebt[retailer] -= debtCleared;
            next.creditOwed = uint128(was.creditOwed - debtCleared);
        }
        packed[0] = paid | (arrearsAdded << 128);
        packed[2] = debtCleared << 128;
    }

    /// net < 0: clear the meter's arrears, then the retailer refunds, the rest is its debt.
    function _bookCredit(
        uint256 surplus,
        Account storage ca,
        Account storage ra,
        address retailer,
        MeterBook memory was,
        uint256[3] memory packed
    ) private returns (MeterBook memory next) {
        next = MeterBook(was.arrears, was.creditOwed);
        uint256 arrearsCleared = surplus <= was.arrears ? surplus : was.arrears;
        uint256 rest = surplus - arrearsCleared;
        uint256 available = ra.balance;
        uint256 refunded = rest <= available ? rest : available;
        uint256 creditOwed = rest - refunded;
        if (refunded != 0) {
            ra.balance = uint128(available - refunded);
            ca.balance += uint128(refunded);
        }
        if (arrearsCleared != 0) {
            ca.arrears -= uint104(arrearsCleared);
            next.arrears = uint128(was.arrears - arrearsCleared);
        }
        if (creditOwed != 0) {
            _retailerDebt[retailer] += creditOwed;
            next.creditOwed = SafeCast.toUint128(was.creditOwed + creditOwed);
        }
        packed[1] = refunded | (arrearsCleared << 128);
        packed[2] = creditOwed;
    }
}
