// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IDisclosureKeys} from "./interfaces/IDisclosureKeys.sol";
import {WattproofConstants} from "./interfaces/WattproofConstants.sol";

/// @title Disclosure keys
/// @notice The regulator's disclosure keys with validity epochs (see IDisclosureKeys). Rotation is
///         scheduling the next epoch; a compromised key is replaced from now on (periods that started
///         under it keep it: their proofs may already exist, and re-keying them could strand them).
/// @dev A 2-of-3 split among supervisory bodies needs no change here: the key is then the sum of the
///      bodies' shares (a distributed key), and decryption is threshold ECDH off chain.
contract DisclosureKeys is IDisclosureKeys, AccessControl {
    /// @notice May schedule disclosure keys.
    bytes32 public constant REGULATOR_ROLE = keccak256("REGULATOR_ROLE");

    Epoch[] private _epochs;

    /// @param admin account granted DEFAULT_ADMIN_ROLE
    /// @param regulator account granted REGULATOR_ROLE
    /// @param keyHash the first key's Poseidon(x, y), in force from time 0
    /// @param x the first key's x coordinate
    /// @param y the first key's y coordinate
    constructor(address admin, address regulator, uint256 keyHash, uint256 x, uint256 y) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(REGULATOR_ROLE, regulator);
        _append(keyHash, x, y, 0);
    }

    /// @inheritdoc IDisclosureKeys
    function setKey(uint256 keyHash, uint256 x, uint256 y, uint40 validFrom) external onlyRole(REGULATOR_ROLE) {
        uint40 last = _epochs[_epochs.length - 1].validFrom;
        if (validFrom <= last || validFrom < block.timestamp) revert InvalidEpochStart(validFrom, last, block.timestamp);
        _append(keyHash, x, y, validFrom);
    }

    /// @inheritdoc IDisclosureKeys
    function keyAt(uint40 periodStart) external view returns (uint256 keyHash, uint32 epoch) {
        // Newest first: settlements are of recent periods, so this ends in a step or two.
        uint256 i = _epochs.length;
        while (i > 1 && _epochs[i - 1].validFrom > periodStart) i--;
        return (_epochs[i - 1].keyHash, uint32(i - 1));
    }

    /// @inheritdoc IDisclosureKeys
    function epochCount() external view returns (uint32) {
        return uint32(_epochs.length);
    }

    /// @inheritdoc IDisclosureKeys
    function epochAt(uint32 i) external view returns (Epoch memory) {
        return _epochs[i];
    }

    function _append(uint256 keyHash, uint256 x, uint256 y, uint40 validFrom) private {
        uint256 r = WattproofConstants.SNARK_SCALAR_FIELD;
        if (keyHash == 0 || keyHash >= r || x >= r || y >= r || (x == 0 && y == 1)) revert InvalidDisclosureKey();
        _epochs.push(Epoch({keyHash: keyHash, validFrom: validFrom}));
        emit DisclosureKeySet(uint32(_epochs.length - 1), keyHash, x, y, validFrom, msg.sender);
    }
}
