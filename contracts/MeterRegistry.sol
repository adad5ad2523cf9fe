// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IMeterRegistry} from "./interfaces/IMeterRegistry.sol";
import {ITariffRegistry} from "./interfaces/ITariffRegistry.sol";
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
    /// @dev A key's record as stored: KeyRecord's fields (getKey returns them), then, in the same slot, what a claim
    ///      would otherwise read from the meter's second slot (issue 15: one cold slot less per bill): the meter's
    ///      retailer as its index in _retailerAt (set at registration and rotation from the meter's retailer, which
    ///      never changes) and, on the meter's current key only, the serial of the primary tariff registry's current
    ///      acceptance (see _primaryTariffRegistry; 0 on an older key, whose bills read _acceptedMirror).
    struct StoredKey {
        uint64 meterId;
        uint40 validFrom;
        uint40 validUntil;
        bool exists;
        uint16 retailerIndex;
        uint88 acceptedSerial;
    }

    mapping(uint256 keyHash => StoredKey) private _keys;
    /// @dev The meters' retailers, numbered from 1 in order of their first meter or of the primary tariff registry's
    ///      first mirrorRetailer for them (never renumbered), so that a key record holds its meter's retailer in 16
    ///      bits. A claim reads the retailer's entry: warm from the second bill of a retailer in a batch. The entry is
    ///      the address (bits 0..159) and RETAILER_ACTIVE_BIT: whether the primary tariff registry's last
    ///      mirrorRetailer for it said active (only the primary sets or clears it), which a claim of a tariff of the
    ///      primary registry (its accepted serial matched, see _isPrimaryAcceptance) takes instead of reading _retailerMirror:
    ///      one cold slot less for settle. Clear (a retailer mirrored before the primary was named, or revoked), the
    ///      claim reads the mirror.
    mapping(uint16 index => uint256 entry) private _retailerAt;
    mapping(address retailer => uint16 index) private _retailerIndex;
    uint16 private _retailerCount;
    /// @dev What claimPeriod checks about its caller, in one slot: bit 0 mirrors SETTLEMENT_ROLE (kept in step by
    ///      _grantRole and _revokeRole), bit 1 is the caller's own pause (setClaimsPaused). One cold read where the
    ///      role and the settlement contract's own pause flag were two, on every settle.
    mapping(address settlement => uint256 state) private _claimers;
    uint256 private constant CLAIMER_ROLE_BIT = 1;
    uint256 private constant CLAIMER_PAUSED_BIT = 2;
    /// @dev What settle reads of a tariff registry, mirrored here by that registry (keyed by the writer's address,
    ///      so only the registry itself can write its mirror), so that settle makes one registry call, not two:
    ///      the Tariff word, each meter's accepted commitment, each retailer's RETAILER_ROLE. TariffRegistry writes
    ///      them in the same transaction as its own records (it stays the record; getTariff etc. read it).
    mapping(address registry => mapping(address retailer => mapping(uint256 commitment => uint256 record))) private
        _tariffMirror;
    mapping(address registry => mapping(uint64 meterId => uint256 commitment)) private _acceptedMirror;
    mapping(address registry => mapping(address retailer => bool active)) private _retailerMirror;
    /// @dev The accepted tariff in the meter's current key's record (issue 15: one cold slot less per bill).
    ///      mirrorTariff gives each (registry, retailer, commitment) a serial, unique over all registries and never 0,
    ///      kept in the record's bits 160.. (the Tariff word uses bits 0..151) and kept when the record is rewritten.
    ///      The primary tariff registry's mirrorAccepted also writes the accepted tariff's serial into the record of
    ///      the meter's current key (StoredKey.acceptedSerial, in the slot every claim reads for the key's window),
    ///      and rotateKey moves it from the old key's record to the new one's (the old one's becomes 0).
    ///      claimSettlement then takes the proof's commitment as accepted when the tariff record it read has the
    ///      key's serial (_isPrimaryAcceptance), and reads _acceptedMirror only otherwise. Sound because a serial
    ///      names one (registry, retailer, commitment), only the primary writes key serials, it writes one on every
    ///      acceptance into the current key's record, and only the current key's record holds one: a key's non-zero
    ///      serial is always the primary's current acceptance for the key's meter (the primary is set once: a later
    ///      one could leave an older one's serial stale). Serials above 2^88 - 1 (never reached: each is a
    ///      registration) are not kept in key records (0: the mirror is read).
    uint256 private _lastSerial;
    address private _primaryTariffRegistry;
    uint256 private constant SERIAL_SHIFT = 160;
    uint256 private constant RETAILER_ACTIVE_BIT = 1 << 160;
    /// @dev StoredKey.acceptedSerial's place in the key's word.
    uint256 private constant KEY_SERIAL_SHIFT = 168;

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
        _keys[keyHash] = StoredKey({
            meterId: meterId,
            validFrom: firstPeriodStart,
            validUntil: OPEN_END,
            exists: true,
            retailerIndex: _indexOf(retailer),
            acceptedSerial: 0
        });
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
        StoredKey storage old = _keys[oldKeyHash];
        if (effectiveAt < old.validFrom) revert InvalidKeyTime(meterId, old.validFrom, effectiveAt);
        if (effectiveAt < old.validUntil) old.validUntil = effectiveAt;
        // The acceptance's serial moves to the new current key: an older key's bills read the mirror.
        uint88 serial = old.acceptedSerial;
        old.acceptedSerial = 0;

        uint40 cursor = m.nextPeriodStart;
        uint40 validFrom = effectiveAt < cursor ? effectiveAt : cursor;
        m.keyHash = newKeyHash;
        _keys[newKeyHash] = StoredKey({
            meterId: meterId,
            validFrom: validFrom,
            validUntil: OPEN_END,
            exists: true,
            retailerIndex: old.retailerIndex,
            acceptedSerial: serial
        });
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
        StoredKey storage k = _keys[keyHash];
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
        StoredKey storage k = _keys[m.keyHash];
        if (newStart < k.validFrom) k.validFrom = newStart;
        emit CursorRepaired(meterId, msg.sender, from, newStart, k.validFrom, reason);
    }

    // ------------------------------------------------------------------ settlement

    /// @notice Called by a settlement contract for the (meter, key, period) a proof names: returns what
    ///         the settlement contract checks and, when the period starts exactly at the meter's cursor,
    ///         moves the cursor to the period's end and emits PeriodClaimed.
    /// @dev One call instead of a read and a later write (settle's gas budget). The caller reverts the
    ///      whole transaction, and so this move, unless every check passes; whatever the caller does,
    ///      the cursor only ever moves forward from where it is, so no period is billed twice. Every move here
    ///      is evented, so the audit finds any move that came without a Settled event (claimSettlement's moves are
    ///      not: the audit finds a silent one as a jump between the meter's logged moves).
    /// @param meterId the meter named by the proof
    /// @param keyHash the key hash named by the proof
    /// @param periodStart start of the period
    /// @param periodEnd end of the period
    /// @return the meter's parties and its cursor before this call, and the key's owner and window
    function claimPeriod(uint64 meterId, uint256 keyHash, uint40 periodStart, uint40 periodEnd)
        external
        returns (SettlementContext memory)
    {
        (uint256 w, uint256 kw, uint256 retailerEntry) = _claim(meterId, keyHash, periodStart, periodEnd, true);
        // The context's eight words from the two records (layout at _claim) and the retailer's entry
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, and(shr(200, w), 0xff))
            mstore(add(p, 32), and(w, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(p, 64), and(retailerEntry, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(p, 96), and(shr(160, w), 0xffffffffff))
            mstore(add(p, 128), and(shr(144, kw), 0xff))
            mstore(add(p, 160), and(kw, 0xffffffffffffffff))
            mstore(add(p, 192), and(shr(64, kw), 0xffffffffff))
            mstore(add(p, 224), and(shr(104, kw), 0xffffffffff))
            return(p, 256)
        }
    }

    /// @notice claimPeriod, and in the same call what the settlement contract checks about the proof's tariff, as
    ///         `tariffRegistry` mirrored it here (mirrorTariff, mirrorAccepted, mirrorRetailer): one call and one
    ///         account for settle instead of two. Unlike claimPeriod it emits no PeriodClaimed (2.0k per bill): the
    ///         caller's Settled event logs the same meter and period, and a caller that logs nothing leaves a jump in
    ///         the meter's chain of logged moves, which the audit reports (sdk/src/audit, auditCursorChain).
    /// @param tariffRegistry the tariff registry whose mirrors to read (the caller's)
    /// @param commitment the tariff commitment named by the proof
    /// @return meterRecord the meter's first stored word as it was before this call (see IMeterRegistry: consumer,
    ///         cursor, exists; claimPeriod's meterExists, consumer and nextPeriodStart)
    /// @return keyRecord the key's stored word (see IMeterRegistry: meterId, validFrom, validUntil, exists; 0 if
    ///         unknown)
    /// @return retailer the meter's retailer (claimPeriod's ctx.retailer)
    /// @return tariffRecord the mirrored word of `commitment` under the meter's retailer (the Tariff word as
    ///         TariffRegistry stores it, see IMeterRegistry; 0, status None, if unknown)
    /// @return accepted the commitment the meter's consumer accepted (the proof's own when the record of the meter's current
    ///         key carries its serial: _primaryTariffRegistry; else the mirror's)
    /// @return retailerActive whether the meter's retailer holds RETAILER_ROLE there (the retailer table's bit for the
    ///         primary's tariffs, else the mirror)
    function claimSettlement(
        uint64 meterId,
        uint256 keyHash,
        uint40 periodStart,
        uint40 periodEnd,
        address tariffRegistry,
        uint256 commitment
    )
        external
        returns (
            uint256 meterRecord,
            uint256 keyRecord,
            address retailer,
            uint256 tariffRecord,
            uint256 accepted,
            bool retailerActive
        )
    {
        // No PeriodClaimed: the caller's Settled event logs the same move (meter, period) and the audit checks
        // each meter's settled periods abut (a silent move by another caller shows as a gap between them).
        uint256 entry;
        (meterRecord, keyRecord, entry) = _claim(meterId, keyHash, periodStart, periodEnd, false);
        retailer = address(uint160(entry));
        (tariffRecord, accepted, retailerActive) = _tariffOf(meterId, tariffRegistry, commitment, keyRecord, entry);
        // The records answered as stored (the meter's, the key's, the mirrored tariff's): 6 words, not a context
        // struct's eight and the tariff's (issue 15: the batch's per-bill code; the caller takes the fields it checks).
    }

    /// claimSettlement's tariff part: the mirrored record of `commitment` under the meter's retailer (`entry`, its
    /// table entry), the accepted commitment and whether the retailer is active, as `tariffRegistry` mirrored them.
    function _tariffOf(uint64 meterId, address tariffRegistry, uint256 commitment, uint256 kw, uint256 entry)
        private
        view
        returns (uint256 record, uint256 accepted, bool active)
    {
        address retailer = address(uint160(entry));
        record = _tariffMirror[tariffRegistry][retailer][commitment];
        bool primary = _isPrimaryAcceptance(meterId, record, kw);
        accepted = primary ? commitment : _acceptedMirror[tariffRegistry][meterId];
        // The table's bit is the primary's word (only it writes the bit), and `primary` says the caller named the
        // primary: the record carries a serial of the primary's.
        active = (primary && entry & RETAILER_ACTIVE_BIT != 0) || _retailerMirror[tariffRegistry][retailer];
    }

    /// Whether the mirrored tariff `record` (of the registry the caller named, under the meter's retailer) is the
    /// primary tariff registry's current acceptance for the meter: its serial is the one in the record `kw` of the
    /// meter's current key (see _primaryTariffRegistry). Then the proof's commitment is the accepted one, and, the
    /// serial being the primary's, the registry named is the primary. Otherwise the caller reads the mirrors (one more
    /// cold slot each).
    function _isPrimaryAcceptance(uint64 meterId, uint256 record, uint256 kw) private pure returns (bool) {
        uint256 keySerial = kw >> KEY_SERIAL_SHIFT;
        // the key's own meter only (a key of another meter carries that meter's acceptance); exists is implied by a
        // non-zero serial (only a registered key's record is ever written)
        return keySerial != 0 && keySerial == record >> SERIAL_SHIFT && uint64(kw) == meterId;
    }

    /// @notice Mirrors the caller's (a tariff registry's) record of a tariff: the Tariff word as it stores it.
    ///         Anyone may write, under its own address only; claimSettlement reads the mirrors of the registry its
    ///         caller names (Settlement: its own immutable tariff registry), so a stranger's writes are never read.
    /// @param retailer the retailer the tariff is registered under
    /// @param commitment the tariff
    /// @param record the packed Tariff (ITariffRegistry.Tariff's storage word)
    function mirrorTariff(address retailer, uint256 commitment, uint256 record) external {
        uint256 was = _tariffMirror[msg.sender][retailer][commitment];
        uint256 serial = was >> SERIAL_SHIFT;
        if (serial == 0) serial = ++_lastSerial;
        // the Tariff word's bits below 160 (it uses 0..151), the serial above: kept across rewrites
        _tariffMirror[msg.sender][retailer][commitment] = (record & ((1 << SERIAL_SHIFT) - 1)) | (serial << SERIAL_SHIFT);
    }

    /// @notice Mirrors the caller's (a tariff registry's) accepted tariff of a meter (see mirrorTariff). The primary
    ///         tariff registry's also puts the tariff's serial in the meter's record (see _primaryTariffRegistry).
    function mirrorAccepted(uint64 meterId, uint256 commitment) external {
        _acceptedMirror[msg.sender][meterId] = commitment;
        if (msg.sender != _primaryTariffRegistry) return;
        Meter storage m = _meters[meterId];
        if (!m.exists) return;
        // 0 when the tariff was never mirrored under the meter's retailer: claims then read _acceptedMirror
        uint256 serial = _tariffMirror[msg.sender][m.retailer][commitment] >> SERIAL_SHIFT;
        // into the current key's record, which every claim of the key reads (an older key's stays 0)
        _keys[m.keyHash].acceptedSerial = serial <= type(uint88).max ? uint88(serial) : 0;
    }

    /// @notice Names the tariff registry whose acceptances are kept in the meters' own records (one slot less per
    ///         claimSettlement); the others' are read from their mirrors. Once only: another primary could leave a
    ///         meter with the first one's stale acceptance.
    /// @dev Requirements: DEFAULT_ADMIN_ROLE; not set before (PrimaryTariffRegistrySet); a non-zero address.
    function setPrimaryTariffRegistry(address tariffRegistry) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (tariffRegistry == address(0)) revert ZeroAddress();
        if (_primaryTariffRegistry != address(0)) revert PrimaryTariffRegistrySet(_primaryTariffRegistry);
        _primaryTariffRegistry = tariffRegistry;
        emit PrimaryTariffRegistry(tariffRegistry);
    }

    /// @notice The tariff registry named by setPrimaryTariffRegistry (zero before).
    function primaryTariffRegistry() external view returns (address) {
        return _primaryTariffRegistry;
    }

    /// @notice Mirrors whether a retailer holds the caller's (a tariff registry's) RETAILER_ROLE (see mirrorTariff).
    function mirrorRetailer(address retailer, bool active) external {
        _retailerMirror[msg.sender][retailer] = active;
        if (msg.sender != _primaryTariffRegistry) return;
        // The primary's word also in the retailer's table entry (see _retailerAt), numbering a new retailer; with the
        // table full, a new retailer's claims read the mirror.
        uint16 index = _retailerIndex[retailer];
        if (index == 0) {
            if (!active || _retailerCount == type(uint16).max) return;
            index = _indexOf(retailer);
        }
        uint256 entry = _retailerAt[index];
        _retailerAt[index] = active ? entry | RETAILER_ACTIVE_BIT : entry & ~RETAILER_ACTIVE_BIT;
    }

    /// claimPeriod's work: the caller's role and pause (one slot), the meter and key read, the cursor moved when the
    /// period starts at it, PeriodClaimed. Returns the meter's first word as read (before the move), the key's word
    /// and the retailer's table entry: claimPeriod builds the context from them, claimSettlement answers them.
    function _claim(uint64 meterId, uint256 keyHash, uint40 periodStart, uint40 periodEnd, bool evented)
        private
        returns (uint256 w, uint256 kw, uint256 retailerEntry)
    {
        // onlyRole(SETTLEMENT_ROLE) and the caller's own pause, from one slot
        uint256 state = _claimers[msg.sender];
        if (state & CLAIMER_ROLE_BIT == 0) revert AccessControlUnauthorizedAccount(msg.sender, SETTLEMENT_ROLE);
        if (state & CLAIMER_PAUSED_BIT != 0) revert EnforcedPause();
        Meter storage m = _meters[meterId];
        StoredKey storage k = _keys[keyHash];
        bytes32 claimedTopic = PeriodClaimed.selector;
        // The records read and written word by word (settle's gas budget; _context is the same in Solidity):
        // Meter slot 0 = consumer | nextPeriodStart << 160 | exists << 200 | billedUntil << 208, slot 1 = retailer;
        // StoredKey = meterId | validFrom << 64 | validUntil << 104 | exists << 144 | retailerIndex << 152
        // | acceptedSerial << 168. `w` is returned as read, before the move (the context's cursor is the old one).
        assembly ("memory-safe") {
            w := sload(m.slot)
            kw := sload(k.slot)
            let exists := and(shr(200, w), 0xff)
            let cursor := and(shr(160, w), 0xffffffffff)
            if and(exists, and(eq(cursor, periodStart), gt(periodEnd, periodStart))) {
                // nextPeriodStart = billedUntil = periodEnd; consumer and exists kept
                sstore(
                    m.slot,
                    or(
                        and(w, or(0xffffffffffffffffffffffffffffffffffffffff, shl(200, 0xff))),
                        or(shl(160, periodEnd), shl(208, periodEnd))
                    )
                )
                if evented {
                    let p := mload(0x40)
                    mstore(p, periodStart)
                    mstore(add(p, 32), periodEnd)
                    log3(p, 64, claimedTopic, meterId, caller())
                }
            }
        }
        retailerEntry = _retailerOf(meterId, m, kw);
    }

    /// The meter's retailer (with RETAILER_ACTIVE_BIT): from the index in the key's record `kw` when the key is the
    /// meter's (every bill that settles: the meter's second slot is not read), else from the meter's record, without
    /// the bit (the caller refuses the key).
    function _retailerOf(uint64 meterId, Meter storage m, uint256 kw) private view returns (uint256) {
        // exists << 144 and meterId in the low 64 bits (StoredKey)
        if ((kw >> 144) & 0xff != 0 && uint64(kw) == meterId) return _retailerAt[uint16(kw >> 152)];
        return uint160(m.retailer);
    }

    /// @notice Pauses (true) or resumes (false) the caller's own claims; anyone may call it, and it only ever
    ///         stops or resumes claimPeriod from the caller itself. Settlement calls it from pause and unpause.
    /// @param paused whether the caller's claims stop
    function setClaimsPaused(bool paused) external {
        uint256 state = _claimers[msg.sender];
        _claimers[msg.sender] = paused ? state | CLAIMER_PAUSED_BIT : state & ~CLAIMER_PAUSED_BIT;
        emit ClaimsPaused(msg.sender, paused);
    }

    /// @notice Whether `settlement` may claim periods (holds SETTLEMENT_ROLE) and whether it paused its claims.
    /// @param settlement a settlement contract
    /// @return settles whether it holds SETTLEMENT_ROLE
    /// @return paused whether it paused its own claims (setClaimsPaused)
    function claimState(address settlement) external view returns (bool settles, bool paused) {
        uint256 state = _claimers[settlement];
        return (state & CLAIMER_ROLE_BIT != 0, state & CLAIMER_PAUSED_BIT != 0);
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
        StoredKey storage k = _keys[keyHash];
        return KeyRecord({meterId: k.meterId, validFrom: k.validFrom, validUntil: k.validUntil, exists: k.exists});
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
        StoredKey memory k = _keys[keyHash];
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

    /// Keeps claimPeriod's role bit in step with SETTLEMENT_ROLE.
    function _grantRole(bytes32 role, address account) internal override returns (bool granted) {
        granted = super._grantRole(role, account);
        if (granted && role == SETTLEMENT_ROLE) _claimers[account] |= CLAIMER_ROLE_BIT;
    }

    /// Keeps claimPeriod's role bit in step with SETTLEMENT_ROLE (renounceRole also ends here).
    function _revokeRole(bytes32 role, address account) internal override returns (bool revoked) {
        revoked = super._revokeRole(role, account);
        if (revoked && role == SETTLEMENT_ROLE) _claimers[account] &= ~CLAIMER_ROLE_BIT;
    }

    /// The retailer's index in _retailerAt, numbered on its first meter (TooManyRetailers past 65,535).
    function _indexOf(address retailer) private returns (uint16 index) {
        index = _retailerIndex[retailer];
        if (index != 0) return index;
        if (_retailerCount == type(uint16).max) revert TooManyRetailers();
        index = ++_retailerCount;
        _retailerIndex[retailer] = index;
        _retailerAt[index] = uint160(retailer);
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
        StoredKey storage existing = _keys[keyHash];
        if (existing.exists) revert KeyHashInUse(keyHash, existing.meterId);
    }
}
