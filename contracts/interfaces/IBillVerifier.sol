// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title Groth16 verifier of one bill circuit instance
/// @notice The ABI of the snarkjs-generated verifier in contracts/generated/ (snarkjs 0.7).
///         Public signals follow docs/bill-spec.md section 7:
///         [keyHash, tariffCommitment, period, amounts, domain].
interface IBillVerifier {
    /// @notice Checks a Groth16 proof against the verification key baked into the contract.
    /// @param _pA proof point A (G1)
    /// @param _pB proof point B (G2, coordinates in the order snarkjs's exportSolidityCallData gives)
    /// @param _pC proof point C (G1)
    /// @param _pubSignals the five public signals
    /// @return true iff the proof verifies and every signal is below the scalar field size
    function verifyProof(
        uint256[2] calldata _pA,
        uint256[2][2] calldata _pB,
        uint256[2] calldata _pC,
        uint256[5] calldata _pubSignals
    ) external view returns (bool);
}
