// Exact constant arithmetic and gc's printing of constant values.
import { describe, expect, test } from 'vitest';
import {
  binaryOp, compare, constString, formatFloatG, makeInt, makeFloat, rat, ratToFloat32, ratToFloat64, shift, unaryOp, valueOfLiteral,
} from '../../interpreter/types/constant.js';

const lit = (k: 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING', s: string) => valueOfLiteral(k, s);

describe('literals', () => {
  test('integers in every base, with underscores', () => {
    expect(['42', '0x2A', '0o52', '052', '0b101010', '1_000'].map((s) => constString(lit('INT', s)))).toEqual(['42', '42', '42', '42', '42', '1000']);
  });
  test('floats are exact rationals', () => {
    expect(lit('FLOAT', '0.1')).toEqual({ kind: 'float', value: { num: 1n, den: 10n } });
    expect(lit('FLOAT', '1e3')).toEqual({ kind: 'float', value: { num: 1000n, den: 1n } });
    expect(lit('FLOAT', '0x1p-2')).toEqual({ kind: 'float', value: { num: 1n, den: 4n } });
  });
  test('runes and strings decode escapes to UTF-8 bytes', () => {
    expect(lit('CHAR', "'a'")).toEqual(makeInt(97n));
    expect(lit('CHAR', "'\\n'")).toEqual(makeInt(10n));
    expect(lit('CHAR', "'\\u00e9'")).toEqual(makeInt(0xe9n));
    expect(lit('CHAR', "'\xc3\xa9'")).toEqual(makeInt(0xe9n));
    expect(lit('STRING', '"a\\tb\\x41\\u00e9"')).toEqual({ kind: 'string', value: 'a\tbA\xc3\xa9' });
    expect(lit('STRING', '`raw\\n`')).toEqual({ kind: 'string', value: 'raw\\n' });
  });
});

describe('arithmetic', () => {
  test('untyped integer arithmetic is exact and unbounded', () => {
    const big = shift(makeInt(1n), 'SHL', 100);
    expect(constString(big)).toBe('1267650600228229401496703205376');
    expect(constString(binaryOp(big, 'QUO', makeInt(3n), true))).toBe('422550200076076467165567735125');
  });
  test('untyped division of integers is exact unless both are integer-typed', () => {
    expect(constString(binaryOp(makeInt(7n), 'QUO', makeInt(2n), false))).toBe('3.5');
    expect(constString(binaryOp(makeInt(7n), 'QUO', makeInt(2n), true))).toBe('3');
  });
  test('mixed kinds promote to the larger kind', () => {
    expect(constString(binaryOp(makeInt(1n), 'ADD', makeFloat(rat(1n, 2n)), false))).toBe('1.5');
    expect(compare(makeFloat(rat(2n)), 'EQL', makeInt(2n))).toBe(true);
  });
  test('bitwise complement masks to the unsigned size', () => {
    expect(constString(unaryOp('XOR', makeInt(0n), 8))).toBe('255');
    expect(constString(unaryOp('XOR', makeInt(0n), 0))).toBe('-1');
  });
});

describe('rounding to machine floats', () => {
  test('float64 rounding is correct for tiny, huge and inexact values', () => {
    expect(ratToFloat64(rat(1n, 10n))).toBe(0.1);
    expect(ratToFloat64(rat(10n ** 308n))).toBe(1e308);
    expect(ratToFloat64(rat(10n ** 309n))).toBe(Infinity);
    expect(ratToFloat64(rat(1n, 10n ** 320n))).toBe(1e-320);
    expect(ratToFloat64(rat(2n ** 53n + 1n))).toBe(2 ** 53);
  });
  test('float32 rounding', () => {
    expect(ratToFloat32(rat(1n, 10n))).toBe(Math.fround(0.1));
    expect(ratToFloat32(rat(10n ** 39n))).toBe(Infinity);
  });
});

describe('printing as gc does', () => {
  test('floats print with %.6g, or %g when that would hide a fraction', () => {
    expect(formatFloatG(1234567, 6)).toBe('1.23457e+06');
    expect(formatFloatG(100000, 6)).toBe('100000');
    expect(formatFloatG(0.0001, 6)).toBe('0.0001');
    expect(formatFloatG(0.00001, 6)).toBe('1e-05');
    expect(constString(makeFloat(rat(5n, 2n)))).toBe('2.5');
    expect(constString(makeFloat(rat(10n ** 400n)))).toBe('1e+400');
  });
  test('strings are quoted and shortened', () => {
    expect(constString({ kind: 'string', value: 'a"b\n' })).toBe('"a\\"b\\n"');
    expect(constString({ kind: 'string', value: 'x'.repeat(100) })).toBe('"' + 'x'.repeat(68) + '...');
  });
});
