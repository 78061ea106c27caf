// fmt.State as a Formatter sees it: the printer behind an interface value of type *fmt.pp whose
// methods (Write, WriteString, Width, Precision, Flag) read and extend the printer in progress.
import { namedType, ptrTo, setUnderlying, structOf, type TypeDesc } from '../../runtime/typedesc.js';
import { Slice } from '../../runtime/slice.js';
import type { Printer } from './print.js';

function bytesOf(b: Slice<number> | null): string {
  if (b === null) return '';
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b.array[b.offset + i]!);
  return s;
}

/** Builds the *fmt.pp descriptor with fmt.State's methods. */
export function makeStateType(): TypeDesc {
  const pp = setUnderlying(namedType('fmt', 'pp'), structOf([]));
  const t = ptrTo(pp);
  t.addMethod('Write', (p: Printer, b: Slice<number> | null) => {
    const s = bytesOf(b);
    p.buf += s;
    return [s.length, null];
  });
  t.addMethod('WriteString', (p: Printer, s: string) => {
    p.buf += s;
    return [s.length, null];
  });
  t.addMethod('Width', (p: Printer) => [p.wid, p.widPresent]);
  t.addMethod('Precision', (p: Printer) => [p.prec, p.precPresent]);
  t.addMethod('Flag', (p: Printer, c: number | bigint) => {
    switch (Number(c)) {
      case 0x2d: return p.minus;
      case 0x2b: return p.plus || p.plusV;
      case 0x23: return p.sharp || p.sharpV;
      case 0x20: return p.space;
      case 0x30: return p.zero;
    }
    return false;
  });
  return t;
}
