/**
 * Solidity source of a public-price market circuit's verifier (docs/market-spec.md §11), rendered
 * from its Groth16 verification key, and the IC tables it reads.
 *
 * The circuit's public signals are six words (keyHash, termsCommitment, period, amounts, firstDay,
 * domain) and then `maxDays × I` price inputs. The verifier never takes the price inputs: the
 * caller passes their share of `vk_x`, `Σ_j p_j · IC_{7+j}`, which `PriceFeed` summed at publication
 * with this contract's {@link dayPoint}. The price inputs' IC points (64 bytes each, 47.6 kB for the
 * hourly month: more than a contract's 24,576 bytes) live in data contracts, "IC tables", whose
 * runtime code is a 0x00 byte (STOP, so a call does nothing) and up to 383 points; the verifier is
 * deployed with their addresses and refuses any whose code hash is not the rendered one.
 * A circuit with the regulator's disclosure (docs/disclosure-spec.md §12) has eight more signals after
 * the price inputs; its verifier (IDisclosedPriceVerifier) takes them as a second array and keeps their
 * IC points as constants. The shape is read from the key: `nPublic − 6 − maxDays × I` words, 0 or 8.
 * Pure string rendering: the build pipeline writes the file; the same key always renders the same text.
 * @packageDocumentation
 */
import type { Groth16VerificationKey } from './batch-verifier.js';

/** The interfaces the rendered verifier implements, relative to contracts/generated/. */
const INTERFACE_PATH = '../interfaces/IPriceVerifier.sol';
const DISCLOSED_INTERFACE_PATH = '../interfaces/IDisclosedPriceVerifier.sol';

/** Signals a public-price proof carries besides its price inputs. */
export const PRICE_VERIFIER_SIGNALS = 6;
/** Signals after the price inputs of a circuit with the regulator's disclosure (market layout m1, construction v3). */
export const PRICE_VERIFIER_DISCLOSURE_WORDS = 8;
/** Points per IC table: (24,576 − 1) / 64, so each table fits the EVM's code size limit. */
export const IC_TABLE_POINTS = 383;

/** Contract name of a public-price circuit's verifier: `mkt_spotpub_31d_60m` -> `MktSpotpub31d60mPriceVerifier`. */
export function priceVerifierContractName(circuit: string): string {
  return `${circuit
    .split('_')
    .filter((p) => p !== '')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('')}PriceVerifier`;
}

const dec = (v: string | bigint | undefined): string => {
  if (v === undefined) throw new Error('verification key: missing coordinate');
  const s = String(v);
  if (!/^[0-9]+$/.test(s)) throw new Error(`verification key: not a decimal integer: ${s.slice(0, 40)}`);
  return s;
};
const word = (v: string | bigint | undefined): string => BigInt(dec(v)).toString(16).padStart(64, '0');

/** Price inputs and disclosure words (0 or {@link PRICE_VERIFIER_DISCLOSURE_WORDS}) of a key of this shape. */
function checkShape(vkey: Groth16VerificationKey, intervalsPerDay: number, maxDays: number): { prices: number; words: number } {
  if (![24, 48, 96].includes(intervalsPerDay)) throw new Error(`intervalsPerDay must be 24, 48 or 96, got ${intervalsPerDay}`);
  if (!Number.isInteger(maxDays) || maxDays < 1 || maxDays > 31) throw new Error(`maxDays must be 1..31, got ${maxDays}`);
  const prices = intervalsPerDay * maxDays;
  const words = vkey.nPublic - PRICE_VERIFIER_SIGNALS - prices;
  if ((words !== 0 && words !== PRICE_VERIFIER_DISCLOSURE_WORDS) || vkey.IC.length !== vkey.nPublic + 1) {
    throw new Error(
      `a public-price verifier of ${maxDays} × ${intervalsPerDay} needs ${PRICE_VERIFIER_SIGNALS + prices} public signals (${PRICE_VERIFIER_SIGNALS + prices + PRICE_VERIFIER_DISCLOSURE_WORDS} with disclosure), got ${vkey.nPublic}`,
    );
  }
  return { prices, words };
}

/**
 * The runtime code of each IC table, as 0x-prefixed hex: 0x00, then the price inputs' IC points
 * `IC_{7+j}` (x then y, 32 bytes each, big-endian), {@link IC_TABLE_POINTS} per table, in order.
 */
export function renderPriceIcTables(vkey: Groth16VerificationKey, intervalsPerDay: number, maxDays: number): string[] {
  const n = checkShape(vkey, intervalsPerDay, maxDays).prices;
  const tables: string[] = [];
  for (let start = 0; start < n; start += IC_TABLE_POINTS) {
    let hex = '0x00';
    for (let j = start; j < Math.min(n, start + IC_TABLE_POINTS); j++) {
      const p = vkey.IC[1 + PRICE_VERIFIER_SIGNALS + j]!;
      hex += word(p[0]) + word(p[1]);
    }
    tables.push(hex);
  }
  return tables;
}

