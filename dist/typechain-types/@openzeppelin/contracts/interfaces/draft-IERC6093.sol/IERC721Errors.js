export {};
//# sourceMappingURL=IERC721Errors.js.map