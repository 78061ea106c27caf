// Package math's functions give the same float64 results as Go's (cases/math.go, recorded).
import { describe, expect, it } from 'vitest';
import { mathPackage } from '../../interpreter/stdlib/math.js';
import { formatFloat } from '../../interpreter/stdlib/strconv/ftoa.js';
import { loadExpected } from './expected.js';

// Go folds math.Pi/6 and math.Pi/3 exactly before rounding; these literals are those roundings.
const inputs = [0, 0.1, 0.5, 1, 1.5, 2, 2.5, 3, 0.523598775598298873077107230546583814, Math.PI / 4, 1.04719755119659774615421446109316763, Math.PI, 10, 100, 1e-10, 1e10, -0.7, -3.3, 123.456, 0.999, 7e22];
const m = mathPackage.impl as Record<string, (...a: number[]) => number>;
const g = (f: number): string => formatFloat(f, 'g', -1, 64);

const fns: Record<string, (x: number) => number> = {
  sin: (x) => m.Sin!(x),
  cos: (x) => m.Cos!(x),
  tan: (x) => m.Tan!(x),
  exp: (x) => m.Exp!(x),
  log: (x) => m.Log!(x),
  log2: (x) => m.Log2!(x),
  log10: (x) => m.Log10!(x),
  sqrt: (x) => m.Sqrt!(x),
  cbrt: (x) => m.Cbrt!(x),
  atan: (x) => m.Atan!(x),
  asin: (x) => m.Asin!(x / 200),
  acos: (x) => m.Acos!(x / 200),
  sinh: (x) => m.Sinh!(x / 10),
  cosh: (x) => m.Cosh!(x / 10),
  tanh: (x) => m.Tanh!(x),
  expm1: (x) => m.Expm1!(x / 10),
  log1p: (x) => m.Log1p!(x),
  pow: (x) => m.Pow!(x, 1.7),
  powi: (x) => m.Pow!(1.1, x),
  atan2: (x) => m.Atan2!(x, 2),
  hypot: (x) => m.Hypot!(x, 3),
  exp2: (x) => m.Exp2!(x),
  gamma: (x) => m.Gamma!(x),
  erf: (x) => m.Erf!(x),
};

function fromBits(h: string): number {
  return new Float64Array(new BigUint64Array([BigInt('0x' + h)]).buffer)[0]!;
}

const two: Record<string, (x: number, y: number) => number> = {
  Exp: (x) => m.Exp!(x),
  Log: (x) => m.Log!(Math.abs(x)),
  Expm1: (x) => m.Expm1!(x),
  Log1p: (x) => m.Log1p!(Math.abs(x)),
  Sin: (x) => m.Sin!(x),
  Cos: (x) => m.Cos!(x),
  Tan: (x) => m.Tan!(x),
  Atan: (x) => m.Atan!(x),
  Atan2: (x, y) => m.Atan2!(x, y),
  Hypot: (x, y) => m.Hypot!(x, y),
  Pow: (x, y) => m.Pow!(Math.abs(x), y / 100),
  Cbrt: (x) => m.Cbrt!(x),
  Sinh: (x) => m.Sinh!(x),
  Tanh: (x) => m.Tanh!(x),
  Sqrt: (x) => m.Sqrt!(Math.abs(x)),
  Mod: (x, y) => m.Mod!(x, y),
  Remainder: (x, y) => m.Remainder!(x, y),
  Asinh: (x) => m.Asinh!(x),
  Atanh: (_x, y) => m.Atanh!(y / (1 + Math.abs(y))),
  Acosh: (x) => m.Acosh!(1 + Math.abs(x)),
};

describe('math functions match Go 1.23 bit for bit on random inputs', () => {
  const expected = loadExpected('math');
  const failures: string[] = [];
  let n = 0;
  for (const [name, want] of expected) {
    const [fn, xb, yb] = name.split('/');
    if (yb === undefined) continue;
    n++;
    const got = g(two[fn!]!(fromBits(xb!), fromBits(yb)));
    if (got !== want) failures.push(`${fn}(${fromBits(xb!)}, ${fromBits(yb)}): golesson ${got}, Go ${want}`);
  }
  it(`${n} cases`, () => {
    const byFn = new Map<string, number>();
    for (const f of failures) byFn.set(f.split('(')[0]!, (byFn.get(f.split('(')[0]!) ?? 0) + 1);
    expect([...byFn], failures.slice(0, 10).join('\n')).toEqual([]);
  });
});

describe('math functions match Go 1.23 bit for bit', () => {
  const expected = new Map([...loadExpected('math')].filter(([name]) => name.split('/').length === 2));
  for (const [name, want] of expected) {
    const [fn, idx] = name.split("/");
    it(name, () => {
      expect(g(fns[fn!]!(inputs[Number(idx)]!))).toBe(want);
    });
  }
});
