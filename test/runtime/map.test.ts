// Unit tests for runtime/map.ts: struct and interface keys, NaN keys, nil map writes.
import { describe, expect, it } from 'vitest';
import { makeMap, mapGet, mapSet, mapLen, mapGet2 } from '../../interpreter/runtime/map.js';
import { types, structOf, mapOf, anyType, sliceOf } from '../../interpreter/runtime/typedesc.js';
import { Iface } from '../../interpreter/runtime/iface.js';
import { GoPanic } from '../../interpreter/runtime/panic.js';

describe('GoMap', () => {
  it('keys structs by value', () => {
    const P = structOf([{ name: 'X', type: types.int }, { name: 'Y', type: types.string }]);
    const mt = mapOf(P, types.int);
    const m = makeMap(P, types.int);
    const C = P.ctor!;
    mapSet(m, new C(1, 'a'), 10);
    mapSet(m, new C(1, 'a'), 11);
    mapSet(m, new C(2, 'a'), 20);
    expect(mapLen(m)).toBe(2);
    expect(mapGet(m, new C(1, 'a'), mt)).toBe(11);
    expect(mapGet2(m, new C(3, 'a'), mt)).toEqual([0, false]);
  });
  it('treats every NaN as a new key', () => {
    const m = makeMap(types.float64, types.int);
    mapSet(m, NaN, 1);
    mapSet(m, NaN, 2);
    mapSet(m, 0, 3);
    mapSet(m, -0, 4);
    expect(mapLen(m)).toBe(3);
  });
  it('panics on unhashable interface keys and nil map writes', () => {
    const m = makeMap(anyType, types.int);
    mapSet(m, new Iface(types.int, 1), 1);
    expect(mapGet(m, new Iface(types.int, 1), mapOf(anyType, types.int))).toBe(1);
    expect(mapGet(m, new Iface(types.int64, 1), mapOf(anyType, types.int))).toBe(0);
    expect(() => mapSet(m, new Iface(sliceOf(types.int), null), 1)).toThrow(GoPanic);
    expect(() => mapSet(null, 1, 1)).toThrow(GoPanic);
  });
});
