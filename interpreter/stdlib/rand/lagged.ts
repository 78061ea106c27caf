// math/rand's seeded source: an additive lagged Fibonacci generator (607 words, tap 273) whose
// initial words are Park–Miller seed values XORed with the recorded table in cooked.ts.
//
// Words are kept as two Uint32Arrays (high and low halves) so a step is a few 32-bit operations
// and no BigInt; results leave as Go uint64/int64 values in their canonical JS form.
import type { I64 } from '../../runtime/int64.js';
import { cookedHex } from './cooked.js';

const LEN = 607;
const TAP = 273;
const INT32MAX = 2147483647;

const cookedHi = new Uint32Array(LEN);
const cookedLo = new Uint32Array(LEN);
for (let i = 0; i < LEN; i++) {
  cookedHi[i] = parseInt(cookedHex.slice(i * 16, i * 16 + 8), 16);
  cookedLo[i] = parseInt(cookedHex.slice(i * 16 + 8, i * 16 + 16), 16);
}

export interface Lagged {
  tap: number;
  feed: number;
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
}

export function newLagged(): Lagged {
  return { tap: 0, feed: 0, hi: new Uint32Array(LEN), lo: new Uint32Array(LEN) };
}

/** One Park–Miller step (multiplier 48271 mod 2^31-1) by Schrage's method; exact in doubles. */
function seedrand(x: number): number {
  const hi = Math.trunc(x / 44488);
  const lo = x % 44488;
  const r = 48271 * lo - 3399 * hi;
  return r < 0 ? r + INT32MAX : r;
}

/** Resets the generator for seed (a Go int64): seed mod 2^31-1, 0 replaced by a fixed value. */
export function seedLagged(g: Lagged, seed: I64): void {
  g.tap = 0;
  g.feed = LEN - TAP;
  let s = typeof seed === 'bigint' ? Number(seed % BigInt(INT32MAX)) : seed % INT32MAX;
  if (s < 0) s += INT32MAX;
  if (s === 0) s = 89482311;
  let x = s;
  for (let i = -20; i < LEN; i++) {
    x = seedrand(x);
    if (i < 0) continue;
    // (x<<40) ^ (x2<<20) ^ x3 in 64 bits, as high and low halves.
    let hi = (x << 8) >>> 0;
    x = seedrand(x);
    hi ^= x >>> 12;
    let lo = (x << 20) >>> 0;
    x = seedrand(x);
    lo ^= x;
    g.hi[i] = (hi ^ cookedHi[i]!) >>> 0;
    g.lo[i] = (lo ^ cookedLo[i]!) >>> 0;
  }
}

/** Advances one step: the word at feed gains the word at tap. Returns feed, the word written. */
function step(g: Lagged): number {
  if (--g.tap < 0) g.tap += LEN;
  if (--g.feed < 0) g.feed += LEN;
  const f = g.feed;
  const t = g.tap;
  const lo = g.lo[f]! + g.lo[t]!;
  g.lo[f] = lo >>> 0;
  g.hi[f] = (g.hi[f]! + g.hi[t]! + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  return f;
}

const TWO32 = 4294967296;

/** Canonical Go 64-bit value from halves (a number while it is a safe integer). */
function join(hi: number, lo: number): I64 {
  if (hi < 0x200000) return hi * TWO32 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

export function laggedUint64(g: Lagged): I64 {
  const f = step(g);
  return join(g.hi[f]!, g.lo[f]!);
}

export function laggedInt63(g: Lagged): I64 {
  const f = step(g);
  return join(g.hi[f]! & 0x7fffffff, g.lo[f]!);
}
