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
    /// @param x the first key's x coordinate (in force from time 0)
    /// @param y the first key's y coordinate
    constructor(address admin, address regulator, uint256 x, uint256 y) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(REGULATOR_ROLE, regulator);
        _append(x, y, 0);
    }

    /// @inheritdoc IDisclosureKeys
    function setKey(uint256 x, uint256 y, uint40 validFrom) external onlyRole(REGULATOR_ROLE) {
        uint40 last = _epochs[_epochs.length - 1].validFrom;
        if (validFrom <= last || validFrom < block.timestamp) revert InvalidEpochStart(validFrom, last, block.timestamp);
        _append(x, y, validFrom);
    }

    /// @inheritdoc IDisclosureKeys
    function keyAt(uint40 periodStart) external view returns (uint256 keyY, uint32 epoch) {
        // Newest first: settlements are of recent periods, so this ends in a step or two.
        uint256 i = _epochs.length;
        while (i > 1 && _epochs[i - 1].validFrom > periodStart) i--;
        return (_epochs[i - 1].y, uint32(i - 1));
    }

    /// @inheritdoc IDisclosureKeys
    function epochCount() external view returns (uint32) {
        return uint32(_epochs.length);
    }

    /// @inheritdoc IDisclosureKeys
    function epochAt(uint32 i) external view returns (Epoch memory) {
        return _epochs[i];
    }

    function _append(uint256 x, uint256 y, uint40 validFrom) private {
        if (!_isKeyPoint(x, y)) revert InvalidDisclosureKey();
        _epochs.push(Epoch({x: x, y: y, validFrom: validFrom}));
        emit DisclosureKeySet(uint32(_epochs.length - 1), y, x, validFrom, msg.sender);
    }

    /// @dev BabyJubJub (a x^2 + y^2 = 1 + d x^2 y^2 over the BN254 scalar field, a = 168700, d = 168696)
    ///      with x != 0. Proofs name a key by its y alone and the circuit checks only that (x, y) is on the
    ///      curve: on it, x = 0 forces y = +-1 (the identity and the point of order 2), so refusing x = 0 here
    ///      is what keeps those two out of every proof. An off-curve key would make every disclosed
    ///      settlement of its epoch unprovable. (Subgroup membership is the SDK's check: it costs a scalar
    ///      multiplication.)
    function _isKeyPoint(uint256 x, uint256 y) private pure returns (bool) {
        uint256 r = WattproofConstants.SNARK_SCALAR_FIELD;
        if (x == 0 || x >= r || y >= r) return false;
        uint256 x2 = mulmod(x, x, r);
        uint256 y2 = mulmod(y, y, r);
        uint256 lhs = addmod(mulmod(168700, x2, r), y2, r);
        uint256 rhs = addmod(1, mulmod(168696, mulmod(x2, y2, r), r), r);
        return lhs == rhs;
    }
}
