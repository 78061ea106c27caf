// Slices: a window {array, offset, length, capacity} onto a shared JS array (nil is null), with
// Go's bounds checks and append growth exactly as Go 1.23's growslice computes capacities
// (nextslicecap, then roundupsize to the malloc size classes).
import { indexOutOfRange, makeSliceCap, makeSliceLen, sliceOutOfRange, sliceToArrayLen } from './errors.js';
import type { I64 } from './int64.js';

/** What append needs to know about the element type (a TypeDesc satisfies it). */
export interface ElemInfo {
  readonly size: number;
  readonly hasPointers: boolean;
  readonly valueType: boolean;
  zero(): unknown;
  /** A copy of a value of this type (structs and arrays are JS objects). */
  clone(v: unknown): unknown;
}

function fillZero(a: unknown[], from: number, et: ElemInfo): void {
  if (et.valueType) for (let i = from; i < a.length; i++) a[i] = et.zero();
  else a.fill(et.zero(), from);
}

export class Slice<T = unknown> {
  constructor(
    public array: T[],
    public offset: number,
    public length: number,
    public capacity: number,
  ) {}
}

export function len(s: Slice | null): number {
  return s === null ? 0 : s.length;
}
export function cap(s: Slice | null): number {
  return s === null ? 0 : s.capacity;
}

/** s[i] */
export function sget<T>(s: Slice<T> | null, i: number): T {
  if (s === null || !(i >= 0 && i < s.length)) throw indexOutOfRange(i, s === null ? 0 : s.length);
  return s.array[s.offset + i]!;
}
/** s[i] = v */
export function sset<T>(s: Slice<T> | null, i: number, v: T): void {
  if (s === null || !(i >= 0 && i < s.length)) throw indexOutOfRange(i, s === null ? 0 : s.length);
  s.array[s.offset + i] = v;
}
/** Checks i against n (arrays, strings); returns i. */
export function checkIndex(i: number, n: number): number {
  if (!(i >= 0 && i < n)) throw indexOutOfRange(i, n);
  return i;
}

/** A 64-bit index value as a JS number (huge values stay out of range). */
export function idx(i: I64): number {
  return typeof i === 'number' ? i : i < 0n ? -1 : Number.MAX_SAFE_INTEGER;
}

/** make([]T, n, c) with zero produced by zero(). */
export function makeSlice<T>(n: I64, c: I64 | undefined, zero: () => T, valueType: boolean): Slice<T> {
  if (typeof n === 'bigint' || n < 0 || n > 1 << 30) throw makeSliceLen();
  let capacity = n;
  if (c !== undefined) {
    if (typeof c === 'bigint' || c > 1 << 30) throw makeSliceCap();
    if (c < n) throw makeSliceCap();
    capacity = c;
  }
  const a = new Array<T>(capacity);
  if (valueType) for (let i = 0; i < capacity; i++) a[i] = zero();
  else a.fill(zero());
  return new Slice(a, 0, n, capacity);
}

/** s[lo:hi] and s[lo:hi:max] of a slice; missing bounds are undefined. */
export function sliceSlice<T>(s: Slice<T> | null, lo: number | undefined, hi: number | undefined, max?: number): Slice<T> | null {
  const l = s === null ? 0 : s.length;
  const c = s === null ? 0 : s.capacity;
  const low = lo ?? 0;
  if (max !== undefined) {
    const high = hi ?? 0;
    if (!(max >= 0 && max <= c)) throw sliceOutOfRange('3Acap', max, c);
    if (!(high >= 0 && high <= max)) throw sliceOutOfRange('3B', high, max);
    if (!(low >= 0 && low <= high)) throw sliceOutOfRange('3C', low, high);
    if (s === null) return null;
    return new Slice(s.array, s.offset + low, high - low, max - low);
  }
  const high = hi ?? l;
  if (!(high >= 0 && high <= c)) throw sliceOutOfRange('Acap', high, c);
  if (!(low >= 0 && low <= high)) throw sliceOutOfRange('B', low, high);
  if (s === null) return null;
  return new Slice(s.array, s.offset + low, high - low, c - low);
}

