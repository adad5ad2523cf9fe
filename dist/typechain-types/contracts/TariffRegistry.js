export {};
//# sourceMappingURL=TariffRegistry.js.map