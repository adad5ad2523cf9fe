// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {ITariffRegistry} from "./ITariffRegistry.sol";

/// @title Meter registry: the external surface
/// @notice Structs, events, errors and functions of MeterRegistry (the metering authority's record of
///         meters, their keys and their billing cursors). The SDK decodes reverts and events from this ABI.
interface IMeterRegistry {
    /// @notice A registered meter.
    /// @dev consumer, nextPeriodStart, exists and billedUntil share one storage slot: settlement reads
    ///      and writes it once.
    /// @param consumer the account that pays this meter's bills and accepts its tariff
    /// @param nextPeriodStart the billing cursor: where the meter's next settled period must start
    /// @param exists true once registered
    /// @param billedUntil end of the last period settled by proof (0 before the first); repairs never
    ///        move the cursor below it, so no period is billed twice
    /// @param retailer the retailer that supplies this meter (never changes; also kept, as an index, in each key's
    ///        record, which is what a settlement reads)
    /// @param keyHash hash of the meter's current key
    struct Meter {
        address consumer;
        uint40 nextPeriodStart;
        bool exists;
        uint40 billedUntil;
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

    /// @notice What a settlement contract needs about a meter and a key, in one call.
    struct SettlementContext {
        bool meterExists;
        address consumer;
        address retailer;
        uint40 nextPeriodStart;
        bool keyExists;
        uint64 keyMeterId;
        uint40 keyValidFrom;
        uint40 keyValidUntil;
    }

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
    /// @notice A meter's key was replaced: the old key stops at `effectiveAt`; the new one is valid from
    ///         `validFrom` = min(effectiveAt, the meter's billing cursor), so no instant is left uncovered.
    event KeyRotated(
        uint64 indexed meterId,
        uint256 indexed oldKeyHash,
        uint256 indexed newKeyHash,
        uint256 pubKeyX,
        uint256 pubKeyY,
        uint40 effectiveAt,
        uint40 validFrom
    );
    /// @notice A meter's current key may not sign periods ending after `revokedAt`.
    event KeyRevoked(uint64 indexed meterId, uint256 indexed keyHash, uint40 revokedAt);
    /// @notice The tariff registry whose acceptances the meters' own records keep (setPrimaryTariffRegistry, once).
    event PrimaryTariffRegistry(address indexed tariffRegistry);
    /// @notice A settlement contract moved a meter's billing cursor over [periodStart, periodEnd) through
    ///         claimPeriod. Every such move must come with a `Settled` event of `settlement` in the same transaction
    ///         (the audit reports any that does not). claimSettlement emits none: its caller's Settled logs the move,
    ///         and the audit finds a silent move as a jump in the meter's chain of logged moves.
    event PeriodClaimed(uint64 indexed meterId, address indexed settlement, uint40 periodStart, uint40 periodEnd);
    /// @notice A settlement contract paused (`paused` true) or resumed its own claims (setClaimsPaused).
    event ClaimsPaused(address indexed settlement, bool paused);
    /// @notice The metering authority moved a meter's billing cursor without a proof (repair path).
    /// @param keyValidFrom the current key's validFrom after the repair (lowered to `to` if it was later)
    event CursorRepaired(
        uint64 indexed meterId, address indexed authority, uint40 from, uint40 to, uint40 keyValidFrom, string reason
    );

    /// @notice The meter id is already registered.
    error MeterAlreadyRegistered(uint64 meterId);
    /// @notice The primary tariff registry is set already (to `primary`); it is set once.
    error PrimaryTariffRegistrySet(address primary);
    /// @notice No meter with this id.
    error UnknownMeter(uint64 meterId);
    /// @notice The key hash is already bound to a meter (key hashes are unique across meters).
    error KeyHashInUse(uint256 keyHash, uint64 meterId);
    /// @notice A key hash or public-key coordinate is zero or not below the scalar field size.
    error InvalidKey(uint256 keyHash, uint256 pubKeyX, uint256 pubKeyY);
    /// @notice A consumer or retailer address is zero.
    error ZeroAddress();
    /// @notice 65,535 retailers have meters here already (a key's record holds its meter's retailer as a 16-bit index).
    error TooManyRetailers();
    /// @notice The requested time would start or end a key window before its own start.
    error InvalidKeyTime(uint64 meterId, uint40 validFrom, uint40 requested);
    /// @notice A repair would move the cursor below the end of the last period settled by proof.
    error CursorBelowBilled(uint64 meterId, uint40 billedUntil, uint40 requested);

