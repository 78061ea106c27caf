// PCG-DXSM as math/rand/v2's PCG computes it: a 128-bit LCG (state = state*mul + inc mod 2^128)
// whose new state's high half is scrambled by a "double xorshift multiply" with the low half.
import type { I64 } from '../../runtime/int64.js';

const M64 = (1n << 64n) - 1n;
const M128 = (1n << 128n) - 1n;
const MUL = (2549297995355413924n << 64n) | 4865540595714422341n;
const INC = (6364136223846793005n << 64n) | 1442695040888963407n;
const CHEAP_MUL = 0xda942042e4dd58b5n;

const big = (x: I64): bigint => (typeof x === 'bigint' ? BigInt.asUintN(64, x) : BigInt.asUintN(64, BigInt(x)));

/** Canonical Go uint64 value (a number while it is a safe integer). */
export function canonU64(b: bigint): I64 {
  return b <= 9007199254740991n ? Number(b) : b;
}

/** The 128-bit state as Go's PCG holds it: two uint64 halves (Go values). */
export interface PCGState {
  hi: I64;
  lo: I64;
}

/** Advances the state and returns the next output as an unsigned bigint. */
export function pcgNext(p: PCGState): bigint {
  const s = ((((big(p.hi) << 64n) | big(p.lo)) * MUL + INC) & M128);
  const hi0 = s >> 64n;
  const lo = s & M64;
  p.hi = canonU64(hi0);
  p.lo = canonU64(lo);
  let h = hi0;
  h ^= h >> 32n;
  h = (h * CHEAP_MUL) & M64;
  h ^= h >> 48n;
  h = (h * (lo | 1n)) & M64;
  return h;
}
