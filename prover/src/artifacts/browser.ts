/**
 * Loading a circuit's proving artifacts over HTTP (browsers, or any runtime with fetch and
 * WebCrypto), each checked against the sha256 in the served build's manifest.json. The same
 * checks and messages as the Node loader (./index.ts), with URLs in place of paths.
 * @packageDocumentation
 */
import { z } from 'zod';
import { ArtifactError, REBUILD } from './error.js';
import type { CircuitArtifacts } from './index.js';

export { ArtifactError } from './error.js';

/** The part of build/manifest.json this loader reads (the build writes and validates the rest). */
const FileEntry = z.object({ path: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const ServedManifest = z.object({
  version: z.literal(1),
  circuits: z.record(
    z.string(),
    z.object({
      params: z.record(z.string(), z.number()),
      files: z.object({ wasm: FileEntry, zkey: FileEntry, vkey: FileEntry }),
    }),
  ),
});

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

function reasonOf(e: unknown): string {
  const err = e as { message?: unknown; cause?: { message?: unknown } };
  const cause = typeof err?.cause?.message === 'string' ? `: ${err.cause.message}` : '';
  return `${typeof err?.message === 'string' ? err.message : String(e)}${cause}`;
}

/** GET `url`; undefined on HTTP 404/410, ArtifactError on anything else that is not 2xx. */
async function get(fetchImpl: Fetch, url: string, what: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    throw new ArtifactError(url, `${what} ${url} cannot be fetched (${reasonOf(e)})`);
  }
  if (res.status === 404 || res.status === 410) return undefined;
  if (!res.ok) throw new ArtifactError(url, `${what} ${url} cannot be fetched (HTTP ${res.status} ${res.statusText})`.trimEnd());
  return new Uint8Array(await res.arrayBuffer());
}

async function sha256Hex(data: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Fetch the wasm, zkey and verification key of circuit `name` from a served build directory
 * (`<baseUrl>/manifest.json`, `<baseUrl>/circuits/<name>/...`), each checked against the
 * sha256 recorded in the manifest with WebCrypto.
 *
 * @param baseUrl - URL of the build directory (a trailing slash is optional); relative URLs
 *   resolve against the page's location when there is one
 * @param fetchImpl - the fetch to use (default: the global fetch)
 * @throws ArtifactError naming the URL when the manifest, the circuit's entry or a file is
 *   missing or unreachable, or a file's sha256 differs from the manifest
 */
export async function loadCircuitArtifactsFromUrl(
  baseUrl: string | URL,
  name: string,
  fetchImpl: Fetch = (input, init) => globalThis.fetch(input, init),
): Promise<CircuitArtifacts> {
  const location = (globalThis as { location?: { href: string } }).location?.href;
  let base: URL;
  try {
    base = new URL(String(baseUrl), location);
  } catch {
    throw new ArtifactError(String(baseUrl), `artifact base URL ${String(baseUrl)} is not a valid URL`);
  }
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const manifestUrl = new URL('manifest.json', base).href;

  const manifestBytes = await get(fetchImpl, manifestUrl, 'build manifest');
  if (manifestBytes === undefined) throw new ArtifactError(manifestUrl, `build manifest ${manifestUrl} is missing; run \`npm run build\``);
  let parsed;
  try {
    parsed = ServedManifest.safeParse(JSON.parse(new TextDecoder().decode(manifestBytes)));
  } catch (e) {
    throw new ArtifactError(manifestUrl, `${manifestUrl} is not valid JSON (${(e as Error).message}); ${REBUILD}`);
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ArtifactError(manifestUrl, `${manifestUrl} is not a valid manifest: ${issue.path.join('.')}: ${issue.message}; ${REBUILD}`);
  }
  // Own property only: a name like `constructor` or `__proto__` is a circuit that is not built.
  const entry = Object.hasOwn(parsed.data.circuits, name) ? parsed.data.circuits[name] : undefined;
  if (!entry) {
    const known = Object.keys(parsed.data.circuits).join(', ') || 'none';
    throw new ArtifactError(manifestUrl, `circuit ${name} is not in ${manifestUrl} (built: ${known}); run \`npm run build -- --only ${name}\``);
  }

  const readChecked = async (file: z.infer<typeof FileEntry>): Promise<Uint8Array> => {
    const url = new URL(file.path, base).href;
    const data = await get(fetchImpl, url, 'artifact');
    if (data === undefined) throw new ArtifactError(url, `artifact ${url} is missing; ${REBUILD}`);
    const sha = await sha256Hex(data);
    if (sha !== file.sha256) {
      throw new ArtifactError(
        url,
        `artifact ${url} does not match ${manifestUrl} (sha256 ${sha}, expected ${file.sha256}); it is corrupted or from another build; ${REBUILD}`,
      );
    }
    return data;
  };
  const [wasm, zkey, vkeyBytes] = await Promise.all([readChecked(entry.files.wasm), readChecked(entry.files.zkey), readChecked(entry.files.vkey)]);
  const vkey: unknown = JSON.parse(new TextDecoder().decode(vkeyBytes));
  return { name, wasm, zkey, vkey, params: { ...entry.params } };
}
