// Go-syntax quoting and unquoting of byte strings and runes (cf. strconv.Quote, QuoteRune,
// QuoteToASCII, CanBackquote, Unquote, UnquoteChar).
import { isGraphic, isPrint } from '../unicode/tables.js';
import { RuneError, RuneSelf, decodeRune, encodeRune, validRune } from '../utf8/codec.js';

const lowerhex = '0123456789abcdef';

function hexN(r: number, n: number): string {
  let s = '';
  for (let i = n - 1; i >= 0; i--) s += lowerhex[Math.floor(r / 16 ** i) % 16];
  return s;
}

function escapedRune(r: number, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  if (r === quote || r === 0x5c) return '\\' + String.fromCharCode(r);
  if (asciiOnly) {
    if (r < RuneSelf && isPrint(r)) return String.fromCharCode(r);
  } else if (isPrint(r) || (graphicOnly && isGraphic(r))) {
    return encodeRune(r);
  }
  switch (r) {
    case 7: return '\\a';
    case 8: return '\\b';
    case 12: return '\\f';
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hexN(r, 2);
  if (!validRune(r)) r = 0xfffd;
  if (r < 0x10000) return '\\u' + hexN(r, 4);
  return '\\U' + hexN(r, 8);
}

function quoteWith(s: string, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  let out = String.fromCharCode(quote);
  for (let i = 0; i < s.length; ) {
    let r = s.charCodeAt(i);
    let width = 1;
    if (r >= RuneSelf) [r, width] = decodeRune(s, i);
    if (width === 1 && r === RuneError) {
      const b = s.charCodeAt(i);
      out += '\\x' + lowerhex[b >> 4] + lowerhex[b & 15];
      i++;
      continue;
    }
    out += escapedRune(r, quote, asciiOnly, graphicOnly);
    i += width;
  }
  return out + String.fromCharCode(quote);
}

export const quote = (s: string): string => quoteWith(s, 0x22, false, false);
export const quoteToASCII = (s: string): string => quoteWith(s, 0x22, true, false);
export const quoteToGraphic = (s: string): string => quoteWith(s, 0x22, false, true);

function quoteRuneWith(r: number, asciiOnly: boolean, graphicOnly: boolean): string {
  if (!validRune(r)) r = RuneError;
  return "'" + escapedRune(r, 0x27, asciiOnly, graphicOnly) + "'";
}
export const quoteRune = (r: number): string => quoteRuneWith(r, false, false);
export const quoteRuneToASCII = (r: number): string => quoteRuneWith(r, true, false);
export const quoteRuneToGraphic = (r: number): string => quoteRuneWith(r, false, true);

export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const [r, wid] = decodeRune(s, i);
    i += wid;
    if (wid > 1) {
      if (r === 0xfeff) return false;
      continue;
    }
    if (r === RuneError) return false;
    if ((r < 0x20 && r !== 9) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** strconv.UnquoteChar on s from byte i: [value, multibyte, next index] or null (ErrSyntax). */
export function unquoteChar(s: string, i: number, quote: number): [number, boolean, number] | null {
  if (i >= s.length) return null;
  const c = s.charCodeAt(i);
  if (c === quote && (quote === 0x27 || quote === 0x22)) return null;
  if (c >= RuneSelf) {
    const [r, size] = decodeRune(s, i);
    return [r, true, i + size];
  }
  if (c !== 0x5c) return [c, false, i + 1];
  if (i + 1 >= s.length) return null;
  const e = s.charCodeAt(i + 1);
  let j = i + 2;
  switch (e) {
    case 0x61: return [7, false, j];
    case 0x62: return [8, false, j];
    case 0x66: return [12, false, j];
    case 0x6e: return [10, false, j];
    case 0x72: return [13, false, j];
    case 0x74: return [9, false, j];
    case 0x76: return [11, false, j];
    case 0x78: // \x
    case 0x75: // \u
    case 0x55: { // \U
      const n = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
      if (j + n > s.length) return null;
      let v = 0;
      for (let k = 0; k < n; k++) {
        const x = unhex(s.charCodeAt(j + k));
        if (x < 0) return null;
        v = v * 16 + x;
      }
      j += n;
      if (e === 0x78) return [v, false, j];
      if (!validRune(v)) return null;
      return [v, true, j];
    }
    case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
      let v = e - 0x30;
      if (j + 2 > s.length) return null;
      for (let k = 0; k < 2; k++) {
        const x = s.charCodeAt(j + k) - 0x30;
        if (x < 0 || x > 7) return null;
        v = v * 8 + x;
      }
      if (v > 255) return null;
      return [v, false, j + 2];
    }
    case 0x5c: return [0x5c, false, j];
    case 0x27:
    case 0x22:
      if (e !== quote) return null;
      return [e, false, j];
    default:
      return null;
  }
}

/** strconv.Unquote: the value, or null for ErrSyntax. */
export function unquote(s: string): string | null {
  const n = s.length;
  if (n < 2) return null;
  const q = s.charCodeAt(0);
  if (q !== s.charCodeAt(n - 1)) return null;
  const body = s.slice(1, n - 1);
  if (q === 0x60) {
    if (body.includes('`')) return null;
    if (body.includes('\r')) return body.replace(/\r/g, '');
    return body;
  }
  if (q !== 0x22 && q !== 0x27) return null;
  if (body.includes('\n')) return null;
  if (!body.includes('\\') && !body.includes(String.fromCharCode(q))) {
    if (q === 0x22) {
      // Only valid UTF-8 is accepted unescaped in "..." (invalid bytes are allowed as-is too).
      return body;
    }
    if (q === 0x27) {
      const [r, w] = decodeRune(body, 0);
      if (body.length > 0 && w === body.length && (r !== RuneError || w !== 1)) return body;
    }
  }
  let out = '';
  let runesSeen = 0;
  for (let i = 0; i < body.length; ) {
    const res = unquoteChar(body, i, q);
    if (res === null) return null;
    const [v, multibyte, next] = res;
    i = next;
    if (v < RuneSelf || !multibyte) out += String.fromCharCode(v);
    else out += encodeRune(v);
    runesSeen++;
    if (q === 0x27 && i < body.length) return null;
  }
  if (q === 0x27 && runesSeen !== 1) return null;
  return out;
}
