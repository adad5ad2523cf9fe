// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title Market price feed: events, errors and views (docs/market-spec.md section 3)
interface IPriceFeed {
    /// @notice A market zone: its interval count, UTC offset, feed extent and operator.
    /// @dev The fields settlement reads (checkPrices) share the first storage slot; the operator, read
    ///      only on publication, is in the second.
    struct Zone {
        uint8 intervalsPerDay;
        int32 tzOffsetSeconds;
        uint32 firstDay;
        /// @dev last published day; firstDay - 1 while none is
        uint32 lastDay;
        address operator;
        /// @dev L[firstDay - 1]
        uint256 genesis;
    }

    /// @notice A zone was opened; `genesis` is its link before `firstDay`.
    event ZoneCreated(uint64 indexed zone, address indexed operator, uint8 intervalsPerDay, int32 tzOffsetSeconds, uint32 firstDay, uint256 genesis);
    /// @notice A zone's market operator changed.
    event ZoneOperatorChanged(uint64 indexed zone, address indexed operator);
    /// @notice A delivery day's prices (cents per MWh) were published; `link` is L[day].
    event PricesPublished(uint64 indexed zone, uint32 indexed day, uint32 version, uint256 link, int32[] prices);
    /// @notice A published day was corrected: its new prices, its version, and L[day] before and after.
    ///         Every later link was recomputed; `lastLink` is the zone's new L[lastDay].
    event PricesCorrected(uint64 indexed zone, uint32 indexed day, uint32 version, uint256 oldLink, uint256 newLink, uint256 lastLink, int32[] prices);

    /// @notice The zone id is already in use.
    error ZoneExists(uint64 zone);
    /// @notice No such zone.
    error UnknownZone(uint64 zone);
    /// @notice Intervals per day must be 24, 48 or 96; the offset within +-50400 s; the first day >= 1.
    error BadZone(uint8 intervalsPerDay, int32 tzOffsetSeconds, uint32 firstDay);
    /// @notice The caller is not the zone's market operator.
    error NotZoneOperator(uint64 zone, address caller);
    /// @notice Days are published in order: the next is `expected`.
    error DayOutOfOrder(uint64 zone, uint32 day, uint32 expected);
    /// @notice A day carries one price per interval of the zone.
    error WrongPriceCount(uint64 zone, uint256 given, uint256 expected);
    /// @notice Prices of `day` are not (yet) published.
    error PricesNotPublished(uint64 zone, uint32 day);
    /// @notice Only days within `maxLag` of the last published day may be corrected.
    error CorrectionTooLate(uint64 zone, uint32 day, uint32 lastDay, uint32 maxLag);
    /// @notice A period must start at the zone's local midnight.
    error NotZoneMidnight(uint64 zone, uint256 periodStart);
    /// @notice The proof's interval length is not the zone's (86400 / intervalsPerDay).
    error WrongGranularity(uint64 zone, uint256 intervalSeconds);
    /// @notice The proof's link at a day boundary is not the feed's current one (another or an old publication).
    error StalePrices(uint64 zone, uint32 day, uint256 expected, uint256 given);

    /// @notice A public-price verifier's prefix sums start at `fromDay` (docs/market-spec.md section 11).
    event PriceVerifierRegistered(uint64 indexed zone, address indexed verifier, uint32 fromDay);
    /// @notice A correction of `day` rewrote the verifier's prefix sums of `day` .. `lastDay`.
    event PriceSumsCorrected(uint64 indexed zone, address indexed verifier, uint32 day, uint32 lastDay);

    /// @notice The verifier's interval count is not the zone's, it is registered already, or the zone has
    ///         MAX_PRICE_VERIFIERS.
    error BadPriceVerifier(uint64 zone, address verifier);
    /// @notice The verifier is not registered for the zone.
    error UnknownPriceVerifier(uint64 zone, address verifier);
    /// @notice The proof's firstDay signal is not the delivery day its period starts on.
    error WrongFirstDay(uint64 zone, uint256 expected, uint256 given);
    /// @notice The verifier failed to compute a day's price point.
    error PricePointFailed(uint64 zone, address verifier, uint32 day);

    /// @notice Public-price verifiers whose prefix sums the zone keeps, in registration order.
    function priceVerifiers(uint64 zone) external view returns (address[] memory);
    /// @notice Q[day] of `verifier`: the sum of dayPoint over its days fromDay .. day ((0, 0) before fromDay).
    function priceSumAt(uint64 zone, address verifier, uint32 day) external view returns (uint256[2] memory);
    /// @notice The price point of a public-price proof (Q[last] - Q[firstDay - 1], spec section 11) for
    ///         `dayCount` days of `intervalSeconds` intervals from `periodStart`, whose firstDay signal is
    ///         `firstDay`. Reverts UnknownZone, UnknownPriceVerifier, WrongGranularity, NotZoneMidnight,
    ///         WrongFirstDay or PricesNotPublished (a day after the last published one, or before the
    ///         verifier's registration), in this order.
    function pricePoint(
        uint64 zone,
        address verifier,
        uint256 periodStart,
        uint256 intervalSeconds,
        uint256 dayCount,
        uint256 firstDay
    ) external view returns (uint256[2] memory point);

    /// @notice The zone's record.
    function getZone(uint64 zone) external view returns (Zone memory);
    /// @notice L[day] (day = firstDay - 1 gives the genesis); reverts PricesNotPublished beyond the last day.
    function linkAt(uint64 zone, uint32 day) external view returns (uint256);
    /// @notice Publication version of a day (1 = first publication, +1 per correction; 0 = unpublished).
    function versionOf(uint64 zone, uint32 day) external view returns (uint32);
    /// @notice Checks a proof's feed binding for `dayCount` days of `intervalSeconds` intervals from
    ///         `periodStart` and returns the first delivery day: one storage read of the zone and one of
    ///         each link. Reverts UnknownZone, WrongGranularity, NotZoneMidnight, PricesNotPublished or
    ///         StalePrices, in this order.
    function checkPrices(
        uint64 zone,
        uint256 periodStart,
        uint256 intervalSeconds,
        uint256 dayCount,
        uint256 chainBefore,
        uint256 chainAfter
    ) external view returns (uint32 firstDay);
}

/// @notice circomlib's Poseidon with 8 inputs, deployed from circomlibjs/poseidon_gencontract (createCode(6)).
interface IPoseidon6 {
    function poseidon(uint256[6] memory inputs) external pure returns (uint256);
}
