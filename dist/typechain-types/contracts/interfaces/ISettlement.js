export {};
//# sourceMappingURL=ISettlement.js.map