export {};
//# sourceMappingURL=Pausable.js.map