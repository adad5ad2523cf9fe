// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {IBatchVerifier} from "./IBatchVerifier.sol";

/// @title Settlement ledger: the external surface
/// @notice Structs, events, errors and functions of Settlement (escrow ledger and proof-checked
///         settlement). The SDK decodes reverts and events from this ABI.
interface ISettlement {
    /// @notice How one settlement moved money inside the ledger (all in token smallest units). `Settled`
    ///         carries it packed in three words (see there); the SDK decodes it into these six amounts.
    ///         With net = charge - credit: if net >= 0, debtCleared + paid + arrearsAdded = net;
    ///         if net < 0, arrearsCleared + refunded + creditOwed = -net. The other three are zero.
    /// @param paid moved from the consumer's escrow to the retailer
    /// @param arrearsAdded part of the net charge the escrow could not cover, now arrears of the meter
    /// @param refunded moved from the retailer to the consumer (export credit above the charge)
    /// @param arrearsCleared meter arrears cleared by export credit above the charge
    /// @param creditOwed export credit above the charge the retailer's balance could not pay, now the
    ///        retailer's debt to the meter's consumer
    /// @param debtCleared part of the net charge offset against the retailer's debt to the consumer
    struct Movement {
        uint256 paid;
        uint256 arrearsAdded;
        uint256 refunded;
        uint256 arrearsCleared;
        uint256 creditOwed;
        uint256 debtCleared;
    }

