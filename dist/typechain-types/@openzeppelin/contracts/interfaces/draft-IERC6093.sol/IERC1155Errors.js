export {};
//# sourceMappingURL=IERC1155Errors.js.map