export {};
//# sourceMappingURL=IAccessControl.js.map