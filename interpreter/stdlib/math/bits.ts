// The bits of a float64 (math.Float64bits and Float64frombits) and Modf, shared by the math
// package's routines.

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** The IEEE 754 bits of x. */
export function bits(x: number): bigint {
  f64[0] = x;
  return u64[0]!;
}

/** The float64 with bits b (taken modulo 2^64). */
export function fromBits(b: bigint): number {
  u64[0] = BigInt.asUintN(64, b);
  return f64[0]!;
}

/** math.Modf: integer and fractional parts with f's sign. */
export function modf(f: number): [number, number] {
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
