export {};
//# sourceMappingURL=FeeToken.js.map