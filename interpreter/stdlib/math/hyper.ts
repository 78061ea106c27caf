// math.Cbrt, Sinh, Cosh, Tanh as Go computes them (pure Go on amd64), so results match to the bit.
import { exp } from './explog.js';
import { bits, fromBits } from './bits.js';


export function cbrt(x: number): number {
  const B1 = 715094163n;
  const B2 = 696219795n;
  const C = 5.42857142857142815906e-1;
  const D = -7.05306122448979611050e-1;
  const E = 1.41428571428571436819;
  const F = 1.60714285714285720630;
  const G = 3.57142857142857150787e-1;
  const SmallestNormal = 2.22507385850720138309e-308;
  if (x === 0 || Number.isNaN(x) || !Number.isFinite(x)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let t = fromBits(bits(x) / 3n + (B1 << 32n));
  if (x < SmallestNormal) {
    t = 2 ** 54;
    t *= x;
    t = fromBits(bits(t) / 3n + (B2 << 32n));
  }
  let r = (t * t) / x;
  let s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = fromBits((bits(t) & (0xffffffffcn << 28n)) + (1n << 30n));
  s = t * t;
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

export function sinh(x: number): number {
  const P0 = -0.6307673640497716991184787251e6;
  const P1 = -0.8991272022039509355398013511e5;
  const P2 = -0.2894211355989563807284660366e4;
  const P3 = -0.2630563213397497062819489e2;
  const Q0 = -0.6307673640497716991212077277e6;
  const Q1 = 0.1521517378790019070696485176e5;
  const Q2 = -0.173678953558233699533450911e3;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x > 21) temp = exp(x) * 0.5;
  else if (x > 0.5) {
    const ex = exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    const sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

export function cosh(x: number): number {
  x = Math.abs(x);
  if (x > 21) return exp(x) * 0.5;
  const ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

const TANHP = [-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3] as const;
const TANHQ = [1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3] as const;

export function tanh(x: number): number {
  const MAXLOG = 8.8029691931113054295988e1;
  let z = Math.abs(x);
  if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    const s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x === 0) return x;
  const s = x * x;
  return x + (x * s * ((TANHP[0] * s + TANHP[1]) * s + TANHP[2])) / (((s + TANHQ[0]) * s + TANHQ[1]) * s + TANHQ[2]);
}

/** math.Hypot as Go's amd64 routine computes it: max × sqrt(1 + (min/max)²). */
export function hypot(p: number, q: number): number {
  p = Math.abs(p);
  q = Math.abs(q);
  if (!(p < Infinity) || !(q < Infinity)) {
    if (p === Infinity || q === Infinity) return Infinity;
    return NaN;
  }
  if (p === 0 && q === 0) return 0;
  const max = Math.max(p, q);
  let r = Math.min(p, q) / max;
  r = r * r + 1;
  return Math.sqrt(r) * max;
}
