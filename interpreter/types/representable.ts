// Representability of constants (Go spec: Representability; cf. types2 const.go): whether a
// constant fits a basic type, its rounded value there, and gc's overflow/truncation messages.
import type { Checker } from './check.js';
import type { ConstValue } from './constant.js';
import { float64ToRat, intBitLen, makeComplex, makeFloat, ratToFloat32, ratToFloat64, toComplex, toFloat, toInt } from './constant.js';
import type { ConvCode } from './expr.js';
import type { Operand } from './operand.js';
import { isInteger, isNumeric, isTyped, under } from './predicates.js';
import type { Basic, Type } from './types.js';

const intRanges: Record<string, [bigint, bigint]> = {
  int8: [-(2n ** 7n), 2n ** 7n - 1n], int16: [-(2n ** 15n), 2n ** 15n - 1n], int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n], int: [-(2n ** 63n), 2n ** 63n - 1n],
  uint8: [0n, 2n ** 8n - 1n], uint16: [0n, 2n ** 16n - 1n], uint32: [0n, 2n ** 32n - 1n],
  uint64: [0n, 2n ** 64n - 1n], uint: [0n, 2n ** 64n - 1n], uintptr: [0n, 2n ** 64n - 1n],
};

/** The value of x in type t (rounded for floats), or null if it does not fit. */
export function representableConst(x: ConstValue, t: Basic): ConstValue | null {
  if (x.kind === 'unknown') return x;
  const n = t.name;
  if (n in intRanges || n === 'untyped int' || n === 'untyped rune') {
    const v = toInt(x);
    if (v.kind !== 'int') return null;
    if (n === 'untyped int' || n === 'untyped rune') return v;
    const [lo, hi] = intRanges[n]!;
    return v.value >= lo && v.value <= hi ? v : null;
  }
  if (n === 'float32' || n === 'float64' || n === 'untyped float') {
    const v = toFloat(x);
    if (v.kind !== 'float') return null;
    if (n === 'untyped float') return v;
    const f = n === 'float32' ? ratToFloat32(v.value) : ratToFloat64(v.value);
    if (!Number.isFinite(f)) return null;
    return makeFloat(float64ToRat(f));
  }
  if (n === 'complex64' || n === 'complex128' || n === 'untyped complex') {
    const v = toComplex(x);
    if (v.kind !== 'complex') return null;
    if (n === 'untyped complex') return v;
    const round = n === 'complex64' ? ratToFloat32 : ratToFloat64;
    const re = round(v.re), im = round(v.im);
    if (!Number.isFinite(re) || !Number.isFinite(im)) return null;
    return makeComplex(float64ToRat(re), float64ToRat(im));
  }
  if (n === 'string' || n === 'untyped string') return x.kind === 'string' ? x : null;
  if (n === 'bool' || n === 'untyped bool') return x.kind === 'bool' ? x : null;
  return null;
}

export function representation(c: Checker, x: Operand, t: Basic): { val: ConstValue | null; code: ConvCode | null } {
  void c;
  const v = representableConst(x.val!, t);
  if (v === null) {
    if (isNumeric(x.type) && isNumeric(t)) {
      if (!isInteger(x.type) && isInteger(t)) return { val: null, code: 'TruncatedFloat' };
      return { val: null, code: 'NumericOverflow' };
    }
    return { val: null, code: 'InvalidConstVal' };
  }
  return { val: v, code: null };
}

/** Checks that constant x fits t, rounding it; reports gc's message otherwise. */
export function representable(c: Checker, x: Operand, t: Basic): void {
  const r = representation(c, x, t);
  if (r.code) {
    invalidConversion(c, r.code, x, t);
    x.mode = 'invalid';
    return;
  }
  x.val = r.val;
}

export function invalidConversion(c: Checker, code: ConvCode, x: Operand, t: Type): void {
  switch (code) {
    case 'TruncatedFloat':
      c.error(x, `${c.op(x)} truncated to ${c.t(t)}`);
      break;
    case 'NumericOverflow':
      c.error(x, `${c.op(x)} overflows ${c.t(t)}`);
      break;
    default:
      c.error(x, `cannot convert ${c.op(x)} to type ${c.t(t)}`);
  }
}

/** After a constant operation: typed results must fit their type; untyped ones are limited to
 *  512 bits (cf. types2 overflow). */
export function overflow(c: Checker, x: Operand, opPos: number): void {
  if (!x.val) return;
  if (x.val.kind === 'unknown') {
    c.errorAt(opPos, 'constant result is not representable');
    return;
  }
  if (isTyped(x.type)) {
    const u = under(x.type);
    if (u.kind === 'Basic') representable(c, x, u);
    return;
  }
  if (x.val.kind === 'int' && intBitLen(x.val.value) > 512) {
    const op = opName(x.expr);
    c.errorAt(opPos, `constant ${op ? op + ' ' : ''}overflow`);
    x.val = { kind: 'unknown' };
  }
}

function opName(e: Operand['expr']): string {
  if (!e) return '';
  if (e.kind === 'BinaryExpr') {
    const names: Record<string, string> = { ADD: 'addition', SUB: 'subtraction', XOR: 'bitwise XOR', MUL: 'multiplication', SHL: 'shift' };
    return names[e.Op] ?? '';
  }
  if (e.kind === 'UnaryExpr') {
    const names: Record<string, string> = { ADD: 'addition', SUB: 'negation', XOR: 'bitwise complement' };
    return names[e.Op] ?? '';
  }
  return '';
}
