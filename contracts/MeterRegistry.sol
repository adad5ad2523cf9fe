// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @title Meter registry
/// @notice The metering authority's record of every meter: its BabyJubJub key (by key hash), the
///         consumer account and retailer it serves, and where its next billing period must start.
/// @dev A key hash is Poseidon2(Ax, Ay) (docs/bill-spec.md section 3). Poseidon is computed off-chain
///      by the SDK; the public key is emitted with the hash so anyone can recompute it. The billing
///      cursor (`nextPeriodStart`) lives here, not in a settlement contract, so that several settlement
///      contracts (one per circuit instance) sharing this registry can never bill a period twice.
contract MeterRegistry is AccessControl, Pausable {
    /// @notice Registers meters, rotates and revokes their keys.
    bytes32 public constant METERING_AUTHORITY_ROLE = keccak256("METERING_AUTHORITY_ROLE");
    /// @notice May pause and unpause registry changes.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice Held by settlement contracts: may move a meter's billing cursor (claimPeriod).
    bytes32 public constant SETTLEMENT_ROLE = keccak256("SETTLEMENT_ROLE");

    /// @notice BN254 scalar field size; key hashes and key coordinates are field elements.
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice `validUntil` of a key that has been neither rotated nor revoked.
    uint40 public constant OPEN_END = type(uint40).max;

    /// @notice A registered meter.
    /// @dev consumer, nextPeriodStart and exists share one storage slot: settlement reads it once.
    struct Meter {
        address consumer;
        uint40 nextPeriodStart;
        bool exists;
        address retailer;
        uint256 keyHash;
    }

    /// @notice The window in which a key may sign periods of its meter: a period
    ///         [start, end) is accepted iff validFrom <= start and end <= validUntil.
    struct KeyRecord {
        uint64 meterId;
        uint40 validFrom;
        uint40 validUntil;
        bool exists;
    }

    /// @notice What a settlement contract needs about a meter and a key, in one call. The meter's
    ///         retailer is not in it: settlement pays the retailer of the meter's accepted tariff, which
    ///         TariffRegistry.offerTariff guarantees is the meter's retailer (it never changes).
    struct SettlementContext {
        bool meterExists;
        address consumer;
        uint40 nextPeriodStart;
        bool keyExists;
        uint64 keyMeterId;
        uint40 keyValidFrom;
        uint40 keyValidUntil;
    }

    mapping(uint64 meterId => Meter) private _meters;
    mapping(uint256 keyHash => KeyRecord) private _keys;

    /// @notice A meter was registered with its first key.
    event MeterRegistered(
        uint64 indexed meterId,
        address indexed consumer,
        address indexed retailer,
        uint256 keyHash,
        uint256 pubKeyX,
        uint256 pubKeyY,
        uint40 firstPeriodStart
    );
    /// @notice A meter's key was replaced; the old key stops at `effectiveAt`, the new one starts there.
    event KeyRotated(
        uint64 indexed meterId,
        uint256 indexed oldKeyHash,
        uint256 indexed newKeyHash,
        uint256 pubKeyX,
        uint256 pubKeyY,
        uint40 effectiveAt
    );
    /// @notice A meter's current key may not sign periods ending after `revokedAt`.
    event KeyRevoked(uint64 indexed meterId, uint256 indexed keyHash, uint40 revokedAt);

    /// @notice The meter id is already registered.
    error MeterAlreadyRegistered(uint64 meterId);
    /// @notice No meter with this id.
    error UnknownMeter(uint64 meterId);
    /// @notice The key hash is already bound to a meter (key hashes are unique across meters).
    error KeyHashInUse(uint256 keyHash, uint64 meterId);
    /// @notice A key hash or public-key coordinate is zero or not below the scalar field size.
    error InvalidKey(uint256 keyHash, uint256 pubKeyX, uint256 pubKeyY);
    /// @notice A consumer or retailer address is zero.
    error ZeroAddress();
    /// @notice The requested time would start or end a key window before its own start.
    error InvalidKeyTime(uint64 meterId, uint40 validFrom, uint40 requested);

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
    /// @param firstPeriodStart unix time where the first billing period must start; the key is valid from here
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
            retailer: retailer,
            keyHash: keyHash
        });
        _keys[keyHash] = KeyRecord({meterId: meterId, validFrom: firstPeriodStart, validUntil: OPEN_END, exists: true});
        emit MeterRegistered(meterId, consumer, retailer, keyHash, pubKeyX, pubKeyY, firstPeriodStart);
    }

    /// @notice Replaces a meter's key: periods ending at or before `effectiveAt` may be signed by the old
    ///         key, periods starting at or after it by the new one.
    /// @dev Only ever shortens the old key's window, so a rotation can never make an old signature valid
    ///      for more periods than before.
    /// @param meterId the meter
    /// @param newKeyHash Poseidon2(pubKeyX, pubKeyY) of the new key
    /// @param pubKeyX new public key x
    /// @param pubKeyY new public key y
    /// @param effectiveAt the instant the new key takes over
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

        m.keyHash = newKeyHash;
        _keys[newKeyHash] = KeyRecord({meterId: meterId, validFrom: effectiveAt, validUntil: OPEN_END, exists: true});
        emit KeyRotated(meterId, oldKeyHash, newKeyHash, pubKeyX, pubKeyY, effectiveAt);
    }

    /// @notice Revokes a meter's current key: it can no longer settle periods that end after `revokedAt`.
    ///         The meter settles again once a new key is installed with rotateKey.
    /// @param meterId the meter
    /// @param revokedAt the instant from which the key is no longer trusted
    function revokeKey(uint64 meterId, uint40 revokedAt) external onlyRole(METERING_AUTHORITY_ROLE) whenNotPaused {
        Meter storage m = _existingMeter(meterId);
        uint256 keyHash = m.keyHash;
        KeyRecord storage k = _keys[keyHash];
        if (revokedAt < k.validFrom) revert InvalidKeyTime(meterId, k.validFrom, revokedAt);
        if (revokedAt < k.validUntil) k.validUntil = revokedAt;
        emit KeyRevoked(meterId, keyHash, k.validUntil);
    }

    // ------------------------------------------------------------------ settlement

    /// @notice Called by a settlement contract for the (meter, key, period) a proof names: returns what
    ///         the settlement contract checks and, when the period starts exactly at the meter's cursor,
    ///         moves the cursor to the period's end.
    /// @dev One call instead of a read and a later write (settle's gas budget). The caller reverts the
    ///      whole transaction, and so this move, unless every check passes; whatever the caller does,
    ///      the cursor only ever moves forward from where it is, so no period is billed twice.
    /// @param meterId the meter named by the proof
    /// @param keyHash the key hash named by the proof
    /// @param periodStart start of the period
    /// @param periodEnd end of the period
    /// @return ctx the meter's consumer and its cursor before this call, and the key's owner and window
    function claimPeriod(uint64 meterId, uint256 keyHash, uint40 periodStart, uint40 periodEnd)
        external
        onlyRole(SETTLEMENT_ROLE)
        returns (SettlementContext memory ctx)
    {
        Meter storage m = _meters[meterId];
        ctx = _context(m, keyHash);
        if (ctx.meterExists && ctx.nextPeriodStart == periodStart && periodEnd > periodStart) {
            m.nextPeriodStart = periodEnd;
        }
    }

    // ------------------------------------------------------------------ pause

    /// @notice Stops every registry change (registration, rotation, revocation). Settlement keeps reading.
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
    /// @return ctx the meter's consumer and cursor, and the key's owner and window
    function settlementContext(uint64 meterId, uint256 keyHash) external view returns (SettlementContext memory ctx) {
        return _context(_meters[meterId], keyHash);
    }

    // ------------------------------------------------------------------ internal

    function _context(Meter storage m, uint256 keyHash) private view returns (SettlementContext memory ctx) {
        KeyRecord memory k = _keys[keyHash];
        ctx = SettlementContext({
            meterExists: m.exists,
            consumer: m.consumer,
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
