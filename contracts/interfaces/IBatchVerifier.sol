// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {IBillVerifier} from "./IBillVerifier.sol";

/// @title Groth16 batch verifier of one bill circuit instance
/// @notice The ABI of the batch verifiers that `npm run build` writes to `generated/` beside the snarkjs
///         verifiers (`<Circuit>BatchVerifier`, rendered from the same verification key by
///         prover/src/batch-verifier.ts). Besides the snarkjs ABI (verifyProof) it checks proofs against a
///         base point with the settlement domain folded in, alone or many at once with one multi-pairing.
interface IBatchVerifier is IBillVerifier {
    /// @notice A proof of a batch in the snarkjs Solidity layout with its public signals but the domain:
    ///         [keyHash, tariffCommitment, period, amounts] (bill spec section 7). The domain (signal 4) is
    ///         the settlement contract's own: verifyBatch checks every proof against the base point it folds.
    struct BatchProof {
        uint256[2] a;
        uint256[2][2] b;
        uint256[2] c;
        uint256[4] signals;
    }

    /// @notice IC0 + domain * IC5: the part of the public-input point fixed by the domain (signal 4).
    function foldDomain(uint256 domain) external view returns (uint256 x, uint256 y);

    /// @notice One proof against `base` = foldDomain(signal 4); signal 4 is not read, and the caller has
    ///         checked that every signal is below r.
    function verifyWithBase(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals,
        uint256[2] calldata base
    ) external view returns (bool);

    /// @notice IC0 + the sum of signals[j] * IC(j + 1) over the non-zero signals[j]: the part of the public-input
    ///         point fixed by the signals given (the others 0). `signals` has one word per public signal of the
    ///         circuit (five, or more with extra signals); each must be below r.
    function foldSignals(uint256[] calldata signals) external view returns (uint256 x, uint256 y);

    /// @notice One proof whose public-input point is `base` + the sum of rest[j] * IC(j + 1) over the non-zero
    ///         rest[j] (one word per public signal, 0 where the signal is folded into `base` with
    ///         foldSignals). The caller has checked that every signal is below r.
    function verifyWithFolded(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[] calldata rest,
        uint256[2] calldata base
    ) external view returns (bool);

    /// @notice The verification key in the pairing precompile's layout: alpha (x, y), then beta, gamma and delta
    ///         (each x1, x2, y1, y2), and the points IC0..ICn of the n public signals. Settlement copies it at
    ///         deployment to check a single proof itself.
    function verifyingKey() external pure returns (uint256[14] memory pairing, uint256[2][] memory ic);

    /// @notice The proofs whose bit is set in `include` (bit i % 256 of word i / 256), all against `base`,
    ///         with one multi-pairing over a random linear combination (coefficients from keccak256 of
    ///         every proof and signal of the call and of `base`). A BatchProof carries no domain: `base` =
    ///         foldDomain(d) checks each included proof as one made for domain d (a proof made for another
    ///         domain does not verify). The caller has checked that every signal is below r.
    function verifyBatch(BatchProof[] calldata proofs, uint256[] calldata include, uint256[2] calldata base)
        external
        view
        returns (bool);
}