/** The entry points of a verifier with `words` disclosure words (IDisclosedPriceVerifier). */
function disclosedEntryPoints(words: number): string {
  return `    /// @inheritdoc IDisclosedPriceVerifier
    function disclosureWordCount() external pure returns (uint256) {
        return ${words};
    }

    /// @inheritdoc IDisclosedPriceVerifier
    function verifyDisclosedProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[${PRICE_VERIFIER_SIGNALS}] calldata s,
        uint256[${words}] calldata disclosure,
        uint256[2] calldata pricePoint
    ) external view returns (bool) {
        for (uint256 i = 0; i < ${PRICE_VERIFIER_SIGNALS}; ++i) {
            if (s[i] >= R) return false;
        }
        for (uint256 i = 0; i < ${words}; ++i) {
            if (disclosure[i] >= R) return false;
        }
        (bool ok, uint256[2] memory base) = _fold(s[0], s[1], s[5]);
        uint256[4] memory acc = [base[0], base[1], 0, 0];
        ok = ok && _mulAdd(acc, ICD0X, ICD0Y, disclosure[0]);
        return ok && _verify(a, b, c, s, disclosure, pricePoint, [acc[0], acc[1]]);
    }

    /// @inheritdoc IDisclosedPriceVerifier
    function foldDisclosedBase(uint256 keyHash, uint256 terms, uint256 domain, uint256 regulatorKeyY)
        external
        view
        returns (uint256 x, uint256 y)
    {
        (bool ok, uint256[2] memory base) = _fold(keyHash, terms, domain);
        uint256[4] memory acc = [base[0], base[1], 0, 0];
        ok = ok && _mulAdd(acc, ICD0X, ICD0Y, regulatorKeyY);
        if (!ok || keyHash >= R || terms >= R || domain >= R || regulatorKeyY >= R) revert BadDay(0, 0);
        (x, y) = (acc[0], acc[1]);
    }

    /// @inheritdoc IDisclosedPriceVerifier
    function verifyDisclosedWithBase(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[${PRICE_VERIFIER_SIGNALS}] calldata s,
        uint256[${words}] calldata disclosure,
        uint256[2] calldata pricePoint,
        uint256[2] calldata base
    ) external view returns (bool) {
        return _verify(a, b, c, s, disclosure, pricePoint, [base[0], base[1]]);
    }

`;
}

/**
 * Render the verifier of a public-price circuit of `maxDays` days of `intervalsPerDay` prices (with the
 * regulator's disclosure when the key has {@link PRICE_VERIFIER_DISCLOSURE_WORDS} signals after the prices).
 * @param tableHashes - keccak256 of each table of {@link renderPriceIcTables} (0x-prefixed), in order
 * @param header - comment lines placed after the SPDX line (provenance); default none
 */
