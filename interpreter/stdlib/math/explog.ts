// math.Exp and math.Log as Go computes them on amd64: Exp is the runtime's assembly routine (a
// Taylor series after range reduction, with FMA steps when the CPU has them, as every current
// x86-64 CPU does); Log is the FreeBSD-derived polynomial. Same operations in the same order, so
// the same bits.
import { fma } from './fma.js';

const LOG2E = 1.442695040888963407359924681001892;
const LN2U = 0.69314718055966295651160180568695068359375;
const LN2L = 0.28235290563031577122588448175013436025525412068e-12;
const OVERFLOW = 7.09782712893384e2;
const C = [0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2, 8.3333333333333333333e-3,
  1.3888888888888888889e-3, 1.9841269841269841270e-4, 2.4801587301587301587e-5] as const;

/** CVTSD2SL: round to nearest even, out of range gives the "integer indefinite" -2^31. */
function cvtsd2sl(v: number): number {
  if (!(v > -2147483648.5 && v < 2147483647.5)) return -2147483648;
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
function pow2(biased: number): number {
  u64[0] = BigInt(biased) << 52n;
  return f64[0]!;
}

export function exp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > OVERFLOW) return Infinity;
  const bx = cvtsd2sl(LOG2E * x);
  const k = bx;
  let x0 = fma(-LN2U, k, x);
  x0 = fma(-LN2L, k, x0);
  x0 *= 0.0625;
  let x1: number = C[8];
  x1 = fma(x1, x0, C[7]);
  x1 = fma(x1, x0, C[6]);
  x1 = fma(x1, x0, C[5]);
  x1 = fma(x1, x0, C[4]);
  x1 = fma(x1, x0, C[3]);
  x1 = fma(x1, x0, C[0]);
  x1 = fma(x1, x0, C[1]);
  x0 *= x1;
  for (let i = 0; i < 3; i++) {
    x1 = x0 + C[2];
    x0 *= x1;
  }
  x1 = x0 + C[2];
  x0 = fma(x1, x0, C[1]);
  let e = bx + 0x3ff;
  if (e <= 0) {
    if (e < -52) return 0;
    e += 0x3fe;
    x0 *= pow2(e);
    return x0 * pow2(1);
  }
  if (e >= 0x7ff) return Infinity;
  return x0 * pow2(e);
}

const Ln2Hi = 6.93147180369123816490e-1;
const Ln2Lo = 1.90821492927058770002e-10;
const L1 = 6.666666666666735130e-1;
const L2 = 3.999999999940941908e-1;
const L3 = 2.857142874366239149e-1;
const L4 = 2.222219843214978396e-1;
const L5 = 1.818357216161805012e-1;
const L6 = 1.531383769920937332e-1;
const L7 = 1.479819860511658591e-1;
const HSqrt2 = 7.07106781186547524401e-1;

export function log(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  // Frexp as the assembly does it: the raw exponent field, mantissa forced into [0.5, 1).
  f64[0] = x;
  const bits = u64[0]!;
  const ki = Number((bits >> 52n) & 0x7ffn) - 0x3fe;
  u64[0] = (bits & 0xfffffffffffffn) | 0x3fe0000000000000n;
  let f1 = f64[0]!;
  let k = ki;
  if (f1 <= HSqrt2) {
    f1 *= 2;
    k--;
  }
  const f = f1 - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  const t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * Ln2Hi - (hfsq - (s * (hfsq + R) + k * Ln2Lo) - f);
}
