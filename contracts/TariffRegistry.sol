// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IMeterRegistry} from "./interfaces/IMeterRegistry.sol";
import {ITariffRegistry} from "./interfaces/ITariffRegistry.sol";
import {WattproofConstants} from "./interfaces/WattproofConstants.sol";

/// @title Tariff registry
/// @notice Tariff commitments (docs/bill-spec.md section 4) with their validity windows, time zones and
///         approval status, registered under their retailer, and which tariff each meter's consumer has
///         accepted.
/// @dev Life of a tariff: a retailer registers its commitment (Pending) under its own address, so a copier
///      who sees the transaction cannot squat the commitment (its copy is registered under the copier);
///      the regulator reads the tariff document off-chain (checking the declared time zone too) and
///      approves or rejects the (retailer, commitment) pair (it may also withdraw an approval by
///      rejecting, even while paused); the meter's retailer offers one of its approved tariffs to the
///      meter; the meter's consumer accepts the offer from its own account. A meter has one accepted
///      tariff at a time; it settles every period from the meter's billing cursor on, so acceptance is
///      refused unless the tariff is in force at the cursor (no earlier period is stranded) and the cursor
///      is a local midnight of the tariff's zone (the period can be proven at all).
///      Structs, events and errors: ITariffRegistry.
contract TariffRegistry is ITariffRegistry, AccessControl, Pausable {
    /// @notice May register tariff commitments and offer them to its meters; revoking it stops offers,
    ///         acceptances and settlement payments to the retailer.
    bytes32 public constant RETAILER_ROLE = keccak256("RETAILER_ROLE");
    /// @notice Approves and rejects tariff commitments.
    bytes32 public constant REGULATOR_ROLE = keccak256("REGULATOR_ROLE");
    /// @notice May pause and unpause registry changes (not rejection).
    bytes32 public constant PAUSER_ROLE = WattproofConstants.PAUSER_ROLE;

    /// @notice BN254 scalar field size; a commitment is a field element.
    uint256 public constant SNARK_SCALAR_FIELD = WattproofConstants.SNARK_SCALAR_FIELD;

    /// @notice The meter registry whose meters' consumers, retailers and cursors this registry trusts.
    IMeterRegistry public immutable meters;

    mapping(address retailer => mapping(uint256 commitment => Tariff)) private _tariffs;
    mapping(uint64 meterId => uint256 commitment) private _offered;
    mapping(uint64 meterId => uint256 commitment) private _accepted;
    /// @dev keccak256 of a public tariff's document; zero for a private tariff. The URI is in the
    ///      TariffPublished event (calldata-priced, not stored: nothing on chain reads it).
    mapping(address retailer => mapping(uint256 commitment => bytes32 documentHash)) private _published;

    /// @notice Longest document URI a publication accepts (16 KiB: a data: URI holding a tariff document fits).
    uint256 public constant MAX_URI_BYTES = 16384;

    /// @param admin account granted DEFAULT_ADMIN_ROLE
    /// @param meterRegistry the meter registry
    constructor(address admin, IMeterRegistry meterRegistry) {
        if (admin == address(0) || address(meterRegistry) == address(0)) revert ZeroAddress();
        meters = meterRegistry;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ------------------------------------------------------------------ retailer

    /// @notice Registers a tariff commitment under the caller, valid for periods inside [validFrom, validUntil].
    /// @param commitment the tariff commitment (spec section 4)
    /// @param validFrom earliest period start
    /// @param validUntil latest period end
    /// @param tzOffsetSeconds the document's time-zone offset (the regulator checks it before approving)
    function registerTariff(uint256 commitment, uint40 validFrom, uint40 validUntil, int24 tzOffsetSeconds)
        external
        onlyRole(RETAILER_ROLE)
        whenNotPaused
    {
        _register(commitment, validFrom, validUntil, tzOffsetSeconds, tzOffsetSeconds);
    }

    /// @notice Registers a tariff whose clock has daylight saving (bill spec §5a): a meter's billing cursor is
    ///         then a local midnight under the offset in force at validFrom or under the zone's other offset, so
    ///         the tariff can be offered and accepted in summer and in winter. The regulator checks both against
    ///         the document's committed transitions before approving.
    /// @param tzOffsetSeconds the offset in force at validFrom
    /// @param altTzOffsetSeconds the zone's other offset
    function registerZonedTariff(
        uint256 commitment,
        uint40 validFrom,
        uint40 validUntil,
        int24 tzOffsetSeconds,
        int24 altTzOffsetSeconds
    ) external onlyRole(RETAILER_ROLE) whenNotPaused {
        if (altTzOffsetSeconds > WattproofConstants.MAX_TZ_OFFSET || altTzOffsetSeconds < -WattproofConstants.MAX_TZ_OFFSET) {
            revert InvalidTimeZone(altTzOffsetSeconds);
        }
        _register(commitment, validFrom, validUntil, tzOffsetSeconds, altTzOffsetSeconds);
        if (altTzOffsetSeconds != tzOffsetSeconds) emit TariffAltOffset(commitment, msg.sender, altTzOffsetSeconds);
    }

    function _register(uint256 commitment, uint40 validFrom, uint40 validUntil, int24 tzOffsetSeconds, int24 alt) private {
        if (commitment == 0 || commitment >= SNARK_SCALAR_FIELD) revert InvalidCommitment(commitment);
        Tariff storage t = _tariffs[msg.sender][commitment];
        if (t.status != Status.None) revert TariffAlreadyRegistered(msg.sender, commitment);
        if (validUntil <= validFrom) revert InvalidWindow(validFrom, validUntil);
        if (tzOffsetSeconds > WattproofConstants.MAX_TZ_OFFSET || tzOffsetSeconds < -WattproofConstants.MAX_TZ_OFFSET) {
            revert InvalidTimeZone(tzOffsetSeconds);
        }
        _tariffs[msg.sender][commitment] = Tariff({
            validFrom: validFrom,
            validUntil: validUntil,
            tzOffsetSeconds: tzOffsetSeconds,
            status: Status.Pending,
            maxNonActualPerMille: 1000,
            altTzOffsetSeconds: alt
        });
        _mirror(msg.sender, commitment);
        emit TariffRegistered(commitment, msg.sender, validFrom, validUntil, tzOffsetSeconds);
    }

    /// @notice Makes one of the caller's registered tariffs public: its document, salt included, is at `uri`
    ///         and its bytes hash to `documentHash`, so anyone can check that the commitment the regulator
    ///         approves (or approved) is exactly that document. Final: a public tariff stays public. Any
    ///         status but None (a rejected tariff may still be shown for the record).
    /// @param commitment the caller's tariff
    /// @param uri where the document is (https:, ipfs:, file: ...)
    /// @param documentHash keccak256 of the document's bytes as served at `uri`
    function publishTariff(uint256 commitment, string calldata uri, bytes32 documentHash)
        external
        onlyRole(RETAILER_ROLE)
        whenNotPaused
    {
        _existing(msg.sender, commitment);
        if (bytes(uri).length == 0 || bytes(uri).length > MAX_URI_BYTES || documentHash == bytes32(0)) {
            revert InvalidPublication();
        }
        if (_published[msg.sender][commitment] != bytes32(0)) revert TariffAlreadyPublished(msg.sender, commitment);
        _published[msg.sender][commitment] = documentHash;
        emit TariffPublished(commitment, msg.sender, uri, documentHash);
    }

    /// @notice Sets the largest share of non-actual intervals (estimated, substituted or filled; the
    ///         count is in the meter-signed statement and public in the proof) that a period settled under
    ///         the caller's tariff may have, in per mille of its intervals.
    /// @dev Requirements: the tariff is the caller's and still pending, so that the regulator approves the
    ///      limit with the tariff; `maxNonActualPerMille <= 1000`.
    /// @param commitment the caller's pending tariff
    /// @param maxNonActualPerMille 0 (actual reads only) .. 1000 (any)
    function setNonActualLimit(uint256 commitment, uint16 maxNonActualPerMille)
        external
        onlyRole(RETAILER_ROLE)
        whenNotPaused
    {
        Tariff storage t = _existing(msg.sender, commitment);
        if (t.status != Status.Pending) revert WrongStatus(commitment, t.status);
        if (maxNonActualPerMille > 1000) revert InvalidNonActualLimit(maxNonActualPerMille);
        t.maxNonActualPerMille = maxNonActualPerMille;
        _mirror(msg.sender, commitment);
        emit NonActualLimitSet(commitment, msg.sender, maxNonActualPerMille);
    }

    /// @notice Offers one of the caller's approved tariffs to its meter's consumer; replaces any earlier
    ///         pending offer. Refused if the meter's billing cursor is not a local midnight of the tariff's zone.
    /// @param meterId the meter (the caller must be its retailer)
    /// @param commitment the caller's approved tariff
    function offerTariff(uint64 meterId, uint256 commitment) external onlyRole(RETAILER_ROLE) whenNotPaused {
        IMeterRegistry.Meter memory m = meters.getMeter(meterId);
        if (!m.exists) revert UnknownMeter(meterId);
        if (msg.sender != m.retailer) revert NotMetersRetailer(meterId, msg.sender);
        Tariff storage t = _approved(msg.sender, commitment);
        _checkZone(meterId, m.nextPeriodStart, t.tzOffsetSeconds, t.altTzOffsetSeconds);
        _offered[meterId] = commitment;
        emit TariffOffered(meterId, commitment, msg.sender);
    }

    // ------------------------------------------------------------------ consumer

    /// @notice Accepts the tariff offered to the caller's meter; it then settles the meter's periods from
    ///         the billing cursor on. Refused unless the tariff can settle the period at the cursor.
    /// @param meterId the meter; the caller must be its consumer
    /// @param commitment the offered tariff (named explicitly so a consumer never accepts a swapped offer)
    function acceptTariff(uint64 meterId, uint256 commitment) external whenNotPaused {
        IMeterRegistry.Meter memory m = meters.getMeter(meterId);
        if (!m.exists) revert UnknownMeter(meterId);
        if (msg.sender != m.consumer) revert NotMetersConsumer(meterId, msg.sender);
        if (_offered[meterId] != commitment || commitment == 0) revert NotOffered(meterId, commitment);
        Tariff storage t = _approved(m.retailer, commitment);
        if (!hasRole(RETAILER_ROLE, m.retailer)) revert RetailerNotActive(m.retailer);
        _checkZone(meterId, m.nextPeriodStart, t.tzOffsetSeconds, t.altTzOffsetSeconds);
        if (m.nextPeriodStart < t.validFrom || m.nextPeriodStart >= t.validUntil) {
            revert TariffNotInForceAtCursor(meterId, m.nextPeriodStart, t.validFrom, t.validUntil);
        }
        delete _offered[meterId];
        _accepted[meterId] = commitment;
        meters.mirrorAccepted(meterId, commitment);
        emit TariffAccepted(meterId, commitment, msg.sender);
    }

    // ------------------------------------------------------------------ regulator

    /// @notice Approves a retailer's pending tariff.
    /// @param retailer the retailer that registered it
    /// @param commitment the tariff
    function approveTariff(address retailer, uint256 commitment) external onlyRole(REGULATOR_ROLE) whenNotPaused {
        Tariff storage t = _existing(retailer, commitment);
        if (t.status != Status.Pending) revert WrongStatus(commitment, t.status);
        t.status = Status.Approved;
        _mirror(retailer, commitment);
        emit TariffApproved(commitment, retailer, msg.sender);
    }

    /// @notice Rejects a retailer's pending tariff, or withdraws an approval. A rejected tariff settles
    ///         nothing more. An emergency action: it works while the registry is paused.
    /// @param retailer the retailer that registered it
    /// @param commitment the tariff
    /// @param reason human-readable reason, kept in the event for the record
    function rejectTariff(address retailer, uint256 commitment, string calldata reason)
        external
        onlyRole(REGULATOR_ROLE)
    {
        Tariff storage t = _existing(retailer, commitment);
        if (t.status == Status.Rejected) revert WrongStatus(commitment, t.status);
        t.status = Status.Rejected;
        _mirror(retailer, commitment);
        emit TariffRejected(commitment, retailer, msg.sender, reason);
    }

    // ------------------------------------------------------------------ pause

    /// @notice Stops registration, approval, offers and acceptances. Rejection (an emergency action) and
    ///         settlement's reads go on.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes registry changes.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    // ------------------------------------------------------------------ views

    /// @notice A retailer's tariff record (status None if unknown).
    /// @param retailer the retailer that registered it
    /// @param commitment the tariff
    /// @return the record
    function getTariff(address retailer, uint256 commitment) external view returns (Tariff memory) {
        return _tariffs[retailer][commitment];
    }

    /// @notice keccak256 of a public tariff's document (zero while the tariff is private); the URI is in
    ///         the TariffPublished event.
    /// @param retailer the retailer that registered it
    /// @param commitment the tariff
    /// @return the document hash
    function publishedTariff(address retailer, uint256 commitment) external view returns (bytes32) {
        return _published[retailer][commitment];
    }

    /// @notice The tariff currently offered to a meter (0 if none); it is the meter's retailer's.
    /// @param meterId the meter
    /// @return the commitment
    function offeredTariff(uint64 meterId) external view returns (uint256) {
        return _offered[meterId];
    }

    /// @notice The tariff a meter's consumer has accepted (0 if none); it is the meter's retailer's.
    /// @param meterId the meter
    /// @return the commitment
    function acceptedTariff(uint64 meterId) external view returns (uint256) {
        return _accepted[meterId];
    }

    /// @notice What a settlement contract checks about a proof's tariff, read in one call.
    /// @param meterId the meter named by the proof
    /// @param retailer the meter's retailer
    /// @param commitment the tariff commitment named by the proof
    /// @return the retailer's record of `commitment` (tariff)
    /// @return the commitment the meter's consumer has accepted (accepted)
    /// @return whether `retailer` still holds RETAILER_ROLE (retailerActive)
    function settlementTariff(uint64 meterId, address retailer, uint256 commitment)
        external
        view
        returns (Tariff memory, uint256, bool)
    {
        Tariff storage t = _tariffs[retailer][commitment];
        uint256 acceptedCommitment = _accepted[meterId];
        bool active = hasRole(RETAILER_ROLE, retailer);
        // Returned word by word (settle's gas budget; getTariff decodes the same record in Solidity): Tariff =
        // validFrom | validUntil << 40 | tzOffsetSeconds << 80 | status << 104 | maxNonActualPerMille << 112
        // | altTzOffsetSeconds << 128; the offsets are int24, sign-extended as the ABI wants them.
        assembly ("memory-safe") {
            let w := sload(t.slot)
            let p := mload(0x40)
            mstore(p, and(w, 0xffffffffff))
            mstore(add(p, 32), and(shr(40, w), 0xffffffffff))
            mstore(add(p, 64), signextend(2, shr(80, w)))
            mstore(add(p, 96), and(shr(104, w), 0xff))
            mstore(add(p, 128), and(shr(112, w), 0xffff))
            mstore(add(p, 160), signextend(2, shr(128, w)))
            mstore(add(p, 192), acceptedCommitment)
            mstore(add(p, 224), active)
            return(p, 256)
        }
    }

    // ------------------------------------------------------------------ internal

    /// Copies a tariff's record (its one storage word) to the meter registry, which returns it to settlement with
    /// the meter (IMeterRegistry.claimSettlement: one call per bill instead of two). Every write of a Tariff here
    /// is followed by this, in the same transaction.
    function _mirror(address retailer, uint256 commitment) private {
        Tariff storage t = _tariffs[retailer][commitment];
        uint256 word;
        assembly ("memory-safe") {
            word := sload(t.slot)
        }
        meters.mirrorTariff(retailer, commitment, word);
    }

    /// Keeps the meter registry's mirror of RETAILER_ROLE in step (see _mirror).
    function _grantRole(bytes32 role, address account) internal override returns (bool granted) {
        granted = super._grantRole(role, account);
        if (granted && role == RETAILER_ROLE) meters.mirrorRetailer(account, true);
    }

    /// Keeps the meter registry's mirror of RETAILER_ROLE in step (renounceRole also ends here).
    function _revokeRole(bytes32 role, address account) internal override returns (bool revoked) {
        revoked = super._revokeRole(role, account);
        if (revoked && role == RETAILER_ROLE) meters.mirrorRetailer(account, false);
    }

    function _existing(address retailer, uint256 commitment) private view returns (Tariff storage t) {
        t = _tariffs[retailer][commitment];
        if (t.status == Status.None) revert TariffNotRegistered(retailer, commitment);
    }

    function _approved(address retailer, uint256 commitment) private view returns (Tariff storage t) {
        t = _existing(retailer, commitment);
        if (t.status != Status.Approved) revert WrongStatus(commitment, t.status);
    }

    /// A period proven under the tariff starts at local midnight, periodStart + tz = 86400 * D0 with
    /// D0 >= 1 (bill spec section 5), under the offset in force then: the registered one or, on a
    /// daylight-saving clock, the zone's other one (§5a; the circuit proves which from the committed
    /// transitions, this check only keeps a meter from taking a tariff none of its periods could use).
    function _checkZone(uint64 meterId, uint40 cursor, int24 tz, int24 alt) private pure {
        if (!_isLocalMidnight(cursor, tz) && (alt == tz || !_isLocalMidnight(cursor, alt))) {
            revert TimeZoneMismatch(meterId, cursor, tz);
        }
    }

    function _isLocalMidnight(uint40 cursor, int24 tz) private pure returns (bool) {
        int256 local = int256(uint256(cursor)) + int256(tz);
        return local >= int256(WattproofConstants.DAY_SECONDS) && uint256(local) % WattproofConstants.DAY_SECONDS == 0;
    }
}
