// complex64/complex128 values: immutable {re, im} pairs and Go's arithmetic on them (division as
// the runtime's complex128div does it, with its infinity and NaN rules).

export class Complex {
  static readonly ZERO = new Complex(0, 0);
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}
}

export function cadd(a: Complex, b: Complex): Complex {
  return new Complex(a.re + b.re, a.im + b.im);
}
export function csub(a: Complex, b: Complex): Complex {
  return new Complex(a.re - b.re, a.im - b.im);
}
export function cmul(a: Complex, b: Complex): Complex {
  return new Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}
export function cneg(a: Complex): Complex {
  return new Complex(-a.re, -a.im);
}
export function ceq(a: Complex, b: Complex): boolean {
  return a.re === b.re && a.im === b.im;
}

const isInf = (x: number): boolean => x === Infinity || x === -Infinity;
const copysign = (x: number, s: number): number => (s < 0 || Object.is(s, -0) ? -Math.abs(x) : Math.abs(x));

/** n / m with the special cases of Go's runtime (inf/nan handling after the straightforward formula). */
export function cdiv(n: Complex, m: Complex): Complex {
  let e: number;
  let f: number;
  if (Math.abs(m.re) >= Math.abs(m.im)) {
    const ratio = m.im / m.re;
    const denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    const ratio = m.re / m.im;
    const denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (Number.isNaN(e) && Number.isNaN(f)) {
    // Correct final result to infinities and zeros if applicable (C99 Annex G).
    let a = n.re;
    let b = n.im;
    let c = m.re;
    let d = m.im;
    if (c === 0 && d === 0 && (!Number.isNaN(a) || !Number.isNaN(b))) {
      e = copysign(Infinity, c) * a;
      f = copysign(Infinity, c) * b;
    } else if ((isInf(a) || isInf(b)) && Number.isFinite(c) && Number.isFinite(d)) {
      a = copysign(isInf(a) ? 1 : 0, a);
      b = copysign(isInf(b) ? 1 : 0, b);
      e = Infinity * (a * c + b * d);
      f = Infinity * (b * c - a * d);
    } else if ((isInf(c) || isInf(d)) && Number.isFinite(a) && Number.isFinite(b)) {
      c = copysign(isInf(c) ? 1 : 0, c);
      d = copysign(isInf(d) ? 1 : 0, d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return new Complex(e, f);
}

/** complex64 results: both parts rounded to float32. */
export function c64(c: Complex): Complex {
  return new Complex(Math.fround(c.re), Math.fround(c.im));
}
