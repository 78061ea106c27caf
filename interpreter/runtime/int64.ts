// Exact 64-bit integer arithmetic for int/int64/uint/uint64/uintptr, and wrap-around helpers for the
// narrower integer types. A 64-bit value is a JS number while it is a safe integer and a bigint
// otherwise — always that canonical form, so === and Map keys agree with Go's ==.
import { divideByZero, negativeShift } from './errors.js';

export type I64 = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Canonical form of a bigint already in range. */
function canon(b: bigint): I64 {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** Wraps any integer (number or bigint) to int64 in canonical form. */
export function wrap64(x: I64): I64 {
  if (typeof x === 'number') {
    if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
    return canon(BigInt.asIntN(64, BigInt(x)));
  }
  return canon(BigInt.asIntN(64, x));
}

/** Wraps any integer to uint64 in canonical form. */
export function wrapU64(x: I64): I64 {
  if (typeof x === 'number') {
    if (x >= 0 && x <= MAX_SAFE) return x === 0 ? 0 : x;
    return canon(BigInt.asUintN(64, BigInt(x)));
  }
  return canon(BigInt.asUintN(64, x));
}

const big = (x: I64): bigint => (typeof x === 'bigint' ? x : BigInt(x));

// --- signed 64-bit ---------------------------------------------------------------------------

// The fast paths stay tiny so V8 inlines them into compiled Go code; BigInt work is out of line.
export function add64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return add64Slow(a, b);
}
function add64Slow(a: I64, b: I64): I64 {
  return canon(BigInt.asIntN(64, big(a) + big(b)));
}

export function sub64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return sub64Slow(a, b);
}
function sub64Slow(a: I64, b: I64): I64 {
  return canon(BigInt.asIntN(64, big(a) - big(b)));
}

export function mul64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0; // + 0 turns -0 into 0
  }
  return mul64Slow(a, b);
}
function mul64Slow(a: I64, b: I64): I64 {
  return canon(BigInt.asIntN(64, big(a) * big(b)));
}

export function div64(a: I64, b: I64): I64 {
  if (b === 0) throw divideByZero();
  if (typeof a === 'number' && typeof b === 'number') return exactQuo(a, b) + 0;
  return canon(BigInt.asIntN(64, big(a) / big(b)));
}

/** Truncated quotient of two safe integers, corrected for floating-point rounding. */
function exactQuo(a: number, b: number): number {
  let q = Math.trunc(a / b);
  const r = a - q * b;
  // |r| must be < |b| with the sign of a; fix the rare off-by-one from rounding a/b.
  if (r !== 0 && (r < 0) !== (a < 0)) q += (a < 0) === (b < 0) ? -1 : 1;
  else if (Math.abs(r) >= Math.abs(b)) q += (a < 0) === (b < 0) ? 1 : -1;
  return q;
}

export function rem64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return (a % b) + 0;
  return rem64Slow(a, b);
}
function rem64Slow(a: I64, b: I64): I64 {
  if (b === 0) throw divideByZero();
  return canon(BigInt.asIntN(64, big(a) % big(b)));
}

export function neg64(a: I64): I64 {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return canon(BigInt.asIntN(64, -a));
}

function fits32(a: I64): a is number {
  return typeof a === 'number' && (a | 0) === a;
}

export function and64(a: I64, b: I64): I64 {
  if (fits32(a) && fits32(b)) return a & b;
  return and64Slow(a, b);
}
function and64Slow(a: I64, b: I64): I64 {
  return canon(BigInt.asIntN(64, big(a) & big(b)));
}
export function or64(a: I64, b: I64): I64 {
  if (fits32(a) && fits32(b)) return a | b;
  return or64Slow(a, b);
}
function or64Slow(a: I64, b: I64): I64 {
  return canon(BigInt.asIntN(64, big(a) | big(b)));
}
export function xor64(a: I64, b: I64): I64 {
  if (fits32(a) && fits32(b)) return a ^ b;
  return xor64Slow(a, b);
}
function xor64Slow(a: I64, b: I64): I64 {
  return canon(BigInt.asIntN(64, big(a) ^ big(b)));
}
export function andNot64(a: I64, b: I64): I64 {
  if (fits32(a) && fits32(b)) return a & ~b;
  return canon(BigInt.asIntN(64, big(a) & ~big(b)));
}
export function not64(a: I64): I64 {
  if (fits32(a)) return ~a;
  return canon(BigInt.asIntN(64, ~big(a)));
}

