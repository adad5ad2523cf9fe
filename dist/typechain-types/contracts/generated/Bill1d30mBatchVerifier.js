export {};
//# sourceMappingURL=Bill1d30mBatchVerifier.js.map