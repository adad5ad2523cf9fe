export {};
//# sourceMappingURL=FoundationTinyVerifier.js.map