export {};
//# sourceMappingURL=ReentrancyGuardTransient.js.map