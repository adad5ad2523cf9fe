export {};
//# sourceMappingURL=IBatchVerifier.js.map