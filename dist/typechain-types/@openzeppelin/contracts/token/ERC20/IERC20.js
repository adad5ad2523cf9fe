export {};
//# sourceMappingURL=IERC20.js.map