// circuits/build/wasm-shared-memory.ts: circom's module runs on a shared memory so that its many small
// grows do not each start a garbage collection (V8 counts a non-shared memory as external memory, whole,
// at every grow). The rewrite must leave the module's behaviour and every other byte as they were.
import { describe, expect, it } from 'vitest';
import { WASM32_MAX_PAGES, withSharedMemory } from '../../circuits/build/wasm-shared-memory.js';

const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
// type: (i32) -> i32; one function; then the memory section (varies); export "m" (memory 0) and "g" (function 0);
// code of g: local.get 0, memory.grow 0.
const TYPES = [0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f];
const FUNCS = [0x03, 0x02, 0x01, 0x00];
const EXPORTS = [0x07, 0x09, 0x02, 0x01, 0x6d, 0x02, 0x00, 0x01, 0x67, 0x00, 0x00];
const CODE = [0x0a, 0x08, 0x01, 0x06, 0x00, 0x20, 0x00, 0x40, 0x00, 0x0b];
/** A module whose memory section is `memory` (or none). */
const moduleWith = (memory: number[]) => Uint8Array.from([...HEADER, ...TYPES, ...FUNCS, ...memory, ...EXPORTS, ...CODE]);
const grower = (bytes: Uint8Array<ArrayBuffer>) => {
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes)) as unknown as {
    exports: { m: WebAssembly.Memory; g: (pages: number) => number };
  };
  return exports;
};

describe('withSharedMemory', () => {
  it('declares the memory shared with the wasm32 maximum, keeping its minimum and every other section byte for byte', () => {
    const plain = moduleWith([0x05, 0x03, 0x01, 0x00, 0x02]); // min 2, no max
    const shared = withSharedMemory(plain);
    // max 65536 = LEB 80 80 04; the section grows from 3 to 6 bytes.
    expect([...shared]).toEqual([...HEADER, ...TYPES, ...FUNCS, 0x05, 0x06, 0x01, 0x03, 0x02, 0x80, 0x80, 0x04, ...EXPORTS, ...CODE]);
    expect(WASM32_MAX_PAGES).toBe(65536);
    const { m, g } = grower(shared);
    expect(m.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(m.buffer.byteLength).toBe(2 * 65536);
    // memory.grow answers as on the plain memory: the old size in pages, and the memory has grown.
    const p = grower(plain);
    for (const pages of [1, 3, 0, 40]) expect(g(pages)).toBe(p.g(pages));
    expect(m.buffer.byteLength).toBe(p.m.buffer.byteLength);
    expect(g(WASM32_MAX_PAGES)).toBe(-1);
  });

  it('keeps a stated maximum, and the grow stops there', () => {
    const shared = withSharedMemory(moduleWith([0x05, 0x04, 0x01, 0x01, 0x01, 0x05])); // min 1, max 5
    expect([...shared.subarray(20, 26)]).toEqual([0x05, 0x04, 0x01, 0x03, 0x01, 0x05]);
    const { g } = grower(shared);
    expect(g(4)).toBe(1);
    expect(g(1)).toBe(-1);
  });

  it('refuses what it cannot rewrite, saying why', () => {
    expect(() => withSharedMemory(Uint8Array.from([0x00, 0x61, 0x73, 0x6e, 1, 0, 0, 0]))).toThrow(/not a WebAssembly module/);
    expect(() => withSharedMemory(Uint8Array.from([...HEADER.slice(0, 4), 2, 0, 0, 0]))).toThrow(/version-1/);
    expect(() => withSharedMemory(moduleWith([]))).toThrow(/defines no memory/);
    expect(() => withSharedMemory(moduleWith([0x05, 0x06, 0x01, 0x03, 0x01, 0x80, 0x80, 0x04]))).toThrow(/already shared/);
    expect(() => withSharedMemory(moduleWith([0x05, 0x05, 0x02, 0x00, 0x01, 0x00, 0x01]))).toThrow(/defines 2 memories/);
    expect(() => withSharedMemory(moduleWith([0x05, 0x04, 0x01, 0x00, 0x01, 0x07]))).toThrow(/unexpected bytes/);
    expect(() => withSharedMemory(moduleWith([0x05, 0x03, 0x01, 0x04, 0x01]))).toThrow(/limits flags 0x4/);
    expect(() => withSharedMemory(moduleWith([0x05, 0x7f, 0x01, 0x00, 0x01]))).toThrow(/runs past the end/);
  });
});
