// Unit tests for runtime/int64.ts: exact 64-bit wrap-around, the canonical number/bigint form,
// Go's truncated division and shifts.
import { describe, expect, it } from 'vitest';
import * as i64 from '../../interpreter/runtime/int64.js';
import { GoPanic } from '../../interpreter/runtime/panic.js';

const MAX = 9223372036854775807n;
const MIN = -9223372036854775808n;

describe('int64', () => {
  it('keeps safe integers as numbers and wraps at 64 bits', () => {
    expect(i64.add64(1, 2)).toBe(3);
    expect(i64.add64(9007199254740991, 1)).toBe(9007199254740992n);
    expect(i64.sub64(9007199254740992n, 1)).toBe(9007199254740991);
    expect(i64.add64(MAX, 1)).toBe(MIN);
    expect(i64.mul64(MAX, 2)).toBe(-2);
    expect(i64.mul64(-3, 0)).toBe(0);
    expect(Object.is(i64.mul64(-3, 0), -0)).toBe(false);
    expect(i64.neg64(MIN)).toBe(MIN);
  });
  it('divides with truncation and panics on zero', () => {
    expect(i64.div64(-7, 2)).toBe(-3);
    expect(i64.rem64(-7, 2)).toBe(-1);
    expect(i64.div64(MIN, -1)).toBe(MIN);
    expect(i64.rem64(MIN, -1)).toBe(0);
    expect(i64.div64(9007199254740991, 3)).toBe(3002399751580330);
    expect(() => i64.div64(1, 0)).toThrow(GoPanic);
    expect(i64.divU64(18446744073709551615n, 2)).toBe(9223372036854775807n);
  });
  it('shifts like Go', () => {
    expect(i64.shl64(1, 63)).toBe(MIN);
    expect(i64.shl64(1, 64)).toBe(0);
    expect(i64.shr64(-1, 100)).toBe(-1);
    expect(i64.shr64(-5, 1)).toBe(-3);
    expect(i64.shrU64(18446744073709551615n, 60)).toBe(15);
    expect(() => i64.shl64(1, -1)).toThrow(GoPanic);
  });
  it('wraps unsigned and narrow widths', () => {
    expect(i64.subU64(0, 1)).toBe(18446744073709551615n);
    expect(i64.addU64(18446744073709551615n, 1)).toBe(0);
    expect(i64.toInt8(200)).toBe(-56);
    expect(i64.toUint8(-1)).toBe(255);
    expect(i64.toInt32(2 ** 31)).toBe(-(2 ** 31));
    expect(i64.toUint32(MIN - 1n + 2n ** 64n)).toBe(4294967295);
    expect(i64.and64(MIN, -1)).toBe(MIN);
    expect(i64.xor64(-1, 0)).toBe(-1);
    expect(i64.not64(0)).toBe(-1);
  });
});
