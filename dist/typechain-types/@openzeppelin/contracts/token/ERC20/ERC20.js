export {};
//# sourceMappingURL=ERC20.js.map