// Value ranges of 64-bit integer expressions, so arithmetic whose operands and result provably
// stay safe JS integers compiles to a plain JS operator instead of a runtime/int64.ts call.
//
// The facts are few and certain: constants, the ranges of the narrow integer types, len and cap,
// and loop counters — a variable declared by a for loop's init from a constant, stepped by ++ or
// -- in the post statement against a constant bound (or len/cap), and written nowhere else (its
// address never taken, no closure assigning it), or the key of a range loop nothing assigns.
import * as ast from '../syntax/ast.js';
import type { Info } from '../types/info.js';
import type { Var } from '../types/types.js';
import type { NumClass } from './gotypes.js';
import { unparen } from './expr.js';
import { writtenVars } from './walk.js';

/** Inclusive bounds of an integer's possible values. */
export type Interval = readonly [number, number];

const SAFE = Number.MAX_SAFE_INTEGER;
const I32: Interval = [-(2 ** 31), 2 ** 31 - 1];
/** len and cap: a JS array or string never holds 2^32 elements. */
export const LENGTH: Interval = [0, 2 ** 32];

const within = (a: Interval, b: Interval): boolean => a[0] >= b[0] && a[1] <= b[1];

/** The values a narrow integer class can hold; null for the 64-bit and non-integer classes. */
export function classRange(c: NumClass): Interval | null {
  switch (c) {
    case 'i32': return I32;
    case 'u32': return [0, 2 ** 32 - 1];
    case 'i16': return [-(2 ** 15), 2 ** 15 - 1];
    case 'u16': return [0, 2 ** 16 - 1];
    case 'i8': return [-128, 127];
    case 'u8': return [0, 255];
    default: return null;
  }
}

/** The range of a bigint constant, if it is a safe integer. */
export function constRange(v: bigint): Interval | null {
  return v >= -BigInt(SAFE) && v <= BigInt(SAFE) ? [Number(v), Number(v)] : null;
}

/** Result range of `x op y` computed exactly in JS numbers; null when the plain operator might
 *  leave the safe integers (or the 32-bit domain of the bitwise operators). */
function resultRange(op: string, x: Interval, y: Interval): Interval | null {
  const [a0, a1] = x;
  const [b0, b1] = y;
  const bits = within(x, I32) && within(y, I32);
  const nonneg = a0 >= 0 && b0 >= 0;
  const mask = (n: number): number => 2 ** Math.ceil(Math.log2(n + 1)) - 1;
  switch (op) {
    case 'ADD': return [a0 + b0, a1 + b1];
    case 'SUB': return [a0 - b1, a1 - b0];
    case 'MUL': {
      const p = [a0 * b0, a0 * b1, a1 * b0, a1 * b1];
      return [Math.min(...p), Math.max(...p)];
    }
    case 'AND':
      if (!bits) return null;
      if (nonneg) return [0, Math.min(a1, b1)];
      if (a0 >= 0) return [0, a1];
      return b0 >= 0 ? [0, b1] : I32;
    case 'OR': case 'XOR':
      if (!bits) return null;
      return nonneg ? [0, mask(Math.max(a1, b1))] : I32;
    case 'AND_NOT':
      if (!bits) return null;
      return a0 >= 0 ? [0, a1] : I32;
    case 'QUO': case 'REM': {
      if (b0 !== b1 || b0 === 0) return null; // a constant, non-zero divisor only
      const d = Math.abs(b0);
      if (op === 'REM') return [a0 >= 0 ? 0 : Math.max(a0, -(d - 1)), a1 <= 0 ? 0 : Math.min(a1, d - 1)];
      const q = [Math.trunc(a0 / b0), Math.trunc(a1 / b0)];
      return [Math.min(...q), Math.max(...q)];
    }
    case 'SHL': case 'SHR': {
      if (b0 !== b1 || b0 < 0 || b0 > 31) return null; // a constant count only
      if (op === 'SHR') return within(x, I32) ? [a0 >> b0, a1 >> b0] : null;
      return [a0 * 2 ** b0, a1 * 2 ** b0];
    }
    default: return null;
  }
}

/** The range of `x op y` when the plain JS form below is exact for class c (int64 or uint64). */
export function opRange(op: string, x: Interval, y: Interval, c: NumClass): Interval | null {
  const r = resultRange(op, x, y);
  if (r === null) return null;
  const lo = c === 'u64' ? 0 : -SAFE;
  return r[0] >= lo && r[1] <= SAFE ? r : null;
}

