// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {IMarketSettlement} from "./IMarketSettlement.sol";

/// @title Settlement of public-price market bills (docs/market-spec.md section 11)
/// @notice The errors of IMarketSettlement, the same rules; the prices reach the proof as the feed's
///         price point, so the public signals are six words.
interface ISpotSettlement is IMarketSettlement {
    /// @notice A public-price bill was settled. `publicSignals` = [keyHash, termsCommitment, period, amounts,
    ///         firstDay, domain]; `pricePoint` is the feed's Q[last] - Q[firstDay - 1] the proof verified against.
    event SpotSettled(
        uint64 indexed meterId, uint256 indexed agreementId, uint256[3] movement, uint256[6] publicSignals, uint256[2] pricePoint
    );
}