export function renderPriceVerifierSource(
  vkey: Groth16VerificationKey,
  contractName: string,
  intervalsPerDay: number,
  maxDays: number,
  tableHashes: readonly string[],
  header: readonly string[] = [],
): string {
  const { prices: n, words } = checkShape(vkey, intervalsPerDay, maxDays);
  const disclosed = words > 0;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(contractName)) throw new Error(`bad contract name ${contractName}`);
  const nTables = Math.ceil(n / IC_TABLE_POINTS);
  if (tableHashes.length !== nTables || tableHashes.some((h) => !/^0x[0-9a-f]{64}$/.test(h))) throw new Error(`need ${nTables} table hashes`);
  const g2 = (name: string, p: readonly (readonly (string | bigint)[])[]) =>
    [
      `    uint256 internal constant ${name}_X1 = ${dec(p[0]?.[1])};`,
      `    uint256 internal constant ${name}_X2 = ${dec(p[0]?.[0])};`,
      `    uint256 internal constant ${name}_Y1 = ${dec(p[1]?.[1])};`,
      `    uint256 internal constant ${name}_Y2 = ${dec(p[1]?.[0])};`,
    ].join('\n');
  const ic = vkey.IC.slice(0, 1 + PRICE_VERIFIER_SIGNALS)
    .map((p, i) => `    uint256 internal constant IC${i}X = ${dec(p[0])};\n    uint256 internal constant IC${i}Y = ${dec(p[1])};`)
    .join('\n');
  // the disclosure words' points IC_{7+n} .. (signals 6 + n ..): few, so constants like IC0..IC6
  const icd = vkey.IC.slice(1 + PRICE_VERIFIER_SIGNALS + n)
    .map((p, k) => `    uint256 internal constant ICD${k}X = ${dec(p[0])};\n    uint256 internal constant ICD${k}Y = ${dec(p[1])};`)
    .join('\n');
  const hashes = tableHashes.map((h, k) => `    bytes32 internal constant TABLE_HASH_${k} = ${h};`).join('\n');
  const immutables = tableHashes.map((_, k) => `    address internal immutable TABLE_${k};`).join('\n');
  const assigns = tableHashes
    .map((_, k) => `        if (tables[${k}].codehash != TABLE_HASH_${k}) revert WrongIcTable(${k}, tables[${k}]);\n        TABLE_${k} = tables[${k}];`)
    .join('\n');
  const plainEntryPoints = `    /// @inheritdoc IPriceVerifier
    function verifyProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[${PRICE_VERIFIER_SIGNALS}] calldata s,
        uint256[2] calldata pricePoint
    ) external view returns (bool) {
        for (uint256 i = 0; i < ${PRICE_VERIFIER_SIGNALS}; ++i) {
            if (s[i] >= R) return false;
        }
        (bool ok, uint256[2] memory base) = _fold(s[0], s[1], s[5]);
        return ok && _verify(a, b, c, s, pricePoint, base);
    }

    /// @inheritdoc IPriceVerifier
    function foldBase(uint256 keyHash, uint256 terms, uint256 domain) external view returns (uint256 x, uint256 y) {
        (bool ok, uint256[2] memory base) = _fold(keyHash, terms, domain);
        if (!ok || keyHash >= R || terms >= R || domain >= R) revert BadDay(0, 0);
        (x, y) = (base[0], base[1]);
    }

    /// @inheritdoc IPriceVerifier
    function verifyWithBase(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[${PRICE_VERIFIER_SIGNALS}] calldata s,
        uint256[2] calldata pricePoint,
        uint256[2] calldata base
    ) external view returns (bool) {
        return _verify(a, b, c, s, pricePoint, [base[0], base[1]]);
    }

`;
  const pick = tableHashes.map((_, k) => (k === nTables - 1 ? `TABLE_${k}` : `j < ${(k + 1) * IC_TABLE_POINTS} ? TABLE_${k} : `)).join('');
  return `// SPDX-License-Identifier: GPL-3.0-or-later
${header.map((l) => `// ${l}`).join('\n')}${header.length > 0 ? '\n' : ''}pragma solidity 0.8.28;

${
  disclosed
    ? `import {IPriceDayPoints} from "${INTERFACE_PATH}";
import {IDisclosedPriceVerifier} from "${DISCLOSED_INTERFACE_PATH}";`
    : `import {IPriceDayPoints, IPriceVerifier} from "${INTERFACE_PATH}";`
}

/// @title Groth16 verifier of one public-price market circuit (generated from its verification key)
/// @notice Signals [keyHash, termsCommitment, period, amounts, firstDay, domain] and the price point
///         sum_j p_j IC_{7+j} that PriceFeed accumulated with dayPoint (docs/market-spec.md section 11)${
    disclosed
      ? `,
///         then the ${words} disclosure words (docs/disclosure-spec.md section 12)`
      : ''
  }.
