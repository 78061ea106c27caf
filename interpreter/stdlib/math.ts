// Package math: constants (exact, as untyped Go constants) and functions on float64.
import type { StdPackage } from './package.js';
import type { I64 } from '../runtime/int64.js';
import { canon64 } from './convert.js';
import * as explog from './math/explog.js';
import * as hyper from './math/hyper.js';
import { gamma as gammaFn } from './math/gamma.js';
import * as erfFn from './math/erf.js';
import * as em1 from './math/expm1.js';
import * as p from './math/pow.js';
import * as trig from './math/trig.js';
import { bits, fromBits, modf } from './math/bits.js';

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
func Erfc(x float64) float64
`;

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

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




function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return x;
  if (x === 0) return Math.sign(y) * 5e-324;
  const b = bits(x);
  return fromBits((y > x) === (x > 0) ? b + 1n : b - 1n);
}

/** Go's remainder: IEEE 754 remainder via Mod(x, 2y) and at most two subtractions. */
function remainder(x: number, y: number): number {
  const Tiny = 4.45014771701440276618e-308;
  const HalfMax = 1.7976931348623157e308 / 2;
  if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (y < 0) y = -y;
  if (x === y) return sign ? -0 : 0;
  if (y <= HalfMax) x = x % (y + y);
  if (y < Tiny) {
    if (x + x > y) {
      x -= y;
      if (x + x >= y) x -= y;
    }
  } else {
    const yHalf = 0.5 * y;
    if (x > yHalf) {
      x -= y;
      if (x >= yHalf) x -= y;
    }
  }
  return sign ? -x : x;
}





export const mathPackage: StdPackage = {
  path: 'math',
  source,
  impl: {
    Abs: Math.abs,
    Acos: trig.acos,
    Acosh: Math.acosh,
    Asin: trig.asin,
    Asinh: Math.asinh,
    Atan: trig.atan,
    Atan2: trig.atan2,
    Atanh: Math.atanh,
    Cbrt: hyper.cbrt,
    Ceil: Math.ceil,
    Copysign: (f: number, s: number) => (s < 0 || Object.is(s, -0) ? -Math.abs(f) : Math.abs(f)),
    Cos: trig.cos,
    Cosh: hyper.cosh,
    Dim: (x: number, y: number) => {
      const v = x - y;
      return v <= 0 ? 0 : v;
    },
    Exp: explog.exp,
    Exp2: p.exp2,
    Expm1: em1.expm1,
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
    Frexp: p.frexp,
    Hypot: hyper.hypot,
    Inf: (sign: I64) => (sign >= 0 ? Infinity : -Infinity),
    IsInf: (f: number, sign: I64) => (sign >= 0 && f === Infinity) || (sign <= 0 && f === -Infinity),
    IsNaN: (f: number) => f !== f,
    Ldexp: (frac: number, exp: I64) => p.ldexp(frac, Number(exp)),
    Log: explog.log,
    Log10: p.log10,
    Log1p: em1.log1p,
    Log2: p.log2,
    Max: Math.max,
    Min: Math.min,
    Mod: (x: number, y: number) => x % y,
    Modf: modf,
    NaN: () => NaN,
    Nextafter: nextafter,
    Pow: p.pow,
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
    Sin: trig.sin,
    Sincos: (x: number) => [trig.sin(x), trig.cos(x)],
    Sinh: hyper.sinh,
    Sqrt: Math.sqrt,
    Tan: trig.tan,
    Tanh: hyper.tanh,
    Trunc: Math.trunc,
    Gamma: gammaFn,
    Erf: erfFn.erf,
    Erfc: erfFn.erfc,
  },
};
