export {};
//# sourceMappingURL=TestToken.js.map