// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {IDisclosedPriceVerifier} from "./interfaces/IDisclosedPriceVerifier.sol";
import {IDisclosedSpotSettlement} from "./interfaces/IDisclosedSpotSettlement.sol";
import {IDisclosureKeys} from "./interfaces/IDisclosureKeys.sol";
import {IMarketLedger, IMarketSettlement} from "./interfaces/IMarketSettlement.sol";
import {IMeterRegistry} from "./interfaces/IMeterRegistry.sol";
import {IPpaRegistry} from "./interfaces/IPpaRegistry.sol";
import {IPriceFeed} from "./interfaces/IPriceFeed.sol";
import {IPriceVerifier} from "./interfaces/IPriceVerifier.sol";
import {MarketDisclosureRules} from "./MarketDisclosureRules.sol";
import {SpotSettlement} from "./SpotSettlement.sol";

/// @title Settlement of public-price market bills with the regulator's disclosure (docs/disclosure-spec.md section 12)
/// @notice SpotSettlement's rules, unchanged, for one `"publicPrices": 1, "disclose": 1` circuit instance: a bill
///         settles only with settleDisclosed, whose proof also encrypts the settlement's details (market layout m1)
///         to the regulator's key in force for its period start (DisclosureKeys). settle and keepBase revert
///         (DisclosureRequired): a plain proof of this circuit does not exist, and the kept point here also folds
///         the regulator's key of the epoch. The verifier is registered in PriceFeed like a plain one (the price
///         inputs' share of vk_x is the feed's price point; the disclosure words come after them).
contract DisclosedSpotSettlement is SpotSettlement, IDisclosedSpotSettlement {
    /// @notice The regulator's disclosure keys by epoch.
    IDisclosureKeys public immutable disclosureKeys;
    IDisclosedPriceVerifier private immutable _verifier;
    /// @dev Index of the first disclosure word among the proof's public signals: 6 + maxDays x intervalsPerDay.
    uint256 private immutable _firstWord;

    /// @dev keccak256(keyHash, terms, regulatorKeyY) => foldDisclosedBase(keyHash, terms, domain, regulatorKeyY): the
    ///      signals that stay the same period after period for a meter, its terms and the epoch's key. Depends only on
    ///      the signals and the immutable verifier, so no caller can make it wrong.
    mapping(bytes32 => uint256[2]) private _disclosedBases;

    constructor(
        IDisclosedPriceVerifier verifier_,
        IMeterRegistry meters_,
        IPpaRegistry agreements_,
        IPriceFeed feed_,
        IMarketLedger ledger_,
        IDisclosureKeys keys
    ) SpotSettlement(IPriceVerifier(address(verifier_)), meters_, agreements_, feed_, ledger_) {
        if (address(keys) == address(0)) revert ZeroAddress();
        disclosureKeys = keys;
        _verifier = verifier_;
        uint256 n;
        try verifier_.disclosureWordCount() returns (uint256 words) {
            n = words;
        } catch {}
        if (n != MarketDisclosureRules.WORDS) revert DisclosureLayoutMismatch(MarketDisclosureRules.WORDS, n);
        _firstWord = 6 + uint256(verifier_.maxDays()) * verifier_.intervalsPerDay();
    }

    /// @inheritdoc IDisclosedSpotSettlement
    function settleDisclosed(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[6] calldata s,
        uint256[8] calldata disclosure
    ) external nonReentrant {
        Claim memory claim = _decode(s);
        IMeterRegistry.SettlementContext memory ctx = meters.claimPeriod(claim.meterId, s[0], claim.periodStart, claim.periodEnd);
        _checkMeterKeyAndPeriod(claim, s[0], ctx);
        IPpaRegistry.SettlementTerms memory t = _agreement(claim, s[1], ctx.consumer, ctx.retailer);
        uint256[2] memory point =
            feed.pricePoint(t.zone, address(_verifier), claim.periodStart, claim.intervalSeconds, claim.dayCount, s[4]);
        MarketDisclosureRules.check(disclosureKeys, claim.periodStart, disclosure, _firstWord);
        if (!_verifier.verifyDisclosedWithBase(a, b, c, s, disclosure, point, _disclosedBase(s[0], s[1], disclosure[0]))) {
            revert InvalidProof();
        }
        uint256[3] memory movement = ledger.bookMarket(claim.meterId, ctx.consumer, ctx.retailer, claim.charge, claim.credit);
        emit SpotSettled(claim.meterId, t.id, movement, s, point);
        emit SpotDisclosed(claim.meterId, t.id, disclosure);
    }

    /// @inheritdoc IDisclosedSpotSettlement
    function keptDisclosedBase(uint256 keyHash, uint256 terms, uint256 regulatorKeyY) external view returns (uint256[2] memory base) {
        uint256[2] storage kept = _disclosedBases[keccak256(abi.encode(keyHash, terms, regulatorKeyY))];
        (base[0], base[1]) = (kept[0], kept[1]);
    }

    /// @dev foldDisclosedBase(keyHash, terms, domain(), regulatorKeyY), kept after its first use on the chain of
    ///      deployment (after a fork the domain differs: folded afresh every time, never kept).
    function _disclosedBase(uint256 keyHash, uint256 terms, uint256 regulatorKeyY) private returns (uint256[2] memory base) {
        uint256[2] storage kept = _disclosedBases[keccak256(abi.encode(keyHash, terms, regulatorKeyY))];
        (base[0], base[1]) = (kept[0], kept[1]);
        if (base[0] != 0 || base[1] != 0) return base;
        try _verifier.foldDisclosedBase(keyHash, terms, domain(), regulatorKeyY) returns (uint256 x, uint256 y) {
            (base[0], base[1]) = (x, y);
        } catch {
            revert VerifierCannotFold();
        }
        if (block.chainid == _deployChainId) (kept[0], kept[1]) = (base[0], base[1]);
    }

    /// @notice Closed on a disclosure deployment (DisclosureRequired): use settleDisclosed.
    function settle(uint256[2] calldata, uint256[2][2] calldata, uint256[2] calldata, uint256[6] calldata) external pure override {
        revert DisclosureRequired();
    }

    /// @notice Closed on a disclosure deployment (DisclosureRequired): settleDisclosed keeps its own point, per meter
    ///         key, terms and regulator key, on the first settlement.
    function keepBase(uint256) external pure override(IMarketSettlement, SpotSettlement) returns (uint256[2] memory) {
        revert DisclosureRequired();
    }
}