/** Shift count as a non-negative number (Go panics on a negative signed count). */
function count(s: I64): number {
  if (typeof s === 'bigint') {
    if (s < 0n) throw negativeShift();
    return s > 1000n ? 1000 : Number(s);
  }
  if (s < 0) throw negativeShift();
  return s > 1000 ? 1000 : s;
}

/** 2**n for n in [0, 64]. */
const POW2: number[] = Array.from({ length: 65 }, (_, n) => 2 ** n);
/** Shift counts as bigints (no allocation per shift). */
const BIGN: bigint[] = Array.from({ length: 65 }, (_, n) => BigInt(n));

export function shl64(a: I64, s: I64): I64 {
  const n = typeof s === 'number' && s >= 0 && s < 64 ? s : count(s);
  if (n >= 64) return 0;
  if (typeof a === 'number' && n < 31 && Math.abs(a) < POW2[52 - n]!) return a * POW2[n]! + 0;
  return canon(BigInt.asIntN(64, big(a) << BIGN[n]!));
}
export function shr64(a: I64, s: I64): I64 {
  if (typeof a === 'number' && typeof s === 'number' && s >= 0 && s < 32 && (a | 0) === a) return a >> s;
  return shr64Slow(a, s);
}
function shr64Slow(a: I64, s: I64): I64 {
  const n = typeof s === 'number' && s >= 0 && s < 64 ? s : count(s);
  if (typeof a === 'number') {
    if (n >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / POW2[n]!) + 0;
  }
  return canon(a >> BIGN[n > 63 ? 63 : n]!);
}

// --- unsigned 64-bit -------------------------------------------------------------------------

export function addU64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE) return r;
  }
  return canon(BigInt.asUintN(64, big(a) + big(b)));
}
export function subU64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= 0) return r;
  }
  return canon(BigInt.asUintN(64, big(a) - big(b)));
}
export function mulU64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE) return r;
  }
  return canon(BigInt.asUintN(64, big(a) * big(b)));
}
export function divU64(a: I64, b: I64): I64 {
  if (b === 0) throw divideByZero();
  if (typeof a === 'number' && typeof b === 'number') return exactQuo(a, b);
  return canon(big(a) / big(b));
}
export function remU64(a: I64, b: I64): I64 {
  if (b === 0) throw divideByZero();
  if (typeof a === 'number' && typeof b === 'number') return a % b;
  return canon(big(a) % big(b));
}
export function negU64(a: I64): I64 {
  return a === 0 ? 0 : canon(BigInt.asUintN(64, -big(a)));
}
export function andU64(a: I64, b: I64): I64 {
  if (fits32(a) && fits32(b)) return a & b;
  return canon(big(a) & big(b));
}
export function orU64(a: I64, b: I64): I64 {
  if (fits32(a) && fits32(b)) return a | b;
  return canon(big(a) | big(b));
}
export function xorU64(a: I64, b: I64): I64 {
  if (fits32(a) && fits32(b)) return a ^ b;
  return canon(big(a) ^ big(b));
}
export function andNotU64(a: I64, b: I64): I64 {
  return canon(BigInt.asUintN(64, big(a) & ~big(b)));
}
export function notU64(a: I64): I64 {
  return canon(BigInt.asUintN(64, ~big(a)));
}
export function shlU64(a: I64, s: I64): I64 {
  const n = typeof s === 'number' && s >= 0 && s < 64 ? s : count(s);
  if (n >= 64) return 0;
  if (typeof a === 'number' && n < 31 && a < POW2[52 - n]!) return a * POW2[n]!;
  return canon(BigInt.asUintN(64, big(a) << BIGN[n]!));
}
export function shrU64(a: I64, s: I64): I64 {
  const n = typeof s === 'number' && s >= 0 && s < 64 ? s : count(s);
  if (n >= 64) return 0;
  if (typeof a === 'number') return n < 31 && a <= 0x7fffffff ? a >> n : Math.floor(a / POW2[n]!);
  return canon(a >> BIGN[n]!);
}

