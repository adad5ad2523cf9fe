export {};
//# sourceMappingURL=Settlement.js.map