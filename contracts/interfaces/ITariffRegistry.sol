// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title Tariff registry: the external surface
/// @notice Structs, events, errors and functions of TariffRegistry. A tariff is registered under its
///         retailer: the key is (retailer, commitment), so nobody can squat another retailer's commitment.
interface ITariffRegistry {
    /// @notice Approval state of a registered tariff.
    enum Status {
        None,
        Pending,
        Approved,
        Rejected
    }

    /// @notice A registered tariff (its retailer is part of its key); it can settle a period
    ///         [start, end) iff Approved, validFrom <= start and end <= validUntil.
    /// @param tzOffsetSeconds the tariff document's time-zone offset, declared by the retailer and
    ///        checked by the regulator against the document before approval; a period proven under the
    ///        tariff starts at local midnight of this offset, so the registry offers the tariff only to
    ///        meters whose billing cursor is such a midnight.
    /// @param maxNonActualPerMille the largest share, in per mille of a period's intervals, of intervals
    ///        that are not actual meter reads (estimated, substituted, filled) that a period settled under
    ///        the tariff may have; 1000 (the default) accepts any. Set by the retailer while the tariff is
    ///        pending, so the regulator's approval covers it (docs/bill-spec.md section 7).
    struct Tariff {
        uint40 validFrom;
        uint40 validUntil;
        int24 tzOffsetSeconds;
        Status status;
        uint16 maxNonActualPerMille;
        /// The zone's other offset for a clock with daylight saving (bill spec §5a), else tzOffsetSeconds: a
        /// billing cursor may be a local midnight under either.
        int24 altTzOffsetSeconds;
    }

    /// @notice A retailer set how many non-actual intervals (per mille) a period under its pending tariff may have.
    event NonActualLimitSet(uint256 indexed commitment, address indexed retailer, uint16 maxNonActualPerMille);

    /// @notice A retailer registered a tariff commitment; it awaits the regulator's decision.
    event TariffRegistered(
        uint256 indexed commitment, address indexed retailer, uint40 validFrom, uint40 validUntil, int24 tzOffsetSeconds
    );
    /// @notice A tariff on a daylight-saving clock: its zone's other offset (registerZonedTariff).
    event TariffAltOffset(uint256 indexed commitment, address indexed retailer, int24 altTzOffsetSeconds);
    /// @notice The regulator approved a retailer's tariff.
    event TariffApproved(uint256 indexed commitment, address indexed retailer, address indexed regulator);
    /// @notice The regulator rejected a retailer's tariff (or withdrew its approval).
    event TariffRejected(uint256 indexed commitment, address indexed retailer, address indexed regulator, string reason);
    /// @notice A retailer offered one of its approved tariffs to a meter's consumer.
    event TariffOffered(uint64 indexed meterId, uint256 indexed commitment, address indexed retailer);
    /// @notice A meter's consumer accepted the offered tariff.
    event TariffAccepted(uint64 indexed meterId, uint256 indexed commitment, address indexed consumer);
    /// @notice A retailer made a tariff public: the document (with its salt) is at `uri`, and its bytes
    ///         hash to `documentHash` (keccak256). Anyone can fetch it, check the hash and recompute the
    ///         commitment. Usage stays private either way; only the prices become public.
    event TariffPublished(uint256 indexed commitment, address indexed retailer, string uri, bytes32 documentHash);