    /// @notice A bill was settled (by settle, settleYearly or settleDisclosed; settleBatch logs its bills in one
    ///         BatchSettled). Carries the public signals (period, tariff
    ///         commitment, charge and credit are the ones they encode, bill spec section 7, not repeated) but
    ///         not the proof, which costs eight words of log data per bill: an auditor reads the proof from
    ///         the transaction's calldata, where the ABI puts a, b and c immediately before these five
    ///         signals (settle's encoding), and re-verifies it from there.
    /// @param movement two of the Movement's amounts (each below 2^96) in one word; which two depends on the sign of
    ///        net = charge - credit (both in the amounts signal), and the third is what remains of |net|:
    ///        net >= 0: paid | arrearsAdded << 128 (debtCleared = net - paid - arrearsAdded; the other three 0);
    ///        net < 0: refunded | arrearsCleared << 128 (creditOwed = -net - refunded - arrearsCleared; others 0).
    ///        The ledger rules book exactly |net| (contract notes), so the third is determined: logging it would
    ///        cost two more words per bill (issue 15: the audit re-derives what it need not read from the log).
    event Settled(
        uint64 indexed meterId,
        address indexed retailer,
        address indexed consumer,
        uint256 movement,
        uint256[5] publicSignals
    );
    /// @notice settleBatch settled the bills whose calldata positions are set in `settled` (bit i & 255 of word
    ///         i >> 8 for the bill at index i), and `bills` holds one word per settled bill, in calldata order:
    ///         meterId | first << 64 | second << 160, where first | second << 128 is the bill's Settled movement
    ///         word (each amount is below 2^96, so the three fit one word). This one event replaces a Settled per
    ///         bill (issue 15: ~3.1k gas a bill): the signals and the proof of each settled bill are in the
    ///         transaction's calldata (settleBatch's BatchProof[] argument, also when a contract forwards it as
    ///         bytes: the first four signals; the fifth, the domain, is this contract's domain()), and its
    ///         retailer and consumer are the meter's (MeterRegistry.parties, which never change). The SDK's
    ///         decodeBatchSettled rebuilds each bill's Settled from them; a bill's word whose meter is not the
    ///         one its calldata signals name is refused by the audit.
    event BatchSettled(uint256[] settled, uint256[] bills);
    /// @notice settleBatch skipped the bill at `index` of its calldata: it failed the check whose custom error
    ///         selector is `reason` (e.g. PeriodOverlap.selector); nothing of it was booked.
    event BillSkipped(uint256 index, uint64 indexed meterId, bytes4 reason);
    /// @notice A yearly bill of `meterId` consumed its year-to-date commitment `oldCommitment` (0: the first
    ///         bill of tariff year `yearStart`) and left `newCommitment` (bill spec section 9).
    event YearToDateReplaced(uint64 indexed meterId, uint32 yearStart, uint256 oldCommitment, uint256 newCommitment);
    /// @notice Tokens entered the ledger; `amount` is what the contract received.
    event Deposited(address indexed account, uint256 amount, uint256 balance);
    /// @notice Tokens left the ledger.
    event Withdrawn(address indexed account, uint256 amount, uint256 balance);
    /// @notice Arrears of a meter were paid from the payer's ledger balance to the meter's retailer.
    event ArrearsPaid(
        uint64 indexed meterId, address indexed payer, address indexed retailer, uint256 amount, uint256 remaining
    );
    /// @notice The retailer's debt to a meter's consumer was paid from the retailer's ledger balance.
    event CreditDebtPaid(
        uint64 indexed meterId, address indexed retailer, address indexed consumer, uint256 amount, uint256 remaining
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
    /// @notice The meter's retailer has registered no tariff with this commitment.
    error UnknownTariff(uint256 commitment);
    /// @notice The tariff awaits the regulator's approval.
    error TariffNotApproved(uint256 commitment);
    /// @notice The regulator rejected the tariff (or withdrew its approval).
    error TariffIsRejected(uint256 commitment);
    /// @notice The tariff's validity window does not cover the whole period.
    error TariffNotInForce(uint256 commitment, uint40 validFrom, uint40 validUntil, uint40 periodStart, uint40 periodEnd);
    /// @notice The meter's consumer has not accepted this tariff.
    error TariffNotAccepted(uint64 meterId, uint256 accepted, uint256 commitment);
    /// @notice The meter's retailer no longer holds RETAILER_ROLE: it is paid nothing more.
    error RetailerNotActive(address retailer);
    /// @notice The period has more non-actual intervals than its tariff accepts (per mille of its intervals).
    error TooManyNonActual(uint256 commitment, uint256 nonActualCount, uint256 intervalCount, uint16 maxNonActualPerMille);
    /// @notice The Groth16 proof does not verify for these public signals.
    error InvalidProof();
    // ledger
    /// @notice Amount must be positive (for a deposit: the amount received must be).
    error ZeroAmount();
    /// @notice Withdrawal above the balance not reserved for arrears and debts.
    error InsufficientFreeBalance(address account, uint256 free, uint256 requested);
    /// @notice Payment above the payer's ledger balance.
    error InsufficientBalance(address account, uint256 balance, uint256 requested);
    /// @notice Payment above the meter's arrears.
    error ExceedsArrears(uint64 meterId, uint256 arrears, uint256 requested);
    /// @notice Payment above the retailer's debt to the meter's consumer.
    error ExceedsDebt(uint64 meterId, uint256 debt, uint256 requested);
    /// @notice An address argument is zero.
    error ZeroAddress();
    /// @notice settleBatch was given no bills.
    error EmptyBatch();
    /// @notice settleInBatch is settleBatch's own step; nobody else may call it.
    error OnlySelf();
    /// @notice The step of the bill at `index` ended without an error (out of gas): give the batch more gas.
    error BatchOutOfGas(uint256 index);
    /// @notice This deployment's circuit has `expected` public signals after the domain (e.g. a yearly-block
    ///         circuit's year-to-date commitments): settle its bills one by one with settleYearly, giving them.
    ///         settle and settleBatch report it in place of InvalidProof (its proofs never verify without them).
    error ExtraSignalsRequired(uint256 expected, uint256 given);
    /// @notice The yearly bill's old commitment is not the meter's stored one (`stored`, of tariff year
    ///         `storedYear`): a stale, replayed or forged year-to-date commitment, or a bill of another year.
    error YearToDateMismatch(uint64 meterId, uint256 stored, uint32 storedYear, uint256 given, uint256 givenYear);
    /// @notice A fresh start (old commitment 0) must be of a later tariff year than the stored one: the year
    ///         to date cannot be reset within a tariff year.
    error YearToDateNotFresh(uint64 meterId, uint32 storedYear, uint256 givenYear);

    /// @notice Settles one bill (anyone may submit).
    function settle(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals
    ) external;

    /// @notice Settles many bills in one transaction: each is checked as settle checks it (one that fails a
    ///         rule is skipped with BillSkipped), and the proofs of those that pass are checked together. A
    ///         bill carries its first four public signals; its domain (signal 4) is this contract's domain(),
    ///         against which every proof is checked (a proof made for another domain fails the batch: InvalidProof).
    function settleBatch(IBatchVerifier.BatchProof[] calldata bills) external returns (uint256 settled);

    /// @notice Settles one bill of a circuit with extra public signals (a yearly-block circuit): settle's
    ///         checks and booking, then the meter's year-to-date commitment is consumed and replaced, all in
    ///         this call (bill spec section 9).
    function settleYearly(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals,
        uint256[] calldata extraSignals
    ) external;

    /// @notice How many public signals this deployment's circuit has after the domain (0: a plain bill circuit).
    function extraSignalCount() external view returns (uint256);

    /// @notice A meter's year-to-date commitment and its tariff year's first local day ((0, 0) before its first
    ///         yearly bill).
    function yearToDateOf(uint64 meterId) external view returns (uint256 commitment, uint32 yearStart);

    /// @notice The domain a proof must carry to settle here: chainId * 2^160 + address(this).
    function domain() external view returns (uint256);

    /// @notice Moves tokens from the caller into its ledger balance, crediting what actually arrived.
    function deposit(uint256 amount) external;

    /// @notice Sends free ledger balance to the caller.
    function withdraw(uint256 amount) external;

    /// @notice Pays a meter's arrears from the caller's ledger balance to the meter's retailer.
    function payArrears(uint64 meterId, uint256 amount) external;

    /// @notice Pays the retailer's debt to a meter's consumer from the retailer's ledger balance.
    function payCreditDebt(uint64 meterId, uint256 amount) external;

    /// @notice An account's ledger balance.
    function balanceOf(address account) external view returns (uint256);

    /// @notice Balance minus the arrears of the account's meters and its debts as a retailer.
    function freeBalanceOf(address account) external view returns (uint256);

    /// @notice Unpaid amount billed to a meter.
    function arrearsOf(uint64 meterId) external view returns (uint256);

    /// @notice Sum of the arrears of all meters of a consumer.
    function consumerArrearsOf(address consumer) external view returns (uint256);

    /// @notice Export credit the meter's retailer owes the meter's consumer.
    function creditOwedOf(uint64 meterId) external view returns (uint256);

    /// @notice Sum of a retailer's debts to its meters' consumers.
    function retailerDebtOf(address retailer) external view returns (uint256);
}
