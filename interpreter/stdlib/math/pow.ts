// math.Pow, Ldexp, Frexp, Log2, Log10 and Exp2 as Go computes them (pure Go on amd64): Pow splits
// y into integer and fraction, uses Exp(yf*Log(x)) for the fraction and repeated squaring of
// Frexp's mantissa for the integer part, then Ldexp.
import { exp, log } from './explog.js';
import { modf } from './bits.js';

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const SMALLEST_NORMAL = 2.2250738585072014e-308;

function normalize(x: number): [number, number] {
  if (Math.abs(x) < SMALLEST_NORMAL) return [x * 2 ** 52, -52];
  return [x, 0];
}

export function frexp(f: number): [number, number] {
  if (f === 0 || !Number.isFinite(f)) return [f, 0];
  let exp: number;
  [f, exp] = normalize(f);
  f64[0] = f;
  let x = u64[0]!;
  exp += Number((x >> 52n) & 0x7ffn) - 1023 + 1;
  x &= ~(0x7ffn << 52n);
  x |= 1022n << 52n;
  u64[0] = x;
  return [f64[0]!, exp];
}

export function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  let e: number;
  [frac, e] = normalize(frac);
  exp += e;
  f64[0] = frac;
  let x = u64[0]!;
  exp += Number((x >> 52n) & 0x7ffn) - 1023;
  if (exp < -1075) return frac < 0 ? -0 : 0;
  if (exp > 1023) return frac < 0 ? -Infinity : Infinity;
  let m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 1 / 2 ** 53;
  }
  x &= ~(0x7ffn << 52n);
  x |= BigInt(exp + 1023) << 52n;
  u64[0] = x;
  return m * f64[0]!;
}


function isOddInt(x: number): boolean {
  if (Math.abs(x) >= 2 ** 53) return false;
  const [xi, xf] = modf(x);
  return xf === 0 && Math.abs(xi) % 2 === 1;
}

const signbit = (x: number): boolean => x < 0 || Object.is(x, -0);

export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) {
    if (y < 0) return signbit(x) && isOddInt(y) ? -Infinity : Infinity;
    if (y > 0) return signbit(x) && isOddInt(y) ? x : 0;
  }
  if (!Number.isFinite(y)) {
    if (x === -1) return 1;
    if ((Math.abs(x) < 1) === (y === Infinity)) return 0;
    return Infinity;
  }
  if (!Number.isFinite(x)) {
    if (x === -Infinity) return pow(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  let [yi, yf] = modf(Math.abs(y));
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 2 ** 63) {
    if (x === -1) return 1;
    if ((Math.abs(x) < 1) === y > 0) return 0;
    return Infinity;
  }
  let a1 = 1.0;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  let [x1, xe] = frexp(x);
  for (let i = BigInt(yi); i !== 0n; i >>= 1n) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      ae += xe;
      break;
    }
    if ((i & 1n) === 1n) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

const INV_LN2 = 1.44269504088896340735992468100189213742664595415298593413544;
const INV_LN10 = 0.434294481903251827651128918916605082294397005803666566114454;

export function log2(x: number): number {
  const [frac, e] = frexp(x);
  if (frac === 0.5) return e - 1;
  return log(frac) * INV_LN2 + e;
}

export function log10(x: number): number {
  return log(x) * INV_LN10;
}

export function exp2(x: number): number {
  const Ln2Hi = 6.93147180369123816490e-1;
  const Ln2Lo = 1.90821492927058770002e-10;
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 1.0239999999999999e3) return Infinity;
  if (x < -1.074e3) return 0;
  let k = 0;
  if (x > 0) k = Math.trunc(x + 0.5);
  else if (x < 0) k = Math.trunc(x - 0.5);
  const t = x - k;
  const hi = t * Ln2Hi;
  const lo = -t * Ln2Lo;
  return expmulti(hi, lo, k);
}

function expmulti(hi: number, lo: number, k: number): number {
  const P1 = 1.66666666666666657415e-1;
  const P2 = -2.77777777770155933842e-3;
  const P3 = 6.61375632143793436117e-5;
  const P4 = -1.65339022054652515390e-6;
  const P5 = 4.13813679705723846039e-8;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return ldexp(y, k);
}
