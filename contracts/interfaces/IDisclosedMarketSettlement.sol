// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title The batch verifier of a market circuit with disclosure (rendered by prover/src/batch-verifier.ts
///        from the key of `mkt_spot_1d_60m_disclose` and alike: fifteen public signals)
interface IDisclosedMarketVerifier {
    /// @notice How many public signals follow signal 4 (10 for a disclosed market circuit: chainBefore,
    ///         domain and the eight disclosure signals).
    function extraSignalCount() external pure returns (uint256);

    /// @notice IC0 + the sum of signals[j] * IC(j + 1) over the non-zero signals[j] (each below r).
    function foldSignals(uint256[] calldata signals) external view returns (uint256 x, uint256 y);

    /// @notice Checks one proof whose public-input point is `base` + the sum of rest[j] * IC(j + 1) over the
    ///         non-zero rest[j] (the signals folded into `base` passed as 0; each below r, checked by the caller).
    function verifyWithFolded(
        uint256[2] calldata _pA,
        uint256[2][2] calldata _pB,
        uint256[2] calldata _pC,
        uint256[] calldata rest,
        uint256[2] calldata base
    ) external view returns (bool);
}

/// @title The errors of a market settlement with the regulator's disclosure, feed-linked
///        (DisclosedMarketSettlement) or public-price (DisclosedSpotSettlement)
interface IMarketDisclosureErrors {
    /// @notice settle and keepBase are closed on a disclosure deployment: use settleDisclosed.
    error DisclosureRequired();
    /// @notice The proof encrypts to another key than the one in force for its period start (another key,
    ///         or an expired epoch's).
    error WrongDisclosureKey(uint256 expected, uint256 actual, uint32 epoch);
    /// @notice At deployment: the verifier's circuit does not carry the disclosure signals this contract reads.
    error DisclosureLayoutMismatch(uint256 expected, uint256 given);
}

/// @title Market settlement with the regulator's disclosure: entry point, events and errors
///        (docs/disclosure-spec.md section 11)
interface IDisclosedMarketSettlement is IMarketDisclosureErrors {
    /// @notice The disclosure of a market settlement, logged right after its MarketSettled: the regulator's key
    ///         y, the ephemeral key's y and the ciphertext words, exactly as the proof verified them.
    event MarketDisclosed(uint64 indexed meterId, uint256 indexed agreementId, uint256[8] disclosure);

    /// @notice Settles one market bill whose proof also encrypts its details to the regulator's key in force.
    /// @dev Requirements: MarketSettlement.settle's checks in its order with its errors (signals 0..6), then the
    ///      disclosure words below r (SignalOutOfField 7..15), then DisclosureKeys.keyAt(periodStart) equal to
    ///      disclosure[0] (WrongDisclosureKey), then the Groth16 proof over all fifteen signals (a ciphertext or
    ///      ephemeral key other than the proven one: InvalidProof). Emits MarketSettled and MarketDisclosed.
    /// @param s keyHash, termsCommitment, period, amounts, chainAfter, chainBefore, domain
    /// @param disclosure regulatorKeyY, ephemeralKeyY, ciphertext[6]
    function settleDisclosed(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[7] calldata s,
        uint256[8] calldata disclosure
    ) external;
}
