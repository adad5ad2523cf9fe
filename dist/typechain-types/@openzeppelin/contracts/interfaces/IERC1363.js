export {};
//# sourceMappingURL=IERC1363.js.map