// The browser artifact loader (fetch + WebCrypto) against a real HTTP server (node:http) serving
// a private copy of the build directory.
import { createServer, type Server } from 'node:http';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBuildDir, loadCircuitArtifacts, readManifest } from '../../prover/src/artifacts/index.js';
import { ArtifactError, loadCircuitArtifactsFromUrl } from '../../prover/src/artifacts/browser.js';
import { CIRCUIT } from './fixtures.js';

let work: string;
let root: string;
let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wattproof-url-'));
  root = join(work, 'build');
  const src = defaultBuildDir();
  await cp(join(src, 'circuits', CIRCUIT), join(root, 'circuits', CIRCUIT), { recursive: true });
  const manifest = (await readManifest(src))!;
  await writeFile(join(root, 'manifest.json'), JSON.stringify({ ...manifest, circuits: { [CIRCUIT]: manifest.circuits[CIRCUIT] } }));
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(root, path.replace(/^\/artifacts\//, '')));
    if (!path.startsWith('/artifacts/') || !file.startsWith(root + sep)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (data) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(data),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('no server address');
  base = `http://127.0.0.1:${addr.port}/artifacts`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(work, { recursive: true, force: true });
});

async function loadError(p: Promise<unknown>): Promise<ArtifactError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ArtifactError);
  return e as ArtifactError;
}

describe('loadCircuitArtifactsFromUrl', () => {
  it('loads the same artifacts as the directory loader, from manifest.json under the base URL', async () => {
    const [byUrl, byDir] = await Promise.all([loadCircuitArtifactsFromUrl(base, CIRCUIT), loadCircuitArtifacts(CIRCUIT, { buildDir: root })]);
    expect(byUrl.name).toBe(CIRCUIT);
    expect(byUrl.params).toEqual(byDir.params);
    expect(byUrl.params).toMatchObject({ intervalsPerDay: 48, maxDays: 1 });
    expect(Buffer.from(byUrl.wasm).equals(Buffer.from(byDir.wasm))).toBe(true);
    expect(Buffer.from(byUrl.zkey).equals(Buffer.from(byDir.zkey))).toBe(true);
    expect(byUrl.vkey).toEqual(byDir.vkey);
    expect(requests).toContain('/artifacts/manifest.json');
  });

  it('accepts a base URL with a trailing slash and a custom fetch', async () => {
    const seen: string[] = [];
    const a = await loadCircuitArtifactsFromUrl(`${base}/`, CIRCUIT, (url, init) => {
      seen.push(url);
      return fetch(url, init);
    });
    expect(a.name).toBe(CIRCUIT);
    expect(seen).toHaveLength(4);
    expect(seen[0]).toBe(`${base}/manifest.json`);
  });

  it('refuses a corrupted file, naming its URL and the manifest', async () => {
    const rel = `circuits/${CIRCUIT}/${CIRCUIT}.zkey`;
    const file = join(root, rel);
    const original = await readFile(file);
    const bad = Buffer.from(original);
    bad[bad.length - 100]! ^= 0x80;
    await writeFile(file, bad);
    try {
      const e = await loadError(loadCircuitArtifactsFromUrl(base, CIRCUIT));
      expect(e.file).toBe(`${base}/${rel}`);
      expect(e.message).toContain(`artifact ${base}/${rel} does not match ${base}/manifest.json (sha256 `);
      expect(e.message).toContain('run `npm run build` to rebuild it');
    } finally {
      await writeFile(file, original);
    }
  });

  it('refuses a missing file (HTTP 404), naming its URL', async () => {
    const rel = `circuits/${CIRCUIT}/vkey.json`;
    const file = join(root, rel);
    const original = await readFile(file);
    await rm(file);
    try {
      const e = await loadError(loadCircuitArtifactsFromUrl(base, CIRCUIT));
      expect(e.file).toBe(`${base}/${rel}`);
      expect(e.message).toBe(`artifact ${base}/${rel} is missing; run \`npm run build\` to rebuild it`);
    } finally {
      await writeFile(file, original);
    }
  });

  it('refuses a circuit the manifest does not list', async () => {
    const e = await loadError(loadCircuitArtifactsFromUrl(base, 'bill_31d_15m'));
    expect(e.file).toBe(`${base}/manifest.json`);
    expect(e.message).toContain(`circuit bill_31d_15m is not in ${base}/manifest.json (built: ${CIRCUIT})`);
  });

  it('refuses a base URL without a manifest', async () => {
    const e = await loadError(loadCircuitArtifactsFromUrl(`${base}/circuits`, CIRCUIT));
    expect(e.message).toBe(`build manifest ${base}/circuits/manifest.json is missing; run \`npm run build\``);
  });

  it('reports an unreachable server', async () => {
    const e = await loadError(loadCircuitArtifactsFromUrl('http://127.0.0.1:9/build', CIRCUIT));
    expect(e.message).toMatch(/^build manifest http:\/\/127\.0\.0\.1:9\/build\/manifest\.json cannot be fetched \(/);
  });
});
