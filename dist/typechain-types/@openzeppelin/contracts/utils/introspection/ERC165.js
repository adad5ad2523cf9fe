export {};
//# sourceMappingURL=ERC165.js.map