// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IBillVerifier} from "./IBillVerifier.sol";
import {MeterRegistry} from "./MeterRegistry.sol";
import {TariffRegistry} from "./TariffRegistry.sol";

/// @title Settlement ledger
/// @notice ERC-20 escrow for consumers and retailers, and proof-checked settlement of bills.
///         A bill is a Groth16 proof of one circuit instance (this contract's verifier) with the public
///         signals of docs/bill-spec.md section 7. Settlement moves balances inside the ledger only;
///         tokens leave only through withdraw.
/// @dev Ledger rules, per settled bill with net = charge - credit:
///      - net >= 0: the consumer's escrow pays as much of net as it holds (`paid`); the rest becomes
///        arrears of the meter (`arrearsAdded`). The retailer is credited `paid`. Arrears are paid later
///        with payArrears; while a consumer has arrears on any meter it can withdraw only the excess of
///        its balance over its arrears.
///      - net < 0 (export credit above the charge): the surplus first clears the meter's arrears
///        (`arrearsCleared`, a wash for the retailer, which is owed them), and the retailer's balance
///        pays the rest to the consumer (`refunded`). If the retailer's balance is short, settlement
///        reverts with InsufficientRetailerFunds: nothing is booked and the same proof settles once the
///        retailer has deposited. Retailers keep a float for export credits.
///      One deployment per circuit instance; several may share the registries (the billing cursor is in
///      the MeterRegistry, so a period is never billed twice across them), each with its own escrow.
contract Settlement is AccessControl, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice May pause and unpause settlement.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice BN254 scalar field size r; every public signal must be below it.
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;

    /// @notice The Groth16 verifier of this deployment's circuit instance.
    IBillVerifier public immutable verifier;
    /// @notice Meters, keys and billing cursors.
    MeterRegistry public immutable meters;
    /// @notice Tariff commitments, approvals and acceptances.
    TariffRegistry public immutable tariffs;
    /// @notice The settlement token.
    IERC20 public immutable token;

    /// @notice Public-signal indexes (spec section 7).
    uint256 private constant SIG_KEY_HASH = 0;
    uint256 private constant SIG_TARIFF = 1;
    uint256 private constant SIG_PERIOD = 2;
    uint256 private constant SIG_AMOUNTS = 3;
    uint256 private constant SIG_DOMAIN = 4;

    /// @notice A bill's public signals, decoded.
    struct Claim {
        uint256 keyHash;
        uint256 tariffCommitment;
        uint64 meterId;
        uint40 periodStart;
        uint40 periodEnd;
        uint256 charge;
        uint256 credit;
    }

    /// @notice How one settlement moved money inside the ledger (all in token smallest units).
    /// @param paid moved from the consumer's escrow to the retailer
    /// @param arrearsAdded part of the net charge the escrow could not cover, now arrears of the meter
    /// @param refunded moved from the retailer to the consumer (export credit above the charge)
    /// @param arrearsCleared meter arrears cleared by export credit above the charge
    struct Movement {
        uint256 paid;
        uint256 arrearsAdded;
        uint256 refunded;
        uint256 arrearsCleared;
    }

    /// @notice A settlement's parties and movement.
    struct Booking {
        address consumer;
        address retailer;
        Movement movement;
    }

    mapping(address account => uint256) private _balances;
    mapping(uint64 meterId => uint256) private _arrears;
    mapping(address consumer => uint256) private _consumerArrears;

    /// @notice A bill was settled. Carries the proof and public signals so that an auditor can
    ///         re-verify the settlement from this event alone.
    /// @param meterId the meter
    /// @param retailer the meter's retailer, who wrote the tariff (credited)
    /// @param consumer the meter's consumer (debited)
    /// @param periodStart first instant of the period
    /// @param periodEnd first instant after the period (the meter's next period start)
    /// @param tariffCommitment the tariff applied
    /// @param charge amount charged (tax included)
    /// @param credit export credit
    /// @param movement how the ledger balances and the meter's arrears moved
    /// @param a proof point A
    /// @param b proof point B (snarkjs Solidity order)
    /// @param c proof point C
    /// @param publicSignals the five public signals
    event Settled(
        uint64 indexed meterId,
        address indexed retailer,
        address indexed consumer,
        uint40 periodStart,
        uint40 periodEnd,
        uint256 tariffCommitment,
        uint256 charge,
        uint256 credit,
        Movement movement,
        uint256[2] a,
        uint256[2][2] b,
        uint256[2] c,
        uint256[5] publicSignals
    );
    /// @notice Tokens entered the ledger.
    event Deposited(address indexed account, uint256 amount, uint256 balance);
    /// @notice Tokens left the ledger.
    event Withdrawn(address indexed account, uint256 amount, uint256 balance);
    /// @notice Arrears of a meter were paid from the payer's ledger balance to the meter's retailer.
    event ArrearsPaid(
        uint64 indexed meterId, address indexed payer, address indexed retailer, uint256 amount, uint256 remaining
    );

    // settle checks, in the order they run
    /// @notice Public signal `index` is not below the scalar field size.
    error SignalOutOfField(uint256 index, uint256 value);
    /// @notice The proof was made for another chain or another settlement contract.
    error WrongDomain(uint256 expected, uint256 actual);
    /// @notice A packed public signal has bits outside its fields, or describes an empty or too long period.
    error MalformedSignal(uint256 index);
    /// @notice No meter with this id.
    error UnknownMeter(uint64 meterId);
    /// @notice No key with this hash.
    error UnknownKey(uint256 keyHash);
    /// @notice The key belongs to another meter.
    error KeyMeterMismatch(uint256 keyHash, uint64 keyMeterId, uint64 meterId);
    /// @notice The key is not valid for the whole period (rotated away or revoked, or not yet valid).
    error KeyNotValidForPeriod(uint256 keyHash, uint40 validFrom, uint40 validUntil, uint40 periodStart, uint40 periodEnd);
    /// @notice The period starts before the meter's next period start: already billed (replay or overlap).
    error PeriodOverlap(uint64 meterId, uint40 nextPeriodStart, uint40 periodStart);
    /// @notice The period starts after the meter's next period start: an unbilled gap would remain.
    error PeriodGap(uint64 meterId, uint40 nextPeriodStart, uint40 periodStart);
    /// @notice The period has not ended yet.
    error PeriodNotEnded(uint40 periodEnd, uint256 blockTimestamp);
    /// @notice No tariff with this commitment.
    error UnknownTariff(uint256 commitment);
    /// @notice The tariff awaits the regulator's approval.
    error TariffNotApproved(uint256 commitment);
    /// @notice The regulator rejected the tariff (or withdrew its approval).
    error TariffIsRejected(uint256 commitment);
    /// @notice The tariff's validity window does not cover the whole period.
    error TariffNotInForce(uint256 commitment, uint40 validFrom, uint40 validUntil, uint40 periodStart, uint40 periodEnd);
    /// @notice The meter's consumer has not accepted this tariff.
    error TariffNotAccepted(uint64 meterId, uint256 accepted, uint256 commitment);
    /// @notice The Groth16 proof does not verify for these public signals.
    error InvalidProof();
    /// @notice The retailer's balance cannot pay the export credit above the charge.
    error InsufficientRetailerFunds(address retailer, uint256 needed, uint256 available);
    // ledger
    /// @notice Amount must be positive.
    error ZeroAmount();
    /// @notice Withdrawal above the balance not reserved for arrears.
    error InsufficientFreeBalance(address account, uint256 free, uint256 requested);
    /// @notice Payment above the payer's ledger balance.
    error InsufficientBalance(address account, uint256 balance, uint256 requested);
    /// @notice Payment above the meter's arrears.
    error ExceedsArrears(uint64 meterId, uint256 arrears, uint256 requested);
    /// @notice An address argument is zero.
    error ZeroAddress();

    /// @param admin account granted DEFAULT_ADMIN_ROLE
    /// @param billVerifier the generated Groth16 verifier of one bill circuit instance
    /// @param meterRegistry the meter registry (must grant this contract SETTLEMENT_ROLE)
    /// @param tariffRegistry the tariff registry
    /// @param settlementToken the ERC-20 in which bills are paid
    constructor(
        address admin,
        IBillVerifier billVerifier,
        MeterRegistry meterRegistry,
        TariffRegistry tariffRegistry,
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
    }

    // ------------------------------------------------------------------ settlement

    /// @notice Settles one bill. Anyone may submit: the outcome depends only on the proof and the state.
    /// @dev Checks (each with its own error, in this order): signals in field, domain, meter, key,
    ///      period continuity, period ended, tariff, proof, retailer funds. Then balances are booked and
    ///      Settled is emitted; the meter's cursor moves to the period end (in the registry).
    /// @param a proof point A
    /// @param b proof point B (snarkjs Solidity order)
    /// @param c proof point C
    /// @param publicSignals [keyHash, tariffCommitment, period, amounts, domain]
    function settle(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals
    ) external nonReentrant whenNotPaused {
        Claim memory claim = _decode(publicSignals);
        // The registry moves the meter's cursor in the same call that returns the meter and key; any
        // failing check below reverts that move with everything else. Only view calls follow it.
        MeterRegistry.SettlementContext memory ctx =
            meters.claimPeriod(claim.meterId, claim.keyHash, claim.periodStart, claim.periodEnd);
        _checkMeterKeyAndPeriod(claim, ctx);
        address retailer = _checkTariff(claim);
        if (!verifier.verifyProof(a, b, c, publicSignals)) revert InvalidProof();

        Booking memory booking = _plan(claim, ctx.consumer, retailer);
        _book(claim.meterId, booking);
        _emitSettled(claim, booking, a, b, c, publicSignals);
    }

    /// @notice The domain a proof must carry to settle here: chainId * 2^160 + address(this).
    /// @return the expected value of public signal 4
    function domain() public view returns (uint256) {
        return (block.chainid << 160) | uint256(uint160(address(this)));
    }

    // ------------------------------------------------------------------ ledger

    /// @notice Moves `amount` tokens from the caller into its ledger balance (needs an ERC-20 allowance).
    ///         Consumers fund their bills, retailers fund export credits.
    /// @param amount token amount in smallest units
    function deposit(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 balance = _balances[msg.sender] + amount;
        _balances[msg.sender] = balance;
        emit Deposited(msg.sender, amount, balance);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Sends `amount` of the caller's free ledger balance (balance minus its meters' arrears)
    ///         to the caller.
    /// @param amount token amount in smallest units
    function withdraw(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 free = freeBalanceOf(msg.sender);
        if (amount > free) revert InsufficientFreeBalance(msg.sender, free, amount);
        uint256 balance = _balances[msg.sender] - amount;
        _balances[msg.sender] = balance;
        emit Withdrawn(msg.sender, amount, balance);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice Pays `amount` of a meter's arrears from the caller's ledger balance to the meter's retailer.
    ///         Usually the meter's consumer, but anyone may pay.
    /// @param meterId the meter
    /// @param amount at most the meter's arrears and the caller's balance
    function payArrears(uint64 meterId, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 arrears = _arrears[meterId];
        if (amount > arrears) revert ExceedsArrears(meterId, arrears, amount);
        uint256 balance = _balances[msg.sender];
        if (amount > balance) revert InsufficientBalance(msg.sender, balance, amount);
        (address consumer, address retailer) = meters.parties(meterId);

        _balances[msg.sender] = balance - amount;
        _balances[retailer] += amount;
        _arrears[meterId] = arrears - amount;
        _consumerArrears[consumer] -= amount;
        emit ArrearsPaid(meterId, msg.sender, retailer, amount, arrears - amount);
    }

    // ------------------------------------------------------------------ pause

    /// @notice Stops settlement. Deposits, withdrawals and arrears payments continue, so funds are never locked.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes settlement.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    // ------------------------------------------------------------------ views

    /// @notice An account's ledger balance.
    /// @param account consumer or retailer
    /// @return balance in token smallest units
    function balanceOf(address account) external view returns (uint256) {
        return _balances[account];
    }

    /// @notice The part of an account's balance it may withdraw: balance minus its meters' arrears.
    /// @param account consumer or retailer
    /// @return free balance
    function freeBalanceOf(address account) public view returns (uint256) {
        uint256 balance = _balances[account];
        uint256 owed = _consumerArrears[account];
        return balance > owed ? balance - owed : 0;
    }

    /// @notice Unpaid amount billed to a meter.
    /// @param meterId the meter
    /// @return arrears in token smallest units
    function arrearsOf(uint64 meterId) external view returns (uint256) {
        return _arrears[meterId];
    }

    /// @notice Sum of the arrears of all meters of a consumer.
    /// @param consumer the consumer account
    /// @return arrears in token smallest units
    function consumerArrearsOf(address consumer) external view returns (uint256) {
        return _consumerArrears[consumer];
    }

    // ------------------------------------------------------------------ internal

    function _decode(uint256[5] calldata s) private view returns (Claim memory claim) {
        for (uint256 i = 0; i < 5; ++i) {
            if (s[i] >= SNARK_SCALAR_FIELD) revert SignalOutOfField(i, s[i]);
        }
        uint256 expected = domain();
        if (s[SIG_DOMAIN] != expected) revert WrongDomain(expected, s[SIG_DOMAIN]);

        // period = meterId + 2^64 periodStart + 2^104 intervalCount + 2^120 intervalSeconds
        uint256 period = s[SIG_PERIOD];
        uint256 intervalCount = uint16(period >> 104);
        uint256 intervalSeconds = uint24(period >> 120);
        uint256 start = uint40(period >> 64);
        uint256 end = start + intervalCount * intervalSeconds;
        if (period >> 144 != 0 || intervalCount == 0 || intervalSeconds == 0 || end > type(uint40).max) {
            revert MalformedSignal(SIG_PERIOD);
        }
        // amounts = charge + 2^96 credit
        uint256 amounts = s[SIG_AMOUNTS];
        if (amounts >> 192 != 0) revert MalformedSignal(SIG_AMOUNTS);

        claim = Claim({
            keyHash: s[SIG_KEY_HASH],
            tariffCommitment: s[SIG_TARIFF],
            meterId: uint64(period),
            periodStart: uint40(start),
            periodEnd: uint40(end),
            charge: uint96(amounts),
            credit: amounts >> 96
        });
    }

    function _checkMeterKeyAndPeriod(Claim memory claim, MeterRegistry.SettlementContext memory ctx) private view {
        if (!ctx.meterExists) revert UnknownMeter(claim.meterId);
        if (!ctx.keyExists) revert UnknownKey(claim.keyHash);
        if (ctx.keyMeterId != claim.meterId) revert KeyMeterMismatch(claim.keyHash, ctx.keyMeterId, claim.meterId);
        if (claim.periodStart < ctx.keyValidFrom || claim.periodEnd > ctx.keyValidUntil) {
            revert KeyNotValidForPeriod(
                claim.keyHash, ctx.keyValidFrom, ctx.keyValidUntil, claim.periodStart, claim.periodEnd
            );
        }
        if (claim.periodStart < ctx.nextPeriodStart) {
            revert PeriodOverlap(claim.meterId, ctx.nextPeriodStart, claim.periodStart);
        }
        if (claim.periodStart > ctx.nextPeriodStart) {
            revert PeriodGap(claim.meterId, ctx.nextPeriodStart, claim.periodStart);
        }
        if (claim.periodEnd > block.timestamp) revert PeriodNotEnded(claim.periodEnd, block.timestamp);
    }

    /// Returns the tariff's retailer: the payee. It is the meter's retailer, because only the meter's
    /// retailer can offer a tariff to it, only its own tariffs, and a meter's retailer never changes.
    function _checkTariff(Claim memory claim) private view returns (address retailer) {
        (TariffRegistry.Tariff memory t, uint256 accepted) =
            tariffs.settlementTariff(claim.meterId, claim.tariffCommitment);
        uint256 commitment = claim.tariffCommitment;
        if (t.status == TariffRegistry.Status.None) revert UnknownTariff(commitment);
        if (t.status == TariffRegistry.Status.Pending) revert TariffNotApproved(commitment);
        if (t.status == TariffRegistry.Status.Rejected) revert TariffIsRejected(commitment);
        if (claim.periodStart < t.validFrom || claim.periodEnd > t.validUntil) {
            revert TariffNotInForce(commitment, t.validFrom, t.validUntil, claim.periodStart, claim.periodEnd);
        }
        if (accepted != commitment) revert TariffNotAccepted(claim.meterId, accepted, commitment);
        return t.retailer;
    }

    /// Works out the booking without writing, so a short retailer reverts before any effect.
    function _plan(Claim memory claim, address consumer, address retailer)
        private
        view
        returns (Booking memory bk)
    {
        bk.consumer = consumer;
        bk.retailer = retailer;
        Movement memory mv = bk.movement;
        if (claim.charge >= claim.credit) {
            uint256 net = claim.charge - claim.credit;
            uint256 balance = _balances[consumer];
            mv.paid = net <= balance ? net : balance;
            mv.arrearsAdded = net - mv.paid;
        } else {
            uint256 surplus = claim.credit - claim.charge;
            uint256 arrears = _arrears[claim.meterId];
            mv.arrearsCleared = surplus <= arrears ? surplus : arrears;
            mv.refunded = surplus - mv.arrearsCleared;
            uint256 available = _balances[retailer];
            if (mv.refunded > available) revert InsufficientRetailerFunds(retailer, mv.refunded, available);
        }
    }

    function _book(uint64 meterId, Booking memory bk) private {
        Movement memory mv = bk.movement;
        if (mv.paid != 0) {
            _balances[bk.consumer] -= mv.paid;
            _balances[bk.retailer] += mv.paid;
        }
        if (mv.arrearsAdded != 0) {
            _arrears[meterId] += mv.arrearsAdded;
            _consumerArrears[bk.consumer] += mv.arrearsAdded;
        }
        if (mv.arrearsCleared != 0) {
            _arrears[meterId] -= mv.arrearsCleared;
            _consumerArrears[bk.consumer] -= mv.arrearsCleared;
        }
        if (mv.refunded != 0) {
            _balances[bk.retailer] -= mv.refunded;
            _balances[bk.consumer] += mv.refunded;
        }
    }

    function _emitSettled(
        Claim memory claim,
        Booking memory bk,
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals
    ) private {
        emit Settled(
            claim.meterId,
            bk.retailer,
            bk.consumer,
            claim.periodStart,
            claim.periodEnd,
            claim.tariffCommitment,
            claim.charge,
            claim.credit,
            bk.movement,
            a,
            b,
            c,
            publicSignals
        );
    }
}
