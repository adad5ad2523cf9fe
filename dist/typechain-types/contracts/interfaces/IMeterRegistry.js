export {};
//# sourceMappingURL=IMeterRegistry.js.map