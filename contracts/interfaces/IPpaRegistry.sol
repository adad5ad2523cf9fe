// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

/// @title Bilateral market agreements: structs, events, errors (docs/market-spec.md section 4)
/// @notice A power purchase agreement (fixed or indexed price), a contract for difference, or a
///         spot-indexed retail tariff: a terms commitment for one meter between a payer and a payee,
///         accepted by both, public to the regulator and everyone else (the terms stay private).
interface IPpaRegistry {
    /// @notice What the terms are (informational: the terms commitment is what binds).
    enum Kind {
        Spot,
        Fixed,
        Indexed,
        CfD
    }

    struct Agreement {
        uint64 meterId;
        uint64 zone;
        Kind kind;
        /// @dev pays `charge` (a consumer, a wholesaler buying from a generator)
        address payer;
        /// @dev receives `charge`, pays `credit` (a retailer, a generator)
        address payee;
        uint40 validFrom;
        uint40 validUntil;
        bool payerAccepted;
        bool payeeAccepted;
        uint256 terms;
    }

    /// @notice What market settlement reads of an agreement, in one storage slot (216 bits): found under
    ///         (meter, terms, payer, payee), so that an agreement whose parties are not the meter's current
    ///         ones is not found at all. `id` is 0 when there is none.
    struct SettlementTerms {
        uint48 id;
        uint64 zone;
        uint40 validFrom;
        uint40 validUntil;
        bool payerAccepted;
        bool payeeAccepted;
        Kind kind;
    }

    /// @notice An agreement was proposed (and accepted by its proposer).
    event AgreementProposed(
        uint256 indexed id,
        uint64 indexed meterId,
        uint64 zone,
        Kind kind,
        address indexed payer,
        address payee,
        uint40 validFrom,
        uint40 validUntil,
        uint256 terms
    );
    /// @notice A party accepted; `active` once both have.
    event AgreementAccepted(uint256 indexed id, address indexed party, bool active);

    error NotAParty(uint256 id, address caller);
    error BadAgreement(uint64 meterId, address payer, address payee, uint40 validFrom, uint40 validUntil);
    /// @notice The meter's registered consumer must be the payer and its retailer the payee, so that the
    ///         ledger's arrears and debt repayments (which follow the meter's parties) run between them.
    error MeterPartiesMismatch(uint64 meterId, address meterConsumer, address meterRetailer);
    error TermsInUse(uint64 meterId, uint256 terms, uint256 id);
    error UnknownAgreementId(uint256 id);

    /// @notice An agreement by id (all zero if unknown: meterId 0 and payer address(0)).
    function getAgreement(uint256 id) external view returns (Agreement memory);

    /// @notice The agreement of `meterId` under `terms` (id 0 if none).
    function agreementFor(uint64 meterId, uint256 terms) external view returns (uint256 id, Agreement memory a);

    /// @notice What settlement needs of the agreement of `meterId` under `terms` between `payer` and
    ///         `payee` (id 0 if there is none between exactly these parties): one storage read.
    function settlementTerms(uint64 meterId, uint256 terms, address payer, address payee)
        external
        view
        returns (SettlementTerms memory);
}
