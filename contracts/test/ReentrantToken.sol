// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title Reentrant ERC-20 (test only)
/// @notice An ERC-20 that, once armed, calls a target with given calldata in the middle of every
///         transfer and transferFrom, and bubbles up the target's revert. Used to check that the ledger
///         cannot be reentered through its token.
contract ReentrantToken is ERC20 {
    address public reentryTarget;
    bytes public reentryCallData;
    bool public armed;

    constructor() ERC20("Reentrant", "REENTER") {}

    /// @notice Mints `amount` to `to`; anyone may call.
    /// @param to recipient
    /// @param amount token amount
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Makes the next transfers call `target_` with `callData_` before moving tokens.
    /// @param target_ the contract to reenter
    /// @param callData_ the call to make
    function arm(address target_, bytes calldata callData_) external {
        reentryTarget = target_;
        reentryCallData = callData_;
        armed = true;
    }

    /// @notice Stops reentering.
    function disarm() external {
        armed = false;
    }

    /// @notice ERC-20 transfer that reenters the target first when armed.
    /// @param to recipient
    /// @param value amount
    /// @return true
    function transfer(address to, uint256 value) public override returns (bool) {
        _reenter();
        return super.transfer(to, value);
    }

    /// @notice ERC-20 transferFrom that reenters the target first when armed.
    /// @param from owner
    /// @param to recipient
    /// @param value amount
    /// @return true
    function transferFrom(address from, address to, uint256 value) public override returns (bool) {
        _reenter();
        return super.transferFrom(from, to, value);
    }

    function _reenter() private {
        if (!armed) return;
        armed = false; // one reentry attempt per arming, so a failing target cannot loop
        (bool ok, bytes memory ret) = reentryTarget.call(reentryCallData);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
    }
}
