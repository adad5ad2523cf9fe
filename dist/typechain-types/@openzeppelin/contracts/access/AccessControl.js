export {};
//# sourceMappingURL=AccessControl.js.map