///         The price inputs' IC points are read from IC tables, data contracts whose code hash is fixed here.
contract ${contractName} is ${disclosed ? 'IDisclosedPriceVerifier' : 'IPriceVerifier'} {
    /// @notice BN254 scalar field size.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice BN254 base field size.
    uint256 internal constant Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583;
    uint8 internal constant I = ${intervalsPerDay};
    uint8 internal constant MAXD = ${maxDays};

    uint256 internal constant ALPHA_X = ${dec(vkey.vk_alpha_1[0])};
    uint256 internal constant ALPHA_Y = ${dec(vkey.vk_alpha_1[1])};
${g2('BETA', vkey.vk_beta_2)}
${g2('GAMMA', vkey.vk_gamma_2)}
${g2('DELTA', vkey.vk_delta_2)}
${ic}
${disclosed ? `${icd}\n` : ''}${hashes}
${immutables}

    /// @param tables the IC tables, in order (renderPriceIcTables); each must have its rendered code hash
    constructor(address[${nTables}] memory tables) {
${assigns}
    }

    /// @inheritdoc IPriceDayPoints
    function intervalsPerDay() external pure returns (uint8) {
        return I;
    }

    /// @inheritdoc IPriceDayPoints
    function maxDays() external pure returns (uint8) {
        return MAXD;
    }

    /// @inheritdoc IPriceDayPoints
    function dayPoint(uint256 residue, int256[] calldata prices) external view returns (uint256 x, uint256 y) {
        if (residue >= MAXD || prices.length != I) revert BadDay(residue, prices.length);
        uint256[4] memory acc;
        bool ok = true;
        for (uint256 s = 0; s < I; ++s) {
            int256 p = prices[s];
            if (p == 0) continue;
            // the field element of a signed price: p, or r - |p| (spec section 11)
            uint256 m = p > 0 ? uint256(p) : uint256(-p);
            if (m >= R) revert BadDay(residue, prices.length);
            uint256 j = residue * I + s;
            (uint256 px, uint256 py) = _tablePoint(j);
            ok = ok && _mulAdd(acc, px, py, p > 0 ? m : R - m);
        }
        if (!ok) revert BadDay(residue, prices.length);
        (x, y) = (acc[0], acc[1]);
    }

${disclosed ? disclosedEntryPoints(words) : plainEntryPoints}    /// @dev IC0 + keyHash IC1 + terms IC2 + domain IC6.
    function _fold(uint256 keyHash, uint256 terms, uint256 domain) private view returns (bool ok, uint256[2] memory base) {
        uint256[4] memory acc;
        acc[0] = IC0X;
        acc[1] = IC0Y;
        ok = _mulAdd(acc, IC1X, IC1Y, keyHash) && _mulAdd(acc, IC2X, IC2Y, terms) && _mulAdd(acc, IC6X, IC6Y, domain);
        (base[0], base[1]) = (acc[0], acc[1]);
    }

    /// @dev The pairing check with vk_x = base + period IC3 + amounts IC4 + firstDay IC5 + pricePoint${disclosed ? " + the disclosure words after the first (the regulator key's y is in base) times ICD1.." : ''}.
    function _verify(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[${PRICE_VERIFIER_SIGNALS}] calldata s,${disclosed ? `\n        uint256[${words}] calldata disclosure,` : ''}
        uint256[2] calldata pricePoint,
        uint256[2] memory base
    ) private view returns (bool) {
        uint256[4] memory acc;
        acc[0] = pricePoint[0];
        acc[1] = pricePoint[1];
        acc[2] = base[0];
        acc[3] = base[1];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 6, acc, 128, acc, 64)
        }
        ok = ok && _mulAdd(acc, IC3X, IC3Y, s[2]) && _mulAdd(acc, IC4X, IC4Y, s[3]) && _mulAdd(acc, IC5X, IC5Y, s[4]);
${Array.from({ length: Math.max(0, words - 1) }, (_, k) => `        ok = ok && _mulAdd(acc, ICD${k + 1}X, ICD${k + 1}Y, disclosure[${k + 1}]);\n`).join('')}        if (!ok) return false;
        uint256[24] memory input;
        input[0] = a[0];
        input[1] = (Q - (a[1] % Q)) % Q;
        input[2] = b[0][0];
        input[3] = b[0][1];
        input[4] = b[1][0];
        input[5] = b[1][1];
        input[6] = ALPHA_X;
        input[7] = ALPHA_Y;
        input[8] = BETA_X1;
        input[9] = BETA_X2;
        input[10] = BETA_Y1;
        input[11] = BETA_Y2;
        input[12] = acc[0];
        input[13] = acc[1];
        input[14] = GAMMA_X1;
        input[15] = GAMMA_X2;
        input[16] = GAMMA_Y1;
        input[17] = GAMMA_Y2;
        input[18] = c[0];
        input[19] = c[1];
        input[20] = DELTA_X1;
        input[21] = DELTA_X2;
        input[22] = DELTA_Y1;
        input[23] = DELTA_Y2;
        uint256[1] memory out;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 8, input, 768, out, 32)
        }
        return ok && out[0] == 1;
    }

    /// @dev IC_{7+j}: 64 bytes at 1 + 64 (j mod ${IC_TABLE_POINTS}) of its table's code.
    function _tablePoint(uint256 j) private view returns (uint256 x, uint256 y) {
        address table = ${pick};
        uint256 off = 1 + 64 * (j % ${IC_TABLE_POINTS});
        uint256[2] memory p;
        assembly ("memory-safe") {
            extcodecopy(table, p, off, 64)
        }
        (x, y) = (p[0], p[1]);
    }

    /// @dev acc[0..1] += scalar * (px, py), scalar < r; acc[2..3] is scratch. False if a precompile fails.
    function _mulAdd(uint256[4] memory acc, uint256 px, uint256 py, uint256 scalar) private view returns (bool ok) {
        if (scalar == 0) return true;
        uint256[3] memory io;
        io[0] = px;
        io[1] = py;
        io[2] = scalar;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 7, io, 96, add(acc, 64), 64)
            ok := and(ok, staticcall(gas(), 6, acc, 128, acc, 64))
        }
    }
}
`;
}
