export {};
//# sourceMappingURL=IBillVerifier.js.map