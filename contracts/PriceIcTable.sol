// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title Data contract of a public-price verifier's IC points (prover/src/price-verifier.ts)
/// @notice Deployed with the table's bytes, which become its runtime code unchanged: a 0x00 byte (STOP,
///         so calling it does nothing) and then the points. The verifier reads them with extcodecopy and
///         checks this contract's code hash at its own deployment.
contract PriceIcTable {
    /// @param code the table rendered by renderPriceIcTables, 0x00 first
    constructor(bytes memory code) {
        assembly ("memory-safe") {
            return(add(code, 32), mload(code))
        }
    }
}
