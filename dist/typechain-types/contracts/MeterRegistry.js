export {};
//# sourceMappingURL=MeterRegistry.js.map