export {};
//# sourceMappingURL=ITariffRegistry.js.map