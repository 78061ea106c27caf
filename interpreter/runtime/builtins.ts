// The builtins that are more than one JS expression: print/println (to stderr, in the runtime's own
// formats: println(1.5) prints +1.500000e+000), min/max with Go's NaN and -0 rules, and helpers
// for clear.
import { addressOf } from './address.js';
import type { Complex } from './complex.js';
import type { Iface } from './iface.js';
import type { I64 } from './int64.js';
import { writeStderr } from './process.js';
import type { Slice } from './slice.js';

/** How print shows a value, chosen by the compiler from the argument's static type. */
export type PrintKind = 'bool' | 'int' | 'float' | 'complex' | 'string' | 'pointer' | 'slice' | 'iface' | 'nil';

/** The runtime's float format (runtime.printfloat): sign, 7 digits, e, sign, 3-digit exponent. */
export function printFloatText(v: number): string {
  if (v !== v) return 'NaN';
  if (v + v === v && v > 0) return '+Inf';
  if (v + v === v && v < 0) return '-Inf';
  const n = 7;
  let sign = '+';
  let e = 0;
  if (v === 0) {
    if (1 / v < 0) sign = '-';
  } else {
    if (v < 0) {
      v = -v;
      sign = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    let h = 5.0;
    for (let i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  let digits = '';
  for (let i = 0; i < n; i++) {
    const s = Math.trunc(v);
    digits += String.fromCharCode(s + 48);
    v -= s;
    v *= 10;
  }
  let es = '+';
  if (e < 0) {
    e = -e;
    es = '-';
  }
  return `${sign}${digits[0]}.${digits.slice(1)}e${es}${Math.trunc(e / 100)}${Math.trunc(e / 10) % 10}${e % 10}`;
}

export function printText(kind: PrintKind, v: unknown): string {
  switch (kind) {
    case 'bool': return v ? 'true' : 'false';
    case 'int': return String(v as I64);
    case 'float': return printFloatText(v as number);
    case 'complex': {
      const c = v as Complex;
      return `(${printFloatText(c.re)}${printFloatText(c.im)}i)`;
    }
    case 'string': return v as string;
    case 'pointer': return '0x' + (v === null ? 0 : addressOf(v as object)).toString(16);
    case 'slice': {
      const s = v as Slice | null;
      if (s === null) return '[0/0]0x0';
      return `[${s.length}/${s.capacity}]0x${addressOf(s.array).toString(16)}`;
    }
    case 'iface': {
      const i = v as Iface | null;
      if (i === null) return '(0x0,0x0)';
      return `(0x${addressOf(i.type).toString(16)},0x${addressOf(i).toString(16)})`;
    }
    case 'nil': return 'nil';
  }
}

/** print(args...): kinds and values interleaved. */
export function print(kinds: readonly PrintKind[], ...vals: unknown[]): void {
  let s = '';
  for (let i = 0; i < vals.length; i++) s += printText(kinds[i]!, vals[i]);
  writeStderr(s);
}

/** println(args...): separated by spaces, ended by a newline. */
export function println(kinds: readonly PrintKind[], ...vals: unknown[]): void {
  let s = '';
  for (let i = 0; i < vals.length; i++) s += (i > 0 ? ' ' : '') + printText(kinds[i]!, vals[i]);
  writeStderr(s + '\n');
}

/** min for floats: NaN wins, and -0 is less than +0 (Go spec "Min and max"). */
export function fmin(...xs: number[]): number {
  let m = xs[0]!;
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    if (x !== x || m !== m) return NaN;
    if (x < m || (x === 0 && m === 0 && Object.is(x, -0))) m = x;
  }
  return m;
}
export function fmax(...xs: number[]): number {
  let m = xs[0]!;
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    if (x !== x || m !== m) return NaN;
    if (x > m || (x === 0 && m === 0 && Object.is(m, -0))) m = x;
  }
  return m;
}
/** min/max for integers (number or bigint) and strings. */
export function omin<T extends I64 | string>(...xs: T[]): T {
  let m = xs[0]!;
  for (let i = 1; i < xs.length; i++) if (xs[i]! < m) m = xs[i]!;
  return m;
}
export function omax<T extends I64 | string>(...xs: T[]): T {
  let m = xs[0]!;
  for (let i = 1; i < xs.length; i++) if (xs[i]! > m) m = xs[i]!;
  return m;
}
