// The layers point one way: core <- prover <- sdk <- cli, wallet on top, the build pipeline
// (circuits/build) beside the circuits. This walks every relative import of every source file
// and fails on one that points up or sideways, or on a Node built-in in a browser-safe layer.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Layer of a repository path, and the layers it may import. */
const LAYERS: { name: string; dir: string; may: string[] }[] = [
  { name: 'core', dir: 'core/src', may: [] },
  { name: 'prover', dir: 'prover/src', may: ['core'] },
  { name: 'build', dir: 'circuits/build', may: ['core', 'prover'] },
  // Contract bindings that `npm run build` generates from contracts/ (typechain).
  { name: 'bindings', dir: 'typechain-types', may: [] },
  { name: 'sdk', dir: 'sdk/src', may: ['core', 'prover', 'bindings'] },
  { name: 'cli', dir: 'cli/src', may: ['core', 'prover', 'sdk', 'build'] },
  { name: 'wallet', dir: 'wallet/src', may: ['core', 'prover', 'sdk'] },
];

function layerOf(path: string): string | undefined {
  const rel = relative(ROOT, path);
  return LAYERS.find((l) => rel === l.dir || rel.startsWith(`${l.dir}/`))?.name;
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const SPEC = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"](\.[^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(SPEC)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Every import that breaks the layering, as `file -> target`. */
export function violations(): string[] {
  const out: string[] = [];
  for (const layer of LAYERS) {
    if (layer.name === 'bindings') continue;
    for (const file of sources(layer.dir)) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) {
          if (layer.name === 'core' && spec.startsWith('node:')) out.push(`${relative(ROOT, file)} -> ${spec} (core runs in a browser)`);
          continue;
        }
        const target = resolve(dirname(file), spec);
        const to = layerOf(target);
        if (to === layer.name) continue;
        if (to === undefined || !layer.may.includes(to)) out.push(`${relative(ROOT, file)} -> ${relative(ROOT, target)}`);
      }
    }
  }
  return out;
}

// Value imports only (`import type` is erased): what a bundler loads into the page.
const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;

/**
 * Every Node built-in in the static import graph of `entries`, as `file -> node:x`. The wallet's pages
 * run in a browser, where Vite externalizes a built-in and the page fails at its first use (a layer
 * rule cannot see it: sdk may import Node modules, the wallet only some sdk files).
 */
export function builtinsReachedFrom(entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  const out: string[] = [];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      const spec = m[1]!;
      if (spec.startsWith('node:')) out.push(`${relative(ROOT, file)} -> ${spec}`);
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      const ts = [target.replace(/\.js$/, '.ts'), target.replace(/\.mjs$/, '.mts'), target].find((c) => existsSync(c) && /\.m?[jt]s$/.test(c));
      if (ts !== undefined) stack.push(ts);
    }
  }
  return out;
}

describe('layers', () => {
  it('every import points down (core <- prover <- sdk <- cli; wallet on top; build beside circuits)', () => {
    expect(violations()).toEqual([]);
  });

  it("the wallet's static import graph holds no Node built-in (its pages run in a browser)", () => {
    expect(builtinsReachedFrom(sources('wallet/src').filter((f) => f.endsWith('.ts')))).toEqual([]);
    // and the walk can fail: the Node audit reaches the file system
    expect(builtinsReachedFrom([join(ROOT, 'sdk/src/audit/audit.ts')]).some((v) => v.includes('node:fs'))).toBe(true);
  });

  it('the walk sees imports (so it can fail)', () => {
    const cli = sources('cli/src').flatMap(importsOf);
    expect(cli.some((s) => s.includes('sdk/src'))).toBe(true);
    expect(layerOf(join(ROOT, 'sdk/src/index.ts'))).toBe('sdk');
  });
});
