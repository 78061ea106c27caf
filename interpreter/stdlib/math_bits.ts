// Package math/bits: counting, rotating and reversing bits of unsigned integers, and full-width
// arithmetic (Add64, Sub64, Mul64, Div64).
import type { StdPackage } from './package.js';
import type { I64 } from '../runtime/int64.js';
import { canon64 } from './convert.js';
import { divideByZero, runtimeErrorString } from '../runtime/errors.js';

const source = `package bits

const UintSize = 64

func LeadingZeros(x uint) int     { return 64 - Len(x) }
func LeadingZeros8(x uint8) int   { return 8 - Len8(x) }
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

func TrailingZeros(x uint) int { return trailingZeros(uint64(x), 64) }
func TrailingZeros8(x uint8) int { return trailingZeros(uint64(x), 8) }
func TrailingZeros16(x uint16) int { return trailingZeros(uint64(x), 16) }
func TrailingZeros32(x uint32) int { return trailingZeros(uint64(x), 32) }
func TrailingZeros64(x uint64) int { return trailingZeros(x, 64) }
func trailingZeros(x uint64, size int) int

func OnesCount(x uint) int     { return onesCount(uint64(x)) }
func OnesCount8(x uint8) int   { return onesCount(uint64(x)) }
func OnesCount16(x uint16) int { return onesCount(uint64(x)) }
func OnesCount32(x uint32) int { return onesCount(uint64(x)) }
func OnesCount64(x uint64) int { return onesCount(x) }
func onesCount(x uint64) int

func Len(x uint) int     { return length(uint64(x)) }
func Len8(x uint8) int   { return length(uint64(x)) }
func Len16(x uint16) int { return length(uint64(x)) }
func Len32(x uint32) int { return length(uint64(x)) }
func Len64(x uint64) int { return length(x) }
func length(x uint64) int

func RotateLeft(x uint, k int) uint       { return uint(rotate(uint64(x), k, 64)) }
func RotateLeft8(x uint8, k int) uint8    { return uint8(rotate(uint64(x), k, 8)) }
func RotateLeft16(x uint16, k int) uint16 { return uint16(rotate(uint64(x), k, 16)) }
func RotateLeft32(x uint32, k int) uint32 { return uint32(rotate(uint64(x), k, 32)) }
func RotateLeft64(x uint64, k int) uint64 { return rotate(x, k, 64) }
func rotate(x uint64, k int, size int) uint64

func Reverse(x uint) uint       { return uint(reverse(uint64(x), 64)) }
func Reverse8(x uint8) uint8    { return uint8(reverse(uint64(x), 8)) }
func Reverse16(x uint16) uint16 { return uint16(reverse(uint64(x), 16)) }
func Reverse32(x uint32) uint32 { return uint32(reverse(uint64(x), 32)) }
func Reverse64(x uint64) uint64 { return reverse(x, 64) }
func reverse(x uint64, size int) uint64

func ReverseBytes(x uint) uint       { return uint(reverseBytes(uint64(x), 64)) }
func ReverseBytes16(x uint16) uint16 { return uint16(reverseBytes(uint64(x), 16)) }
func ReverseBytes32(x uint32) uint32 { return uint32(reverseBytes(uint64(x), 32)) }
func ReverseBytes64(x uint64) uint64 { return reverseBytes(x, 64) }
func reverseBytes(x uint64, size int) uint64

func Add64(x, y, carry uint64) (sum, carryOut uint64)
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64)
func Mul64(x, y uint64) (hi, lo uint64)
func Div64(hi, lo, y uint64) (quo, rem uint64)

func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}
`;

const M64 = (1n << 64n) - 1n;
const big = (x: I64): bigint => BigInt(x);

export const bitsPackage: StdPackage = {
  path: 'math/bits',
  source,
  impl: {
    trailingZeros: (x: I64, size: number) => {
      let v = big(x);
      if (v === 0n) return size;
      let n = 0;
      while ((v & 1n) === 0n) {
        v >>= 1n;
        n++;
      }
      return n;
    },
    onesCount: (x: I64) => {
      let v = big(x);
      let n = 0;
      while (v !== 0n) {
        n += Number(v & 1n);
        v >>= 1n;
      }
      return n;
    },
    length: (x: I64) => big(x).toString(2).length - (big(x) === 0n ? 1 : 0),
    rotate: (x: I64, k: I64, size: number) => {
      const n = BigInt(size);
      const s = ((BigInt(k) % n) + n) % n;
      const mask = (1n << n) - 1n;
      const v = big(x) & mask;
      return canon64(((v << s) | (v >> (n - s))) & mask);
    },
    reverse: (x: I64, size: number) => {
      const s = big(x).toString(2).padStart(size, '0');
      return canon64(BigInt('0b' + [...s].reverse().join('')));
    },
    reverseBytes: (x: I64, size: number) => {
      let v = big(x);
      let r = 0n;
      for (let i = 0; i < size / 8; i++) {
        r = (r << 8n) | (v & 0xffn);
        v >>= 8n;
      }
      return canon64(r);
    },
    Add64: (x: I64, y: I64, c: I64) => {
      const s = big(x) + big(y) + big(c);
      return [canon64(s & M64), canon64(s >> 64n)];
    },
    Sub64: (x: I64, y: I64, b: I64) => {
      const d = big(x) - big(y) - big(b);
      return [canon64(d & M64), d < 0n ? 1 : 0];
    },
    Mul64: (x: I64, y: I64) => {
      const p = big(x) * big(y);
      return [canon64(p >> 64n), canon64(p & M64)];
    },
    Div64: (hi: I64, lo: I64, y: I64) => {
      const d = big(y);
      if (d === 0n) throw divideByZero();
      if (d <= big(hi)) throw runtimeErrorString('integer overflow');
      const n = (big(hi) << 64n) | big(lo);
      return [canon64(n / d), canon64(n % d)];
    },
  },
};
