// Exact constant values (cf. go/constant): untyped constant arithmetic is exact, so integers are
// BigInts and non-integer numbers are exact rationals; gc rejects results that do not fit.

export interface Rat { readonly num: bigint; readonly den: bigint } // den > 0, reduced

export type ConstValue =
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'string'; readonly value: string } // a byte string
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: Rat } // floats too large for a rational are not needed by gc's rules we cover
  | { readonly kind: 'complex'; readonly re: Rat; readonly im: Rat }
  | { readonly kind: 'unknown' };