    /// @notice Registers a meter with its first key, valid from `firstPeriodStart`.
    function registerMeter(
        uint64 meterId,
        uint256 keyHash,
        uint256 pubKeyX,
        uint256 pubKeyY,
        address consumer,
        address retailer,
        uint40 firstPeriodStart
    ) external;

    /// @notice Replaces a meter's key from `effectiveAt` on.
    function rotateKey(uint64 meterId, uint256 newKeyHash, uint256 pubKeyX, uint256 pubKeyY, uint40 effectiveAt)
        external;

    /// @notice Closes the meter's current key at `revokedAt` (an emergency action: works while paused).
    function revokeKey(uint64 meterId, uint40 revokedAt) external;

    /// @notice Moves a meter's billing cursor to `newStart` (the metering authority's repair path).
    function repairCursor(uint64 meterId, uint40 newStart, string calldata reason) external;

    /// @notice Settlement contracts only: returns the meter and key context and moves the cursor.
    function claimPeriod(uint64 meterId, uint256 keyHash, uint40 periodStart, uint40 periodEnd)
        external
        returns (SettlementContext memory ctx);

    /// @notice claimPeriod and, in the same call, the proof's tariff as `tariffRegistry` mirrored it here. Emits no
    ///         PeriodClaimed: the caller (Settlement) logs the move in its Settled event. `tariffRecord` is the
    ///         Tariff as TariffRegistry stores it, one word (0: unknown, status None): validFrom | validUntil << 40
    ///         | tzOffsetSeconds << 80 | status << 104 | maxNonActualPerMille << 112 | altTzOffsetSeconds << 128
    ///         (int24s as their 24 bits), and above bit 159 the mirror's serial of the tariff. The meter and the key
    ///         are answered as their stored words too, the context's fields in their bits: `meterRecord` (the meter's
    ///         word before the move) = consumer | nextPeriodStart << 160 (40 bits) | exists << 200 (8 bits)
    ///         | billedUntil << 208; `keyRecord` (0: unknown) = meterId (64 bits) | validFrom << 64 (40 bits)
    ///         | validUntil << 104 (40 bits) | exists << 144 (8 bits) | retailerIndex << 152 | acceptedSerial << 168.
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
        );

    /// @notice A tariff registry mirrors its record of a tariff (the packed Tariff word), under its own address.
    function mirrorTariff(address retailer, uint256 commitment, uint256 record) external;

    /// @notice A tariff registry mirrors a meter's accepted tariff, under its own address.
    function mirrorAccepted(uint64 meterId, uint256 commitment) external;

    /// @notice Names the tariff registry whose acceptances the meters' own records keep (admin, once).
    function setPrimaryTariffRegistry(address tariffRegistry) external;

    /// @notice The primary tariff registry (zero before setPrimaryTariffRegistry).
    function primaryTariffRegistry() external view returns (address);

    /// @notice A tariff registry mirrors whether a retailer holds its RETAILER_ROLE, under its own address.
    function mirrorRetailer(address retailer, bool active) external;

    /// @notice Pauses (true) or resumes the caller's own claims: while paused, claimPeriod from the caller reverts
    ///         EnforcedPause. A settlement contract mirrors its own pause here, so that its settle reads one slot
    ///         (the caller's role and pause, together) instead of two.
    function setClaimsPaused(bool paused) external;

    /// @notice Whether `settlement` holds SETTLEMENT_ROLE and whether it paused its claims (setClaimsPaused).
    function claimState(address settlement) external view returns (bool settles, bool paused);

    /// @notice The meter record (`exists` false if unknown).
    function getMeter(uint64 meterId) external view returns (Meter memory);

    /// @notice The key record (`exists` false if unknown).
    function getKey(uint256 keyHash) external view returns (KeyRecord memory);

    /// @notice The meter's consumer and retailer (zero addresses if unknown).
    function parties(uint64 meterId) external view returns (address consumer, address retailer);

    /// @notice claimPeriod's context without the move.
    function settlementContext(uint64 meterId, uint256 keyHash) external view returns (SettlementContext memory ctx);
}
