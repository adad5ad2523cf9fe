#!/usr/bin/env node
// Launcher of the wattproof CLI: runs the TypeScript entry through tsx (no build step needed).
import { register } from 'tsx/esm/api';

register();
await import('../src/run.ts');
