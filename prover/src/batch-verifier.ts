/**
 * Solidity source of a bill or market circuit's batch verifier, rendered from its Groth16 verification key.
 *
 * The contract keeps the key as constants (like snarkjs's verifier), so that anyone can regenerate
 * it from the published key, compile it with the pinned solc and compare bytecode (the audit does).
 * It checks one proof, or many proofs of the same key with one multi-pairing over a random linear
 * combination (coefficients derived from keccak of every proof and signal in the call). The domain
 * signal (fifth of a bill, last of a market circuit) is folded into a base point that the caller
 * computes once with `foldDomain`; a bill's settlement also folds the signals that stay the same bill
 * after bill (`foldSignals`) and checks single proofs itself with the key it copies (`verifyingKey`), a
 * market settlement folds its key and terms (`foldBase`). One template renders both layouts,
 * parameterised by the domain's index and the layout's folding functions. Pure string rendering: the
 * build pipeline writes the file and the audit re-renders it.
 * @packageDocumentation
 */

/** A snarkjs Groth16 verification key (the fields the verifier needs). */
export interface Groth16VerificationKey {
  nPublic: number;
  vk_alpha_1: readonly (string | bigint)[];
  vk_beta_2: readonly (readonly (string | bigint)[])[];
  vk_gamma_2: readonly (readonly (string | bigint)[])[];
  vk_delta_2: readonly (readonly (string | bigint)[])[];
  IC: readonly (readonly (string | bigint)[])[];
}

/**
 * The batch verifier serves bill circuits: five public signals, the fifth the domain, then any
 * extra signals a circuit appends (a yearly circuit's year-to-date commitments, spec §7), which
 * single-proof settlement folds into the base point with `foldExtra`.
 */
export const BATCH_VERIFIER_SIGNALS = 5;

/**
 * Market circuits (docs/market-spec.md section 7) have seven public signals, the last the domain: their
 * batch verifier is rendered from the same template with six multiplied signals.
 */
export const MARKET_VERIFIER_SIGNALS = 7;

/** What the rendered verifier serves, by its number of public signals. */
const SERVES: Record<number, { what: string; batchSignals: string }> = {
  [BATCH_VERIFIER_SIGNALS]: { what: 'bill circuit', batchSignals: '[keyHash, tariffCommitment, period, amounts]' },
  [MARKET_VERIFIER_SIGNALS]: { what: 'market circuit', batchSignals: '[keyHash, termsCommitment, period, amounts, chainAfter, chainBefore]' },
};

/** Contract name of a circuit's batch verifier: `bill_1d_30m` -> `Bill1d30mBatchVerifier`. */
export function batchVerifierContractName(circuit: string): string {
  const pascal = circuit
    .split('_')
    .filter((p) => p !== '')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
  return `${pascal}BatchVerifier`;
}

const dec = (v: string | bigint | undefined): string => {
  if (v === undefined) throw new Error('verification key: missing coordinate');
  const s = String(v);
  if (!/^[0-9]+$/.test(s)) throw new Error(`verification key: not a decimal integer: ${s.slice(0, 40)}`);
  return s;
};

/** Which layout a key's verifier has: a bill's (the domain fifth, extra signals after it) or a market's. */
type Layout = 'bill' | 'market';

/**
 * Render the batch verifier for `vkey` as Solidity source: one template, parameterised by the domain's index
 * and what the layout folds (a market circuit: seven signals, the domain last, foldBase for its key and terms;
 * a bill circuit: the domain fifth, foldSignals for any signals, extra signals after the domain).
 * @param header - comment lines placed after the SPDX line (provenance); default none
 */
export function renderBatchVerifierSource(vkey: Groth16VerificationKey, contractName: string, header: readonly string[] = []): string {
  if (vkey.IC.length !== vkey.nPublic + 1) {
    throw new Error(`a batch verifier needs a key whose IC list has one point per public signal and one more (${vkey.nPublic} public signals)`);
  }
  // No bill circuit has exactly two extra signals, so seven signals are a market circuit's.
  if (vkey.nPublic === MARKET_VERIFIER_SIGNALS) return renderLayout(vkey, contractName, header, 'market');
  if (vkey.nPublic < BATCH_VERIFIER_SIGNALS) {
    throw new Error(`a batch verifier needs a key with at least ${BATCH_VERIFIER_SIGNALS} public signals (got ${vkey.nPublic})`);
  }
  return renderLayout(vkey, contractName, header, 'bill');
}