/** a[lo:hi(:max)] of an array (or *array): the slice shares the JS array. */
export function sliceArray<T>(a: T[], lo: number | undefined, hi: number | undefined, max?: number): Slice<T> {
  const n = a.length;
  const low = lo ?? 0;
  if (max !== undefined) {
    const high = hi ?? 0;
    if (!(max >= 0 && max <= n)) throw sliceOutOfRange('3Alen', max, n);
    if (!(high >= 0 && high <= max)) throw sliceOutOfRange('3B', high, max);
    if (!(low >= 0 && low <= high)) throw sliceOutOfRange('3C', low, high);
    return new Slice(a, low, high - low, max - low);
  }
  const high = hi ?? n;
  if (!(high >= 0 && high <= n)) throw sliceOutOfRange('Alen', high, n);
  if (!(low >= 0 && low <= high)) throw sliceOutOfRange('B', low, high);
  return new Slice(a, low, high - low, n - low);
}

/** s[lo:hi] of a string. */
export function sliceString(s: string, lo: number | undefined, hi: number | undefined): string {
  const n = s.length;
  const low = lo ?? 0;
  const high = hi ?? n;
  if (!(high >= 0 && high <= n)) throw sliceOutOfRange('Alen', high, n);
  if (!(low >= 0 && low <= high)) throw sliceOutOfRange('B', low, high);
  return s.slice(low, high);
}

/** ([N]T)(s) and (*[N]T)(s) conversions: a copy, or the shared backing store (a pointer to an
 *  array is the JS array holding it). */
export function sliceToArray<T>(s: Slice<T> | null, n: number, copy: boolean): T[] | null {
  const l = s === null ? 0 : s.length;
  if (l < n) throw sliceToArrayLen(l, n);
  if (s === null) return copy ? [] : null;
  if (copy) return s.array.slice(s.offset, s.offset + n);
  if (s.offset === 0 && s.array.length === n) return s.array;
  return arrayWindow(s.array, s.offset, n);
}

/** Windows already made, so that converting the same elements twice gives equal pointers. */
const windows = new WeakMap<unknown[], Map<string, unknown[]>>();

/** The n elements of `array` from `offset` as an array of their own that reads and writes the
 *  backing store: (*[N]T)(s) points into s's array, so writes through either are seen by both. */
function arrayWindow<T>(array: T[], offset: number, n: number): T[] {
  let byRange = windows.get(array);
  if (byRange === undefined) windows.set(array, (byRange = new Map()));
  const key = `${offset}:${n}`;
  const have = byRange.get(key);
  if (have !== undefined) return have as T[];
  const index = (p: string | symbol): number => {
    if (typeof p !== 'string') return -1;
    const i = Number(p);
    return Number.isInteger(i) && i >= 0 && i < n && String(i) === p ? i : -1;
  };
  const view = new Proxy(array, {
    get(target, p) {
      if (p === 'length') return n;
      const i = index(p);
      if (i >= 0) return target[offset + i];
      return Reflect.get(target, p, view);
    },
    set(target, p, v) {
      const i = index(p);
      if (i < 0) return false;
      target[offset + i] = v as T;
      return true;
    },
    has(_target, p) {
      return index(p) >= 0 || p === 'length';
    },
    ownKeys() {
      return [...Array.from({ length: n }, (_, i) => String(i)), 'length'];
    },
    getOwnPropertyDescriptor(target, p) {
      if (p === 'length') return { value: n, writable: true, enumerable: false, configurable: false };
      const i = index(p);
      return i >= 0 ? { value: target[offset + i], writable: true, enumerable: true, configurable: true } : undefined;
    },
  });
  byRange.set(key, view);
  return view;
}

// ---------------------------------------------------------------------------------------------
// growslice

const classToSize = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384,
  416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072,
  3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568,
  14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];
const maxSmallSize = 32768;
const mallocHeaderSize = 8;
const minSizeForMallocHeader = 512;
const pageSize = 8192;

/** The smallest size class holding `size` bytes (size <= 32768). */
function sizeClass(size: number): number {
  let lo = 0;
  let hi = classToSize.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (classToSize[mid]! >= size) hi = mid;
    else lo = mid + 1;
  }
  return classToSize[lo]!;
}

