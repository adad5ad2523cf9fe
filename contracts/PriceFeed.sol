// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IPoseidon6, IPriceFeed} from "./interfaces/IPriceFeed.sol";
import {IPriceVerifier} from "./interfaces/IPriceVerifier.sol";
import {WattproofConstants} from "./interfaces/WattproofConstants.sol";

/// @title Market price feed
/// @notice Each market zone's operator publishes every delivery day's interval prices (signed cents per
///         MWh). On publication the contract extends the zone's Poseidon chain (docs/market-spec.md
///         section 3), so a settlement binds a proof to the exact published prices of all days of its
///         period by comparing two links, without hashing. A day is changed only by an explicit,
///         evented correction, which recomputes the links from that day on.
/// @dev Poseidon is an external contract built by circomlibjs (same permutation as circomlib's circuit).
contract PriceFeed is IPriceFeed, AccessControl {
    /// @notice `wattproof.prices.v1` (spec section 3).
    uint256 public constant TAG_PRICES = 2662278197889393509332597896065973167642801713;
    /// @notice Corrections are allowed for the last published day and this many before it: each
    ///         correction rehashes every later day, and this bounds its gas.
    uint32 public constant MAX_CORRECTION_LAG = 7;
    /// @notice Opens zones and appoints their operators.
    bytes32 public constant ZONE_ADMIN_ROLE = keccak256("ZONE_ADMIN_ROLE");

    /// @notice Public-price verifiers per zone: each costs every publication I ecMul (~150k gas at I = 24).
    uint256 public constant MAX_PRICE_VERIFIERS = 4;
    /// @notice BN254 base field size (negating a point).
    uint256 private constant FIELD_Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583;

    IPoseidon6 public immutable poseidon6;

    mapping(uint64 zone => address[] verifiers) private _priceVerifiers;
    mapping(uint64 zone => mapping(address verifier => uint32 fromDay)) private _sumsFrom;
    /// @dev Q[day] per verifier (docs/market-spec.md section 11); (0, 0), the point at infinity, before fromDay
    mapping(uint64 zone => mapping(address verifier => mapping(uint32 day => uint256[2] point))) private _sums;

    mapping(uint64 zone => Zone) private _zones;
    mapping(uint64 zone => mapping(uint32 day => uint256 link)) private _links;
    mapping(uint64 zone => mapping(uint32 day => uint256[] packed)) private _packed;
    mapping(uint64 zone => mapping(uint32 day => uint32 version)) private _versions;

    /// @param admin granted DEFAULT_ADMIN_ROLE and ZONE_ADMIN_ROLE
    /// @param poseidon6_ a circomlibjs Poseidon(6) contract
    constructor(address admin, IPoseidon6 poseidon6_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ZONE_ADMIN_ROLE, admin);
        poseidon6 = poseidon6_;
    }

    /// @notice Opens a zone. Requirements: caller holds ZONE_ADMIN_ROLE; the id is new; 24, 48 or 96
    ///         intervals; |tz| <= 50400; firstDay >= 1.
    function createZone(uint64 zone, address operator, uint8 intervalsPerDay, int32 tzOffsetSeconds, uint32 firstDay)
        external
        onlyRole(ZONE_ADMIN_ROLE)
    {
        if (_zones[zone].intervalsPerDay != 0) revert ZoneExists(zone);
        if (
            (intervalsPerDay != 24 && intervalsPerDay != 48 && intervalsPerDay != 96) || firstDay == 0
                || tzOffsetSeconds > WattproofConstants.MAX_TZ_OFFSET || tzOffsetSeconds < -WattproofConstants.MAX_TZ_OFFSET
        ) revert BadZone(intervalsPerDay, tzOffsetSeconds, firstDay);
        uint256 genesis = poseidon6.poseidon([TAG_PRICES, zone, intervalsPerDay, firstDay, 0, 0]);
        _zones[zone] = Zone(intervalsPerDay, tzOffsetSeconds, firstDay, firstDay - 1, operator, genesis);
        _links[zone][firstDay - 1] = genesis;
        emit ZoneCreated(zone, operator, intervalsPerDay, tzOffsetSeconds, firstDay, genesis);
    }

    /// @notice Appoints another market operator for a zone. Requirements: ZONE_ADMIN_ROLE.
    function setZoneOperator(uint64 zone, address operator) external onlyRole(ZONE_ADMIN_ROLE) {
        _zone(zone).operator = operator;
        emit ZoneOperatorChanged(zone, operator);
    }

    /// @notice Publishes the prices of the zone's next delivery day. Requirements: caller is the zone's
    ///         operator; `day` is the day after the last published one; one price per interval.
    function publishPrices(uint64 zone, uint32 day, int32[] calldata prices) external {
        Zone storage z = _operatedZone(zone);
        if (day != z.lastDay + 1) revert DayOutOfOrder(zone, day, z.lastDay + 1);
        uint256[] storage packed = _packed[zone][day];
        _pack(zone, z.intervalsPerDay, prices, packed);
        uint256 link = _link(_links[zone][day - 1], day, packed);
        _links[zone][day] = link;
        _versions[zone][day] = 1;
        z.lastDay = day;
        address[] storage vs = _priceVerifiers[zone];
        if (vs.length > 0) {
            int256[] memory p = new int256[](prices.length);
            for (uint256 s = 0; s < prices.length; s++) p[s] = prices[s];
            for (uint256 k = 0; k < vs.length; k++) {
                uint256[2] memory point = _dayPoint(zone, vs[k], day, p);
                _sums[zone][vs[k]][day] = _add(_sums[zone][vs[k]][day - 1], point);
            }
        }
        emit PricesPublished(zone, day, 1, link, prices);
    }

    /// @notice Starts prefix sums of `verifier`'s price points from the day after the last published one
    ///         (docs/market-spec.md section 11). Requirements: ZONE_ADMIN_ROLE; the verifier's interval
    ///         count is the zone's; not registered yet; fewer than MAX_PRICE_VERIFIERS for the zone.
    function registerPriceVerifier(uint64 zone, address verifier) external onlyRole(ZONE_ADMIN_ROLE) {
        Zone storage z = _zone(zone);
        address[] storage vs = _priceVerifiers[zone];
        if (
            _sumsFrom[zone][verifier] != 0 || vs.length >= MAX_PRICE_VERIFIERS
                || IPriceVerifier(verifier).intervalsPerDay() != z.intervalsPerDay
        ) revert BadPriceVerifier(zone, verifier);
        vs.push(verifier);
        _sumsFrom[zone][verifier] = z.lastDay + 1;
        emit PriceVerifierRegistered(zone, verifier, z.lastDay + 1);
    }

    /// @notice Corrects a published day: new prices, version + 1, links recomputed from `day` to the
    ///         last published day. Proofs made against the old links no longer settle (StalePrices).
    ///         Requirements: caller is the zone's operator; `day` published and within MAX_CORRECTION_LAG
    ///         of the last published day.
    function correctPrices(uint64 zone, uint32 day, int32[] calldata prices) external {
        Zone storage z = _operatedZone(zone);
        if (day < z.firstDay || day > z.lastDay) revert PricesNotPublished(zone, day);
        if (day + MAX_CORRECTION_LAG < z.lastDay) revert CorrectionTooLate(zone, day, z.lastDay, MAX_CORRECTION_LAG);
        uint256[] storage packed = _packed[zone][day];
        _correctSums(zone, z, day, packed, prices);
        _pack(zone, z.intervalsPerDay, prices, packed);
        uint256 oldLink = _links[zone][day];
        uint256 link = _links[zone][day - 1];
        for (uint32 d = day; d <= z.lastDay; d++) {
            link = _link(link, d, _packed[zone][d]);
            _links[zone][d] = link;
        }
        uint32 version = ++_versions[zone][day];
        emit PricesCorrected(zone, day, version, oldLink, _links[zone][day], link, prices);
    }

    /// @inheritdoc IPriceFeed
    function getZone(uint64 zone) external view returns (Zone memory) {
        return _zones[zone];
    }

    /// @inheritdoc IPriceFeed
    function linkAt(uint64 zone, uint32 day) public view returns (uint256) {
        Zone storage z = _zone(zone);
        if (day + 1 < z.firstDay || day > z.lastDay) revert PricesNotPublished(zone, day);
        return _links[zone][day];
    }

    /// @inheritdoc IPriceFeed
    function versionOf(uint64 zone, uint32 day) external view returns (uint32) {
        return _versions[zone][day];
    }

    /// @inheritdoc IPriceFeed
    function checkPrices(
        uint64 zone,
        uint256 periodStart,
        uint256 intervalSeconds,
        uint256 dayCount,
        uint256 chainBefore,
        uint256 chainAfter
    ) external view returns (uint32 firstDay) {
        Zone storage z = _zone(zone);
        if (uint256(z.intervalsPerDay) * intervalSeconds != WattproofConstants.DAY_SECONDS) {
            revert WrongGranularity(zone, intervalSeconds);
        }
        int256 local = int256(periodStart) + z.tzOffsetSeconds;
        if (local <= 0 || uint256(local) % WattproofConstants.DAY_SECONDS != 0) revert NotZoneMidnight(zone, periodStart);
        uint256 first = uint256(local) / WattproofConstants.DAY_SECONDS;
        uint256 last = first + dayCount - 1;
        if (dayCount == 0 || first < z.firstDay || last > z.lastDay) {
            revert PricesNotPublished(zone, uint32(last > z.lastDay ? z.lastDay + 1 : first));
        }
        firstDay = uint32(first);
        uint256 before = _links[zone][firstDay - 1];
        if (before != chainBefore) revert StalePrices(zone, firstDay - 1, before, chainBefore);
        uint256 after_ = _links[zone][uint32(last)];
        if (after_ != chainAfter) revert StalePrices(zone, uint32(last), after_, chainAfter);
    }

    /// @inheritdoc IPriceFeed
    function priceVerifiers(uint64 zone) external view returns (address[] memory) {
        return _priceVerifiers[zone];
    }

    /// @inheritdoc IPriceFeed
    function priceSumAt(uint64 zone, address verifier, uint32 day) external view returns (uint256[2] memory) {
        return _sums[zone][verifier][day];
    }

    /// @inheritdoc IPriceFeed
    function pricePoint(
        uint64 zone,
        address verifier,
        uint256 periodStart,
        uint256 intervalSeconds,
        uint256 dayCount,
        uint256 firstDay
    ) external view returns (uint256[2] memory point) {
        Zone storage z = _zone(zone);
        uint32 from = _sumsFrom[zone][verifier];
        if (from == 0) revert UnknownPriceVerifier(zone, verifier);
        if (uint256(z.intervalsPerDay) * intervalSeconds != WattproofConstants.DAY_SECONDS) {
            revert WrongGranularity(zone, intervalSeconds);
        }
        int256 local = int256(periodStart) + z.tzOffsetSeconds;
        if (local <= 0 || uint256(local) % WattproofConstants.DAY_SECONDS != 0) revert NotZoneMidnight(zone, periodStart);
        uint256 first = uint256(local) / WattproofConstants.DAY_SECONDS;
        if (first != firstDay) revert WrongFirstDay(zone, first, firstDay);
        uint256 last = first + dayCount - 1;
        if (dayCount == 0 || first < from || last > z.lastDay) {
            revert PricesNotPublished(zone, uint32(last > z.lastDay ? z.lastDay + 1 : first));
        }
        mapping(uint32 => uint256[2]) storage q = _sums[zone][verifier];
        // Q[last] - Q[first - 1]; Q[from - 1] was never written: (0, 0), the point at infinity
        uint256[2] memory before = q[uint32(first - 1)];
        if (before[0] != 0 || before[1] != 0) before[1] = FIELD_Q - before[1];
        point = _add(q[uint32(last)], before);
    }

    // ------------------------------------------------------------------ internals

    /// @dev A correction of `day` adds the day point of (new - old prices) to Q[day .. lastDay] of every
    ///      verifier whose sums include the day: at most MAX_CORRECTION_LAG + 1 additions each.
    function _correctSums(uint64 zone, Zone storage z, uint32 day, uint256[] storage packed, int32[] calldata prices)
        private
    {
        address[] storage vs = _priceVerifiers[zone];
        if (vs.length == 0) return;
        if (prices.length != z.intervalsPerDay) revert WrongPriceCount(zone, prices.length, z.intervalsPerDay);
        int256[] memory delta = new int256[](prices.length);
        for (uint256 s = 0; s < prices.length; s++) {
            int256 old = int256((packed[s / 6] >> (32 * (s % 6))) & 0xffffffff) - 2 ** 31;
            delta[s] = int256(prices[s]) - old;
        }
        for (uint256 k = 0; k < vs.length; k++) {
            address v = vs[k];
            uint32 from = _sumsFrom[zone][v];
            if (from == 0 || day < from) continue; // a day before the verifier's sums is in none of them
            uint256[2] memory point = _dayPoint(zone, v, day, delta);
            mapping(uint32 => uint256[2]) storage q = _sums[zone][v];
            for (uint32 d = day; d <= z.lastDay; d++) {
                q[d] = _add(q[d], point);
            }
            emit PriceSumsCorrected(zone, v, day, z.lastDay);
        }
    }

    function _dayPoint(uint64 zone, address verifier, uint32 day, int256[] memory prices)
        private
        view
        returns (uint256[2] memory point)
    {
        IPriceVerifier v = IPriceVerifier(verifier);
        try v.dayPoint(day % v.maxDays(), prices) returns (uint256 x, uint256 y) {
            (point[0], point[1]) = (x, y);
        } catch {
            revert PricePointFailed(zone, verifier, day);
        }
    }

    /// @dev a + b on BN254 G1 (the ecAdd precompile; (0, 0) is the point at infinity).
    function _add(uint256[2] memory a, uint256[2] memory b) private view returns (uint256[2] memory r) {
        uint256[4] memory io = [a[0], a[1], b[0], b[1]];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 6, io, 128, r, 64)
        }
        require(ok, "ecAdd");
    }

    function _zone(uint64 zone) private view returns (Zone storage z) {
        z = _zones[zone];
        if (z.intervalsPerDay == 0) revert UnknownZone(zone);
    }

    function _operatedZone(uint64 zone) private view returns (Zone storage z) {
        z = _zone(zone);
        if (msg.sender != z.operator) revert NotZoneOperator(zone, msg.sender);
    }

    /// @dev f[j] = sum_k (p[6j+k] + 2^31) 2^(32k); int32 already bounds every price to the spec's range.
    function _pack(uint64 zone, uint8 intervals, int32[] calldata prices, uint256[] storage packed) private {
        if (prices.length != intervals) revert WrongPriceCount(zone, prices.length, intervals);
        uint256 n = intervals / 6;
        if (packed.length == 0) {
            for (uint256 j = 0; j < n; j++) packed.push();
        }
        for (uint256 j = 0; j < n; j++) {
            uint256 f = 0;
            for (uint256 k = 0; k < 6; k++) {
                f |= uint256(int256(prices[6 * j + k]) + 2 ** 31) << (32 * k);
            }
            packed[j] = f;
        }
    }

    /// @dev L[day] = Poseidon6(prev, day, f[0..3]), then Poseidon6(h, next 5 elements) (spec section 3).
    function _link(uint256 prev, uint32 day, uint256[] storage f) private view returns (uint256 h) {
        uint256 n = f.length;
        uint256[6] memory block_;
        block_[0] = prev;
        block_[1] = day;
        for (uint256 k = 0; k < 4; k++) block_[k + 2] = k < n ? f[k] : 0;
        h = poseidon6.poseidon(block_);
        for (uint256 j = 4; j < n; j += 5) {
            block_[0] = h;
            for (uint256 k = 0; k < 5; k++) block_[k + 1] = j + k < n ? f[j + k] : 0;
            h = poseidon6.poseidon(block_);
        }
    }
}
