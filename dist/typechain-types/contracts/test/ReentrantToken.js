export {};
//# sourceMappingURL=ReentrantToken.js.map