/**
 * Rewrites a WebAssembly module's own linear memory as a shared one, leaving every other byte as it is.
 *
 * Why: V8 (Node 20) counts a non-shared wasm memory as external memory of the isolate, whole, each time
 * it grows (the grown buffer is a new ArrayBuffer of the full length), and starts a garbage collection
 * whenever external memory rose 64 MB past the last one. circom's allocator grows its memory a few pages
 * at a time up to hundreds of MB, so a compile ran a full GC of its worker every few milliseconds: ~400
 * per 1-day circuit, about a fifth of its CPU (a bare loop of 8000 one-page grows: 3 s of CPU, 1200 GCs).
 * A shared memory's buffers are not counted per isolate (V8's BackingStore::PerIsolateAccountingLength),
 * so its grows start no collection (the same loop: 12 ms, none).
 *
 * A single-threaded module runs the same on a shared memory: loads, stores, `memory.grow` and
 * `memory.size` mean the same; only the JavaScript side differs: growing does not detach the old buffer
 * (it keeps its old length), so a host must take `memory.buffer` again after a grow (circom.ts does).
 */

/** The largest memory a 32-bit wasm module can address, in 64 KiB pages (a shared memory must state one). */
export const WASM32_MAX_PAGES = 65536;

const MEMORY_SECTION = 5;
const FLAG_HAS_MAX = 0x01;
const FLAG_SHARED = 0x02;

/**
 * The module `bytes` with its memory section's one memory declared shared (maximum kept, or
 * {@link WASM32_MAX_PAGES} when it had none).
 *
 * @throws Error when `bytes` is not a wasm binary (version 1), has no memory section, declares other
 *   than one memory, or its memory is already shared or imported (nothing to rewrite then)
 */
export function withSharedMemory(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.byteLength < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new Error('not a WebAssembly module (bad magic bytes)');
  }
  if (bytes[4] !== 1 || bytes[5] !== 0 || bytes[6] !== 0 || bytes[7] !== 0) throw new Error('not a version-1 WebAssembly module');
  let pos = 8;
  while (pos < bytes.byteLength) {
    const id = bytes[pos]!;
    const size = readU32(bytes, pos + 1);
    const start = size.next;
    const end = start + size.value;
    if (end > bytes.byteLength) throw new Error(`WebAssembly section ${id} at byte ${pos} runs past the end of the module`);
    if (id === MEMORY_SECTION) return concat(bytes.subarray(0, pos), section(MEMORY_SECTION, sharedMemory(bytes.subarray(start, end))), bytes.subarray(end));
    pos = end;
  }
  throw new Error('the WebAssembly module defines no memory (imported, or none)');
}

/** The body of a memory section holding one memory, rewritten shared. */
function sharedMemory(body: Uint8Array): Uint8Array {
  const count = readU32(body, 0);
  if (count.value !== 1) throw new Error(`the WebAssembly module defines ${count.value} memories; one was expected`);
  const flags = body[count.next]!;
  if (flags & FLAG_SHARED) throw new Error('the WebAssembly module memory is already shared');
  if (flags & ~FLAG_HAS_MAX) throw new Error(`unknown WebAssembly memory limits flags 0x${flags.toString(16)}`);
  const min = readU32(body, count.next + 1);
  const max = flags & FLAG_HAS_MAX ? readU32(body, min.next) : { value: WASM32_MAX_PAGES, next: min.next };
  if (max.next !== body.byteLength) throw new Error('unexpected bytes after the WebAssembly memory limits');
  return Uint8Array.from([...u32Leb(1), FLAG_SHARED | FLAG_HAS_MAX, ...u32Leb(min.value), ...u32Leb(max.value)]);
}

function section(id: number, body: Uint8Array): Uint8Array {
  return concat(Uint8Array.of(id, ...u32Leb(body.byteLength)), body);
}

function readU32(bytes: Uint8Array, at: number): { value: number; next: number } {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const b = bytes[at + i];
    if (b === undefined) throw new Error(`truncated LEB128 number at byte ${at}`);
    value += (b & 0x7f) * 2 ** (7 * i);
    if ((b & 0x80) === 0) return { value, next: at + i + 1 };
  }
  throw new Error(`LEB128 number at byte ${at} is longer than 32 bits`);
}

function u32Leb(v: number): number[] {
  const out: number[] = [];
  do {
    const b = v & 0x7f;
    v = Math.floor(v / 128);
    out.push(v === 0 ? b : b | 0x80);
  } while (v !== 0);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