/** How many bytes malloc really hands out for a request of `size` (cf. runtime.roundupsize). */
export function roundupsize(size: number, noscan: boolean): number {
  if (size <= maxSmallSize - mallocHeaderSize) {
    let req = size;
    if (!noscan && req > minSizeForMallocHeader) req += mallocHeaderSize;
    return sizeClass(req) - (req - size);
  }
  return Math.ceil(size / pageSize) * pageSize;
}

/** The capacity growslice picks for a slice of cap oldCap that must hold newLen elements. */
export function nextCap(newLen: number, oldCap: number, elemSize: number, hasPointers: boolean): number {
  if (elemSize === 0) return newLen;
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (newLen > doublecap) newcap = newLen;
  else if (oldCap < 256) newcap = doublecap;
  else {
    while (newcap < newLen) newcap += (newcap + 3 * 256) >> 2;
  }
  const mem = roundupsize(newcap * elemSize, !hasPointers);
  return Math.floor(mem / elemSize);
}

/** append(s, items...); the items are already copies where the element type has value semantics. */
export function append<T>(s: Slice<T> | null, items: readonly T[], et: ElemInfo): Slice<T> | null {
  const n = items.length;
  if (s === null) {
    if (n === 0) return null;
    const c = nextCap(n, 0, et.size, et.hasPointers);
    const a = new Array<T>(c);
    for (let i = 0; i < n; i++) a[i] = items[i]!;
    if (c > n) fillZero(a, n, et);
    return new Slice(a, 0, n, c);
  }
  const oldLen = s.length;
  const newLen = oldLen + n;
  if (newLen <= s.capacity) {
    const a = s.array;
    const base = s.offset + oldLen;
    for (let i = 0; i < n; i++) a[base + i] = items[i]!;
    return new Slice(a, s.offset, newLen, s.capacity);
  }
  const c = nextCap(newLen, s.capacity, et.size, et.hasPointers);
  const a = new Array<T>(c);
  const src = s.array;
  const off = s.offset;
  // The new backing array holds copies: a pointer into the old one must not see later writes.
  if (et.valueType) for (let i = 0; i < oldLen; i++) a[i] = et.clone(src[off + i]) as T;
  else for (let i = 0; i < oldLen; i++) a[i] = src[off + i]!;
  for (let i = 0; i < n; i++) a[oldLen + i] = items[i]!;
  if (c > newLen) fillZero(a, newLen, et);
  return new Slice(a, 0, newLen, c);
}

/** append(s, x) for one element: the common case, without an items array. */
export function append1<T>(s: Slice<T> | null, x: T, et: ElemInfo): Slice<T> {
  if (s !== null && s.length < s.capacity) {
    s.array[s.offset + s.length] = x;
    return new Slice(s.array, s.offset, s.length + 1, s.capacity);
  }
  return append(s, [x], et)!;
}

/** The elements of a slice as a fresh JS array (for append(a, b...)), copies of them when the
 *  element type is a struct or array. */
export function toArray<T>(s: Slice<T> | null, et?: ElemInfo): T[] {
  if (s === null) return [];
  const a = s.array.slice(s.offset, s.offset + s.length);
  if (et?.valueType) for (let i = 0; i < a.length; i++) a[i] = et.clone(a[i]) as T;
  return a;
}

/** copy(dst, src) for slices; returns the number of elements copied. Overlap-safe. */
export function copy<T>(dst: Slice<T> | null, src: Slice<T> | null): number {
  if (dst === null || src === null) return 0;
  const n = Math.min(dst.length, src.length);
  const d = dst.array;
  const s = src.array;
  if (d === s && dst.offset > src.offset) for (let i = n - 1; i >= 0; i--) d[dst.offset + i] = s[src.offset + i]!;
  else for (let i = 0; i < n; i++) d[dst.offset + i] = s[src.offset + i]!;
  return n;
}

/** copy(dst []byte, src string). */
export function copyString(dst: Slice<number> | null, src: string): number {
  if (dst === null) return 0;
  const n = Math.min(dst.length, src.length);
  for (let i = 0; i < n; i++) dst.array[dst.offset + i] = src.charCodeAt(i);
  return n;
}

/** clear(s): zeroes the elements. */
export function clearSlice<T>(s: Slice<T> | null, zero: () => T): void {
  if (s === null) return;
  for (let i = 0; i < s.length; i++) s.array[s.offset + i] = zero();
}
