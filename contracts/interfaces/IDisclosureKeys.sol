// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title Disclosure keys: the external surface
/// @notice The regulator's disclosure public keys by epoch (docs/disclosure-spec.md). Every settled
///         bill's details are encrypted, inside its proof, to the key in force at its period start;
///         the settlement contract asks `keyAt(periodStart)` and compares with the proof's recipient
///         hash. Epochs are contiguous and open-ended: an epoch lasts until the next one starts, the
///         first starts at time 0, and a new one can only start now or later, so every period has
///         exactly one key, fixed before the period begins, and no rotation can strand a period.
interface IDisclosureKeys {
    /// @notice One key epoch.
    /// @param keyHash Poseidon(x, y) of the key (what proofs name)
    /// @param validFrom first period start the key applies to (unix seconds)
    struct Epoch {
        uint256 keyHash;
        uint40 validFrom;
    }

    /// @notice The regulator scheduled a key: periods starting at or after `validFrom` (until the next
    ///         epoch) disclose to it. `x`, `y` are the point provers encrypt to; they must hash to
    ///         `keyHash` (the SDK checks before proving).
    event DisclosureKeySet(uint32 indexed epoch, uint256 indexed keyHash, uint256 x, uint256 y, uint40 validFrom, address regulator);

    /// @notice A key hash or coordinate is zero or not below the scalar field size.
    error InvalidDisclosureKey();
    /// @notice A new epoch must start after the last one and not in the past (no retroactive keys).
    error InvalidEpochStart(uint40 validFrom, uint40 lastValidFrom, uint256 nowTimestamp);

    /// @notice Schedules the next key epoch (regulator).
    function setKey(uint256 keyHash, uint256 x, uint256 y, uint40 validFrom) external;

    /// @notice The key in force for a period starting at `periodStart`, and its epoch number.
    function keyAt(uint40 periodStart) external view returns (uint256 keyHash, uint32 epoch);

    /// @notice How many epochs exist (at least one).
    function epochCount() external view returns (uint32);

    /// @notice Epoch `i` (0-based).
    function epochAt(uint32 i) external view returns (Epoch memory);
}