/**
 * The one template of both layouts: signals 0..K-1 are multiplied per proof (a batch's proof struct holds them and
 * nothing more; verifyWithBase's signal array also the domain), signal K is the domain, folded into the base; a
 * bill circuit's signals after the domain (`extra`) are folded in by the caller (foldExtra, foldSignals).
 */
function renderLayout(vkey: Groth16VerificationKey, contractName: string, header: readonly string[], layout: Layout): string {
  const N = vkey.nPublic;
  const market = layout === 'market';
  const serves = market ? SERVES[MARKET_VERIFIER_SIGNALS]! : SERVES[BATCH_VERIFIER_SIGNALS]!;
  // the domain's index; signals before it are multiplied per proof
  const K = market ? N - 1 : BATCH_VERIFIER_SIGNALS - 1;
  // signals in verifyWithBase's array: the multiplied ones and the domain (verifyBatch's BatchProof has no domain)
  const structN = K + 1;
  // a bill circuit's signals after the domain (0 for a plain bill, 3 for a yearly one, 6 with disclosure)
  const extra = N - structN;
  const nSignals = N;
  // The domain is folded into the base; K signals are multiplied per proof. A proof's words, as a BatchProof
  // lays them out in calldata: a (2), b (4), c (2), signals 0..K-1.
  const W = 8 + K;
  // io scratch: 128 bytes for the precompiles, then acc: sumR, t0..t{K-1}, C' (x, y)
  const accWords = K + 3;
  const cAt = 128 + 32 * (K + 1);
  const proofWords = Array.from({ length: K }, (_, i) => `        words[${8 + i}] = _pubSignals[${i}];`).join('\n');
  // A zero sum is skipped (0 * P is the point at infinity, the identity), so that signals folded into the base
  // (verifyWithFoldedBase, verifyWithFolded pass them as 0) cost no multiplication.
  const mulAccs = Array.from(
    { length: K },
    (_, j) => `                {
                    let t := mload(add(io, ${160 + 32 * j}))
                    if t { ok := and(ok, mulAcc(io, vk, IC${j + 1}X, IC${j + 1}Y, t)) }
                }`,
  ).join('\n');
  const marketExtras = market
    ? `
    /// @notice The base point IC0 + domain * IC7 + keyHash * IC1 + terms * IC2 of the proofs bound to
    ///         \`domain\`, meter key hash \`keyHash\` and terms commitment \`terms\` (signals 6, 0 and 1): a
    ///         market settlement keeps it per (key, terms), which settle day after day alike.
    function foldBase(uint256 domain, uint256 keyHash, uint256 terms) external view returns (uint256 x, uint256 y) {
        bool ok;
        (ok, x, y) = _fold(domain);
        require(ok && domain < R && keyHash < R && terms < R, "bad signal");
        uint256[4] memory io;
        io[0] = IC1X;
        io[1] = IC1Y;
        io[2] = keyHash;
        uint256[4] memory acc;
        acc[0] = x;
        acc[1] = y;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 7, io, 96, add(acc, 64), 64)
            ok := and(ok, staticcall(gas(), 6, acc, 128, acc, 64))
        }
        io[0] = IC2X;
        io[1] = IC2Y;
        io[2] = terms;
        assembly ("memory-safe") {
            ok := and(ok, staticcall(gas(), 7, io, 96, add(acc, 64), 64))
            ok := and(ok, staticcall(gas(), 6, acc, 128, acc, 64))
        }
        require(ok, "bad signal");
        (x, y) = (acc[0], acc[1]);
    }

    /// @notice Checks one proof against \`base\` = foldBase(publicSignals[6], publicSignals[0], publicSignals[1]),
    ///         which it does not read (the caller checked those signals and that every signal is below r):
    ///         four signals are multiplied, not six.
    function verifyWithFoldedBase(
        uint256[2] calldata _pA,
        uint256[2][2] calldata _pB,
        uint256[2] calldata _pC,
        uint256[7] calldata _pubSignals,
        uint256[2] calldata base
    ) external view returns (bool) {
        uint256[] memory words = new uint256[](14);
        words[0] = _pA[0];
        words[1] = _pA[1];
        words[2] = _pB[0][0];
        words[3] = _pB[0][1];
        words[4] = _pB[1][0];
        words[5] = _pB[1][1];
        words[6] = _pC[0];
        words[7] = _pC[1];
        // words[8], words[9] (key hash, terms) stay 0: folded into the base
        words[10] = _pubSignals[2];
        words[11] = _pubSignals[3];
        words[12] = _pubSignals[4];
        words[13] = _pubSignals[5];
        return _check(words, 1, [base[0], base[1]]);
    }
`
    : '';
  // Bill layout: fold any signals (foldSignals), check one proof against a folded point (verifyWithFolded), give
  // the key to Settlement (verifyingKey); a circuit with extra signals also has extraSignalCount and foldExtra.
  const layoutFunctions = market
    ? `${marketExtras}\n`
    : `
    /// @notice IC0 + the sum of signals[j] * IC(j + 1) over the non-zero signals[j] (each below r): the part of
    ///         the public-input point fixed by the signals given, the others passed as 0. A settlement folds
    ///         the signals that stay the same bill after bill (domain, meter key hash, tariff commitment) once
    ///         and keeps the point.
    function foldSignals(uint256[] calldata signals) external view returns (uint256 x, uint256 y) {
        require(signals.length == ${nSignals}, "fold: wrong signal count");
        for (uint256 i = 0; i < ${nSignals}; ++i) {
            require(signals[i] < R, "fold: signal not below r");
        }
        bool ok;
        (ok, x, y) = _foldSignals(IC0X, IC0Y, signals);
        require(ok, "fold: point operation failed");
    }

    /// @notice Checks one proof whose public-input point is \`base\` + the sum of rest[j] * IC(j + 1) over the
    ///         non-zero rest[j]: the caller folded the other signals into \`base\` with foldSignals (and passes
    ///         them here as 0) and checked that every signal is below r. Only the signals that change from
    ///         bill to bill are multiplied.
    function verifyWithFolded(
        uint256[2] calldata _pA,
        uint256[2][2] calldata _pB,
        uint256[2] calldata _pC,
        uint256[] calldata rest,
        uint256[2] calldata base
    ) external view returns (bool) {
        if (rest.length != ${nSignals}) return false;
        (bool ok, uint256 x, uint256 y) = _foldSignals(base[0], base[1], rest);
        if (!ok) return false;
        uint256[] memory words = new uint256[](12);
        words[0] = _pA[0];
        words[1] = _pA[1];
        words[2] = _pB[0][0];
        words[3] = _pB[0][1];
        words[4] = _pB[1][0];
        words[5] = _pB[1][1];
        words[6] = _pC[0];
        words[7] = _pC[1];
        // words[8..11] stay 0: every signal is in (x, y), and _check skips a zero sum
        return _check(words, 1, [x, y]);
    }

    /// @notice The verification key in the pairing precompile's layout: \`pairing\` is alpha (x, y), then beta,
    ///         gamma and delta (each x1, x2, y1, y2, the precompile's order); \`ic\` the points IC0..IC${nSignals}. A
    ///         settlement contract copies it at deployment to check single proofs itself (no call here).
    function verifyingKey() external pure returns (uint256[14] memory pairing, uint256[2][] memory ic) {
        pairing = [
            ALPHA_X,
            ALPHA_Y,
            BETA_X1,
            BETA_X2,
            BETA_Y1,
            BETA_Y2,
            GAMMA_X1,
            GAMMA_X2,
            GAMMA_Y1,
            GAMMA_Y2,
            DELTA_X1,
            DELTA_X2,
            DELTA_Y1,
            DELTA_Y2
        ];
        ic = new uint256[2][](${nSignals + 1});
${Array.from({ length: nSignals + 1 }, (_, j) => `        ic[${j}] = [IC${j}X, IC${j}Y];`).join('\n')}
    }

${
  extra === 0
    ? ''
    : `    /// @notice How many public signals follow the domain (signal 4); they are the last ones.
    function extraSignalCount() external pure returns (uint256) {
        return ${extra};
    }

    /// @notice base + sum extra[j] * IC(6 + j): the base point of a proof whose signals 5.. are extra
    ///         (the caller checked that each is below r), for verifyWithBase.
    function foldExtra(uint256[2] calldata base, uint256[] calldata extra) external view returns (uint256 x, uint256 y) {
        require(extra.length == ${extra}, "extra: wrong signal count");
        bool ok = true;
        (x, y) = (base[0], base[1]);
        for (uint256 i = 0; i < ${extra}; ++i) {
            bool step;
            (step, x, y) = _mulAdd(x, y, i, extra[i]);
            ok = ok && step;
        }
        require(ok, "extra: point operation failed");
    }

`
}`;
  const layoutPrivate = market
    ? '\n'
    : `
    /// (x, y) + the sum of s[j] * IC(j + 1) over the non-zero s[j] (0 * P is the identity: no multiplication).
    function _foldSignals(uint256 x, uint256 y, uint256[] calldata s) private view returns (bool ok, uint256, uint256) {
        uint256[4] memory io;
        ok = true;
${Array.from(
  { length: nSignals },
  (_, j) => `        if (s[${j}] != 0) {
            (io[0], io[1], io[2]) = (IC${j + 1}X, IC${j + 1}Y, s[${j}]);
            (ok, x, y) = _mulAddPoint(io, x, y, ok);
        }`,
).join('\n')}
        return (ok, x, y);
    }

    /// io = (P, s): (x, y) + s * P, and whether every operation so far succeeded.
    function _mulAddPoint(uint256[4] memory io, uint256 x, uint256 y, bool okSoFar)
        private
        view
        returns (bool ok, uint256, uint256)
    {
        assembly ("memory-safe") {
            ok := staticcall(gas(), 7, io, 96, io, 64)
        }
        io[2] = x;
        io[3] = y;
        bool added;
        assembly ("memory-safe") {
            added := staticcall(gas(), 6, io, 128, io, 64)
        }
        return (okSoFar && ok && added, io[0], io[1]);
    }

${
  extra === 0
    ? ''
    : `    /// (x, y) + s * IC(6 + i), the point of extra signal i.
    function _mulAdd(uint256 x, uint256 y, uint256 i, uint256 s) private view returns (bool ok, uint256 rx, uint256 ry) {
        uint256[4] memory io;
${Array.from({ length: extra }, (_, j) => `        ${j === 0 ? '' : 'else '}if (i == ${j}) (io[0], io[1]) = (IC${6 + j}X, IC${6 + j}Y);`).join('\n')}
        io[2] = s;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 7, io, 96, io, 64)
        }
        if (!ok) return (false, 0, 0);
        io[2] = x;
        io[3] = y;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 6, io, 128, io, 64)
        }
        return (ok, io[0], io[1]);
    }