/** `x op y` as plain JS, given opRange accepted it. Results that could be -0 get `+ 0` (the
 *  runtime's canonical integer zero). */
export function plainOp(op: string, x: string, y: string, xr: Interval, yr: Interval): string {
  const mayNegZero = xr[0] < 0 || yr[0] < 0;
  const z = (s: string): string => (mayNegZero ? `(${s} + 0)` : `(${s})`);
  switch (op) {
    case 'ADD': return `(${x} + ${y})`;
    case 'SUB': return `(${x} - ${y})`;
    case 'MUL': return z(`${x} * ${y}`);
    case 'AND': return `(${x} & ${y})`;
    case 'OR': return `(${x} | ${y})`;
    case 'XOR': return `(${x} ^ ${y})`;
    case 'AND_NOT': return `(${x} & ~${y})`;
    case 'QUO': return z(`Math.trunc(${x} / ${y})`);
    case 'REM': return z(`${x} % ${y}`);
    case 'SHR': return `(${x} >> ${y})`;
    case 'SHL': return `(${x} * ${2 ** yr[0]})`;
    default: throw new Error(`plainOp ${op}`);
  }
}

/** The range of a for loop's counter, if the loop is a counting loop (see the file comment). */
export function counterRange(s: ast.ForStmt, info: Info, rangeOf: (e: ast.Expr) => Interval | null): { v: Var; range: Interval } | null {
  const init = s.Init;
  if (init === null || init.kind !== 'AssignStmt' || init.Tok !== 'DEFINE' || init.Lhs.length !== 1 || init.Rhs.length !== 1) return null;
  const id = init.Lhs[0]!;
  const v = id.kind === 'Ident' ? info.defs.get(id) : undefined;
  if (!v || v.kind !== 'Var') return null;
  const start = rangeOf(init.Rhs[0]!);
  if (start === null || start[0] !== start[1]) return null;
  const post = s.Post;
  if (post === null || post.kind !== 'IncDecStmt' || !isVar(post.X, v, info)) return null;
  const cond = s.Cond === null ? null : unparen(s.Cond);
  if (cond === null || cond.kind !== 'BinaryExpr') return null;
  const up = post.Tok === 'INC';
  // i < n, i <= n (counting up); i > n, i >= n (counting down); either side.
  let op = cond.Op;
  let bound: ast.Expr;
  if (isVar(cond.X, v, info)) bound = cond.Y;
  else if (isVar(cond.Y, v, info)) {
    bound = cond.X;
    op = op === 'LSS' ? 'GTR' : op === 'GTR' ? 'LSS' : op === 'LEQ' ? 'GEQ' : op === 'GEQ' ? 'LEQ' : op;
  } else return null;
  const br = rangeOf(bound);
  if (br === null) return null;
  let range: Interval;
  // The counter's values include the one that ends the loop (a closure may see it in Go 1.21).
  if (up && op === 'LSS') range = [start[0], Math.max(start[0], br[1])];
  else if (up && op === 'LEQ') range = [start[0], Math.max(start[0], br[1] + 1)];
  else if (!up && op === 'GTR') range = [Math.min(start[0], br[0]), start[0]];
  else if (!up && op === 'GEQ') range = [Math.min(start[0], br[0] - 1), start[0]];
  else return null;
  if (range[0] < -SAFE || range[1] > SAFE) return null;
  if (writtenVars(s.Body, info).has(v) || writtenVars(cond, info).has(v)) return null;
  return { v, range };
}

/** The range of a range loop's key over [0, n) of an integer, array, slice or string, if the body
 *  never writes it. */
export function rangeKeyRange(s: ast.RangeStmt, info: Info, n: Interval): { v: Var; range: Interval } | null {
  const key = s.Key;
  if (s.Tok !== 'DEFINE' || key === null || key.kind !== 'Ident') return null;
  const v = info.defs.get(key);
  if (!v || v.kind !== 'Var') return null;
  if (writtenVars(s.Body, info).has(v)) return null;
  return { v, range: [0, Math.max(0, n[1])] };
}

function isVar(e: ast.Expr, v: Var, info: Info): boolean {
  const x = unparen(e);
  return x.kind === 'Ident' && info.uses.get(x) === v;
}
