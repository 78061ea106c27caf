// math.Sin, Cos, Tan as Go computes them (pure Go on amd64, Cephes polynomials after reduction by
// π/4 in three parts; Payne-Hanek reduction with the bits of 4/π for arguments of 2^29 and more),
// and Atan, Asin, Acos, Atan2 likewise. The operations are Go's, in Go's order.

const PI4A = 7.85398125648498535156e-1;
const PI4B = 3.77489470793079817668e-8;
const PI4C = 2.69515142907905952645e-15;
const FOUR_OVER_PI = 1.27323954473516268615107010698011489627567716592365;
const REDUCE_THRESHOLD = 2 ** 29;

const SIN = [1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
  -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1] as const;
const COS = [-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
  2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2] as const;

/** The binary digits of 4/π after the point, 64 at a time, preceded by the integer part (1). */
const mPi4: bigint[] = (() => {
  // π by Machin's formula in fixed point with 1400 fractional bits, then 4/π with 19×64 bits.
  const P = 1400n;
  const one = 1n << P;
  const arctanInv = (n: bigint): bigint => {
    let sum = 0n;
    let term = one / n;
    const n2 = n * n;
    for (let k = 1n; term !== 0n; k += 2n) {
      sum += (((k - 1n) / 2n) % 2n === 0n ? term : -term) / k;
      term /= n2;
    }
    return sum;
  };
  const pi = 4n * (4n * arctanInv(5n) - arctanInv(239n));
  const N = 64n * 19n;
  const v = (4n << (N + P)) / pi;
  const words: bigint[] = [];
  for (let i = 19n; i >= 0n; i--) words.push((v >> (64n * i)) & 0xffffffffffffffffn);
  return words;
})();

const M64 = 0xffffffffffffffffn;
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** Payne-Hanek reduction of x ≥ 2^29: the octant j and the remainder z (cf. trigReduce). */
function trigReduce(x: number): [number, number] {
  const PI4 = Math.PI / 4;
  if (x < PI4) return [0, x];
  f64[0] = x;
  let ix = u64[0]!;
  const exp = Number((ix >> 52n) & 0x7ffn) - 1023 - 52;
  ix &= ~(0x7ffn << 52n);
  ix |= 1n << 52n;
  const digit = Math.floor((exp + 61) / 64);
  const bitshift = BigInt((exp + 61) % 64);
  const w = (i: number): bigint => mPi4[i]!;
  const z0 = ((w(digit) << bitshift) | (bitshift === 0n ? 0n : w(digit + 1) >> (64n - bitshift))) & M64;
  const z1 = ((w(digit + 1) << bitshift) | (bitshift === 0n ? 0n : w(digit + 2) >> (64n - bitshift))) & M64;
  const z2 = ((w(digit + 2) << bitshift) | (bitshift === 0n ? 0n : w(digit + 3) >> (64n - bitshift))) & M64;
  const z2hi = (z2 * ix) >> 64n;
  const z1p = z1 * ix;
  const z1hi = z1p >> 64n;
  const z1lo = z1p & M64;
  const z0lo = (z0 * ix) & M64;
  const loSum = z1lo + z2hi;
  const lo = loSum & M64;
  const c = loSum >> 64n;
  let hi = (z0lo + z1hi + c) & M64;
  let j = Number(hi >> 61n);
  hi = ((hi << 3n) | (lo >> 61n)) & M64;
  const lz = BigInt(64 - hi.toString(2).length);
  const e = BigInt(1023) - (lz + 1n);
  hi = ((hi << (lz + 1n)) | (lo >> (64n - (lz + 1n)))) & M64;
  hi >>= 64n - 52n;
  hi |= e << 52n;
  u64[0] = hi;
  let z = f64[0]!;
  if ((j & 1) === 1) {
    j++;
    j &= 7;
    z--;
  }
  return [j, z * PI4];
}

function reduce(x: number): [number, number] {
  if (x >= REDUCE_THRESHOLD) return trigReduce(x);
  let j = Math.trunc(x * FOUR_OVER_PI);
  let y = j;
  if ((j & 1) === 1) {
    j++;
    y++;
  }
  j &= 7;
  return [j, x - y * PI4A - y * PI4B - y * PI4C];
}

