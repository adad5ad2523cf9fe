/**
 * Reading a published document from Node: `file:` URIs (and plain paths) from disk, everything else
 * through `fetch`. The browser-safe part is in `sdk/src/roles/tariff-visibility.ts`.
 * @packageDocumentation
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { WattproofError } from '../../../core/src/errors.js';
import { fetchDocumentFetcher, MAX_DOCUMENT_BYTES, type DocumentFetcher } from '../roles/tariff-visibility.js';

/** A fetcher for `file:`, `http:`, `https:` and `data:` URIs. */
export function nodeDocumentFetcher(timeoutMs = 15_000): DocumentFetcher {
  const remote = fetchDocumentFetcher(timeoutMs);
  return async (uri) => {
    if (!uri.startsWith('file:')) return remote(uri);
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      throw new WattproofError('DOCUMENT_UNREACHABLE', `${uri} is not a usable file: URI`);
    }
    try {
      const size = (await stat(path)).size;
      if (size > MAX_DOCUMENT_BYTES) throw new WattproofError('DOCUMENT_UNREACHABLE', `${uri}: ${size} bytes is too large for a tariff document`);
      return new Uint8Array(await readFile(path));
    } catch (e) {
      if (e instanceof WattproofError) throw e;
      throw new WattproofError('DOCUMENT_UNREACHABLE', `${uri}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  };
}
