// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {IDisclosedMarketSettlement, IDisclosedMarketVerifier} from "./interfaces/IDisclosedMarketSettlement.sol";
import {IDisclosureKeys} from "./interfaces/IDisclosureKeys.sol";
import {IMarketLedger, IMarketVerifier} from "./interfaces/IMarketSettlement.sol";
import {IMeterRegistry} from "./interfaces/IMeterRegistry.sol";
import {IPpaRegistry} from "./interfaces/IPpaRegistry.sol";
import {IPriceFeed} from "./interfaces/IPriceFeed.sol";
import {MarketDisclosureRules} from "./MarketDisclosureRules.sol";
import {MarketSettlement} from "./MarketSettlement.sol";

/// @title Settlement of market bills with the regulator's disclosure (docs/disclosure-spec.md section 11; construction v3, section 10)
/// @notice MarketSettlement's rules, unchanged, for one `"disclose": 1` market circuit instance: a market bill
///         settles only with settleDisclosed, whose proof also encrypts the settlement's details to the
///         regulator's key in force for its period start (DisclosureKeys). settle and keepBase revert
///         (DisclosureRequired): a plain proof of this circuit does not exist, and the kept point here also
///         folds the regulator's key of the epoch.
contract DisclosedMarketSettlement is MarketSettlement, IDisclosedMarketSettlement {
    /// @dev The disclosure words after the seven market signals: the regulator key's y, the ephemeral key's y
    ///      and the ciphertext (3 ceil(6 / 3) = 6 words for market layout m1; construction v3 has no
    ///      authentication element), shared with DisclosedSpotSettlement through MarketDisclosureRules.
    uint256 private constant DISCLOSURE_WORDS = MarketDisclosureRules.WORDS;
    uint256 private constant SIGNALS = 7 + DISCLOSURE_WORDS;

    /// @notice The regulator's disclosure keys by epoch.
    IDisclosureKeys public immutable disclosureKeys;
    IDisclosedMarketVerifier private immutable _verifier;

    /// @dev keccak256(keyHash, terms, regulatorKeyY) => foldSignals(keyHash, terms, domain, regulatorKeyY):
    ///      the signals that stay the same day after day for a meter, its terms and the epoch's key. Depends only
    ///      on the signals and the immutable verifier, so no caller can make it wrong.
    mapping(bytes32 => uint256[2]) private _disclosedBases;

    constructor(
        IDisclosedMarketVerifier verifier_,
        IMeterRegistry meters_,
        IPpaRegistry agreements_,
        IPriceFeed feed_,
        IMarketLedger ledger_,
        IDisclosureKeys keys
    ) MarketSettlement(IMarketVerifier(address(verifier_)), meters_, agreements_, feed_, ledger_) {
        if (address(keys) == address(0)) revert ZeroAddress();
        disclosureKeys = keys;
        _verifier = verifier_;
        uint256 n;
        try verifier_.extraSignalCount() returns (uint256 extra) {
            n = extra;
        } catch {}
        // signals after signal 4: chainBefore, domain and the disclosure words
        if (n != SIGNALS - 5) revert DisclosureLayoutMismatch(SIGNALS - 5, n);
    }

    /// @inheritdoc IDisclosedMarketSettlement
    function settleDisclosed(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[7] calldata s,
        uint256[8] calldata disclosure
    ) external nonReentrant {
        Claim memory claim = _decode(s);
        IMeterRegistry.SettlementContext memory ctx = meters.claimPeriod(claim.meterId, s[0], claim.periodStart, claim.periodEnd);
        _checkMeterKeyAndPeriod(claim, s[0], ctx);
        IPpaRegistry.SettlementTerms memory t = _agreement(claim, s[1], ctx.consumer, ctx.retailer);
        feed.checkPrices(t.zone, claim.periodStart, claim.intervalSeconds, claim.dayCount, s[5], s[4]);
        MarketDisclosureRules.check(disclosureKeys, claim.periodStart, disclosure, 7);
        // Folded and kept: key hash (0), terms (1), domain (6), the epoch's regulator key y (7); multiplied:
        // period, amounts, the two links, the ephemeral key and the ciphertext.
        uint256[] memory rest = new uint256[](SIGNALS);
        for (uint256 i = 2; i < 6; ++i) {
            rest[i] = s[i];
        }
        for (uint256 i = 1; i < DISCLOSURE_WORDS; ++i) {
            rest[7 + i] = disclosure[i];
        }
        if (!_verifier.verifyWithFolded(a, b, c, rest, _disclosedBase(s[0], s[1], disclosure[0]))) revert InvalidProof();
        uint256[3] memory movement = ledger.bookMarket(claim.meterId, ctx.consumer, ctx.retailer, claim.charge, claim.credit);
        emit MarketSettled(claim.meterId, t.id, movement, s);
        emit MarketDisclosed(claim.meterId, t.id, disclosure);
    }

    function _disclosedBase(uint256 keyHash, uint256 terms, uint256 regulatorKeyY) private returns (uint256[2] memory base) {
        uint256[2] storage kept = _disclosedBases[keccak256(abi.encode(keyHash, terms, regulatorKeyY))];
        (base[0], base[1]) = (kept[0], kept[1]);
        if (base[0] != 0 || base[1] != 0) return base;
        uint256[] memory fixedSignals = new uint256[](SIGNALS);
        (fixedSignals[0], fixedSignals[1], fixedSignals[6], fixedSignals[7]) = (keyHash, terms, domain(), regulatorKeyY);
        (base[0], base[1]) = _verifier.foldSignals(fixedSignals);
        // kept on the chain of deployment only: after a fork the domain differs
        if (block.chainid == _deployChainId) (kept[0], kept[1]) = (base[0], base[1]);
    }

    /// @notice Closed on a disclosure deployment (DisclosureRequired): use settleDisclosed.
    function settle(uint256[2] calldata, uint256[2][2] calldata, uint256[2] calldata, uint256[7] calldata)
        external
        pure
        override
    {
        revert DisclosureRequired();
    }

    /// @notice Closed on a disclosure deployment (DisclosureRequired): settleDisclosed keeps its own point, per
    ///         meter key, terms and regulator key, on the first settlement.
    function keepBase(uint256) external pure override returns (uint256[2] memory) {
        revert DisclosureRequired();
    }
}
