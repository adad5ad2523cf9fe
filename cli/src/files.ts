/**
 * Reading and writing the CLI's files with errors that name the file.
 *
 * Every file the CLI writes goes through {@link writeText} (or {@link writeTextSync}): the text is
 * written to a temporary file in the same directory, flushed, given its mode explicitly, and
 * renamed over the destination, so a reader never sees half a file and a crash never leaves one.
 * A file that must not be replaced (a key file) is linked into place, which fails if the
 * destination exists: there is no window in which another file could appear and be clobbered.
 * @packageDocumentation
 */
import { closeSync, existsSync, fchmodSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { link, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ImportError } from '../../core/src/errors.js';

/** Reads a text file. @throws ImportError naming the file when it cannot be read */
export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ImportError(
      file,
      undefined,
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(e)})`,
    );
  }
}

/** Reads a file's exact bytes. @throws ImportError naming the file when it cannot be read */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ImportError(file, undefined, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(e)})`);
  }
}

/** How {@link writeText} writes. */
export interface WriteOptions {
  /** File mode, set explicitly (umask does not apply). Default 0644. */
  mode?: number;
  /** Refuse to replace an existing file (the error says to use `forceOption`). Default false. */
  exclusive?: boolean;
  /** The option that allows overwriting, named in the error (default `--force`). */
  forceOption?: string;
}

const DEFAULT_MODE = 0o644;
/** link() errors of file systems without hard links. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

function tempNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function writeError(file: string, e: unknown, opts: WriteOptions): ImportError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' && opts.exclusive === true) {
    return new ImportError(file, undefined, `already exists; not overwritten (give ${opts.forceOption ?? '--force'} to replace it)`);
  }
  if (code === 'EISDIR' || code === 'ENOTEMPTY') return new ImportError(file, undefined, 'cannot be written: it is a directory');
  return new ImportError(file, undefined, `cannot be written (${code ?? String(e)})`);
}

function normalized(options: number | WriteOptions | undefined): WriteOptions {
  return typeof options === 'number' ? { mode: options } : (options ?? {});
}

/**
 * Writes a text file atomically (creating its directory): temp file in the same directory, fsync,
 * explicit mode, rename (or, with `exclusive`, link: never replaces an existing file).
 * @param options - a mode (as `fs.writeFile` takes it) or {@link WriteOptions}
 * @throws ImportError naming the file
 */
export async function writeText(file: string, text: string, options?: number | WriteOptions): Promise<void> {
  const opts = normalized(options);
  const mode = opts.mode ?? DEFAULT_MODE;
  const tmp = tempNameFor(file);
  let created = false;
  try {
    await mkdir(dirname(file), { recursive: true });
    const fh = await open(tmp, 'wx', mode);
    created = true;
    try {
      await fh.chmod(mode);
      await fh.writeFile(text, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (opts.exclusive === true) {
      try {
        await link(tmp, file);
        await rm(tmp, { force: true });
      } catch (e) {
        if (!NO_LINKS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
        // A file system without hard links: check, then rename (a narrow window, but no other way).
        if (
          await stat(file).then(
            () => true,
            () => false,
          )
        )
          throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        await rename(tmp, file);
      }
    } else {
      await rename(tmp, file);
    }
    created = false;
  } catch (e) {
    throw writeError(file, e, opts);
  } finally {
    if (created) await rm(tmp, { force: true }).catch(() => undefined);
  }
}

/** {@link writeText}, synchronously (for callbacks that cannot wait). @throws ImportError naming the file */
export function writeTextSync(file: string, text: string, options?: number | WriteOptions): void {
  const opts = normalized(options);
  const mode = opts.mode ?? DEFAULT_MODE;
  const tmp = tempNameFor(file);
  let created = false;
  try {
    const fd = openSync(tmp, 'wx', mode);
    created = true;
    try {
      fchmodSync(fd, mode);
      writeSync(fd, text, null, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (opts.exclusive === true) {
      try {
        linkSync(tmp, file);
        unlinkSync(tmp);
      } catch (e) {
        if (!NO_LINKS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
        if (existsSync(file)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        renameSync(tmp, file);
      }
    } else {
      renameSync(tmp, file);
    }
    created = false;
  } catch (e) {
    throw writeError(file, e, opts);
  } finally {
    if (created) {
      try {
        unlinkSync(tmp);
      } catch {
        // already gone
      }
    }
  }
}

/**
 * Thrown when a command that writes several files fails part-way: says which files were written
 * (complete, each written atomically) before the failure, and keeps the original error's code.
 */
export function partialWriteError(cause: unknown, written: readonly string[]): unknown {
  if (written.length === 0 || !(cause instanceof Error)) return cause;
  const list = written.length <= 10 ? written.join(', ') : `${written.slice(0, 10).join(', ')} and ${written.length - 10} more`;
  cause.message = `${cause.message} (${written.length} file${written.length === 1 ? '' : 's'} written before the failure: ${list})`;
  return cause;
}

/** JSON with bigints as decimal strings. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`;
}
