// Package math: constants (exact, as untyped Go constants) and functions on float64.
import type { StdPackage } from './package.js';
import type { I64 } from '../runtime/int64.js';
import { canon64 } from './convert.js';

const source = `package math

const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831848969878041945279950093812539939
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func Abs(x float64) float64
func Acos(x float64) float64
func Acosh(x float64) float64
func Asin(x float64) float64
func Asinh(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Atanh(x float64) float64
func Cbrt(x float64) float64
func Ceil(x float64) float64
func Copysign(f, sign float64) float64
func Cos(x float64) float64
func Cosh(x float64) float64
func Dim(x, y float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Floor(x float64) float64
func Frexp(f float64) (frac float64, exp int)
func Hypot(p, q float64) float64
func Inf(sign int) float64
func IsInf(f float64, sign int) bool
func IsNaN(f float64) (is bool)
func Ldexp(frac float64, exp int) float64
func Log(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Log2(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Mod(x, y float64) float64
func Modf(f float64) (int float64, frac float64)
func NaN() float64
func Nextafter(x, y float64) (r float64)
func Pow(x, y float64) float64
func Pow10(n int) float64
func Remainder(x, y float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Signbit(x float64) bool
func Sin(x float64) float64
func Sincos(x float64) (sin, cos float64)
func Sinh(x float64) float64
func Sqrt(x float64) float64
func Tan(x float64) float64
func Tanh(x float64) float64
func Trunc(x float64) float64
func Gamma(x float64) float64
func Erf(x float64) float64
`;

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

function bits(x: number): bigint {
  f64[0] = x;
  return u64[0]!;
}
function fromBits(b: bigint): number {
  u64[0] = BigInt.asUintN(64, b);
  return f64[0]!;
}

function round(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + Math.sign(x);
  return t === 0 ? (x < 0 ? -0 : 0) : t;
}

function roundToEven(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  let r = t;
  if (d > 0.5 || (d === 0.5 && t % 2 !== 0)) r = t + Math.sign(x);
  return r === 0 ? (x < 0 ? -0 : 0) : r;
}

function frexp(f: number): [number, number] {
  if (f === 0 || !Number.isFinite(f)) return [f, 0];
  let exp = 0;
  let b = bits(f);
  if ((b >> 52n) & 0x7ffn) {
    // normal
  } else {
    f *= 2 ** 52;
    exp = -52;
    b = bits(f);
  }
  exp += Number((b >> 52n) & 0x7ffn) - 1022;
  b &= ~(0x7ffn << 52n);
  b |= 1022n << 52n;
  return [fromBits(b), exp];
}

function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  // Scale in steps whose powers of two are exact, so only the last step rounds.
  let x = frac;
  while (exp > 1023) {
    x *= 2 ** 1023;
    exp -= 1023;
  }
  while (exp < -1022) {
    x *= 2 ** -1022;
    exp += 1022;
    if (x === 0) return x;
  }
  return x * 2 ** exp;
}

function modf(f: number): [number, number] {
  if (f < 1) {
    if (f < 0) {
      const [i, fr] = modf(-f);
      return [-i, -fr];
    }
    if (f === 0) return [f, f];
    return [0, f];
  }
  if (!Number.isFinite(f)) return [f, NaN];
  const i = Math.trunc(f);
  return [i, f - i];
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return x;
  if (x === 0) return Math.sign(y) * 5e-324;
  const b = bits(x);
  return fromBits((y > x) === (x > 0) ? b + 1n : b - 1n);
}

function remainder(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  const n = roundToEven(x / y);
  let r = x - n * y;
  if (r === 0) r = x < 0 ? -0 : 0;
  return r;
}