    /// @notice The commitment is zero or not below the scalar field size.
    error InvalidCommitment(uint256 commitment);
    /// @notice This retailer already registered the commitment.
    error TariffAlreadyRegistered(address retailer, uint256 commitment);
    /// @notice The validity window is empty.
    error InvalidWindow(uint40 validFrom, uint40 validUntil);
    /// @notice The time-zone offset is outside [-50400, 50400] seconds.
    error InvalidTimeZone(int24 tzOffsetSeconds);
    /// @notice The retailer has registered no tariff with this commitment.
    error TariffNotRegistered(address retailer, uint256 commitment);
    /// @notice The tariff is not in a status that allows this action.
    error WrongStatus(uint256 commitment, Status status);
    /// @notice The caller is not the meter's retailer.
    error NotMetersRetailer(uint64 meterId, address caller);
    /// @notice The caller is not the meter's consumer.
    error NotMetersConsumer(uint64 meterId, address caller);
    /// @notice No meter with this id.
    error UnknownMeter(uint64 meterId);
    /// @notice The commitment is not the one currently offered to the meter.
    error NotOffered(uint64 meterId, uint256 commitment);
    /// @notice An address argument is zero.
    error ZeroAddress();
    /// @notice A non-actual interval limit above 1000 per mille.
    error InvalidNonActualLimit(uint16 maxNonActualPerMille);
    /// @notice The meter's billing cursor is not a local midnight of the tariff's time zone: no period
    ///         of the meter could ever be proven under this tariff.
    error TimeZoneMismatch(uint64 meterId, uint40 nextPeriodStart, int24 tzOffsetSeconds);
    /// @notice The tariff cannot settle the meter's next period (its window does not contain the billing
    ///         cursor): accepting it would strand the periods before it. Settle up to its start first.
    error TariffNotInForceAtCursor(uint64 meterId, uint40 nextPeriodStart, uint40 validFrom, uint40 validUntil);
    /// @notice The tariff's retailer no longer holds RETAILER_ROLE.
    error RetailerNotActive(address retailer);
    /// @notice The tariff is already public (a publication is final: the document is out).
    error TariffAlreadyPublished(address retailer, uint256 commitment);
    /// @notice A publication needs a non-empty URI of at most 16384 bytes and a non-zero document hash.
    error InvalidPublication();

    /// @notice Registers a tariff commitment under the caller (a retailer).
    function registerTariff(uint256 commitment, uint40 validFrom, uint40 validUntil, int24 tzOffsetSeconds) external;

    /// @notice Registers a tariff on a daylight-saving clock: the offset in force at validFrom and the zone's other one.
    function registerZonedTariff(
        uint256 commitment,
        uint40 validFrom,
        uint40 validUntil,
        int24 tzOffsetSeconds,
        int24 altTzOffsetSeconds
    ) external;

    /// @notice Makes one of the caller's registered tariffs public (document URI and keccak256 of its bytes).
    function publishTariff(uint256 commitment, string calldata uri, bytes32 documentHash) external;

    /// @notice Offers one of the caller's approved tariffs to one of its meters.
    function offerTariff(uint64 meterId, uint256 commitment) external;

    /// @notice Sets the share of non-actual intervals a period may have under the caller's pending tariff.
    function setNonActualLimit(uint256 commitment, uint16 maxNonActualPerMille) external;

    /// @notice Accepts the tariff offered to the caller's meter.
    function acceptTariff(uint64 meterId, uint256 commitment) external;

    /// @notice Approves a retailer's pending tariff (regulator).
    function approveTariff(address retailer, uint256 commitment) external;

    /// @notice Rejects a retailer's tariff or withdraws its approval (regulator; works while paused).
    function rejectTariff(address retailer, uint256 commitment, string calldata reason) external;

    /// @notice A retailer's tariff record (status None if unknown).
    function getTariff(address retailer, uint256 commitment) external view returns (Tariff memory);

    /// @notice keccak256 of a public tariff's document (zero while private).
    function publishedTariff(address retailer, uint256 commitment) external view returns (bytes32);

    /// @notice The commitment offered to a meter (0 if none); it is the meter's retailer's.
    function offeredTariff(uint64 meterId) external view returns (uint256);

    /// @notice The commitment a meter's consumer accepted (0 if none); it is the meter's retailer's.
    function acceptedTariff(uint64 meterId) external view returns (uint256);

    /// @notice What a settlement contract checks about a proof's tariff, in one call.
    /// @return tariff the retailer's record of `commitment`
    /// @return accepted the commitment the meter's consumer has accepted
    /// @return retailerActive whether `retailer` still holds RETAILER_ROLE
    function settlementTariff(uint64 meterId, address retailer, uint256 commitment)
        external
        view
        returns (Tariff memory tariff, uint256 accepted, bool retailerActive);
}
