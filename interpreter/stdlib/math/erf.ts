// math.Erf and Erfc as Go computes them (the FreeBSD msun rational approximations per interval,
// with Go's Exp), so results match to the bit.
import { exp } from './explog.js';

const erx = 8.45062911510467529297e-1;
const efx = 1.28379167095512586316e-1;
const efx8 = 1.02703333676410069053;
const pp = [1.28379167095512558561e-1, -3.25042107247001499370e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5] as const;
const qq = [0, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.96022827877536812320e-6] as const;
const pa = [-2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1,
  -1.10894694282396677476e-1, 3.54783043256182359371e-2, -2.16637559486879084300e-3] as const;
const qa = [0, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1,
  1.36370839120290507362e-2, 1.19844998467991074170e-2] as const;
const ra = [-9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1,
  -1.62396669462573470355e2, -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592] as const;
const sa = [0, 1.96512716674392571292e1, 1.37657754143519042600e2, 4.34565877475229228821e2, 6.45387271733267880336e2,
  4.29008140027567833386e2, 1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2] as const;
const rb = [-9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2,
  -6.37566443368389627722e2, -1.02509513161107724954e3, -4.83519191608651397019e2] as const;
const sb = [0, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3,
  2.55305040643316442583e3, 4.74528541206955367215e2, -2.24409524465858183362e1] as const;

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
function truncLow(x: number): number {
  f64[0] = x;
  u64[0] = u64[0]! & 0xffffffff00000000n;
  return f64[0]!;
}

function smallRS(x: number): [number, number, number] {
  const z = x * x;
  const r = pp[0] + z * (pp[1] + z * (pp[2] + z * (pp[3] + z * pp[4])));
  const s = 1 + z * (qq[1] + z * (qq[2] + z * (qq[3] + z * (qq[4] + z * qq[5]))));
  return [z, r, s];
}

function midPQ(x: number): [number, number] {
  const s = x - 1;
  const P = pa[0] + s * (pa[1] + s * (pa[2] + s * (pa[3] + s * (pa[4] + s * (pa[5] + s * pa[6])))));
  const Q = 1 + s * (qa[1] + s * (qa[2] + s * (qa[3] + s * (qa[4] + s * (qa[5] + s * qa[6])))));
  return [P, Q];
}

function tailR(x: number): number {
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  if (x < 1 / 0.35) {
    R = ra[0] + s * (ra[1] + s * (ra[2] + s * (ra[3] + s * (ra[4] + s * (ra[5] + s * (ra[6] + s * ra[7]))))));
    S = 1 + s * (sa[1] + s * (sa[2] + s * (sa[3] + s * (sa[4] + s * (sa[5] + s * (sa[6] + s * (sa[7] + s * sa[8])))))));
  } else {
    R = rb[0] + s * (rb[1] + s * (rb[2] + s * (rb[3] + s * (rb[4] + s * (rb[5] + s * rb[6])))));
    S = 1 + s * (sb[1] + s * (sb[2] + s * (sb[3] + s * (sb[4] + s * (sb[5] + s * (sb[6] + s * sb[7]))))));
  }
  const z = truncLow(x);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

export function erf(x: number): number {
  const VeryTiny = 2.848094538889218e-306;
  const Small = 1.0 / 2 ** 28;
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {
    let temp: number;
    if (x < Small) {
      if (x < VeryTiny) temp = 0.125 * (8.0 * x + efx8 * x);
      else temp = x + efx * x;
    } else {
      const [, r, s] = smallRS(x);
      const y = r / s;
      temp = x + x * y;
    }
    return sign ? -temp : temp;
  }
  if (x < 1.25) {
    const [P, Q] = midPQ(x);
    return sign ? -erx - P / Q : erx + P / Q;
  }
  if (x >= 6) return sign ? -1 : 1;
  const r = tailR(x);
  return sign ? r / x - 1 : 1 - r / x;
}

export function erfc(x: number): number {
  const Tiny = 1.0 / 2 ** 56;
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {
    let temp: number;
    if (x < Tiny) temp = x;
    else {
      const [, r, s] = smallRS(x);
      const y = r / s;
      if (x < 0.25) temp = x + x * y;
      else temp = 0.5 + (x * y + (x - 0.5));
    }
    return sign ? 1 + temp : 1 - temp;
  }
  if (x < 1.25) {
    const [P, Q] = midPQ(x);
    return sign ? 1 + erx + P / Q : 1 - erx - P / Q;
  }
  if (x < 28) {
    if (sign && x > 6 && x >= 1 / 0.35) return 2;
    const r = tailR(x);
    return sign ? 2 - r / x : r / x;
  }
  return sign ? 2 : 0;
}
