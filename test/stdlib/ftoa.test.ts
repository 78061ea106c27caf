// strconv's float formatting and parsing against real Go over many values, formats and precisions
// (cases/ftoa.go, recorded).
import { describe, expect, it } from 'vitest';
import { formatFloat } from '../../interpreter/stdlib/strconv/ftoa.js';
import { parseFloat } from '../../interpreter/stdlib/strconv/atoi.js';
import { loadExpected } from './expected.js';

function fromHexBits(h: string): number {
  const b = new BigUint64Array([BigInt('0x' + h)]);
  return new Float64Array(b.buffer)[0]!;
}
function toHexBits(f: number): string {
  return new BigUint64Array(new Float64Array([f]).buffer)[0]!.toString(16).padStart(16, '0');
}

describe('strconv.FormatFloat and ParseFloat match Go 1.23', () => {
  const expected = loadExpected('ftoa');
  const failures: string[] = [];
  for (const [name, want] of expected) {
    const parts = name.split('/');
    let got: string;
    if (parts[0] === 'format') {
      const [, fmt, prec, size, bits] = parts;
      got = formatFloat(fromHexBits(bits!), fmt!, Number(prec), Number(size) as 32 | 64);
    } else {
      const [, textHex, size] = parts;
      const text = Buffer.from(textHex!, 'hex').toString('latin1');
      const [v, code] = parseFloat(text, Number(size));
      got = `${toHexBits(v)} ${code === 0 ? '<nil>' : 'error'}`;
    }
    if (got !== want) failures.push(`${name}: got ${JSON.stringify(got)}, Go ${JSON.stringify(want)}`);
  }
  it(`all ${expected.size} recorded cases`, () => {
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
