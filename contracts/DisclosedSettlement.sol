// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IBatchVerifier} from "./interfaces/IBatchVerifier.sol";
import {IDisclosedSettlement} from "./interfaces/IDisclosedSettlement.sol";
import {IDisclosureKeys} from "./interfaces/IDisclosureKeys.sol";
import {IExtraSignalsVerifier} from "./interfaces/IExtraSignalsVerifier.sol";
import {IMeterRegistry} from "./interfaces/IMeterRegistry.sol";
import {ITariffRegistry} from "./interfaces/ITariffRegistry.sol";
import {Settlement} from "./Settlement.sol";

/// @title Settlement ledger for a bill circuit with the regulator's disclosure
/// @notice The Settlement ledger, unchanged, for one `"disclose": 1` or `"disclose": 2` circuit instance: a bill
///         settles only with settleDisclosed (or settleDisclosedHourly for the hourly layout), whose proof also encrypts the bill's details to the regulator's key in force
///         for the period (docs/disclosure-spec.md). settle and settleBatch revert (DisclosureRequired): the
///         batch verifier folds one base point for all proofs, and each proof's disclosure differs.
contract DisclosedSettlement is Settlement, IDisclosedSettlement {
    /// @notice The regulator's disclosure keys by epoch.
    IDisclosureKeys public immutable disclosureKeys;

    /// @notice Disclosure signals of the verifier's circuit after the five: 5 for the details layout v1
    ///         (`"disclose": 1`, settleDisclosed), 8 for layout v2 with the hours of the day (`"disclose": 2`,
    ///         settleDisclosedHourly); read from the verifier's extraSignalCount at deployment
    ///         (construction v3, docs/disclosure-spec.md section 10: key y, ephemeral y, 3 or 6 ciphertext words).
    uint256 public immutable disclosureSignalCount;

    /// @param admin account granted DEFAULT_ADMIN_ROLE
    /// @param billVerifier the batch verifier of one bill circuit instance with disclosure (foldSignals)
    /// @param meterRegistry the meter registry (must grant this contract SETTLEMENT_ROLE)
    /// @param tariffRegistry the tariff registry
    /// @param settlementToken the ERC-20 in which bills are paid
    /// @param keys the regulator's disclosure key registry
    constructor(
        address admin,
        IBatchVerifier billVerifier,
        IMeterRegistry meterRegistry,
        ITariffRegistry tariffRegistry,
        IERC20 settlementToken,
        IDisclosureKeys keys
    ) Settlement(admin, billVerifier, meterRegistry, tariffRegistry, settlementToken) {
        if (address(keys) == address(0)) revert ZeroAddress();
        disclosureKeys = keys;
        uint256 n;
        try IExtraSignalsVerifier(address(billVerifier)).extraSignalCount() returns (uint256 extra) {
            n = extra;
        } catch {}
        // Only the two layouts exist: any other verifier could never settle, so refuse it here.
        if (n != 5 && n != 8) revert DisclosureLayoutMismatch(5, n);
        disclosureSignalCount = n;
    }

    /// @inheritdoc IDisclosedSettlement
    function settleDisclosed(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals,
        uint256[5] calldata disclosure
    ) external nonReentrant whenNotPaused {
        (uint256[] memory folded, uint256[] memory rest) = _beginDisclosed(publicSignals, 5);
        for (uint256 i = 0; i < 5; ++i) {
            rest[5 + i] = disclosure[i];
        }
        _finishDisclosed(a, b, c, publicSignals, folded, rest);
    }

    /// @inheritdoc IDisclosedSettlement
    function settleDisclosedHourly(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals,
        uint256[8] calldata disclosure
    ) external nonReentrant whenNotPaused {
        (uint256[] memory folded, uint256[] memory rest) = _beginDisclosed(publicSignals, 8);
        for (uint256 i = 0; i < 8; ++i) {
            rest[5 + i] = disclosure[i];
        }
        _finishDisclosed(a, b, c, publicSignals, folded, rest);
    }

    /// @dev The one path of both entry points, first half: the layout (by the entry point's word count `n`),
    ///      then settle's checks in settle's order; returns the signal arrays split as settle splits them, which
    ///      the entry point fills with its `n` disclosure words at 5..5+n-1 (a copy of a fixed-size calldata array
    ///      is the one thing the two sizes cannot share).
    function _beginDisclosed(uint256[5] calldata publicSignals, uint256 n)
        private
        returns (uint256[] memory folded, uint256[] memory rest)
    {
        if (disclosureSignalCount != n) revert DisclosureLayoutMismatch(disclosureSignalCount, n);
        _settleOne(publicSignals);
        return _splitSignals(publicSignals, 5 + n);
    }

    /// @dev Second half: the disclosure words in field, the key in force, then the proof. The regulator's key y of
    ///      the epoch in force (word 5) is the same on every bill of the epoch: moved into the folded signals and
    ///      kept with the meter key and tariff; the ephemeral key y and the ciphertext words are multiplied.
    function _finishDisclosed(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals,
        uint256[] memory folded,
        uint256[] memory rest
    ) private {
        for (uint256 i = 5; i < rest.length; ++i) {
            if (rest[i] >= SNARK_SCALAR_FIELD) revert SignalOutOfField(i, rest[i]);
        }
        // _settleOne decoded and checked the period; its start is bits 64..103 of signal 2.
        (uint256 expected, uint32 epoch) = disclosureKeys.keyAt(uint40(publicSignals[2] >> 64));
        uint256 keyY = rest[5];
        if (keyY != expected) revert WrongDisclosureKey(expected, keyY, epoch);
        folded[5] = keyY;
        rest[5] = 0;
        if (!_verify(a, b, c, rest, _keptBase(folded))) revert InvalidProof();
    }

    /// @notice Closed on a disclosure deployment (DisclosureRequired): use settleDisclosed.
    function settle(uint256[2] calldata, uint256[2][2] calldata, uint256[2] calldata, uint256[5] calldata)
        external
        pure
        override
    {
        revert DisclosureRequired();
    }

    /// @notice Closed on a disclosure deployment (DisclosureRequired): use settleDisclosed. (Its verifier has
    ///         extra signals, the disclosure's; settleYearly would take them for year-to-date signals and skip
    ///         the key-in-force check.)
    function settleYearly(
        uint256[2] calldata,
        uint256[2][2] calldata,
        uint256[2] calldata,
        uint256[5] calldata,
        uint256[] calldata
    ) external pure override {
        revert DisclosureRequired();
    }

    /// @notice Closed on a disclosure deployment (DisclosureRequired): use settleDisclosed.
    function settleBatch(IBatchVerifier.BatchProof[] calldata) external pure override returns (uint256) {
        revert DisclosureRequired();
    }
}
