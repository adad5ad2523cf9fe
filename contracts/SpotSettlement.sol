// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IMeterRegistry} from "./interfaces/IMeterRegistry.sol";
import {IMarketLedger, IMarketSettlement} from "./interfaces/IMarketSettlement.sol";
import {IPpaRegistry} from "./interfaces/IPpaRegistry.sol";
import {IPriceFeed} from "./interfaces/IPriceFeed.sol";
import {IPriceVerifier} from "./interfaces/IPriceVerifier.sol";
import {ISpotSettlement} from "./interfaces/ISpotSettlement.sol";
import {WattproofConstants} from "./interfaces/WattproofConstants.sol";

/// @title Settlement of public-price market bills (docs/market-spec.md section 11)
/// @notice As MarketSettlement (meter, key, continuity, period-ended, domain and agreement rules, in the
///         same order with the same errors; the escrow ledger's arrears and debt rules), for a circuit whose
///         prices are public inputs: the feed supplies their share of the verification as one point,
///         Q[last] - Q[firstDay - 1] of this contract's verifier, so a proof verifies only against the
///         feed's current prices of every day of its period, and a corrected day invalidates it (InvalidProof).
/// @dev The rules are restated from MarketSettlement rather than shared: MarketSettlement's bytecode and
///      gas stay exactly as measured; a shared base is a refactor for later (issue 13 report).
contract SpotSettlement is ISpotSettlement, ReentrancyGuardTransient {
    uint256 private constant SIG_KEY_HASH = 0;
    uint256 private constant SIG_TERMS = 1;
    uint256 private constant SIG_PERIOD = 2;
    uint256 private constant SIG_AMOUNTS = 3;
    uint256 private constant SIG_FIRST_DAY = 4;
    uint256 private constant SIG_DOMAIN = 5;

    IPriceVerifier public immutable verifier;
    IMeterRegistry public immutable meters;
    IPpaRegistry public immutable agreements;
    IPriceFeed public immutable feed;
    IMarketLedger public immutable ledger;

    /// @notice The chain of deployment: bases kept in `_bases` were folded with this chain's domain.
    uint256 internal immutable _deployChainId;

    /// @dev keccak256(keyHash, terms) => verifier.foldBase(keyHash, terms, domain()): as MarketSettlement, a
    ///      meter settles period after period with the same key and terms; keeping the folded point saves
    ///      three scalar multiplications (18k gas) for two storage reads. It depends only on the signals and
    ///      the immutable verifier, so no caller can make it wrong.
    mapping(bytes32 keyAndTerms => uint256[2] base) private _bases;

    struct Claim {
        uint64 meterId;
        uint40 periodStart;
        uint40 periodEnd;
        uint256 intervalSeconds;
        uint256 dayCount;
        uint256 charge;
        uint256 credit;
    }

    constructor(
        IPriceVerifier verifier_,
        IMeterRegistry meters_,
        IPpaRegistry agreements_,
        IPriceFeed feed_,
        IMarketLedger ledger_
    ) {
        if (
            address(verifier_) == address(0) || address(meters_) == address(0) || address(agreements_) == address(0)
                || address(feed_) == address(0) || address(ledger_) == address(0)
        ) revert ZeroAddress();
        (verifier, meters, agreements, feed, ledger) = (verifier_, meters_, agreements_, feed_, ledger_);
        _deployChainId = block.chainid;
    }

    /// @notice `chainId * 2^160 + address(this)`: the domain a proof for this contract carries.
    function domain() public view returns (uint256) {
        return (block.chainid << 160) | uint256(uint160(address(this)));
    }

    /// @notice Settles one public-price market bill. Anyone may submit.
    /// @dev Checks, each with its own error, in this order: signals in field, domain, period shape, meter,
    ///      key, continuity, period ended, agreement, feed (verifier registered, granularity, zone midnight,
    ///      firstDay, published since the verifier's registration), proof. Then the ledger books it.
    function settle(uint256[2] calldata a, uint256[2][2] calldata b, uint256[2] calldata c, uint256[6] calldata s)
        external
        virtual
        nonReentrant
    {
        Claim memory claim = _decode(s);
        IMeterRegistry.SettlementContext memory ctx =
            meters.claimPeriod(claim.meterId, s[SIG_KEY_HASH], claim.periodStart, claim.periodEnd);
        _checkMeterKeyAndPeriod(claim, s[SIG_KEY_HASH], ctx);
        IPpaRegistry.SettlementTerms memory t = _agreement(claim, s[SIG_TERMS], ctx.consumer, ctx.retailer);
        uint256[2] memory point = feed.pricePoint(
            t.zone, address(verifier), claim.periodStart, claim.intervalSeconds, claim.dayCount, s[SIG_FIRST_DAY]
        );
        if (!verifier.verifyWithBase(a, b, c, s, point, _base(s[SIG_KEY_HASH], s[SIG_TERMS]))) revert InvalidProof();
        uint256[3] memory movement = ledger.bookMarket(claim.meterId, ctx.consumer, ctx.retailer, claim.charge, claim.credit);
        emit SpotSettled(claim.meterId, t.id, movement, s, point);
    }

    /// @inheritdoc IMarketSettlement
    function keepBase(uint256 agreementId) external virtual nonReentrant returns (uint256[2] memory base) {
        IPpaRegistry.Agreement memory ag = agreements.getAgreement(agreementId);
        if (ag.meterId == 0 && ag.payer == address(0)) revert UnknownAgreementId(agreementId);
        if (!ag.payerAccepted || !ag.payeeAccepted) revert AgreementNotAccepted(agreementId, ag.payerAccepted, ag.payeeAccepted);
        IMeterRegistry.Meter memory m = meters.getMeter(ag.meterId);
        if (!m.exists) revert UnknownMeter(ag.meterId);
        // settle finds the agreement only under the meter's current parties (_agreement)
        if (ag.payer != m.consumer || ag.payee != m.retailer) revert AgreementPartiesNotMeters(agreementId, m.consumer, m.retailer);
        // Every period settle accepts from now on starts at the cursor: if the agreement or the key ends at or
        // before it, no settlement can ever read the point, and keeping it would only spend the caller's gas.
        if (ag.validUntil <= m.nextPeriodStart) {
            revert AgreementNotInForce(agreementId, ag.validFrom, ag.validUntil, m.nextPeriodStart, m.nextPeriodStart);
        }
        IMeterRegistry.KeyRecord memory k = meters.getKey(m.keyHash);
        if (k.validUntil <= m.nextPeriodStart) {
            revert KeyNotValidForPeriod(m.keyHash, k.validFrom, k.validUntil, m.nextPeriodStart, m.nextPeriodStart);
        }
        bool wasKept = _isKept(m.keyHash, ag.terms);
        base = _base(m.keyHash, ag.terms);
        // _base writes only on the chain of deployment: the event says a point was written
        if (!wasKept && block.chainid == _deployChainId) emit BaseKept(agreementId, ag.meterId, m.keyHash, ag.terms, base);
    }

    /// @inheritdoc IMarketSettlement
    function keptBase(uint256 keyHash, uint256 terms) external view returns (uint256[2] memory base) {
        uint256[2] storage kept = _bases[keccak256(abi.encode(keyHash, terms))];
        (base[0], base[1]) = (kept[0], kept[1]);
    }

    function _isKept(uint256 keyHash, uint256 terms) private view returns (bool) {
        uint256[2] storage kept = _bases[keccak256(abi.encode(keyHash, terms))];
        return kept[0] != 0 || kept[1] != 0;
    }

    /// @dev foldBase(keyHash, terms, domain()), kept after its first use on the chain of deployment (on another chain,
    ///      after a fork, the domain differs: folded afresh every time, never kept).
    function _base(uint256 keyHash, uint256 terms) private returns (uint256[2] memory base) {
        if (block.chainid != _deployChainId) return _fold(keyHash, terms);
        uint256[2] storage kept = _bases[keccak256(abi.encode(keyHash, terms))];
        (base[0], base[1]) = (kept[0], kept[1]);
        // (0, 0), the point at infinity, is what an unwritten slot reads: fold and keep it
        if (base[0] == 0 && base[1] == 0) {
            base = _fold(keyHash, terms);
            (kept[0], kept[1]) = (base[0], base[1]);
        }
    }

    function _fold(uint256 keyHash, uint256 terms) private view returns (uint256[2] memory base) {
        try verifier.foldBase(keyHash, terms, domain()) returns (uint256 x, uint256 y) {
            (base[0], base[1]) = (x, y);
        } catch {
            revert VerifierCannotFold();
        }
    }

    /// @dev As MarketSettlement._agreement.
    function _agreement(Claim memory claim, uint256 terms, address meterConsumer, address meterRetailer)
        internal
        view
        returns (IPpaRegistry.SettlementTerms memory t)
    {
        t = agreements.settlementTerms(claim.meterId, terms, meterConsumer, meterRetailer);
        if (t.id == 0) {
            (uint256 id, IPpaRegistry.Agreement memory ag) = agreements.agreementFor(claim.meterId, terms);
            if (id == 0) revert UnknownAgreement(claim.meterId, terms);
            if (!ag.payerAccepted || !ag.payeeAccepted) revert AgreementNotAccepted(id, ag.payerAccepted, ag.payeeAccepted);
            revert AgreementPartiesNotMeters(id, meterConsumer, meterRetailer);
        }
        if (!t.payerAccepted || !t.payeeAccepted) revert AgreementNotAccepted(t.id, t.payerAccepted, t.payeeAccepted);
        if (claim.periodStart < t.validFrom || claim.periodEnd > t.validUntil) {
            revert AgreementNotInForce(t.id, t.validFrom, t.validUntil, claim.periodStart, claim.periodEnd);
        }
    }

    function _decode(uint256[6] calldata s) internal view returns (Claim memory claim) {
        for (uint256 i = 0; i < 6; ++i) {
            if (s[i] >= WattproofConstants.SNARK_SCALAR_FIELD) revert SignalOutOfField(i, s[i]);
        }
        if (s[SIG_DOMAIN] != domain()) revert WrongDomain(domain(), s[SIG_DOMAIN]);
        // period = meterId + 2^64 periodStart + 2^104 intervalCount + 2^120 intervalSeconds (bill spec section 7)
        uint256 period = s[SIG_PERIOD];
        uint256 intervalCount = uint16(period >> 104);
        uint256 intervalSeconds = uint24(period >> 120);
        uint256 start = uint40(period >> 64);
        uint256 end = start + intervalCount * intervalSeconds;
        if (
            period >> 144 != 0 || intervalCount == 0 || intervalSeconds == 0 || end > type(uint40).max
                || (end - start) % WattproofConstants.DAY_SECONDS != 0
        ) revert MalformedSignal(SIG_PERIOD);
        uint256 amounts = s[SIG_AMOUNTS];
        if (amounts >> 192 != 0) revert MalformedSignal(SIG_AMOUNTS);
        claim = Claim({
            meterId: uint64(period),
            periodStart: uint40(start),
            periodEnd: uint40(end),
            intervalSeconds: intervalSeconds,
            dayCount: (end - start) / WattproofConstants.DAY_SECONDS,
            charge: uint96(amounts),
            credit: amounts >> 96
        });
    }

    /// @dev The bill settlement's rules, in the same order with the same errors (ISettlement).
    function _checkMeterKeyAndPeriod(Claim memory claim, uint256 keyHash, IMeterRegistry.SettlementContext memory ctx)
        internal
        view
    {
        if (!ctx.meterExists) revert UnknownMeter(claim.meterId);
        if (!ctx.keyExists) revert UnknownKey(keyHash);
        if (ctx.keyMeterId != claim.meterId) revert KeyMeterMismatch(keyHash, ctx.keyMeterId, claim.meterId);
        if (claim.periodStart < ctx.keyValidFrom || claim.periodEnd > ctx.keyValidUntil) {
            revert KeyNotValidForPeriod(keyHash, ctx.keyValidFrom, ctx.keyValidUntil, claim.periodStart, claim.periodEnd);
        }
        if (claim.periodStart < ctx.nextPeriodStart) revert PeriodOverlap(claim.meterId, ctx.nextPeriodStart, claim.periodStart);
        if (claim.periodStart > ctx.nextPeriodStart) revert PeriodGap(claim.meterId, ctx.nextPeriodStart, claim.periodStart);
        if (claim.periodEnd > block.timestamp) revert PeriodNotEnded(claim.periodEnd, block.timestamp);
    }
}
