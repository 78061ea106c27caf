// UTF-8 over byte strings (one char code per byte), with Go's rules: invalid or short encodings
// decode as U+FFFD of width 1, surrogates and values above U+10FFFF are invalid (cf. unicode/utf8).

export const RuneError = 0xfffd;
export const RuneSelf = 0x80;
export const MaxRune = 0x10ffff;
export const UTFMax = 4;

/** Decodes the rune starting at byte i: [rune, width]. Width 0 at the end of s. */
export function decodeRune(s: string, i: number): [number, number] {
  const n = s.length;
  if (i >= n) return [RuneError, 0];
  const c0 = s.charCodeAt(i);
  if (c0 < 0x80) return [c0, 1];
  if (c0 < 0xc2 || c0 > 0xf4) return [RuneError, 1];
  if (c0 < 0xe0) {
    if (i + 1 >= n) return [RuneError, 1];
    const c1 = s.charCodeAt(i + 1);
    if ((c1 & 0xc0) !== 0x80) return [RuneError, 1];
    return [((c0 & 0x1f) << 6) | (c1 & 0x3f), 2];
  }
  if (c0 < 0xf0) {
    if (i + 1 >= n) return [RuneError, 1];
    const c1 = s.charCodeAt(i + 1);
    const lo = c0 === 0xe0 ? 0xa0 : 0x80;
    const hi = c0 === 0xed ? 0x9f : 0xbf;
    if (c1 < lo || c1 > hi) return [RuneError, 1];
    if (i + 2 >= n) return [RuneError, 1];
    const c2 = s.charCodeAt(i + 2);
    if ((c2 & 0xc0) !== 0x80) return [RuneError, 1];
    return [((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f), 3];
  }
  if (i + 1 >= n) return [RuneError, 1];
  const c1 = s.charCodeAt(i + 1);
  const lo = c0 === 0xf0 ? 0x90 : 0x80;
  const hi = c0 === 0xf4 ? 0x8f : 0xbf;
  if (c1 < lo || c1 > hi) return [RuneError, 1];
  if (i + 2 >= n) return [RuneError, 1];
  const c2 = s.charCodeAt(i + 2);
  if ((c2 & 0xc0) !== 0x80) return [RuneError, 1];
  if (i + 3 >= n) return [RuneError, 1];
  const c3 = s.charCodeAt(i + 3);
  if ((c3 & 0xc0) !== 0x80) return [RuneError, 1];
  return [((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f), 4];
}

/** Decodes the last rune of s[0:end]: [rune, width]. */
export function decodeLastRune(s: string, end: number): [number, number] {
  if (end <= 0) return [RuneError, 0];
  const c = s.charCodeAt(end - 1);
  if (c < 0x80) return [c, 1];
  const lim = Math.max(end - UTFMax, 0);
  let start = end - 1;
  for (start--; start >= lim; start--) {
    if ((s.charCodeAt(start) & 0xc0) !== 0x80) break;
  }
  if (start < 0) start = 0;
  const [r, size] = decodeRune(s, start);
  if (start + size !== end) return [RuneError, 1];
  return [r, size];
}

export function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MaxRune);
}

/** The UTF-8 bytes of r (U+FFFD for invalid runes). */
export function encodeRune(r: number): string {
  if (r >= 0 && r < 0x80) return String.fromCharCode(r);
  if (!validRune(r)) r = RuneError;
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

export function runeLen(r: number): number {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xd800 && r <= 0xdfff) return -1;
  if (r < 0x10000) return 3;
  if (r <= MaxRune) return 4;
  return -1;
}

export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) i++;
    else i += decodeRune(s, i)[1];
    n++;
  }
  return n;
}

export function validString(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      i++;
      continue;
    }
    const [r, w] = decodeRune(s, i);
    if (r === RuneError && w === 1) return false;
    i += w;
  }
  return true;
}

/** The runes of s, as Go's `[]rune(s)` or `for range s` sees them. */
export function runes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    out.push(r);
    i += w;
  }
  return out;
}

/** A byte string from a JS (UTF-16) string. */
export function toBytes(js: string): string {
  let out = '';
  for (const ch of js) out += encodeRune(ch.codePointAt(0)!);
  return out;
}

/** A JS (UTF-16) string from a byte string (invalid bytes become U+FFFD). */
export function fromBytes(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += s[i];
      i++;
      continue;
    }
    const [r, w] = decodeRune(s, i);
    out += String.fromCodePoint(r);
    i += w;
  }
  return out;
}
