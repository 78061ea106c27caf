// Unit tests for runtime/builtins.ts: print's float format as recorded from Go 1.23's println.
import { describe, expect, it } from 'vitest';
import { printFloatText, printText } from '../../interpreter/runtime/builtins.js';
import { Complex } from '../../interpreter/runtime/complex.js';

describe('print formats', () => {
  it('prints floats like println', () => {
    // println(1.5, -0.0, 1e100, float32(0.1), 3+4i) in Go 1.23
    expect([1.5, 0, 1e100, Math.fround(0.1)].map(printFloatText).join(' ')).toBe('+1.500000e+000 +0.000000e+000 +1.000000e+100 +1.000000e-001');
    expect(printText('complex', new Complex(3, 4))).toBe('(+3.000000e+000+4.000000e+000i)');
    expect(printText('iface', null)).toBe('(0x0,0x0)');
  });
});
