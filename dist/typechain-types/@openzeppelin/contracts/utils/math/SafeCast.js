export {};
//# sourceMappingURL=SafeCast.js.map