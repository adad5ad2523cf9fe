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

    /// @notice Disclosure signals of the verifier's circuit after the five: 6 for the details layout v1
    ///         (`"disclose": 1`, settleDisclosed), 9 for layout v2 with the hours of the day (`"disclose": 2`,
    ///         settleDisclosedHourly); read from the verifier's extraSignalCount at deployment.
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
        if (n != 6 && n != 9) revert DisclosureLayoutMismatch(6, n);
        disclosureSignalCount = n;
    }

    /// @inheritdoc IDisclosedSettlement
    function settleDisclosed(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals,
        uint256[6] calldata disclosure
    ) external nonReentrant whenNotPaused {
        if (disclosureSignalCount != 6) revert DisclosureLayoutMismatch(disclosureSignalCount, 6);
        _settleOne(publicSignals);
        for (uint256 i = 0; i < 6; ++i) {
            if (disclosure[i] >= SNARK_SCALAR_FIELD) revert SignalOutOfField(5 + i, disclosure[i]);
        }
        // _settleOne decoded and checked the period; its start is bits 64..103 of signal 2.
        (uint256 expected, uint32 epoch) = disclosureKeys.keyAt(uint40(publicSignals[2] >> 64));
        if (disclosure[0] != expected) revert WrongDisclosureKey(expected, disclosure[0], epoch);
        // The regulator's key of the epoch in force is the same on every bill of the epoch: folded and kept
        // with the meter key and tariff; the ephemeral key and the ciphertext are multiplied.
        (uint256[] memory folded, uint256[] memory rest) = _splitSignals(publicSignals, 11);
        folded[5] = disclosure[0];
        for (uint256 i = 1; i < 6; ++i) {
            rest[5 + i] = disclosure[i];
        }
        if (!_verify(a, b, c, rest, _keptBase(folded))) revert InvalidProof();
    }

    /// @inheritdoc IDisclosedSettlement
    function settleDisclosedHourly(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals,
        uint256[9] calldata disclosure
    ) external nonReentrant whenNotPaused {
        if (disclosureSignalCount != 9) revert DisclosureLayoutMismatch(disclosureSignalCount, 9);
        _settleOne(publicSignals);
        for (uint256 i = 0; i < 9; ++i) {
            if (disclosure[i] >= SNARK_SCALAR_FIELD) revert SignalOutOfField(5 + i, disclosure[i]);
        }
        (uint256 expected, uint32 epoch) = disclosureKeys.keyAt(uint40(publicSignals[2] >> 64));
        if (disclosure[0] != expected) revert WrongDisclosureKey(expected, disclosure[0], epoch);
        // As settleDisclosed: the key of the epoch is folded and kept; the ephemeral key and the seven
        // ciphertext words are multiplied.
        (uint256[] memory folded, uint256[] memory rest) = _splitSignals(publicSignals, 14);
        folded[5] = disclosure[0];
        for (uint256 i = 1; i < 9; ++i) {
            rest[5 + i] = disclosure[i];
        }
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
    function settleBatch(IBatchVerifier.Proof[] calldata) external pure override returns (uint256) {
        revert DisclosureRequired();
    }
}
