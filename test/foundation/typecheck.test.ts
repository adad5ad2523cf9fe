// The whole project (prover, sdk, scripts, tests, generated TypeChain bindings) type-checks
// under strict NodeNext. Run as a test so a type error is one named failure in `npm test`.
// The package's sources are checked by the build's `tsc -b tsconfig.build.json` (same options);
// when that build is up to date and error-free they are not checked a second time here
// (test/support/type-check.ts), which saves ~4.5 of the ~16 CPU-s of a full `tsc --noEmit` (its own process).
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TypeCheckResult, typeCheck } from '../support/type-check.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the repository', () => {
  let result: TypeCheckResult;
  beforeAll(() => {
    result = typeCheck(ROOT);
  });

  it('type-checks (tsc --noEmit -p tsconfig.json, less what its up-to-date build checked)', () => {
    // Show the compiler's own messages on failure.
    expect(result.errors.trim(), 'tsc output').toBe('');
    expect(result.checked).toContain(join(ROOT, 'test', 'foundation', 'typecheck.test.ts'));
  });

  // The wallet's browser code, Vite server and config are checked here: a second tsc run over
  // wallet/tsconfig.json re-checked the whole shared core and sdk (~8 s of CPU a run) for nothing
  // more. This holds the type-check to covering every wallet source.
  it('checks every wallet source (browser code, Vite server, config)', async () => {
    const checked = new Set(result.checked);
    const walletSources = [
      ...(await readdir(join(ROOT, 'wallet', 'src'), { recursive: true })).map((f) => join(ROOT, 'wallet', 'src', f)),
      ...(await readdir(join(ROOT, 'wallet', 'server'), { recursive: true })).map((f) => join(ROOT, 'wallet', 'server', f)),
      join(ROOT, 'wallet', 'vite.config.ts'),
    ].filter((f) => f.endsWith('.ts'));
    expect(walletSources.length).toBeGreaterThan(3);
    expect(walletSources.filter((f) => !checked.has(f))).toEqual([]);
  });
});

/** The package's function returning a string where it declares a number (TS2322). */
const BAD_LIB = "export function double(x: number): number {\n  return x > 0 ? 'positive' : 'not';\n}\n";

// A small project shaped like the repository: a "package" the build compiles, and an app (tests)
// only the type-check sees.
describe('the type-check leaves nothing unchecked', () => {
  let dir: string;
  const files = (over: Record<string, string> = {}): Record<string, string> => ({
    // noLib and these few global types instead of the ES library: each program here is then
    // milliseconds of CPU, not the half second that parsing lib.es2022 costs.
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        strict: true,
        noLib: true,
        types: [],
        target: 'ES2022',
        module: 'ES2022',
        moduleResolution: 'bundler',
        declaration: true,
        outDir: 'dist',
        rootDir: '.',
      },
      include: ['lib', 'app', 'globals.d.ts'],
    }),
    'tsconfig.build.json': JSON.stringify({
      extends: './tsconfig.json',
      compilerOptions: { noEmit: false, tsBuildInfoFile: 'dist/.tsbuildinfo' },
      include: ['lib', 'globals.d.ts'],
    }),
    'globals.d.ts': [
      'Array<T> { length: number; [n: number]: T }',
      'Boolean {}',
      'CallableFunction {}',
      'Function {}',
      'IArguments {}',
      'NewableFunction {}',
      'Number {}',
      'Object {}',
      'RegExp {}',
      'String {}',
    ]
      .map((t) => `interface ${t}\n`)
      .join(''),
    'lib/index.ts': 'export function double(x: number): number {\n  return x * 2;\n}\n',
    'app/use.ts': "import { double } from '../lib/index.js';\nexport const four: number = double(2);\n",
    ...over,
  });
  const write = async (fs: Record<string, string>) => {
    await rm(dir, { recursive: true, force: true });
    for (const [name, text] of Object.entries(fs)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), text);
    }
  };
  /** `tsc -b tsconfig.build.json` of the fixture: its exit status and messages. */
  const build = () => {
    const messages: string[] = [];
    const report = (d: ts.Diagnostic) => void messages.push(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    const host = ts.createSolutionBuilderHost(
      ts.sys,
      undefined,
      report,
      () => undefined,
      () => undefined,
    );
    return { status: ts.createSolutionBuilder(host, [join(dir, 'tsconfig.build.json')], {}).build(), messages };
  };
  const built = () => expect(build()).toEqual({ status: ts.ExitStatus.Success, messages: [] });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wattproof-typecheck-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('skips the built package only when its build is up to date, and still checks the rest', async () => {
    await write(files());
    expect(typeCheck(dir)).toMatchObject({ errors: '', libFromBuild: false });
    built();
    const r = typeCheck(dir);
    expect(r).toMatchObject({ errors: '', libFromBuild: true });
    expect(r.checked).toContain(join(dir, 'app', 'use.ts'));
    expect(r.checked).not.toContain(join(dir, 'lib', 'index.ts'));
  });

  it('reports an error in a file the build does not compile, with the build up to date', async () => {
    await write(files({ 'app/use.ts': "import { double } from '../lib/index.js';\nexport const four: string = double(2);\n" }));
    built();
    const r = typeCheck(dir);
    expect(r.libFromBuild).toBe(true);
    expect(r.errors).toMatch(/app\/use\.ts.*TS2322/);
  });

  it("reports a declaration error (as tsc --noEmit does under 'declaration')", async () => {
    await write(files({ 'app/use.ts': 'export const C = class {\n  private x = 1;\n};\n' }));
    const r = typeCheck(dir);
    // TS4094: a private member of an exported anonymous class; only declaration emit sees it.
    expect(r.errors).toMatch(/app\/use\.ts.*TS4094/);
  });

  it('checks the package again when its source changed after the build', async () => {
    await write(files());
    built();
    await writeFile(join(dir, 'lib', 'index.ts'), BAD_LIB);
    const later = new Date(Date.now() + 10_000);
    await utimes(join(dir, 'lib', 'index.ts'), later, later);
    const r = typeCheck(dir);
    expect(r.libFromBuild).toBe(false);
    expect(r.errors).toMatch(/lib\/index\.ts.*TS2322/);
  });

  it('checks the package when its last build had errors', async () => {
    await write(files({ 'lib/index.ts': BAD_LIB }));
    expect(build().status).not.toBe(ts.ExitStatus.Success);
    const r = typeCheck(dir);
    expect(r.libFromBuild).toBe(false);
    expect(r.errors).toMatch(/lib\/index\.ts.*TS2322/);
  });

  it('refuses a build config less strict than the type-check, and checks the package itself', async () => {
    const lax = JSON.stringify({
      extends: './tsconfig.json',
      compilerOptions: { noEmit: false, strict: false, tsBuildInfoFile: 'dist/.tsbuildinfo' },
      include: ['lib', 'globals.d.ts'],
    });
    await write(files({ 'tsconfig.build.json': lax, 'lib/index.ts': 'export function double(x) {\n  return x;\n}\n' }));
    built();
    const r = typeCheck(dir);
    expect(r.libFromBuild).toBe(false);
    expect(r.errors).toContain("compiler option 'strict'");
    // noImplicitAny (strict) in the type-check's own options: the untyped parameter is an error.
    expect(r.errors).toMatch(/lib\/index\.ts.*TS7006/);
  });
});
