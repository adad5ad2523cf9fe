// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title Disclosure keys: the external surface
/// @notice The regulator's disclosure public keys by epoch (docs/disclosure-spec.md). Every settled
///         bill's details are encrypted, inside its proof, to the key in force at its period start;
///         the settlement contract asks `keyAt(periodStart)` and compares its y with the proof's recipient
///         key y (construction v3, docs/disclosure-spec.md section 10: a key is named by its y; the prover may
///         encrypt to (x, y) or (-x, y), which give the same cipher key). Epochs are contiguous and open-ended: an epoch lasts until the next one starts, the
///         first starts at time 0, and a new one can only start now or later, so every period has
///         exactly one key, fixed before the period begins, and no rotation can strand a period.
interface IDisclosureKeys {
    /// @notice One key epoch.
    /// @param x the key's x coordinate (provers encrypt to (x, y) or (-x, y))
    /// @param y the key's y coordinate (what proofs name, public signal 5)
    /// @param validFrom first period start the key applies to (unix seconds)
    struct Epoch {
        uint256 x;
        uint256 y;
        uint40 validFrom;
    }

    /// @notice The regulator scheduled a key: periods starting at or after `validFrom` (until the next
    ///         epoch) disclose to the point (x, y).
    event DisclosureKeySet(uint32 indexed epoch, uint256 indexed y, uint256 x, uint40 validFrom, address regulator);

    /// @notice (x, y) is not a BabyJubJub point with x != 0 and both coordinates below the scalar field
    ///         size. x = 0 is the identity or the point of order 2, which encrypt to nobody; the bill circuit
    ///         relies on this check to leave x != 0 out of its constraints (docs/disclosure-spec.md section 10).
    error InvalidDisclosureKey();
    /// @notice A new epoch must start after the last one and not in the past (no retroactive keys).
    error InvalidEpochStart(uint40 validFrom, uint40 lastValidFrom, uint256 nowTimestamp);

    /// @notice Schedules the next key epoch (regulator).
    function setKey(uint256 x, uint256 y, uint40 validFrom) external;

    /// @notice The y of the key in force for a period starting at `periodStart`, and its epoch number.
    function keyAt(uint40 periodStart) external view returns (uint256 keyY, uint32 epoch);

    /// @notice How many epochs exist (at least one).
    function epochCount() external view returns (uint32);

    /// @notice Epoch `i` (0-based).
    function epochAt(uint32 i) external view returns (Epoch memory);
}
