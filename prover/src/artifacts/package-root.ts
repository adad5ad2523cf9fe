/**
 * The root of the installed wattproof package (or of the repository, when run from source):
 * the nearest directory above this module whose package.json is named `wattproof`. Found by
 * looking, not by counting `..`, so it holds for the TypeScript sources, the compiled `dist/`
 * and an install under node_modules alike.
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArtifactError } from './error.js';

let cached: string | undefined;

/** The wattproof package root. @throws Error when no such package.json is above this module */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'wattproof') return (cached = dir);
      } catch {
        // an unreadable package.json is not ours; keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir)
      throw new ArtifactError(
        fileURLToPath(import.meta.url),
        `no package.json named "wattproof" above ${fileURLToPath(import.meta.url)}; set WATTPROOF_BUILD_DIR or pass buildDir`,
      );
    dir = up;
  }
}
