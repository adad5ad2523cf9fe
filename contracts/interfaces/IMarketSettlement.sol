// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title Groth16 batch verifier of one market circuit instance (rendered by prover/src/batch-verifier.ts
///        from the instance's verification key, docs/market-spec.md section 7)
interface IMarketVerifier {
    /// @notice Checks one proof (the snarkjs verifier's ABI and semantics).
    /// @param _pubSignals [keyHash, termsCommitment, period, amounts, chainAfter, chainBefore, domain]
    function verifyProof(
        uint256[2] calldata _pA,
        uint256[2][2] calldata _pB,
        uint256[2] calldata _pC,
        uint256[7] calldata _pubSignals
    ) external view returns (bool);

    /// @notice Checks one proof against `base` = foldDomain(publicSignals[6]), which it does not read
    ///         (the caller checked the domain and that every signal is below r).
    function verifyWithBase(
        uint256[2] calldata _pA,
        uint256[2][2] calldata _pB,
        uint256[2] calldata _pC,
        uint256[7] calldata _pubSignals,
        uint256[2] calldata base
    ) external view returns (bool);

    /// @notice IC0 + domain * IC7: the base point of proofs bound to `domain` (public signal 6).
    function foldDomain(uint256 domain) external view returns (uint256 x, uint256 y);

    /// @notice IC0 + domain * IC7 + keyHash * IC1 + terms * IC2: the base point of proofs bound to `domain`,
    ///         meter key hash `keyHash` and terms commitment `terms` (signals 6, 0 and 1).
    function foldBase(uint256 domain, uint256 keyHash, uint256 terms) external view returns (uint256 x, uint256 y);

    /// @notice Checks one proof against `base` = foldBase(signal 6, signal 0, signal 1), which it does not
    ///         read (the caller checked them and that every signal is below r): four multiplications.
    function verifyWithFoldedBase(
        uint256[2] calldata _pA,
        uint256[2][2] calldata _pB,
        uint256[2] calldata _pC,
        uint256[7] calldata _pubSignals,
        uint256[2] calldata base
    ) external view returns (bool);
}

/// @title The escrow ledger's entry point for market settlements (implemented by Settlement)
interface IMarketLedger {
    /// @notice Books `charge` from payer to payee and `credit` back, with the bill ledger's arrears and
    ///         debt rules; returns the movement packed as Settled's.
    function bookMarket(uint64 meterId, address payer, address payee, uint256 charge, uint256 credit)
        external
        returns (uint256[3] memory movement);
}

/// @title Market settlement: events and errors
interface IMarketSettlement {
    /// @notice A market bill settled: which meter sold or bought under which agreement (its parties, zone,
    ///         kind and terms commitment are in PpaRegistry: AgreementProposed, getAgreement), with the
    ///         public signals (the period, whose start and the zone's offset give the first delivery day;
    ///         the amounts; the feed links the proof used) and what moved (packed as Settlement's Settled:
    ///         [paid | arrearsAdded << 128, refunded | arrearsCleared << 128, creditOwed | debtCleared << 128]).
    ///         The proof is not logged: an auditor reads it from the transaction's calldata, where it sits
    ///         just before the signals (as for Settled; the SDK's proofFromCalldata).
    event MarketSettled(uint64 indexed meterId, uint256 indexed agreementId, uint256[3] movement, uint256[7] publicSignals);
    /// @notice keepBase folded and kept the base point of the meter's current key and the agreement's terms,
    ///         so that every settlement under them, the first included, reads it (contracts/README.md,
    ///         "Market settlement gas"). Emitted once per (key, terms); settle's own fallback keeps silently.
    event BaseKept(uint256 indexed agreementId, uint64 indexed meterId, uint256 keyHash, uint256 terms, uint256[2] base);

    error SignalOutOfField(uint256 index, uint256 value);
    error WrongDomain(uint256 expected, uint256 actual);
    error MalformedSignal(uint256 index);
    error UnknownMeter(uint64 meterId);
    error UnknownKey(uint256 keyHash);
    error KeyMeterMismatch(uint256 keyHash, uint64 keyMeterId, uint64 meterId);
    error KeyNotValidForPeriod(uint256 keyHash, uint40 validFrom, uint40 validUntil, uint40 periodStart, uint40 periodEnd);
    error PeriodOverlap(uint64 meterId, uint40 nextPeriodStart, uint40 periodStart);
    error PeriodGap(uint64 meterId, uint40 nextPeriodStart, uint40 periodStart);
    error PeriodNotEnded(uint40 periodEnd, uint256 blockTimestamp);
    /// @notice No agreement for this meter under this terms commitment.
    error UnknownAgreement(uint64 meterId, uint256 terms);
    /// @notice The agreement lacks the acceptance of one of its parties.
    error AgreementNotAccepted(uint256 id, bool payerAccepted, bool payeeAccepted);
    error AgreementNotInForce(uint256 id, uint40 validFrom, uint40 validUntil, uint40 periodStart, uint40 periodEnd);
    /// @notice The meter's parties changed since the agreement: it no longer binds them.
    error AgreementPartiesNotMeters(uint256 id, address meterConsumer, address meterRetailer);
    error InvalidProof();
    /// @notice The verifier cannot fold the proof's key hash and terms into a base point (not a market
    ///         batch verifier).
    error VerifierCannotFold();
    error ZeroAddress();
    /// @notice keepBase: no agreement with this id (the PpaRegistry error, same selector).
    error UnknownAgreementId(uint256 id);

    /// @notice Folds and keeps the base point that settle would fold for agreement `agreementId`: the one of
    ///         (this contract's domain, its meter's current key hash, its terms commitment), all three read
    ///         from the registries, never from the caller. Anyone may call it, once the agreement can settle;
    ///         the first settlement then costs what a repeat one does. Idempotent: a kept point is returned
    ///         unchanged, without event. Off the chain of deployment (a fork) nothing is kept.
    /// @dev Requirements (the errors are settle's): the agreement exists (UnknownAgreementId), both parties
    ///      accepted it (AgreementNotAccepted), its parties are the meter's (UnknownMeter,
    ///      AgreementPartiesNotMeters), and both the agreement and the meter's current key can still sign a
    ///      period starting at the meter's billing cursor (AgreementNotInForce, KeyNotValidForPeriod with
    ///      periodStart = periodEnd = the cursor): a revoked key or an expired agreement keeps nothing.
    /// @return base the kept point
    function keepBase(uint256 agreementId) external returns (uint256[2] memory base);

    /// @notice The kept base point of (`keyHash`, `terms`); (0, 0) if none is kept.
    function keptBase(uint256 keyHash, uint256 terms) external view returns (uint256[2] memory base);
}
