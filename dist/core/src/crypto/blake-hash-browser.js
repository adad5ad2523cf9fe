/**
 * Stands in for the `blake-hash` package in browser builds (alias `blake-hash` to
 * `wattproof/browser-shims/blake-hash` in your bundler; the wallet does). circomlibjs imports it at the top
 * of its EdDSA and Pedersen modules, but only uses it to derive a public key from a private key
 * and to sign (`prv2pub`, `signPoseidon`), and for Pedersen hashes: things a meter does, never
 * a browser wallet, which only verifies signatures and Poseidon hashes. The real package needs Node's
 * Buffer and streams at load time; this stub keeps them out of the page and fails loudly if a
 * signing path is ever reached.
 * @packageDocumentation
 */
export default function createBlakeHash(algorithm) {
    throw new Error(`blake-hash (${algorithm}) is not available in a browser build: meter keys are derived and periods signed by the meter, not here`);
}
//# sourceMappingURL=blake-hash-browser.js.map