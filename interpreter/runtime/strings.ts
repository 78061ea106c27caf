// Go strings as byte strings (each char code one byte): UTF-8 encoding and decoding with Go's
// rules (invalid sequences decode as U+FFFD of width 1), and the conversions string <-> []byte,
// []rune, rune.
import { Slice, roundupsize } from './slice.js';
import { indexOutOfRange } from './errors.js';
import type { I64 } from './int64.js';

const RUNE_ERROR = 0xfffd;

/** string(r): the UTF-8 bytes of a rune; invalid code points become U+FFFD. */
export function runeToString(r: I64): string {
  let c = typeof r === 'bigint' ? -1 : r;
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) c = RUNE_ERROR;
  if (c < 0x80) return String.fromCharCode(c);
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
}

/** The rune starting at byte i of s and its width (cf. utf8.DecodeRuneInString). Result is
 *  packed as rune * 8 + width to avoid allocating in range loops. */
export function decodeRunePacked(s: string, i: number): number {
  const n = s.length;
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return b0 * 8 + 1;
  const bad = RUNE_ERROR * 8 + 1;
  if (b0 < 0xc2 || b0 > 0xf4) return bad;
  if (i + 1 >= n) return bad;
  const b1 = s.charCodeAt(i + 1);
  if (b0 < 0xe0) {
    if ((b1 & 0xc0) !== 0x80) return bad;
    return (((b0 & 0x1f) << 6) | (b1 & 0x3f)) * 8 + 2;
  }
  const lo = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
  const hi = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi) return bad;
  if (i + 2 >= n) return bad;
  const b2 = s.charCodeAt(i + 2);
  if ((b2 & 0xc0) !== 0x80) return bad;
  if (b0 < 0xf0) return (((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)) * 8 + 3;
  if (i + 3 >= n) return bad;
  const b3 = s.charCodeAt(i + 3);
  if ((b3 & 0xc0) !== 0x80) return bad;
  return (((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) * 8 + 4;
}

/** [rune, width] at byte i. */
export function decodeRune(s: string, i: number): [number, number] {
  const p = decodeRunePacked(s, i);
  return [p >>> 3, p & 7];
}

/** s[i] as a byte, with Go's bounds check. */
export function byteAt(s: string, i: number): number {
  if (!(i >= 0 && i < s.length)) throw indexOutOfRange(i, s.length);
  return s.charCodeAt(i);
}

/** How a conversion's backing array is allocated, which decides its capacity: `exact` (a
 *  constant string: an array of its length), `zerocopy` (the string's own bytes, never written),
 *  `stack` (a result that does not escape: Go's 32-byte buffer when it fits), `heap` (malloc's
 *  size class). */
export type ConvAlloc = 'exact' | 'zerocopy' | 'stack' | 'heap';

const tmpBufSize = 32;

function convCap(n: number, elemSize: number, alloc: ConvAlloc): number {
  if (alloc === 'exact' || alloc === 'zerocopy') return n;
  if (alloc === 'stack' && n <= tmpBufSize) return tmpBufSize;
  return Math.floor(roundupsize(n * elemSize, true) / elemSize);
}

/** []byte(s) */
export function stringToBytes(s: string, alloc: ConvAlloc = 'exact'): Slice<number> {
  const n = s.length;
  const c = convCap(n, 1, alloc);
  const a = new Array<number>(c);
  for (let i = 0; i < n; i++) a[i] = s.charCodeAt(i);
  for (let i = n; i < c; i++) a[i] = 0;
  return new Slice(a, 0, n, c);
}

/** string(b) for a []byte */
export function bytesToString(b: Slice<number> | null): string {
  if (b === null) return '';
  let out = '';
  const a = b.array;
  const end = b.offset + b.length;
  for (let i = b.offset; i < end; i += 8192) {
    out += String.fromCharCode(...(a.slice(i, Math.min(end, i + 8192)) as number[]));
  }
  return out;
}

/** []rune(s) */
export function stringToRunes(s: string, alloc: ConvAlloc = 'exact'): Slice<number> {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const p = decodeRunePacked(s, i);
    out.push(p >>> 3);
    i += p & 7;
  }
  const n = out.length;
  const c = convCap(n, 4, alloc);
  for (let i = n; i < c; i++) out.push(0);
  return new Slice(out, 0, n, c);
}

/** string(r) for a []rune */
export function runesToString(r: Slice<number> | null): string {
  if (r === null) return '';
  let out = '';
  for (let i = 0; i < r.length; i++) out += runeToString(r.array[r.offset + i]!);
  return out;
}

/** The number of runes in s (utf8.RuneCountInString). */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += decodeRunePacked(s, i) & 7;
  return n;
}

/** Go's string comparison (bytewise, as JS compares byte strings). */
export function cmpString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
