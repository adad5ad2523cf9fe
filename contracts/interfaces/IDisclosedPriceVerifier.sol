// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {IPriceDayPoints} from "./IPriceVerifier.sol";

/// @title Verifier of a public-price market circuit with the regulator's disclosure (docs/disclosure-spec.md section 12)
/// @notice Rendered per circuit by prover/src/price-verifier.ts. The circuit's public signals are the six of
///         IPriceVerifier, the N = maxDays x intervalsPerDay price inputs (their share of vk_x is the feed's
///         price point, as without disclosure), then eight disclosure words: the regulator key's y, the
///         ephemeral key's y and six ciphertext words (signals 6 + N .. 13 + N, IC_{7+N} .. IC_{14+N}).
interface IDisclosedPriceVerifier is IPriceDayPoints {
    /// @notice Disclosure words after the price inputs (8 for market layout m1, construction v3).
    function disclosureWordCount() external pure returns (uint256);

    /// @notice Checks one proof whose price inputs' share of vk_x is `pricePoint`.
    /// @param s [keyHash, termsCommitment, period, amounts, firstDay, domain]
    /// @param disclosure [regulatorKeyY, ephemeralKeyY, ciphertext 0..5]
    /// @return true iff every signal is below r and the proof verifies
    function verifyDisclosedProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[6] calldata s,
        uint256[8] calldata disclosure,
        uint256[2] calldata pricePoint
    ) external view returns (bool);

    /// @notice IC0 + keyHash IC1 + terms IC2 + domain IC6 + regulatorKeyY IC_{7+N}: the part of vk_x fixed for a
    ///         meter's key, its terms, the settlement contract and the regulator's key of an epoch.
    function foldDisclosedBase(uint256 keyHash, uint256 terms, uint256 domain, uint256 regulatorKeyY)
        external
        view
        returns (uint256 x, uint256 y);

    /// @notice verifyDisclosedProof with `base` = foldDisclosedBase(s[0], s[1], s[5], disclosure[0]), which it does
    ///         not recompute (the caller checked that every signal is below r): disclosure[0] is not read.
    function verifyDisclosedWithBase(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[6] calldata s,
        uint256[8] calldata disclosure,
        uint256[2] calldata pricePoint,
        uint256[2] calldata base
    ) external view returns (bool);
}
