// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {IMarketDisclosureErrors} from "./interfaces/IDisclosedMarketSettlement.sol";
import {IDisclosureKeys} from "./interfaces/IDisclosureKeys.sol";
import {IMarketSettlement} from "./interfaces/IMarketSettlement.sol";
import {WattproofConstants} from "./interfaces/WattproofConstants.sol";

/// @title The disclosure rule of both market settlement families (docs/disclosure-spec.md sections 11-12)
/// @notice One place for the rule DisclosedMarketSettlement and DisclosedSpotSettlement share: the eight words
///         (market layout m1, construction v3) below r, and the key the proof encrypts to is the one DisclosureKeys
///         has in force for the period's start. The proof, verified over the words afterwards, binds the rest.
library MarketDisclosureRules {
    /// @notice The disclosure words of a market proof: the regulator key's y, the ephemeral key's y, six ciphertext words.
    uint256 internal constant WORDS = 8;

    /// @dev Reverts SignalOutOfField(firstSignal + i) for a word not below r (the index the word has among the
    ///      proof's public signals), WrongDisclosureKey(expected, actual, epoch) for another key or an expired epoch's.
    function check(IDisclosureKeys keys, uint40 periodStart, uint256[WORDS] calldata disclosure, uint256 firstSignal) internal view {
        for (uint256 i = 0; i < WORDS; ++i) {
            if (disclosure[i] >= WattproofConstants.SNARK_SCALAR_FIELD) {
                revert IMarketSettlement.SignalOutOfField(firstSignal + i, disclosure[i]);
            }
        }
        (uint256 expected, uint32 epoch) = keys.keyAt(periodStart);
        if (disclosure[0] != expected) revert IMarketDisclosureErrors.WrongDisclosureKey(expected, disclosure[0], epoch);
    }
}