function sinPoly(z: number, zz: number): number {
  return z + z * zz * (((((SIN[0] * zz + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5]);
}
function cosPoly(zz: number): number {
  return 1.0 - 0.5 * zz + zz * zz * (((((COS[0] * zz + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5]);
}

export function cos(x: number): number {
  if (Number.isNaN(x) || !Number.isFinite(x)) return NaN;
  let sign = false;
  x = Math.abs(x);
  let [j, z] = reduce(x);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  const zz = z * z;
  const y = j === 1 || j === 2 ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

export function sin(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let [j, z] = reduce(x);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  const zz = z * z;
  const y = j === 1 || j === 2 ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

const TANP = [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7] as const;
const TANQ = [1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7, -5.38695755929454629881e7] as const;

export function tan(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let j: number;
  let z: number;
  if (x >= REDUCE_THRESHOLD) [j, z] = trigReduce(x);
  else {
    j = Math.trunc(x * FOUR_OVER_PI);
    let y = j;
    if ((j & 1) === 1) {
      j++;
      y++;
    }
    z = x - y * PI4A - y * PI4B - y * PI4C;
  }
  const zz = z * z;
  let y: number;
  if (zz > 1e-14) {
    y = z + z * ((zz * ((TANP[0] * zz + TANP[1]) * zz + TANP[2])) / ((((zz + TANQ[1]) * zz + TANQ[2]) * zz + TANQ[3]) * zz + TANQ[4]));
  } else y = z;
  if ((j & 2) === 2) y = -1 / y;
  return sign ? -y : y;
}

function xatan(x: number): number {
  const P0 = -8.750608600031904122785e-1;
  const P1 = -1.615753718733365076637e1;
  const P2 = -7.500855792314704667340e1;
  const P3 = -1.228866684490136173410e2;
  const P4 = -6.485021904942025371773e1;
  const Q0 = 2.485846490142306297962e1;
  const Q1 = 1.650270098316988542046e2;
  const Q2 = 4.328810604912902668951e2;
  const Q3 = 4.853903996359136964868e2;
  const Q4 = 1.945506571482613964425e2;
  let z = x * x;
  z = (z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4)) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

const MOREBITS = 6.123233995736765886130e-17;
const TAN3PIO8 = 2.41421356237309504880;

function satan(x: number): number {
  if (x <= 0.66) return xatan(x);
  if (x > TAN3PIO8) return Math.PI / 2 - xatan(1 / x) + MOREBITS;
  return Math.PI / 4 + xatan((x - 1) / (x + 1)) + 0.5 * MOREBITS;
}

export function atan(x: number): number {
  if (x === 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

export function asin(x: number): number {
  if (x === 0) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return NaN;
  let temp = Math.sqrt(1 - x * x);
  if (x > 0.7) temp = Math.PI / 2 - satan(temp / x);
  else temp = satan(x / temp);
  return sign ? -temp : temp;
}

export function acos(x: number): number {
  return Math.PI / 2 - asin(x);
}

const copysign = (f: number, s: number): number => (s < 0 || Object.is(s, -0) ? -Math.abs(f) : Math.abs(f));
const THREE_PI_4 = 2.35619449019234492884698253745962716314787704953132936573120844;

export function atan2(y: number, x: number): number {
  if (Number.isNaN(y) || Number.isNaN(x)) return NaN;
  if (y === 0) {
    if (x >= 0 && !Object.is(x, -0)) return copysign(0, y);
    return copysign(Math.PI, y);
  }
  if (x === 0) return copysign(Math.PI / 2, y);
  if (!Number.isFinite(x)) {
    if (x === Infinity) return !Number.isFinite(y) ? copysign(Math.PI / 4, y) : copysign(0, y);
    return !Number.isFinite(y) ? copysign(THREE_PI_4, y) : copysign(Math.PI, y);
  }
  if (!Number.isFinite(y)) return copysign(Math.PI / 2, y);
  const q = atan(y / x);
  if (x < 0) return q <= 0 ? q + Math.PI : q - Math.PI;
  return q;
}
