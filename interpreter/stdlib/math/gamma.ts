// math.Gamma as Go computes it (Cephes: recurrence to [2,3) and a rational approximation, Stirling's
// formula above 33), with Go's Exp, Pow and Sin so results match to the bit.
import { exp } from './explog.js';
import { pow } from './pow.js';
import { sin } from './trig.js';

const GAMP = [1.60119522476751861407e-4, 1.19135147006586384913e-3, 1.04213797561761569935e-2, 4.76367800457137231464e-2,
  2.07448227648435975150e-1, 4.94214826801497100753e-1, 9.99999999999999996796e-1] as const;
const GAMQ = [-2.31581873324120129819e-5, 5.39605580493303397842e-4, -4.45641913851797240494e-3, 1.18139785222060435552e-2,
  3.58236398605498653373e-2, -2.34591795718243348568e-1, 7.14304917030273074085e-2, 1.00000000000000000320] as const;
const GAMS = [7.87311395793093628397e-4, -2.29549961613378126380e-4, -2.68132617805781232825e-3, 3.47222221605458667310e-3,
  8.33333333333482257126e-2] as const;

function stirling(x: number): [number, number] {
  if (x > 200) return [Infinity, 1];
  const SqrtTwoPi = 2.506628274631000502417;
  const MaxStirling = 143.01608;
  let w = 1 / x;
  w = 1 + w * ((((GAMS[0] * w + GAMS[1]) * w + GAMS[2]) * w + GAMS[3]) * w + GAMS[4]);
  let y1 = exp(x);
  let y2 = 1.0;
  if (x > MaxStirling) {
    const v = pow(x, 0.5 * x - 0.25);
    [y1, y2] = [v, v / y1];
  } else y1 = pow(x, x - 0.5) / y1;
  return [y1, SqrtTwoPi * w * y2];
}

const isNegInt = (x: number): boolean => x < 0 && Number.isInteger(x);

export function gamma(x: number): number {
  const Euler = 0.57721566490153286060651209008240243104215933593992;
  if (isNegInt(x) || x === -Infinity || Number.isNaN(x)) return NaN;
  if (x === Infinity) return Infinity;
  if (x === 0) return Object.is(x, -0) ? -Infinity : Infinity;
  let q = Math.abs(x);
  let p = Math.floor(q);
  if (q > 33) {
    if (x >= 0) {
      const [y1, y2] = stirling(x);
      return y1 * y2;
    }
    let signgam = 1;
    if (p % 2 === 0) signgam = -1;
    let z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * sin(Math.PI * z);
    if (z === 0) return signgam * Infinity;
    const [sq1, sq2] = stirling(q);
    const absz = Math.abs(z);
    const d = absz * sq1 * sq2;
    if (!Number.isFinite(d)) z = Math.PI / absz / sq1 / sq2;
    else z = Math.PI / d;
    return signgam * z;
  }
  let z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  const small = (): number => (x === 0 ? Infinity : z / ((1 + Euler * x) * x));
  while (x < 0) {
    if (x > -1e-9) return small();
    z = z / x;
    x = x + 1;
  }
  while (x < 2) {
    if (x < 1e-9) return small();
    z = z / x;
    x = x + 1;
  }
  if (x === 2) return z;
  x = x - 2;
  p = (((((x * GAMP[0] + GAMP[1]) * x + GAMP[2]) * x + GAMP[3]) * x + GAMP[4]) * x + GAMP[5]) * x + GAMP[6];
  q = ((((((x * GAMQ[0] + GAMQ[1]) * x + GAMQ[2]) * x + GAMQ[3]) * x + GAMQ[4]) * x + GAMQ[5]) * x + GAMQ[6]) * x + GAMQ[7];
  return (z * p) / q;
}