// --- narrow widths -----------------------------------------------------------------------------

/** Wraps an exact integer (number or bigint) to a narrow integer type. */
export function toInt8(x: I64): number { return typeof x === 'number' ? (x << 24) >> 24 : Number(BigInt.asIntN(8, x)); }
export function toInt16(x: I64): number { return typeof x === 'number' ? (x << 16) >> 16 : Number(BigInt.asIntN(16, x)); }
export function toInt32(x: I64): number { return typeof x === 'number' ? x | 0 : Number(BigInt.asIntN(32, x)); }
export function toUint8(x: I64): number { return typeof x === 'number' ? x & 0xff : Number(BigInt.asUintN(8, x)); }
export function toUint16(x: I64): number { return typeof x === 'number' ? x & 0xffff : Number(BigInt.asUintN(16, x)); }
export function toUint32(x: I64): number { return typeof x === 'number' ? x >>> 0 : Number(BigInt.asUintN(32, x)); }

/** Float to integer conversion (truncation toward zero); out-of-range results are Go's
 *  implementation-defined values on amd64 (0x8000000000000000). */
export function floatToInt64(f: number): I64 {
  if (!Number.isFinite(f) || f >= 9223372036854775808 || f < -9223372036854775808) return -9223372036854775808n;
  const t = Math.trunc(f) + 0;
  return Number.isSafeInteger(t) ? t : canon(BigInt(t));
}
/** A float converted to int32, int16, int8, uint16 or uint8 goes through a 32-bit signed
 *  conversion first (amd64's CVTTSD2SL): NaN and values out of int32's range give -1<<31. */
export function floatToInt32(f: number): number {
  const t = Math.trunc(f);
  return t >= -2147483648 && t < 2147483648 ? t + 0 : -2147483648;
}
export function floatToUint64(f: number): I64 {
  if (!Number.isFinite(f) || f < 0) return wrapU64(floatToInt64(f));
  if (f >= 18446744073709551616) return 9223372036854775808n;
  const t = Math.trunc(f);
  return Number.isSafeInteger(t) ? t : canon(BigInt(t));
}

/** Narrow signed division (int8/16/32): panics on zero; the wrap of MinInt/-1 is left to the caller's wrap. */
export function divInt(a: number, b: number): number {
  if (b === 0) throw divideByZero();
  return Math.trunc(a / b);
}
export function remInt(a: number, b: number): number {
  if (b === 0) throw divideByZero();
  return (a % b) + 0;
}

/** Shifts on narrow widths: counts at or beyond the width give 0 (or -1 for a negative signed value). */
export function shlN(a: number, s: I64, bits: number): number {
  const n = count(s);
  if (n >= bits) return 0;
  return n >= 32 ? 0 : a << n; // caller wraps to width
}
export function shrN(a: number, s: I64, bits: number, signed: boolean): number {
  const n = count(s);
  if (signed) return a >> (n > 31 ? 31 : n);
  if (n >= bits || n >= 32) return 0;
  return a >>> n;
}

/** Comparison of two 64-bit values (mixed number/bigint compare exactly in JS). */
export function cmp64(a: I64, b: I64): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Decimal text of a 64-bit value. */
export function itoa64(x: I64): string {
  return String(x);
}
