// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title Groth16 verifier of one market circuit instance (snarkjs-generated, docs/market-spec.md section 7)
interface IMarketVerifier {
    /// @param _pubSignals [keyHash, termsCommitment, period, amounts, chainAfter, chainBefore, domain]
    function verifyProof(
        uint256[2] calldata _pA,
        uint256[2][2] calldata _pB,
        uint256[2] calldata _pC,
        uint256[7] calldata _pubSignals
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
    /// @notice A market bill settled: which meter sold or bought under which agreement, in which zone
    ///         over which delivery days, at the feed links the proof used; and what moved. With the
    ///         proof and signals, an auditor re-verifies it from this event alone.
    ///         (One struct for the who/where/when, so that the event fits the EVM stack.)
    struct MarketSettledHead {
        uint64 meterId;
        uint256 agreementId;
        address payer;
        address payee;
        uint64 zone;
        uint32 firstDay;
        uint256 dayCount;
    }

    event MarketSettled(
        uint64 indexed meterId,
        uint256 indexed agreementId,
        MarketSettledHead head,
        uint256[3] movement,
        uint256[2] a,
        uint256[2][2] b,
        uint256[2] c,
        uint256[7] publicSignals
    );

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
    /// @notice The proof's interval length is not the zone's.
    error WrongGranularity(uint64 zone, uint256 intervalSeconds);
    error InvalidProof();
    error ZeroAddress();
}
