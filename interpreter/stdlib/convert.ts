// Conversions between runtime values and plain JS ones that standard-library implementations share:
// Go slices from JS arrays, byte strings from []byte and back, 64-bit ints in canonical form.
import { Slice } from '../runtime/slice.js';
import type { I64 } from '../runtime/int64.js';

/** A fresh Go slice holding items, len == cap (as make([]T, n) then filling). */
export function sliceOf<T>(items: T[]): Slice<T> {
  return new Slice(items, 0, items.length, items.length);
}

/** The elements of a slice as a fresh JS array (nil: empty). */
export function elemsOf<T>(s: Slice<T> | null): T[] {
  if (s === null) return [];
  return s.array.slice(s.offset, s.offset + s.length);
}

/** The bytes of a []byte as a byte string. */
export function bytesToStr(b: Slice<number> | null): string {
  if (b === null) return '';
  let s = '';
  const a = b.array;
  const end = b.offset + b.length;
  for (let i = b.offset; i < end; i++) s += String.fromCharCode(a[i]!);
  return s;
}

/** A fresh []byte holding the bytes of a byte string (len == cap). */
export function strToBytes(s: string): Slice<number> {
  const a = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return new Slice(a, 0, a.length, a.length);
}

/** A bigint as Go's canonical 64-bit value (number when safe). */
export function canon64(v: bigint): I64 {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** A 64-bit Go integer as a JS number (exact only within ±2^53; callers use it for sizes/counts). */
export function num(v: I64): number {
  return typeof v === 'number' ? v : Number(v);
}
