export {};
//# sourceMappingURL=IERC20Errors.js.map