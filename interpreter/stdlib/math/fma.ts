// Fused multiply-add, round(a*b + c) with one rounding, as the FMA instructions compute it: Go's
// amd64 math.Exp uses them when the CPU has FMA (every x86-64 CPU of the last decade), so its
// results can only be reproduced with a true FMA. Error-free transformations give the answer
// exactly in the common case; exact integer arithmetic settles the rest.

const SPLITTER = 134217729; // 2^27 + 1

function twoProductError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

function twoSumError(a: number, b: number, s: number): number {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** x = m × 2^e exactly (x finite, nonzero). */
function exact(x: number): [bigint, number] {
  f64[0] = x;
  const bits = u64[0]!;
  const neg = bits >> 63n === 1n;
  let e = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  if (e === 0) e = 1;
  else m |= 1n << 52n;
  return [neg ? -m : m, e - 1075];
}

function bitLength(v: bigint): number {
  return v.toString(2).length;
}

function slowFma(a: number, b: number, c: number): number {
  if (a === 0 || b === 0 || c === 0) return a * b + c;
  const [ma, ea] = exact(a);
  const [mb, eb] = exact(b);
  const [mc, ec] = exact(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  let sum = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (sum === 0n) return a * b + c;
  const neg = sum < 0n;
  if (neg) sum = -sum;
  // Keep 53 significant bits (fewer below the normal range), rounding half to even.
  const len = bitLength(sum);
  let shift = len - 53;
  const minExp = -1074;
  if (e + shift < minExp) shift = minExp - e;
  let q = sum;
  let scale = e;
  if (shift > 0) {
    const s = BigInt(shift);
    q = sum >> s;
    const rem = sum - (q << s);
    const half = 1n << (s - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    scale = e + shift;
  }
  let r = Number(q);
  // Multiply by 2^scale in exact steps.
  while (scale > 1000) {
    r *= 2 ** 1000;
    scale -= 1000;
  }
  while (scale < -1000) {
    r *= 2 ** -1000;
    scale += 1000;
  }
  r *= 2 ** scale;
  return neg ? -r : r;
}

/** round(a*b + c) with a single rounding. */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || !Number.isFinite(c) || Math.abs(a) > 1e290 || Math.abs(b) > 1e290 || Math.abs(p) < 1e-290) {
    if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
    return slowFma(a, b, c);
  }
  const e = twoProductError(a, b, p);
  const s = p + c;
  const t = twoSumError(p, c, s);
  const u = t + e;
  if (twoSumError(t, e, u) === 0) return s + u;
  return slowFma(a, b, c);
}
