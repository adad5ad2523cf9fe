// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title The price inputs' share of a public-price market circuit's verification (docs/market-spec.md section 11)
/// @notice What PriceFeed calls on a registered verifier, with or without the regulator's disclosure: the
///         circuit's price inputs are never passed to a verifier; their share of vk_x comes from PriceFeed's
///         prefix sums of dayPoint.
interface IPriceDayPoints {
    /// @notice A day's residue is not below maxDays, its price count is not intervalsPerDay, a price is
    ///         out of the field, or a precompile failed.
    error BadDay(uint256 residue, uint256 priceCount);
    /// @notice The IC table at `index` does not have the code hash the verifier was rendered with.
    error WrongIcTable(uint256 index, address table);

    /// @notice Prices per delivery day of the circuit (I).
    function intervalsPerDay() external view returns (uint8);

    /// @notice Days of the circuit (MAXD): day D's prices are price inputs (D mod MAXD) I .. (D mod MAXD) I + I - 1.
    function maxDays() external view returns (uint8);

    /// @notice sum_s prices[s] IC_{7 + residue I + s}, each price as its field element (p mod r): the
    ///         share of vk_x of one day whose residue is `residue`. Signed deltas serve corrections.
    function dayPoint(uint256 residue, int256[] calldata prices) external view returns (uint256 x, uint256 y);
}

/// @title Verifier of a public-price market circuit (docs/market-spec.md section 11)
/// @notice Rendered per circuit by prover/src/price-verifier.ts.
interface IPriceVerifier is IPriceDayPoints {
    /// @notice Checks one proof whose price inputs' share of vk_x is `pricePoint`.
    /// @param s [keyHash, termsCommitment, period, amounts, firstDay, domain]
    /// @return true iff every signal is below r and the proof verifies
    function verifyProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[6] calldata s,
        uint256[2] calldata pricePoint
    ) external view returns (bool);

    /// @notice IC0 + keyHash IC1 + terms IC2 + domain IC6: the part of vk_x fixed for a meter's key, its
    ///         terms and the settlement contract, which a settlement keeps (signals 0, 1 and 5).
    function foldBase(uint256 keyHash, uint256 terms, uint256 domain) external view returns (uint256 x, uint256 y);

    /// @notice verifyProof with `base` = foldBase(s[0], s[1], s[5]), which it does not recompute (the caller
    ///         checked that every signal is below r): three multiplications instead of six.
    function verifyWithBase(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[6] calldata s,
        uint256[2] calldata pricePoint,
        uint256[2] calldata base
    ) external view returns (bool);
}
