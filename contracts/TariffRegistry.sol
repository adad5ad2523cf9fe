// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {MeterRegistry} from "./MeterRegistry.sol";

/// @title Tariff registry
/// @notice Tariff commitments (docs/bill-spec.md section 4) with their validity windows and approval
///         status, and which tariff each meter's consumer has accepted.
/// @dev Life of a tariff: a retailer registers its commitment (Pending); the regulator reads the tariff
///      document off-chain and approves or rejects it (a regulator may also withdraw an approval by
///      rejecting); the meter's retailer offers an approved tariff to a meter; the meter's consumer
///      accepts the offer from its own account. A meter has one accepted tariff at a time; accepting a
///      new one applies to every period settled afterwards, so outstanding periods should be settled
///      before switching.
contract TariffRegistry is AccessControl, Pausable {
    /// @notice May register tariff commitments.
    bytes32 public constant RETAILER_ROLE = keccak256("RETAILER_ROLE");
    /// @notice Approves and rejects tariff commitments.
    bytes32 public constant REGULATOR_ROLE = keccak256("REGULATOR_ROLE");
    /// @notice May pause and unpause registry changes.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice BN254 scalar field size; a commitment is a field element.
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;

    /// @notice Approval state of a tariff commitment.
    enum Status {
        None,
        Pending,
        Approved,
        Rejected
    }

    /// @notice A registered tariff; it can settle a period [start, end) iff it is Approved,
    ///         validFrom <= start and end <= validUntil. Fits one storage slot.
    struct Tariff {
        address retailer;
        uint40 validFrom;
        uint40 validUntil;
        Status status;
    }

    /// @notice The meter registry whose meters' consumers and retailers this registry trusts.
    MeterRegistry public immutable meters;

    mapping(uint256 commitment => Tariff) private _tariffs;
    mapping(uint64 meterId => uint256 commitment) private _offered;
    mapping(uint64 meterId => uint256 commitment) private _accepted;

    /// @notice A retailer registered a tariff commitment; it awaits the regulator's decision.
    event TariffRegistered(uint256 indexed commitment, address indexed retailer, uint40 validFrom, uint40 validUntil);
    /// @notice The regulator approved a tariff.
    event TariffApproved(uint256 indexed commitment, address indexed regulator);
    /// @notice The regulator rejected a tariff (or withdrew its approval).
    event TariffRejected(uint256 indexed commitment, address indexed regulator, string reason);
    /// @notice A retailer offered an approved tariff to a meter's consumer.
    event TariffOffered(uint64 indexed meterId, uint256 indexed commitment, address indexed retailer);
    /// @notice A meter's consumer accepted the offered tariff.
    event TariffAccepted(uint64 indexed meterId, uint256 indexed commitment, address indexed consumer);

    /// @notice The commitment is zero or not below the scalar field size.
    error InvalidCommitment(uint256 commitment);
    /// @notice The commitment is already registered.
    error TariffAlreadyRegistered(uint256 commitment);
    /// @notice The validity window is empty.
    error InvalidWindow(uint40 validFrom, uint40 validUntil);
    /// @notice No tariff with this commitment.
    error UnknownTariff(uint256 commitment);
    /// @notice The tariff is not in a status that allows this action.
    error WrongStatus(uint256 commitment, Status status);
    /// @notice The caller is not the retailer of both the tariff and the meter.
    error NotMetersRetailer(uint64 meterId, address caller);
    /// @notice The caller is not the meter's consumer.
    error NotMetersConsumer(uint64 meterId, address caller);
    /// @notice No meter with this id.
    error UnknownMeter(uint64 meterId);
    /// @notice The commitment is not the one currently offered to the meter.
    error NotOffered(uint64 meterId, uint256 commitment);
    /// @notice An address argument is zero.
    error ZeroAddress();

    /// @param admin account granted DEFAULT_ADMIN_ROLE
    /// @param meterRegistry the meter registry
    constructor(address admin, MeterRegistry meterRegistry) {
        if (admin == address(0) || address(meterRegistry) == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        meters = meterRegistry;
    }

    // ------------------------------------------------------------------ retailer

    /// @notice Registers a tariff commitment, valid for periods inside [validFrom, validUntil].
    /// @param commitment the tariff commitment (spec section 4)
    /// @param validFrom earliest period start
    /// @param validUntil latest period end
    function registerTariff(uint256 commitment, uint40 validFrom, uint40 validUntil)
        external
        onlyRole(RETAILER_ROLE)
        whenNotPaused
    {
        if (commitment == 0 || commitment >= SNARK_SCALAR_FIELD) revert InvalidCommitment(commitment);
        if (_tariffs[commitment].status != Status.None) revert TariffAlreadyRegistered(commitment);
        if (validUntil <= validFrom) revert InvalidWindow(validFrom, validUntil);
        _tariffs[commitment] =
            Tariff({retailer: msg.sender, validFrom: validFrom, validUntil: validUntil, status: Status.Pending});
        emit TariffRegistered(commitment, msg.sender, validFrom, validUntil);
    }

    /// @notice Offers an approved tariff to a meter's consumer; replaces any earlier pending offer.
    /// @dev The caller must be the retailer that registered the tariff and the meter's retailer.
    /// @param meterId the meter
    /// @param commitment the approved tariff
    function offerTariff(uint64 meterId, uint256 commitment) external whenNotPaused {
        Tariff storage t = _approved(commitment);
        (address consumer, address retailer) = meters.parties(meterId);
        if (consumer == address(0)) revert UnknownMeter(meterId);
        if (msg.sender != retailer || msg.sender != t.retailer) revert NotMetersRetailer(meterId, msg.sender);
        _offered[meterId] = commitment;
        emit TariffOffered(meterId, commitment, msg.sender);
    }

    // ------------------------------------------------------------------ consumer

    /// @notice Accepts the tariff offered to the caller's meter; it then settles the meter's periods.
    /// @param meterId the meter; the caller must be its consumer
    /// @param commitment the offered tariff (named explicitly so a consumer never accepts a swapped offer)
    function acceptTariff(uint64 meterId, uint256 commitment) external whenNotPaused {
        (address consumer,) = meters.parties(meterId);
        if (consumer == address(0)) revert UnknownMeter(meterId);
        if (msg.sender != consumer) revert NotMetersConsumer(meterId, msg.sender);
        if (_offered[meterId] != commitment || commitment == 0) revert NotOffered(meterId, commitment);
        _approved(commitment);
        delete _offered[meterId];
        _accepted[meterId] = commitment;
        emit TariffAccepted(meterId, commitment, msg.sender);
    }

    // ------------------------------------------------------------------ regulator

    /// @notice Approves a pending tariff.
    /// @param commitment the tariff
    function approveTariff(uint256 commitment) external onlyRole(REGULATOR_ROLE) whenNotPaused {
        Tariff storage t = _existing(commitment);
        if (t.status != Status.Pending) revert WrongStatus(commitment, t.status);
        t.status = Status.Approved;
        emit TariffApproved(commitment, msg.sender);
    }

    /// @notice Rejects a pending tariff, or withdraws an approval. A rejected tariff settles nothing more.
    /// @param commitment the tariff
    /// @param reason human-readable reason, kept in the event for the record
    function rejectTariff(uint256 commitment, string calldata reason) external onlyRole(REGULATOR_ROLE) whenNotPaused {
        Tariff storage t = _existing(commitment);
        if (t.status == Status.Rejected) revert WrongStatus(commitment, t.status);
        t.status = Status.Rejected;
        emit TariffRejected(commitment, msg.sender, reason);
    }

    // ------------------------------------------------------------------ pause

    /// @notice Stops every registry change (registration, decisions, offers, acceptances).
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes registry changes.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    // ------------------------------------------------------------------ views

    /// @notice The tariff record (status None if unknown).
    /// @param commitment the tariff
    /// @return the record
    function getTariff(uint256 commitment) external view returns (Tariff memory) {
        return _tariffs[commitment];
    }

    /// @notice The tariff currently offered to a meter (0 if none).
    /// @param meterId the meter
    /// @return the commitment
    function offeredTariff(uint64 meterId) external view returns (uint256) {
        return _offered[meterId];
    }

    /// @notice The tariff a meter's consumer has accepted (0 if none).
    /// @param meterId the meter
    /// @return the commitment
    function acceptedTariff(uint64 meterId) external view returns (uint256) {
        return _accepted[meterId];
    }

    /// @notice What a settlement contract checks about a proof's tariff, read in one call.
    /// @param meterId the meter named by the proof
    /// @param commitment the tariff commitment named by the proof
    /// @return tariff the record of `commitment`
    /// @return accepted the commitment the meter's consumer has accepted
    function settlementTariff(uint64 meterId, uint256 commitment)
        external
        view
        returns (Tariff memory tariff, uint256 accepted)
    {
        return (_tariffs[commitment], _accepted[meterId]);
    }

    // ------------------------------------------------------------------ internal

    function _existing(uint256 commitment) private view returns (Tariff storage t) {
        t = _tariffs[commitment];
        if (t.status == Status.None) revert UnknownTariff(commitment);
    }

    function _approved(uint256 commitment) private view returns (Tariff storage t) {
        t = _existing(commitment);
        if (t.status != Status.Approved) revert WrongStatus(commitment, t.status);
    }
}
