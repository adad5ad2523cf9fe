// The repository's type-check (tsconfig.json) without checking the package's sources a second
// time: the build's `tsc -b tsconfig.build.json` has already checked them (and declaration-emitted
// them) with the same compiler options, and left a build info that records whether it found
// errors. When that build is up to date, this program checks only the files the build does not
// (tests, scripts, bench, wallet, configs); otherwise it checks every file, as `tsc --noEmit` does.
import { resolve } from 'node:path';
import ts from 'typescript';

/**
 * Options that only say whether and where the build writes its build info: the only ones in which
 * the build's project may differ from the type-check's, so that its check is as strict as this one.
 */
const BUILD_ONLY_OPTIONS = new Set(['noEmit', 'tsBuildInfoFile', 'incremental', 'composite', 'configFilePath']);

/** What {@link typeCheck} found. */
export interface TypeCheckResult {
  /** The compiler's messages as tsc prints them; empty when everything type-checks. */
  errors: string;
  /** True when the build's sources were taken as checked by their up-to-date, error-free build. */
  libFromBuild: boolean;
  /** The files whose diagnostics this program computed (absolute paths). */
  checked: string[];
}

function parseConfig(path: string, diagnostics: ts.Diagnostic[]): ts.ParsedCommandLine | undefined {
  const host: ts.ParseConfigFileHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => void diagnostics.push(d) };
  const parsed = ts.getParsedCommandLineOfConfigFile(path, undefined, host);
  if (parsed !== undefined) diagnostics.push(...parsed.errors);
  return parsed;
}

/** The options in which the build's project differs from the type-check's, as messages. */
function optionDrift(check: ts.CompilerOptions, build: ts.CompilerOptions, buildConfig: string): string[] {
  const keys = new Set([...Object.keys(check), ...Object.keys(build)]);
  const drift: string[] = [];
  for (const k of [...keys].sort()) {
    if (BUILD_ONLY_OPTIONS.has(k)) continue;
    const a = JSON.stringify(check[k]);
    const b = JSON.stringify(build[k]);
    if (a !== b) drift.push(`${buildConfig}: compiler option '${k}' is ${b ?? 'unset'} there but ${a ?? 'unset'} in the type-check's config`);
  }
  return drift;
}

/** Whether `tsc -b buildConfig` would have nothing to do: outputs newer than inputs, same options, no recorded errors. */
function buildUpToDate(buildConfig: string): boolean {
  const quiet = () => undefined;
  const host = ts.createSolutionBuilderHost(ts.sys, undefined, quiet, quiet, quiet);
  return ts.createSolutionBuilder(host, [buildConfig], {}).getNextInvalidatedProject() === undefined;
}

/**
 * Type-checks `config` (noEmit, its declaration diagnostics included, as `tsc --noEmit -p`), leaving
 * out the root files of `buildConfig` when that project's `tsc -b` build is up to date and error-free.
 * The two configs must agree on every compiler option but {@link BUILD_ONLY_OPTIONS}; a difference
 * is reported as an error, and the build's files are then checked here.
 */
export function typeCheck(root: string, config = 'tsconfig.json', buildConfig = 'tsconfig.build.json'): TypeCheckResult {
  const configDiagnostics: ts.Diagnostic[] = [];
  const parsed = parseConfig(resolve(root, config), configDiagnostics);
  const built = parseConfig(resolve(root, buildConfig), configDiagnostics);
  const format = (ds: readonly ts.Diagnostic[]) =>
    ts.formatDiagnostics(ds, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' });
  if (parsed === undefined || built === undefined) return { errors: format(configDiagnostics), libFromBuild: false, checked: [] };

  const drift = optionDrift(parsed.options, built.options, buildConfig);
  const libFromBuild = drift.length === 0 && configDiagnostics.length === 0 && buildUpToDate(resolve(root, buildConfig));
  const skip = new Set(libFromBuild ? built.fileNames.map((f) => resolve(f)) : []);

  const options = { ...parsed.options, noEmit: true };
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options,
    projectReferences: parsed.projectReferences,
    configFileParsingDiagnostics: configDiagnostics,
  });
  const diagnostics = [...program.getConfigFileParsingDiagnostics(), ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  const checked: string[] = [];
  // tsc --noEmit reports declaration diagnostics too when the options declare (TypeScript's getEmitDeclarations).
  const declarations = options.declaration === true || options.composite === true;
  for (const sf of program.getSourceFiles()) {
    if (skip.has(resolve(sf.fileName))) continue;
    checked.push(resolve(sf.fileName));
    diagnostics.push(...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf));
    if (declarations) diagnostics.push(...program.getDeclarationDiagnostics(sf));
  }
  const errors = [...drift.map((d) => `error: ${d}\n`), format(diagnostics)].join('');
  return { errors, libFromBuild, checked };
}
