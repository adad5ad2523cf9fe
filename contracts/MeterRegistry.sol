// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IMeterRegistry} from "./interfaces/IMeterRegistry.sol";
import {WattproofConstants} from "./interfaces/WattproofConstants.sol";

/// @title Meter registry
/// @notice The metering authority's record of every meter: its BabyJubJub key (by key hash), the
///         consumer account and retailer it serves, and where its next billing period must start.
/// @dev A key hash is Poseidon2(Ax, Ay) (docs/bill-spec.md section 3). Poseidon is computed off-chain
///      by the SDK; the public key is emitted with the hash so anyone can recompute it. The billing
///      cursor (`nextPeriodStart`) lives here, not in a settlement contract, so that several settlement
///      contracts (one per circuit instance) sharing this registry can never bill a period twice.
///      Liveness: the meter's current key is always valid from at most the billing cursor (registration
///      opens it at the cursor, a rotation opens the new key at min(effectiveAt, cursor), a repair lowers
///      it to the repaired cursor), so whatever instant a key is rotated or revoked at, installing a key
///      with rotateKey makes the meter's next period provable again.
///      Structs, events and errors: IMeterRegistry.
contract MeterRegistry is IMeterRegistry, AccessControl, Pausable {
    /// @notice Registers meters, rotates and revokes their keys, repairs billing cursors.
    bytes32 public constant METERING_AUTHORITY_ROLE = keccak256("METERING_AUTHORITY_ROLE");
    /// @notice May pause and unpause registry changes (not revocation, not settlement's reads).
    bytes32 public constant PAUSER_ROLE = WattproofConstants.PAUSER_ROLE;
    /// @notice Held by settlement contracts: may move a meter's billing cursor (claimPeriod).
    bytes32 public constant SETTLEMENT_ROLE = keccak256("SETTLEMENT_ROLE");

    /// @notice BN254 scalar field size; key hashes and key coordinates are field elements.
    uint256 public constant SNARK_SCALAR_FIELD = WattproofConstants.SNARK_SCALAR_FIELD;
    /// @notice `validUntil` of a key that has been neither rotated nor revoked.
    uint40 public constant OPEN_END = WattproofConstants.OPEN_END;

    mapping(uint64 meterId => Meter) private _meters;
    mapping(uint256 keyHash => KeyRecord) private _keys;

    /// @param admin account granted DEFAULT_ADMIN_ROLE (grants and revokes the other roles)
    constructor(address admin) {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ------------------------------------------------------------------ metering authority

    /// @notice Registers a meter with its first key.
    /// @param meterId meter identifier (< 2^64, spec section 3)
    /// @param keyHash Poseidon2(pubKeyX, pubKeyY), computed off-chain
    /// @param pubKeyX BabyJubJub public key x
    /// @param pubKeyY BabyJubJub public key y
    /// @param consumer the account that pays this meter's bills and accepts its tariff
    /// @param retailer the retailer that supplies this meter
    /// @param firstPeriodStart unix time where the first billing period must start (a local midnight of
    ///        the meter's tariffs' zone); the key is valid from here. A wrong value is fixed with repairCursor.
    function registerMeter(
        uint64 meterId,
        uint256 keyHash,
        uint256 pubKeyX,
        uint256 pubKeyY,
        address consumer,
        address retailer,
        uint40 firstPeriodStart
    ) external onlyRole(METERING_AUTHORITY_ROLE) whenNotPaused {
        if (_meters[meterId].exists) revert MeterAlreadyRegistered(meterId);
        if (consumer == address(0) || retailer == address(0)) revert ZeroAddress();
        _checkNewKey(keyHash, pubKeyX, pubKeyY);

        _meters[meterId] = Meter({
            consumer: consumer,
            nextPeriodStart: firstPeriodStart,
            exists: true,
            billedUntil: 0,
            retailer: retailer,
            keyHash: keyHash
        });
        _keys[keyHash] = KeyRecord({meterId: meterId, validFrom: firstPeriodStart, validUntil: OPEN_END, exists: true});
        emit MeterRegistered(meterId, consumer, retailer, keyHash, pubKeyX, pubKeyY, firstPeriodStart);
    }

    /// @notice Replaces a meter's key: the old key may sign periods ending at or before `effectiveAt`; the
    ///         new key periods starting at or after min(effectiveAt, billing cursor). The new key (which the
    ///         authority trusts) thereby also covers every unsettled instant before `effectiveAt`, so a
    ///         rotation or revocation in the middle of a billing period never leaves an instant no key covers.
    /// @dev Only ever shortens the old key's window, so a rotation can never make an old signature valid
    ///      for more periods than before.
    /// @param meterId the meter
    /// @param newKeyHash Poseidon2(pubKeyX, pubKeyY) of the new key
    /// @param pubKeyX new public key x
    /// @param pubKeyY new public key y
    /// @param effectiveAt the instant the old key stops
    function rotateKey(uint64 meterId, uint256 newKeyHash, uint256 pubKeyX, uint256 pubKeyY, uint40 effectiveAt)
        external
        onlyRole(METERING_AUTHORITY_ROLE)
        whenNotPaused
    {
        Meter storage m = _existingMeter(meterId);
        _checkNewKey(newKeyHash, pubKeyX, pubKeyY);
        uint256 oldKeyHash = m.keyHash;
        KeyRecord storage old = _keys[oldKeyHash];
        if (effectiveAt < old.validFrom) revert InvalidKeyTime(meterId, old.validFrom, effectiveAt);
        if (effectiveAt < old.validUntil) old.validUntil = effectiveAt;

        uint40 cursor = m.nextPeriodStart;
        uint40 validFrom = effectiveAt < cursor ? effectiveAt : cursor;
        m.keyHash = newKeyHash;
        _keys[newKeyHash] = KeyRecord({meterId: meterId, validFrom: validFrom, validUntil: OPEN_END, exists: true});
        emit KeyRotated(meterId, oldKeyHash, newKeyHash, pubKeyX, pubKeyY, effectiveAt, validFrom);
    }

    /// @notice Revokes a meter's current key: it can no longer settle periods that end after `revokedAt`.
    ///         The meter settles again once a new key is installed with rotateKey (valid from the cursor).
    ///         An emergency action: it works while the registry is paused.
    /// @param meterId the meter
    /// @param revokedAt the instant from which the key is no longer trusted
    function revokeKey(uint64 meterId, uint40 revokedAt) external onlyRole(METERING_AUTHORITY_ROLE) {
        Meter storage m = _existingMeter(meterId);
        uint256 keyHash = m.keyHash;
        KeyRecord storage k = _keys[keyHash];
        if (revokedAt < k.validFrom) revert InvalidKeyTime(meterId, k.validFrom, revokedAt);
        if (revokedAt < k.validUntil) k.validUntil = revokedAt;
        emit KeyRevoked(meterId, keyHash, k.validUntil);
    }

    /// @notice The repair path: moves a meter's billing cursor to `newStart` without a proof, e.g. when
    ///         the registered firstPeriodStart is not a local midnight of the meter's tariff (nothing could
    ///         ever settle) or to write off a period that cannot be proven. Never below the end of the last
    ///         period settled by proof (`billedUntil`), so nothing is billed twice; a forward move leaves
    ///         [old cursor, newStart) unbilled. If the current key starts after `newStart`, its window is
    ///         opened at `newStart` (the key must cover the cursor). Evented with a reason for the audit.
    /// @param meterId the meter
    /// @param newStart the new billing cursor
    /// @param reason why, kept in the event for the record
    function repairCursor(uint64 meterId, uint40 newStart, string calldata reason)
        external
        onlyRole(METERING_AUTHORITY_ROLE)
        whenNotPaused
    {
        Meter storage m = _existingMeter(meterId);
        if (newStart < m.billedUntil) revert CursorBelowBilled(meterId, m.billedUntil, newStart);
        uint40 from = m.nextPeriodStart;
        m.nextPeriodStart = newStart;
        KeyRecord storage k = _keys[m.keyHash];
        if (newStart < k.validFrom) k.validFrom = newStart;
        emit CursorRepaired(meterId, msg.sender, from, newStart, k.validFrom, reason);
    }

    // ------------------------------------------------------------------ settlement

    /// @notice Called by a settlement contract for the (meter, key, period) a proof names: returns what
    ///         the settlement contract checks and, when the period starts exactly at the meter's cursor,
    ///         moves the cursor to the period's end and emits PeriodClaimed.
    /// @dev One call instead of a read and a later write (settle's gas budget). The caller reverts the
    ///      whole transaction, and so this move, unless every check passes; whatever the caller does,
    ///      the cursor only ever moves forward from where it is, so no period is billed twice. Every move
    ///      is evented, so the audit finds any move that came without a Settled event.
    /// @param meterId the meter named by the proof
    /// @param keyHash the key hash named by the proof
    /// @param periodStart start of the period
    /// @param periodEnd end of the period
    /// @return ctx the meter's parties and its cursor before this call, and the key's owner and window
    function claimPeriod(uint64 meterId, uint256 keyHash, uint40 periodStart, uint40 periodEnd)
        external
        onlyRole(SETTLEMENT_ROLE)
        returns (SettlementContext memory ctx)
    {
        Meter storage m = _meters[meterId];
        ctx = _context(m, keyHash);
        if (ctx.meterExists && ctx.nextPeriodStart == periodStart && periodEnd > periodStart) {
            m.nextPeriodStart = periodEnd;
            m.billedUntil = periodEnd;
            emit PeriodClaimed(meterId, msg.sender, periodStart, periodEnd);
        }
    }

    // ------------------------------------------------------------------ pause

    /// @notice Stops registration, rotation and repair. Revocation (an emergency action) and settlement's
    ///         claimPeriod go on.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes registry changes.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    // ------------------------------------------------------------------ views

    /// @notice The meter record (all fields zero and `exists` false if unknown).
    /// @param meterId the meter
    /// @return the meter record
    function getMeter(uint64 meterId) external view returns (Meter memory) {
        return _meters[meterId];
    }

    /// @notice The window of a key (all fields zero and `exists` false if unknown).
    /// @param keyHash the key hash
    /// @return the key record
    function getKey(uint256 keyHash) external view returns (KeyRecord memory) {
        return _keys[keyHash];
    }

    /// @notice The meter's consumer and retailer (zero addresses if unknown).
    /// @param meterId the meter
    /// @return consumer the consumer account
    /// @return retailer the retailer account
    function parties(uint64 meterId) external view returns (address consumer, address retailer) {
        Meter storage m = _meters[meterId];
        return (m.consumer, m.retailer);
    }

    /// @notice Everything a settlement contract checks about a meter and a key (claimPeriod without the move).
    /// @param meterId the meter named by the proof
    /// @param keyHash the key hash named by the proof
    /// @return ctx the meter's parties and cursor, and the key's owner and window
    function settlementContext(uint64 meterId, uint256 keyHash) external view returns (SettlementContext memory ctx) {
        return _context(_meters[meterId], keyHash);
    }

    // ------------------------------------------------------------------ internal

    function _context(Meter storage m, uint256 keyHash) private view returns (SettlementContext memory ctx) {
        KeyRecord memory k = _keys[keyHash];
        ctx = SettlementContext({
            meterExists: m.exists,
            consumer: m.consumer,
            retailer: m.retailer,
            nextPeriodStart: m.nextPeriodStart,
            keyExists: k.exists,
            keyMeterId: k.meterId,
            keyValidFrom: k.validFrom,
            keyValidUntil: k.validUntil
        });
    }

    function _existingMeter(uint64 meterId) private view returns (Meter storage m) {
        m = _meters[meterId];
        if (!m.exists) revert UnknownMeter(meterId);
    }

    function _checkNewKey(uint256 keyHash, uint256 pubKeyX, uint256 pubKeyY) private view {
        if (
            keyHash == 0 || keyHash >= SNARK_SCALAR_FIELD || pubKeyX >= SNARK_SCALAR_FIELD
                || pubKeyY >= SNARK_SCALAR_FIELD
        ) revert InvalidKey(keyHash, pubKeyX, pubKeyY);
        KeyRecord storage existing = _keys[keyHash];
        if (existing.exists) revert KeyHashInUse(keyHash, existing.meterId);
    }
}
