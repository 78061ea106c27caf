// Text to numbers as strconv parses it: ParseUint, ParseInt, Atoi, ParseFloat and ParseBool. Each
// returns the value and a code the Go side turns into a *NumError (0 ok, 1 ErrSyntax, 2 ErrRange,
// 3 invalid base, 4 invalid bit size).
import type { I64 } from '../../runtime/int64.js';

export const OK = 0;
export const SYNTAX = 1;
export const RANGE = 2;
export const BASE = 3;
export const BITSIZE = 4;

function canon(v: bigint): I64 {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

const lower = (c: number): number => c | 0x20;

/** underscoreOK: underscores only between digits or after a base prefix (cf. strconv). */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1]!)) {
    i = 2;
    saw = '0';
    hex = lower(s.charCodeAt(1)) === 0x78;
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

export function parseUint(s: string, base: number, bitSize: number): [I64, number] {
  if (s === '') return [0, SYNTAX];
  const base0 = base === 0;
  const s0 = s;
  if (base >= 2 && base <= 36) {
    // valid
  } else if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      if (s.length >= 3 && lower(s.charCodeAt(1)) === 0x62) {
        base = 2;
        s = s.slice(2);
      } else if (s.length >= 3 && lower(s.charCodeAt(1)) === 0x6f) {
        base = 8;
        s = s.slice(2);
      } else if (s.length >= 3 && lower(s.charCodeAt(1)) === 0x78) {
        base = 16;
        s = s.slice(2);
      } else {
        base = 8;
        s = s.slice(1);
      }
    }
  } else return [0, BASE];
  if (bitSize === 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) return [0, BITSIZE];
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  const b = BigInt(base);
  let underscores = false;
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === 0x5f && base0) {
      underscores = true;
      continue;
    } else if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (lower(c) >= 0x61 && lower(c) <= 0x7a) d = lower(c) - 0x61 + 10;
    else return [0, SYNTAX];
    if (d >= base) return [0, SYNTAX];
    n = n * b + BigInt(d);
    if (n > maxVal) return [canon(maxVal), RANGE];
  }
  if (underscores && !underscoreOK(s0)) return [0, SYNTAX];
  return [canon(n), OK];
}

export function parseInt(s: string, base: number, bitSize: number): [I64, number] {
  if (s === '') return [0, SYNTAX];
  let neg = false;
  let t = s;
  if (s[0] === '+') t = s.slice(1);
  else if (s[0] === '-') {
    neg = true;
    t = s.slice(1);
  }
  const [un, code] = parseUint(t, base, bitSize);
  if (code !== OK && code !== RANGE) return [0, code];
  if (bitSize === 0) bitSize = 64;
  const u = BigInt(un);
  const cutoff = 1n << BigInt(bitSize - 1);
  if (code === RANGE) return [canon(neg ? -cutoff : cutoff - 1n), RANGE];
  if (!neg && u >= cutoff) return [canon(cutoff - 1n), RANGE];
  if (neg && u > cutoff) return [canon(-cutoff), RANGE];
  return [canon(neg ? -u : u), OK];
}

export function atoi(s: string): [I64, number] {
  if (s.length > 0 && s.length < 19) {
    let i = 0;
    let neg = false;
    if (s[0] === '-' || s[0] === '+') {
      neg = s[0] === '-';
      i = 1;
      if (s.length === 1) return [0, SYNTAX];
    }
    let n = 0;
    for (; i < s.length; i++) {
      const d = s.charCodeAt(i) - 0x30;
      if (d < 0 || d > 9) return [0, SYNTAX];
      n = n * 10 + d;
    }
    return [neg ? -n || 0 : n, OK];
  }
  return parseInt(s, 10, 0);
}

const decimalFloat = /^[+-]?(?:[0-9](?:_?[0-9])*\.?(?:[0-9](?:_?[0-9])*)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?$/;
const hexFloat = /^([+-]?)0[xX]((?:_?[0-9a-fA-F])*)(?:\.((?:[0-9a-fA-F]_?)*))?[pP]([+-]?[0-9](?:_?[0-9])*)$/;
const special = /^([+-]?)(inf|infinity|nan)$/i;

/** strconv.ParseFloat(s, bitSize). */
export function parseFloat(s: string, bitSize: number): [number, number] {
  const sp = special.exec(s);
  if (sp) {
    if (sp[2]!.toLowerCase() === 'nan') return sp[1] === '' ? [NaN, OK] : [0, SYNTAX];
    return [sp[1] === '-' ? -Infinity : Infinity, OK];
  }
  let v: number;
  if (decimalFloat.test(s)) {
    if (s.includes('_')) {
      if (!underscoreOK(s)) return [0, SYNTAX];
      v = Number(s.replace(/_/g, ''));
    } else v = Number(s);
  } else {
    const h = hexFloat.exec(s);
    if (!h || (h[2] === '' && (h[3] ?? '') === '')) return [0, SYNTAX];
    if (s.includes('_') && !underscoreOK(s.slice(0, s.search(/[pP]/)))) return [0, SYNTAX];
    const intDigits = h[2]!.replace(/_/g, '');
    const frac = (h[3] ?? '').replace(/_/g, '');
    const mant = BigInt('0x' + (intDigits + frac || '0'));
    const exp = Number(h[4]!.replace(/_/g, '')) - 4 * frac.length;
    v = Number(mant) * 2 ** exp;
    if (!Number.isFinite(v) && mant !== 0n) v = Infinity;
    if (h[1] === '-') v = -v;
  }
  if (bitSize === 32) {
    const f = Math.fround(v);
    if (!Number.isFinite(f) && Number.isFinite(v)) return [f, RANGE];
    return [f, OK];
  }
  if (!Number.isFinite(v)) return [v, RANGE];
  return [v, OK];
}

export function parseBool(s: string): [boolean, number] {
  switch (s) {
    case '1': case 't': case 'T': case 'true': case 'TRUE': case 'True':
      return [true, OK];
    case '0': case 'f': case 'F': case 'false': case 'FALSE': case 'False':
      return [false, OK];
  }
  return [false, SYNTAX];
}
