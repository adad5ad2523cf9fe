// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title Constants shared by the wattproof contracts
/// @notice Each value is written here once; the contracts re-export the ones integrators read.
library WattproofConstants {
    /// @notice BN254 scalar field size r: public signals, key hashes, key coordinates and tariff
    ///         commitments are field elements (below r).
    uint256 internal constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice BN254 base field size q: proof point coordinates are below it.
    uint256 internal constant BASE_FIELD =
        21888242871839275222246405745257275088696311157297823662689037894645226208583;
    /// @notice The role that may pause and unpause a contract (same id on all three).
    bytes32 internal constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice `validUntil` of a meter key that has been neither rotated nor revoked.
    uint40 internal constant OPEN_END = type(uint40).max;
    /// @notice Seconds in a day: every provable period is a whole number of days (bill spec section 5),
    ///         so a meter's billing cursor keeps its time of day modulo this.
    uint256 internal constant DAY_SECONDS = 86400;
    /// @notice Largest absolute time-zone offset a tariff may declare (bill spec section 4: `tz + 50400`).
    int24 internal constant MAX_TZ_OFFSET = 50400;
}
