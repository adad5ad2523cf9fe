// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title The extra public signals of a bill circuit's batch verifier
/// @notice A bill circuit may append public signals after the domain (signal 4): a yearly-block circuit
///         appends its year-to-date commitments (docs/bill-spec.md sections 7 and 9), always as the last
///         signals. The batch verifier of such a circuit (rendered by prover/src/batch-verifier.ts) has
///         these two functions besides IBatchVerifier's; a plain bill circuit's verifier has neither.
interface IExtraSignalsVerifier {
    /// @notice How many public signals follow signal 4.
    function extraSignalCount() external pure returns (uint256);

    /// @notice base + sum extra[j] * IC(6 + j): the base point of a proof with signals 5.. equal to `extra`,
    ///         for verifyWithBase (the caller checked that each is below r). Settlement no longer calls it: it
    ///         multiplies the extra signals into its kept base point itself (contracts/README.md).
    function foldExtra(uint256[2] calldata base, uint256[] calldata extra) external view returns (uint256 x, uint256 y);
}