function gamma(x: number): number {
  if (Number.isInteger(x) && x <= 0) return NaN;
  if (x === Infinity) return Infinity;
  if (Number.isNaN(x) || x === -Infinity) return NaN;
  if (Number.isInteger(x) && x > 0 && x < 171) {
    let r = 1;
    for (let i = 2; i < x; i++) r *= i;
    return r;
  }
  // Lanczos approximation (g = 7).
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  x -= 1;
  let a = c[0]!;
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i]! / (x + i);
  return Math.sqrt(2 * Math.PI) * t ** (x + 0.5) * Math.exp(-t) * a;
}

function erf(x: number): number {
  // Abramowitz-Stegun 7.1.26 refined by a series near zero; |error| < 1e-15 is not claimed.
  const sign = x < 0 ? -1 : 1;
  const ax = Math.abs(x);
  if (ax < 0.5) {
    let sum = ax;
    let term = ax;
    for (let n = 1; n < 40; n++) {
      term *= (-ax * ax) / n;
      sum += term / (2 * n + 1);
    }
    return sign * (2 / Math.sqrt(Math.PI)) * sum;
  }
  const t = 1 / (1 + 0.3275911 * ax);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-ax * ax);
  return sign * y;
}

function pow(x: number, y: number): number {
  // Go's special cases where JS differs: Pow(1, y) = 1 and Pow(x, 0) = 1 for any x (even NaN);
  // Pow(-1, ±Inf) = 1.
  if (x === 1 || y === 0) return 1;
  if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return 1;
  return Math.pow(x, y);
}

export const mathPackage: StdPackage = {
  path: 'math',
  source,
  impl: {
    Abs: Math.abs,
    Acos: Math.acos,
    Acosh: Math.acosh,
    Asin: Math.asin,
    Asinh: Math.asinh,
    Atan: Math.atan,
    Atan2: Math.atan2,
    Atanh: Math.atanh,
    Cbrt: Math.cbrt,
    Ceil: Math.ceil,
    Copysign: (f: number, s: number) => (s < 0 || Object.is(s, -0) ? -Math.abs(f) : Math.abs(f)),
    Cos: Math.cos,
    Cosh: Math.cosh,
    Dim: (x: number, y: number) => {
      const v = x - y;
      return v <= 0 ? 0 : v;
    },
    Exp: Math.exp,
    Exp2: (x: number) => 2 ** x,
    Expm1: Math.expm1,
    Float32bits: (f: number) => {
      f32[0] = f;
      return u32[0]!;
    },
    Float32frombits: (b: number) => {
      u32[0] = b;
      return f32[0]!;
    },
    Float64bits: (f: number) => canon64(bits(f)),
    Float64frombits: (b: I64) => fromBits(BigInt(b)),
    Floor: Math.floor,
    Frexp: frexp,
    Hypot: Math.hypot,
    Inf: (sign: I64) => (sign >= 0 ? Infinity : -Infinity),
    IsInf: (f: number, sign: I64) => (sign >= 0 && f === Infinity) || (sign <= 0 && f === -Infinity),
    IsNaN: (f: number) => f !== f,
    Ldexp: (frac: number, exp: I64) => ldexp(frac, Number(exp)),
    Log: Math.log,
    Log10: Math.log10,
    Log1p: Math.log1p,
    Log2: Math.log2,
    Max: Math.max,
    Min: Math.min,
    Mod: (x: number, y: number) => x % y,
    Modf: modf,
    NaN: () => NaN,
    Nextafter: nextafter,
    Pow: pow,
    Pow10: (n: I64) => {
      const k = Number(n);
      if (k < -323) return 0;
      if (k > 308) return Infinity;
      return Number('1e' + k);
    },
    Remainder: remainder,
    Round: round,
    RoundToEven: roundToEven,
    Signbit: (x: number) => x < 0 || Object.is(x, -0),
    Sin: Math.sin,
    Sincos: (x: number) => [Math.sin(x), Math.cos(x)],
    Sinh: Math.sinh,
    Sqrt: Math.sqrt,
    Tan: Math.tan,
    Tanh: Math.tanh,
    Trunc: Math.trunc,
    Gamma: gamma,
    Erf: erf,
  },
};
