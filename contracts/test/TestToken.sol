// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title Test settlement token
/// @notice A plain ERC-20 with open minting, for Hardhat deployments, tests and the demo. Never deploy
///         it where the token has value.
contract TestToken is ERC20 {
    uint8 private immutable _decimals;

    /// @param name_ token name
    /// @param symbol_ token symbol
    /// @param decimals_ decimals reported to wallets
    constructor(string memory name_, string memory symbol_, uint8 decimals_) ERC20(name_, symbol_) {
        _decimals = decimals_;
    }

    /// @notice Mints `amount` to `to`; anyone may call.
    /// @param to recipient
    /// @param amount token amount in smallest units
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Decimals reported to wallets.
    /// @return the decimals given at deployment
    function decimals() public view override returns (uint8) {
        return _decimals;
    }
}
