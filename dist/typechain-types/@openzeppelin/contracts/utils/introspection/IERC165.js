export {};
//# sourceMappingURL=IERC165.js.map