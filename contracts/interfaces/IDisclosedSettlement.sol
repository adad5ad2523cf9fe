// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title Groth16 verifier of a bill circuit with the regulator's disclosure
/// @notice The snarkjs verifier of a `"disclose": 1` instance (contracts/generated/): ten public
///         signals, [keyHash, tariffCommitment, period, amounts, domain, regulatorKeyY, ephemeralKeyY,
///         ciphertext[0..2]] (docs/disclosure-spec.md sections 5 and 10).
interface IDisclosedBillVerifier {
    /// @notice Checks a Groth16 proof against the verification key baked into the contract.
    /// @return true iff the proof verifies and every signal is below the scalar field size
    function verifyProof(
        uint256[2] calldata _pA,
        uint256[2][2] calldata _pB,
        uint256[2] calldata _pC,
        uint256[10] calldata _pubSignals
    ) external view returns (bool);
}

/// @title Settlement with the regulator's disclosure: the external surface beyond ISettlement
/// @notice Every bill's proof also proves that `disclosure` encrypts the settlement's details to the
///         regulator's key in force for its period start (DisclosureKeys). The disclosure signals are
///         public signals of the proof, so a posted ciphertext other than the proven one fails the proof.
///         They are not logged: like the proof, an auditor reads them from the transaction's calldata,
///         where the ABI puts them right after the five signals that Settled carries.
interface IDisclosedSettlement {
    /// @notice settle and settleBatch are closed on a disclosure deployment: use settleDisclosed.
    error DisclosureRequired();
    /// @notice The proof's details are encrypted to the key whose y is `actual`, not to the key in force for the
    ///         period (whose y is `expected`).
    error WrongDisclosureKey(uint256 expected, uint256 actual, uint32 epoch);
    /// @notice The deployment's circuit has `expected` disclosure signals, the entry point called takes `given`
    ///         (settleDisclosed: 5, layout v1; settleDisclosedHourly: 8, layout v2). At deployment: the
    ///         verifier's extraSignalCount is neither 5 nor 8 (`given`).
    error DisclosureLayoutMismatch(uint256 expected, uint256 given);

    /// @notice Settles one bill whose proof discloses its details to the regulator.
    /// @dev Requirements: the deployment's circuit has layout v1 (DisclosureLayoutMismatch otherwise).
    ///      Checks (each with its own error, in this order): settle's checks (signals in field, domain,
    ///      meter, key, period continuity, period ended, tariff, retailer active), disclosure signals in
    ///      field (SignalOutOfField with index 5..9), the disclosure key in force (WrongDisclosureKey: its y),
    ///      then the proof (InvalidProof: among others, a ciphertext word other than the proven one).
    /// @param publicSignals [keyHash, tariffCommitment, period, amounts, domain]
    /// @param disclosure [regulatorKeyY, ephemeralKeyY, ciphertext[0..2]] (public signals 5..9)
    function settleDisclosed(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals,
        uint256[5] calldata disclosure
    ) external;

    /// @notice Settles one bill whose proof discloses its details with the hours of the day (layout v2,
    ///         docs/disclosure-spec.md section 8) to the regulator.
    /// @dev Requirements: the deployment's circuit has layout v2 (DisclosureLayoutMismatch otherwise). Then
    ///      settleDisclosed's checks in its order (SignalOutOfField with index 5..12).
    /// @param publicSignals [keyHash, tariffCommitment, period, amounts, domain]
    /// @param disclosure [regulatorKeyY, ephemeralKeyY, ciphertext[0..5]] (public signals 5..12)
    function settleDisclosedHourly(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals,
        uint256[8] calldata disclosure
    ) external;
}
