export {};
//# sourceMappingURL=SafeERC20.js.map