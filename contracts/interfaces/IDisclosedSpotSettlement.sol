// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {IMarketDisclosureErrors} from "./IDisclosedMarketSettlement.sol";
import {ISpotSettlement} from "./ISpotSettlement.sol";

/// @title Public-price market settlement with the regulator's disclosure: entry point and event
///        (docs/disclosure-spec.md section 12)
interface IDisclosedSpotSettlement is ISpotSettlement, IMarketDisclosureErrors {
    /// @notice The disclosure of a public-price settlement, logged right after its SpotSettled: the regulator's
    ///         key y, the ephemeral key's y and the six ciphertext words, exactly as the proof verified them.
    event SpotDisclosed(uint64 indexed meterId, uint256 indexed agreementId, uint256[8] disclosure);

    /// @notice Settles one public-price market bill whose proof also encrypts its details to the regulator's key
    ///         in force for its period start.
    /// @dev Requirements: SpotSettlement.settle's checks in its order with its errors (signals 0..5, meter, key,
    ///      continuity, period ended, agreement, the feed's price point), then the disclosure words below r
    ///      (SignalOutOfField 6 + N .. 13 + N, N the circuit's price inputs), then DisclosureKeys.keyAt(periodStart)
    ///      equal to disclosure[0] (WrongDisclosureKey), then the Groth16 proof over the six signals, the feed's
    ///      price point and the eight words (a word other than the proven one: InvalidProof). Emits SpotSettled and
    ///      SpotDisclosed.
    /// @param s keyHash, termsCommitment, period, amounts, firstDay, domain
    /// @param disclosure regulatorKeyY, ephemeralKeyY, ciphertext[6]
    function settleDisclosed(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[6] calldata s,
        uint256[8] calldata disclosure
    ) external;

    /// @notice The point settleDisclosed keeps for a meter key, its terms and a regulator key (the point at
    ///         infinity (0, 0) until the first settlement with them).
    function keptDisclosedBase(uint256 keyHash, uint256 terms, uint256 regulatorKeyY) external view returns (uint256[2] memory base);
}
