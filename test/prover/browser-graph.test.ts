// The browser face of the prover (prover/src/browser.ts and the Web Worker entry) must load in a
// browser: nothing it reaches through relative imports may import a Node built-in.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Every module reached from `entry` by value imports (type-only imports are erased), with the bare imports of each. */
function graph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const bare: string[] = [];
    seen.set(file, bare);
    for (const st of source.statements) {
      const isImport = ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly;
      const isExport = ts.isExportDeclaration(st) && !st.isTypeOnly && st.moduleSpecifier !== undefined;
      if (!isImport && !isExport) continue;
      const spec = ((st as ts.ImportDeclaration | ts.ExportDeclaration).moduleSpecifier as ts.StringLiteral).text;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else bare.push(spec);
    }
  };
  visit(entry);
  return seen;
}

describe('browser entry points import no Node built-ins', () => {
  it.each(['prover/src/browser.ts', 'prover/src/worker/browser-worker.ts'])('%s', (entry) => {
    const modules = graph(resolve(ROOT, entry));
    expect(modules.size).toBeGreaterThan(1);
    const offenders = [...modules].flatMap(([file, specs]) => specs.filter((s) => NODE_ONLY.has(s)).map((s) => `${file.slice(ROOT.length + 1)} imports ${s}`));
    expect(offenders).toEqual([]);
  });

  it('the check sees the Node face reach node: modules (so it can fail)', () => {
    const bare = [...graph(resolve(ROOT, 'prover/src/index.ts')).values()].flat();
    expect(bare).toContain('node:worker_threads');
    expect(bare).toContain('node:crypto');
  });
});
