// math/rand/v2's ChaCha8 source as Go 1.23 lays it out: four ChaCha8 blocks (8 rounds, counters
// c..c+3) computed side by side, their 32-bit words interleaved word by word into 32 uint64 outputs;
// after every 16 counter values the last 4 outputs are kept back and become the next key.
//
// The state lives in the Go struct's fields (so copying a ChaCha8 copies it): buf holds the 32
// outputs as 64 uint32 words (low word first), seed the key as 8 uint32 words, i and n the next and
// end positions in buf, c the block counter.
import type { I64 } from '../../runtime/int64.js';

export interface ChaChaState {
  buf: number[];
  seed: number[];
  i: number;
  n: number;
  c: number;
}

const CHUNK = 32;
const CTR_INC = 4;
const CTR_MAX = 16;
const RESEED = 4;
/** "expand 32-byte k" as four little-endian words. */
const SIGMA = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574];

const x = new Uint32Array(16);

function quarter(a: number, b: number, c: number, d: number): void {
  x[a] = x[a]! + x[b]!;
  x[d] = rotl(x[d]! ^ x[a]!, 16);
  x[c] = x[c]! + x[d]!;
  x[b] = rotl(x[b]! ^ x[c]!, 12);
  x[a] = x[a]! + x[b]!;
  x[d] = rotl(x[d]! ^ x[a]!, 8);
  x[c] = x[c]! + x[d]!;
  x[b] = rotl(x[b]! ^ x[c]!, 7);
}

function rotl(v: number, n: number): number {
  return (v << n) | (v >>> (32 - n));
}

/** Fills buf with the four blocks for counters counter..counter+3 under key seed. */
function block(seed: readonly number[], buf: number[], counter: number): void {
  for (let lane = 0; lane < 4; lane++) {
    x.set(SIGMA, 0);
    for (let k = 0; k < 8; k++) x[4 + k] = seed[k]!;
    x[12] = counter + lane;
    x[13] = 0;
    x[14] = 0;
    x[15] = 0;
    for (let round = 0; round < 4; round++) {
      quarter(0, 4, 8, 12);
      quarter(1, 5, 9, 13);
      quarter(2, 6, 10, 14);
      quarter(3, 7, 11, 15);
      quarter(0, 5, 10, 15);
      quarter(1, 6, 11, 12);
      quarter(2, 7, 8, 13);
      quarter(3, 4, 9, 14);
    }
    // Only the key words get the input added back; Go's layout leaves the others as permuted.
    for (let r = 0; r < 16; r++) buf[4 * r + lane] = r >= 4 && r < 12 ? (x[r]! + seed[r - 4]!) >>> 0 : x[r]!;
  }
}

/** Starts over from a 32-byte seed (given as a Go [32]byte: an array of byte values). */
export function chachaInit(s: ChaChaState, seedBytes: readonly number[]): void {
  for (let k = 0; k < 8; k++) {
    const b = 4 * k;
    s.seed[k] = (seedBytes[b]! | (seedBytes[b + 1]! << 8) | (seedBytes[b + 2]! << 16) | (seedBytes[b + 3]! << 24)) >>> 0;
  }
  block(s.seed, s.buf, 0);
  s.c = 0;
  s.i = 0;
  s.n = CHUNK;
}

/** Recomputes buf for the current key and counter (after decoding a marshalled state). */
export function chachaFill(s: ChaChaState): void {
  block(s.seed, s.buf, s.c);
}

function refill(s: ChaChaState): void {
  s.c += CTR_INC;
  if (s.c === CTR_MAX) {
    for (let k = 0; k < 8; k++) s.seed[k] = s.buf[2 * (CHUNK - RESEED) + k]!;
    s.c = 0;
  }
  block(s.seed, s.buf, s.c);
  s.i = 0;
  s.n = s.c === CTR_MAX - CTR_INC ? CHUNK - RESEED : CHUNK;
}

export function chachaUint64(s: ChaChaState): I64 {
  while (s.i >= s.n) refill(s);
  const j = s.i++;
  const lo = s.buf[2 * j]!;
  const hi = s.buf[2 * j + 1]!;
  return hi < 0x200000 ? hi * 4294967296 + lo : (BigInt(hi) << 32n) | BigInt(lo);
}
