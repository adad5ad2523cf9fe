export {};
//# sourceMappingURL=IERC20Metadata.js.map