`
}`;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(contractName)) throw new Error(`bad contract name ${contractName}`);
  const g2 = (name: string, p: readonly (readonly (string | bigint)[])[]) =>
    [
      `    uint256 internal constant ${name}_X1 = ${dec(p[0]?.[1])};`,
      `    uint256 internal constant ${name}_X2 = ${dec(p[0]?.[0])};`,
      `    uint256 internal constant ${name}_Y1 = ${dec(p[1]?.[1])};`,
      `    uint256 internal constant ${name}_Y2 = ${dec(p[1]?.[0])};`,
    ].join('\n');
  const ic = vkey.IC.map((p, i) => `    uint256 internal constant IC${i}X = ${dec(p[0])};\n    uint256 internal constant IC${i}Y = ${dec(p[1])};`).join('\n');
  return `// SPDX-License-Identifier: GPL-3.0-or-later
${header.map((l) => `// ${l}`).join('\n')}${header.length > 0 ? '\n' : ''}pragma solidity 0.8.28;

/// @title Groth16 batch verifier of one ${serves.what} instance (generated from its verification key)
/// @notice verifyProof checks one proof (the snarkjs verifier's ABI). verifyBatch checks many proofs of
///         this key with one multi-pairing: with coefficients rho_i derived from keccak256 of every proof
///         and signal of the call (so fixed only after the proofs are), it checks
///         prod e(-rho_i A_i, B_i) * e(sum(rho_i) alpha, beta) * e(sum(rho_i) vk_i, gamma) * e(sum(rho_i C_i), delta) == 1,
///         which holds for valid proofs and, if any proof is invalid, only with probability 1/r over the
///         choice of one coefficient (Schwartz-Zippel on a polynomial of degree 1 in it; r ~ 2^254).
contract ${contractName} {
    /// @notice BN254 scalar field size.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice BN254 base field size.
    uint256 internal constant Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583;

    uint256 internal constant ALPHA_X = ${dec(vkey.vk_alpha_1[0])};
    uint256 internal constant ALPHA_Y = ${dec(vkey.vk_alpha_1[1])};
${g2('BETA', vkey.vk_beta_2)}
${g2('GAMMA', vkey.vk_gamma_2)}
${g2('DELTA', vkey.vk_delta_2)}
${ic}

    /// @notice A proof of a batch in the snarkjs Solidity argument layout with its public signals but the domain,
    ///         ${serves.batchSignals}: the domain is the caller's (folded into \`base\`), not the proof's to carry.
    struct BatchProof {
        uint256[2] a;
        uint256[2][2] b;
        uint256[2] c;
        uint256[${K}] signals;
    }

    /// @notice Checks one proof (the snarkjs verifier's ABI and semantics).
    /// @return true iff every signal is below r and the proof verifies
    function verifyProof(
        uint256[2] calldata _pA,
        uint256[2][2] calldata _pB,
        uint256[2] calldata _pC,
        uint256[${N}] calldata _pubSignals
    ) external view returns (bool) {
        for (uint256 i = 0; i < ${N}; ++i) {
            if (_pubSignals[i] >= R) return false;
        }
        (bool ok, uint256 bx, uint256 by) = _fold(_pubSignals[${K}]);
        if (!ok) return false;${
          extra === 0
            ? ''
            : `
        for (uint256 i = 0; i < ${extra}; ++i) {
            (ok, bx, by) = _mulAdd(bx, by, i, _pubSignals[5 + i]);
            if (!ok) return false;
        }`
        }
        uint256[] memory words = new uint256[](${W});
        words[0] = _pA[0];
        words[1] = _pA[1];
        words[2] = _pB[0][0];
        words[3] = _pB[0][1];
        words[4] = _pB[1][0];
        words[5] = _pB[1][1];
        words[6] = _pC[0];
        words[7] = _pC[1];
        for (uint256 i = 0; i < ${K}; ++i) {
            words[8 + i] = _pubSignals[i];
        }
        return _check(words, 1, [bx, by]);
    }

    /// @notice Checks one proof against \`base\` = foldDomain(publicSignals[${K}]) (which it does not read; the
    ///         caller checked the domain and that every signal is below r).
    function verifyWithBase(
        uint256[2] calldata _pA,
        uint256[2][2] calldata _pB,
        uint256[2] calldata _pC,
        uint256[${structN}] calldata _pubSignals,
        uint256[2] calldata base
    ) external view returns (bool) {
        uint256[] memory words = new uint256[](${W});
        words[0] = _pA[0];
        words[1] = _pA[1];
        words[2] = _pB[0][0];
        words[3] = _pB[0][1];
        words[4] = _pB[1][0];
        words[5] = _pB[1][1];
        words[6] = _pC[0];
        words[7] = _pC[1];
${proofWords}
        return _check(words, 1, [base[0], base[1]]);
    }

    /// @notice The base point IC0 + domain * IC${K + 1} for proofs bound to \`domain\` (public signal ${K}).
    function foldDomain(uint256 domain) external view returns (uint256 x, uint256 y) {
        bool ok;
        (ok, x, y) = _fold(domain);
        require(ok && domain < R, "bad domain");
    }
${layoutFunctions}    /// @notice Checks the proofs \`proofs[i]\` whose bit i is set in \`include\` (bit i % 256 of word i / 256)
    ///         against \`base\` = foldDomain(d), d the domain of the caller's deployment: a proof carries no domain
    ///         (BatchProof), every included one is checked as one made for d, so a proof made for another domain
    ///         does not verify. Nor does this function check that signals are below r (the caller did). The
    ///         coefficients hash every proof and signal of the call, included or not, and the base.
    /// @return true iff every included proof verifies (also true when none is included)
    function verifyBatch(BatchProof[] calldata proofs, uint256[] calldata include, uint256[2] calldata base)
        external
        view
        returns (bool)
    {
        uint256 n = proofs.length;
        require(include.length == (n + 255) >> 8, "include: one bit per proof");
        uint256 count = 0;
        for (uint256 i = 0; i < n; ++i) {
            if ((include[i >> 8] >> (i & 255)) & 1 == 1) ++count;
        }
        if (count == 0) return true;
        // The seed commits to every proof and signal of the call (included or not), to the base (so to the
        // domain folded into it), this verifier and the chain. It is hashed from one copy of the proofs, which
        // then becomes \`words\`: each included proof's ${W} words (a, b, c, signals 0-${K - 1}) moved down in place
        // over the excluded ones (a move never overtakes its source). One copy of the proofs in memory, not two
        // (issue 15: memory is priced quadratically).
        bytes32 seed;
        uint256[] memory words;
        assembly ("memory-safe") {
            let len := mul(n, ${32 * W})
            words := mload(0x40)
            let m := add(words, 32)
            calldatacopy(m, proofs.offset, len)
            mstore(add(m, len), calldataload(base))
            mstore(add(m, add(len, 32)), calldataload(add(base, 32)))
            mstore(add(m, add(len, 64)), address())
            mstore(add(m, add(len, 96)), chainid())
            seed := keccak256(m, add(len, 128))
            let dst := m
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                if and(shr(and(i, 255), calldataload(add(include.offset, mul(shr(8, i), 32)))), 1) {
                    let src := add(m, mul(i, ${32 * W}))
                    if iszero(eq(dst, src)) { mcopy(dst, src, ${32 * W}) }
                    dst := add(dst, ${32 * W})
                }
            }
            mstore(words, mul(count, ${W}))
            mstore(0x40, dst)
        }
        return _check(words, uint256(seed), [base[0], base[1]]);
    }

    // -------------------------------------------------------------------- internal

    function _fold(uint256 domain) private view returns (bool ok, uint256 x, uint256 y) {
        uint256[4] memory io;
        io[0] = IC${K + 1}X;
        io[1] = IC${K + 1}Y;
        io[2] = domain;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 7, io, 96, io, 64)
        }
        if (!ok) return (false, 0, 0);
        io[2] = IC0X;
        io[3] = IC0Y;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 6, io, 128, io, 64)
        }
        return (ok, io[0], io[1]);
    }
