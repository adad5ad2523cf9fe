// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IMeterRegistry} from "./interfaces/IMeterRegistry.sol";
import {IPpaRegistry} from "./interfaces/IPpaRegistry.sol";

/// @title Registry of bilateral market agreements (PPAs, CfDs, spot-indexed tariffs)
/// @notice Either party proposes an agreement for a meter whose registered consumer is the payer and
///         whose registered retailer is the payee (a consumer's meter: consumer and retailer; a generator's
///         export meter: the buyer and the generator); the other party accepts. Only an
///         agreement accepted by both settles (MarketSettlement). The events show who sells to whom under
///         which terms commitment and zone; the terms themselves and the volumes stay private.
contract PpaRegistry is IPpaRegistry {
    IMeterRegistry public immutable meters;

    uint256 public agreementCount;
    mapping(uint256 id => Agreement) private _agreements;
    mapping(uint64 meterId => mapping(uint256 terms => uint256 id)) private _byTerms;
    /// @dev keccak256(meterId, terms, payer, payee) => the agreement's settlement fields, one slot: a
    ///      settlement reads one cold slot here instead of the id and the four slots of the Agreement.
    mapping(bytes32 key => SettlementTerms) private _settlement;

    constructor(IMeterRegistry meterRegistry) {
        meters = meterRegistry;
    }

    /// @notice Proposes an agreement; the caller (payer or payee) accepts it by proposing.
    ///         Requirements: caller is payer or payee; distinct non-zero parties; validFrom < validUntil;
    ///         the meter's registered consumer is the payer and its retailer the payee; the terms not yet
    ///         used for the meter.
    function propose(
        uint64 meterId,
        uint64 zone,
        Kind kind,
        address payer,
        address payee,
        uint40 validFrom,
        uint40 validUntil,
        uint256 terms
    ) external returns (uint256 id) {
        if (payer == address(0) || payee == address(0) || payer == payee || validFrom >= validUntil) {
            revert BadAgreement(meterId, payer, payee, validFrom, validUntil);
        }
        if (msg.sender != payer && msg.sender != payee) revert NotAParty(0, msg.sender);
        (address meterConsumer, address meterRetailer) = meters.parties(meterId);
        if (meterConsumer != payer || meterRetailer != payee) revert MeterPartiesMismatch(meterId, meterConsumer, meterRetailer);
        if (_byTerms[meterId][terms] != 0) revert TermsInUse(meterId, terms, _byTerms[meterId][terms]);
        id = ++agreementCount;
        _agreements[id] = Agreement(
            meterId, zone, kind, payer, payee, validFrom, validUntil, msg.sender == payer, msg.sender == payee, terms
        );
        _byTerms[meterId][terms] = id;
        _settlement[_key(meterId, terms, payer, payee)] = SettlementTerms(
            SafeCast.toUint48(id), zone, validFrom, validUntil, msg.sender == payer, msg.sender == payee, kind
        );
        emit AgreementProposed(id, meterId, zone, kind, payer, payee, validFrom, validUntil, terms);
        emit AgreementAccepted(id, msg.sender, false);
    }

    /// @notice Accepts an agreement as its other party. Requirements: caller is payer or payee.
    function accept(uint256 id) external {
        Agreement storage a = _agreements[id];
        if (a.meterId == 0 && a.payer == address(0)) revert UnknownAgreementId(id);
        if (msg.sender == a.payer) a.payerAccepted = true;
        else if (msg.sender == a.payee) a.payeeAccepted = true;
        else revert NotAParty(id, msg.sender);
        SettlementTerms storage t = _settlement[_key(a.meterId, a.terms, a.payer, a.payee)];
        (t.payerAccepted, t.payeeAccepted) = (a.payerAccepted, a.payeeAccepted);
        emit AgreementAccepted(id, msg.sender, a.payerAccepted && a.payeeAccepted);
    }

    /// @inheritdoc IPpaRegistry
    function getAgreement(uint256 id) external view returns (Agreement memory) {
        return _agreements[id];
    }

    /// @inheritdoc IPpaRegistry
    function agreementFor(uint64 meterId, uint256 terms) external view returns (uint256 id, Agreement memory a) {
        id = _byTerms[meterId][terms];
        a = _agreements[id];
    }

    /// @inheritdoc IPpaRegistry
    function settlementTerms(uint64 meterId, uint256 terms, address payer, address payee)
        external
        view
        returns (SettlementTerms memory)
    {
        return _settlement[_key(meterId, terms, payer, payee)];
    }

    function _key(uint64 meterId, uint256 terms, address payer, address payee) private pure returns (bytes32 k) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, meterId)
            mstore(add(m, 32), terms)
            mstore(add(m, 64), payer)
            mstore(add(m, 96), payee)
            k := keccak256(m, 128)
        }
    }
}
