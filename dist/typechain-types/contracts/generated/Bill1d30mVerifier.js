export {};
//# sourceMappingURL=Bill1d30mVerifier.js.map