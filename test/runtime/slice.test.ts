// Unit tests for runtime/slice.ts: append capacities as recorded from Go 1.23 (print(cap(s)) in a
// loop of appends), bounds errors with Go's texts.
import { describe, expect, it } from 'vitest';
import { append1, append, sliceSlice, type Slice } from '../../interpreter/runtime/slice.js';
import { types, sliceOf, structOf, ptrTo } from '../../interpreter/runtime/typedesc.js';
import { GoPanic } from '../../interpreter/runtime/panic.js';

function caps(et: Parameters<typeof append1>[2], n: number, every: number): number[] {
  let s: Slice | null = null;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    s = append1(s, et.zero(), et);
    if (i % every === 0) out.push(s.capacity);
  }
  return out;
}

describe('growslice', () => {
  // Recorded from Go 1.23 (linux/amd64).
  it('[]int', () => {
    expect(caps(types.int, 20, 1)).toEqual([1, 2, 4, 4, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 32, 32, 32, 32]);
  });
  it('[]string', () => {
    expect(caps(types.string, 600, 37)).toEqual([1, 71, 143, 143, 303, 303, 303, 303, 303, 591, 591, 591, 591, 591, 591, 591, 1023]);
  });
  it('[]byte', () => {
    expect(caps(types.uint8, 3000, 97)).toEqual([8, 128, 256, 512, 512, 512, 896, 896, 896, 896, 1408, 1408, 1408, 1408, 1408, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072, 3072]);
  });
  it('struct of 3 ints and a pointer', () => {
    const P = structOf([{ name: 'a', type: types.int }, { name: 'b', type: types.int }, { name: 'c', type: types.int }, { name: 'p', type: ptrTo(types.int) }]);
    expect(caps(P, 100, 9)).toEqual([1, 16, 35, 35, 71, 71, 71, 71, 151, 151, 151, 151]);
  });
  it('append of several to a full slice', () => {
    const s = append(null, [1, 2, 3], types.int);
    expect(s!.capacity).toBe(3);
    expect(append(s, [4, 5, 6, 7], types.int)!.capacity).toBe(8);
    expect(sliceOf(types.int).string).toBe('[]int');
  });
});

describe('bounds', () => {
  it('reports Go texts (append of 5 ints to nil gives cap 6, as in Go)', () => {
    const s = append(null, [1, 2, 3, 4, 5], types.int);
    try {
      sliceSlice(s, undefined, 7);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GoPanic);
      const p = e as GoPanic;
      expect(p.value.type.m['Error']!(p.value.value)).toBe('runtime error: slice bounds out of range [:7] with capacity 6');
    }
  });
});
