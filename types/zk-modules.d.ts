// Minimal typings for untyped ZK libraries; only what wattproof calls.
declare module 'snarkjs';
declare module 'circomlibjs';
declare module 'ffjavascript';
declare module 'circom_runtime';
