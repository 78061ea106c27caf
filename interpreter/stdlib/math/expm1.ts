// math.Expm1 and Log1p as Go computes them (pure Go on amd64, the FreeBSD msun algorithms), so
// results match to the bit.

import { bits, fromBits } from './bits.js';

const addExp = (y: number, k: number): number => fromBits(bits(y) + (BigInt.asUintN(64, BigInt(k)) << 52n));

export function expm1(x: number): number {
  const Othreshold = 7.09782712893383973096e2;
  const Ln2X56 = 3.88162421113569373274e1;
  const Ln2HalfX3 = 1.03972077083991796413;
  const Ln2Half = 3.46573590279972654709e-1;
  const Ln2Hi = 6.93147180369123816490e-1;
  const Ln2Lo = 1.90821492927058770002e-10;
  const InvLn2 = 1.44269504088896338700;
  const Tiny = 1.0 / 2 ** 54;
  const Q1 = -3.33333333333331316428e-2;
  const Q2 = 1.58730158725481460165e-3;
  const Q3 = -7.93650757867487942473e-5;
  const Q4 = 4.00821782732936239552e-6;
  const Q5 = -2.01099218183624371326e-7;
  if (x === Infinity || Number.isNaN(x)) return x;
  if (x === -Infinity) return -1;
  let absx = x;
  let sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= Ln2X56) {
    if (sign) return -1;
    if (absx >= Othreshold) return Infinity;
  }
  let c = 0;
  let k = 0;
  if (absx > Ln2Half) {
    let hi: number;
    let lo: number;
    if (absx < Ln2HalfX3) {
      if (!sign) {
        hi = x - Ln2Hi;
        lo = Ln2Lo;
        k = 1;
      } else {
        hi = x + Ln2Hi;
        lo = -Ln2Lo;
        k = -1;
      }
    } else {
      k = Math.trunc(!sign ? InvLn2 * x + 0.5 : InvLn2 * x - 0.5);
      const t = k;
      hi = x - t * Ln2Hi;
      lo = t * Ln2Lo;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (absx < Tiny) {
    return x;
  } else k = 0;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    let y = 1 - (e - x);
    y = addExp(y, k);
    return y - 1;
  }
  if (k < 20) {
    t = fromBits(0x3ff0000000000000n - (0x20000000000000n >> BigInt(k)));
    let y = t - (e - x);
    y = addExp(y, k);
    return y;
  }
  t = fromBits(BigInt(0x3ff - k) << 52n);
  let y = x - (e + t);
  y++;
  return addExp(y, k);
}

export function log1p(x: number): number {
  const Sqrt2M1 = 4.142135623730950488017e-1;
  const Sqrt2HalfM1 = -2.928932188134524755992e-1;
  const Small = 1.0 / 2 ** 29;
  const Tiny = 1.0 / 2 ** 54;
  const Two53 = 2 ** 53;
  const Ln2Hi = 6.93147180369123816490e-1;
  const Ln2Lo = 1.90821492927058770002e-10;
  const Lp1 = 6.666666666666735130e-1;
  const Lp2 = 3.999999999940941908e-1;
  const Lp3 = 2.857142874366239149e-1;
  const Lp4 = 2.222219843214978396e-1;
  const Lp5 = 1.818357216161805012e-1;
  const Lp6 = 1.531383769920937332e-1;
  const Lp7 = 1.479819860511658591e-1;
  if (x < -1 || Number.isNaN(x)) return NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return Infinity;
  const absx = Math.abs(x);
  let f = 0;
  let iu = 0n;
  let k = 1;
  if (absx < Sqrt2M1) {
    if (absx < Small) {
      if (absx < Tiny) return x;
      return x - x * x * 0.5;
    }
    if (x > Sqrt2HalfM1) {
      k = 0;
      f = x;
      iu = 1n;
    }
  }
  let c = 0;
  if (k !== 0) {
    let u: number;
    if (absx < Two53) {
      u = 1.0 + x;
      iu = bits(u);
      k = Number(iu >> 52n) - 1023;
      if (k > 0) c = 1.0 - (u - x);
      else c = x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      iu = bits(u);
      k = Number(iu >> 52n) - 1023;
      c = 0;
    }
    iu &= 0x000fffffffffffffn;
    if (iu < 0x0006a09e667f3bcdn) u = fromBits(iu | 0x3ff0000000000000n);
    else {
      k++;
      u = fromBits(iu | 0x3fe0000000000000n);
      iu = (0x0010000000000000n - iu) >> 2n;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (iu === 0n) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * Ln2Lo;
      return k * Ln2Hi + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * Ln2Hi - (R - (k * Ln2Lo + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * Ln2Hi - (hfsq - (s * (hfsq + R) + (k * Ln2Lo + c)) - f);
}