${layoutPrivate}    /// words: per proof a.x a.y b00 b01 b10 b11 c.x c.y ${Array.from({ length: K }, (_, i) => `s${i}`).join(' ')}. A single proof is checked exactly
    /// (coefficient 1); otherwise rho_i = keccak(seed, i) mod r, never zero.
    function _check(uint256[] memory words, uint256 seed, uint256[2] memory base) private view returns (bool ok) {
        assembly ("memory-safe") {
            // rho * (x, y) + (acc) -> acc, with io as 128 bytes of scratch
            function mulAcc(io, acc, x, y, s) -> success {
                mstore(io, x)
                mstore(add(io, 32), y)
                mstore(add(io, 64), s)
                success := staticcall(gas(), 7, io, 96, io, 64)
                mstore(add(io, 64), mload(acc))
                mstore(add(io, 96), mload(add(acc, 32)))
                success := and(success, staticcall(gas(), 6, io, 128, acc, 64))
            }
            // one proof p (${W} words) with coefficient rho: pair (-rho A, B) at pp; C' += rho C; sums += rho s_j
            function addProof(p, pp, rho, io) -> success {
                let acc := add(io, 128)
                success := 1
                mstore(acc, addmod(mload(acc), rho, R))
                for { let j := 0 } lt(j, ${K}) { j := add(j, 1) } {
                    let a := add(acc, mul(add(j, 1), 32))
                    mstore(a, addmod(mload(a), mulmod(rho, mload(add(p, mul(add(j, 8), 32))), R), R))
                }
                switch eq(rho, 1)
                case 1 {
                    mstore(pp, mload(p))
                    mstore(add(pp, 32), mload(add(p, 32)))
                }
                default {
                    mstore(io, mload(p))
                    mstore(add(io, 32), mload(add(p, 32)))
                    mstore(add(io, 64), rho)
                    success := staticcall(gas(), 7, io, 96, pp, 64)
                }
                // negate: (x, q - y); the point at infinity stays (0, 0)
                let ay := mload(add(pp, 32))
                if iszero(lt(ay, Q)) { success := 0 }
                if ay { mstore(add(pp, 32), sub(Q, ay)) }
                mstore(add(pp, 64), mload(add(p, 64)))
                mstore(add(pp, 96), mload(add(p, 96)))
                mstore(add(pp, 128), mload(add(p, 128)))
                mstore(add(pp, 160), mload(add(p, 160)))
                // C' (at acc + ${cAt - 128}) += rho * C (no multiplication when rho = 1)
                mstore(io, mload(add(p, 192)))
                mstore(add(io, 32), mload(add(p, 224)))
                if iszero(eq(rho, 1)) {
                    mstore(add(io, 64), rho)
                    success := and(success, staticcall(gas(), 7, io, 96, io, 64))
                }
                // the first proof's (C' still the point at infinity) needs no addition
                switch or(mload(add(acc, ${cAt - 128})), mload(add(acc, ${cAt - 96})))
                case 0 {
                    mstore(add(acc, ${cAt - 128}), mload(io))
                    mstore(add(acc, ${cAt - 96}), mload(add(io, 32)))
                }
                default {
                    mstore(add(io, 64), mload(add(acc, ${cAt - 128})))
                    mstore(add(io, 96), mload(add(acc, ${cAt - 96})))
                    success := and(success, staticcall(gas(), 6, io, 128, add(acc, ${cAt - 128}), 64))
                }
            }

            let count := div(mload(words), ${W})
            let pairs := mload(0x40)
            let io := add(pairs, mul(add(count, 3), 192))
            // io: 128 bytes of precompile scratch; then acc: sumR, t0..t${K - 1} (sums of rho * signal j), C' (x, y)
            mstore(0x40, add(io, ${128 + 32 * accWords}))
            for { let k := 0 } lt(k, ${accWords}) { k := add(k, 1) } { mstore(add(io, mul(add(k, 4), 32)), 0) }
            ok := 1
            {
                for { let i := 0 } lt(i, count) { i := add(i, 1) } {
                    // one proof: the exact Groth16 equation (coefficient 1)
                    let rho := 1
                    if gt(count, 1) {
                        mstore(io, seed)
                        mstore(add(io, 32), i)
                        rho := mod(keccak256(io, 64), R)
                        if iszero(rho) { rho := 1 }
                    }
                    ok := and(ok, addProof(add(add(words, 32), mul(i, ${32 * W})), add(pairs, mul(i, 192)), rho, io))
                }
            }
            {
                let tail := add(pairs, mul(count, 192))
                let sumR := mload(add(io, 128))
                // (sumR * alpha, beta)
                mstore(tail, ALPHA_X)
                mstore(add(tail, 32), ALPHA_Y)
                if iszero(eq(sumR, 1)) {
                    mstore(add(tail, 64), sumR)
                    ok := and(ok, staticcall(gas(), 7, tail, 96, tail, 64))
                }
                mstore(add(tail, 64), BETA_X1)
                mstore(add(tail, 96), BETA_X2)
                mstore(add(tail, 128), BETA_Y1)
                mstore(add(tail, 160), BETA_Y2)
                // (sumR * base + ${Array.from({ length: K }, (_, j) => `t${j} IC${j + 1}`).join(' + ')}, gamma)
                let vk := add(tail, 192)
                mstore(vk, mload(base))
                mstore(add(vk, 32), mload(add(base, 32)))
                if iszero(eq(sumR, 1)) {
                    mstore(add(vk, 64), sumR)
                    ok := and(ok, staticcall(gas(), 7, vk, 96, vk, 64))
                }
            }
            {
                let vk := add(pairs, mul(add(count, 1), 192))
${mulAccs}
                mstore(add(vk, 64), GAMMA_X1)
                mstore(add(vk, 96), GAMMA_X2)
                mstore(add(vk, 128), GAMMA_Y1)
                mstore(add(vk, 160), GAMMA_Y2)
                // (C', delta)
                let cd := add(vk, 192)
                mstore(cd, mload(add(io, ${cAt})))
                mstore(add(cd, 32), mload(add(io, ${cAt + 32})))
                mstore(add(cd, 64), DELTA_X1)
                mstore(add(cd, 96), DELTA_X2)
                mstore(add(cd, 128), DELTA_Y1)
                mstore(add(cd, 160), DELTA_Y2)
            }
            if ok {
                ok := staticcall(gas(), 8, pairs, mul(add(count, 3), 192), io, 32)
                ok := and(ok, mload(io))
            }
        }
    }
}
`;
}
