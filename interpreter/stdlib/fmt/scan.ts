// fmt's scanning (cf. fmt's scan.go): Scan, Scanln, Scanf and their Sscan* forms over os.Stdin or a
// string, with Go's rules for spaces and newlines, verbs and error texts. Reading is a generator
// so that reading stdin can wait for the host; string sources are driven synchronously.
import type { Iface } from '../../runtime/iface.js';
import type { TypeDesc } from '../../runtime/typedesc.js';
import type { Pointer } from '../../runtime/pointer.js';
import { Slice } from '../../runtime/slice.js';
import { nilDeref } from '../../runtime/errors.js';
import { callSync, isGeneratorFunction, runSync } from '../../runtime/defer.js';
import { stdinRead } from '../../runtime/stdin.js';
import { parseFloat, parseInt, parseUint, OK, RANGE } from '../strconv/atoi.js';
import { quote } from '../strconv/quote.js';
import { unquote } from '../strconv/quote.js';
import { decodeRune, encodeRune } from '../utf8/codec.js';
import { isSpace } from '../unicode/tables.js';

const EOF = -1;

/** A failed scan: the error text Go's scanner would return. */
class ScanError {
  constructor(readonly msg: string) {}
}

type Gen<T> = Generator<unknown, T, unknown>;

/** Where runes come from: one byte at a time, as fmt reads an io.Reader without buffering. */
interface RuneSource {
  readRune(): Gen<number>;
  unreadRune(): void;
}

class StringSource implements RuneSource {
  private i = 0;
  private last = 0;
  constructor(private readonly s: string) {}
  *readRune(): Gen<number> {
    if (this.i >= this.s.length) {
      this.last = 0;
      return EOF;
    }
    const [r, w] = decodeRune(this.s, this.i);
    this.i += w;
    this.last = w;
    return r;
  }
  unreadRune(): void {
    this.i -= this.last;
    this.last = 0;
  }
}

/** os.Stdin: the rune put back by UnreadRune lives only as long as one Scan call, as in Go. */
class StdinSource implements RuneSource {
  private peek = -2;
  private lastRune = -2;
  *readRune(): Gen<number> {
    if (this.peek !== -2) {
      const r = this.peek;
      this.peek = -2;
      this.lastRune = r;
      return r;
    }
    const b0 = yield* stdinRead(1);
    if (b0 === '') return EOF;
    let bytes = b0;
    const c = b0.charCodeAt(0);
    if (c >= 0x80) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      while (bytes.length < need) {
        const [r, w] = decodeRune(bytes + '\x80\x80\x80', 0);
        if (r === 0xfffd && w === 1) break;
        const b = yield* stdinRead(1);
        if (b === '') break;
        bytes += b;
      }
    }
    const [r] = decodeRune(bytes, 0);
    this.lastRune = r;
    return r;
  }
  unreadRune(): void {
    this.peek = this.lastRune;
  }
}

/** Calls a Go function or method from a generator, whether it was compiled as one or not. */
function* callGo(fn: (...args: any[]) => any, ...args: unknown[]): Gen<any> {
  if (isGeneratorFunction(fn)) return yield* fn(...args) as Gen<any>;
  return fn(...args);
}

/** Any io.Reader: through its ReadRune/UnreadRune when it has them (an io.RuneScanner such as a
 *  bufio.Reader keeps what the scanner put back), else one byte at a time through Read. */
class ReaderSource implements RuneSource {
  private readonly recv: unknown;
  private readonly readRuneFn: ((...a: any[]) => any) | undefined;
  private readonly unreadRuneFn: ((...a: any[]) => any) | undefined;
  private readonly readFn: (...a: any[]) => any;
  private peek = -2;
  private lastRune = -2;
  constructor(r: Iface) {
    this.recv = r.value;
    const m = r.type.methods;
    if (m.has('ReadRune') && m.has('UnreadRune')) {
      this.readRuneFn = m.get('ReadRune')!.fn;
      this.unreadRuneFn = m.get('UnreadRune')!.fn;
    }
    this.readFn = m.get('Read')!.fn;
  }
  private *readByte(): Gen<number> {
    const buf = new Slice<number>([0], 0, 1, 1);
    for (;;) {
      const [n, err] = (yield* callGo(this.readFn, this.recv, buf)) as [number, unknown];
      if (n > 0) return buf.array[0]!;
      if (err !== null) return EOF;
    }
  }
  *readRune(): Gen<number> {
    if (this.readRuneFn) {
      const [r, , err] = (yield* callGo(this.readRuneFn, this.recv)) as [number, number, unknown];
      return err !== null ? EOF : r;
    }
    if (this.peek !== -2) {
      const r = this.peek;
      this.peek = -2;
      this.lastRune = r;
      return r;
    }
    const b0 = yield* this.readByte();
    if (b0 === EOF) return EOF;
    let bytes = String.fromCharCode(b0);
    if (b0 >= 0x80) {
      const need = b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : 2;
      while (bytes.length < need) {
        const [r, w] = decodeRune(bytes + '\x80\x80\x80', 0);
        if (r === 0xfffd && w === 1) break;
        const b = yield* this.readByte();
        if (b === EOF) break;
        bytes += String.fromCharCode(b);
      }
    }
    const [r] = decodeRune(bytes, 0);
    this.lastRune = r;
    return r;
  }
  unreadRune(): void {
    if (this.unreadRuneFn) callSync(this.unreadRuneFn, this.recv);
    else this.peek = this.lastRune;
  }
}

const decimalDigits = '0123456789';
const hexadecimalDigits = '0123456789aAbBcCdDeEfF';
const sign = '+-';
const period = '.';
const exponent = 'eEpP';

class Scanner {
  buf = '';
  count = 0;
  atEOF = false;
  argLimit = Infinity;
  limit = Infinity;
  maxWid = Infinity;
  constructor(
    readonly rs: RuneSource,
    readonly nlIsSpace: boolean,
    readonly nlIsEnd: boolean,
  ) {}

  *getRune(): Gen<number> {
    if (this.atEOF || this.count >= this.argLimit) return EOF;
    const r = yield* this.rs.readRune();
    if (r === EOF) {
      this.atEOF = true;
      return EOF;
    }
    this.count++;
    if (this.nlIsEnd && r === 10) this.atEOF = true;
    return r;
  }

  *mustReadRune(): Gen<number> {
    const r = yield* this.getRune();
    if (r === EOF) throw new ScanError('unexpected EOF');
    return r;
  }

  unreadRune(): void {
    this.rs.unreadRune();
    this.atEOF = false;
    this.count--;
  }

  *skipSpace(): Gen<void> {
    for (;;) {
      const r = yield* this.getRune();
      if (r === EOF) return;
      if (r === 13 && (yield* this.peek('\n'))) continue;
      if (r === 10) {
        if (this.nlIsSpace) continue;
        throw new ScanError('unexpected newline');
      }
      if (!isSpace(r)) {
        this.unreadRune();
        break;
      }
    }
  }

  *token(skip: boolean, f: (r: number) => boolean): Gen<string> {
    if (skip) yield* this.skipSpace();
    for (;;) {
      const r = yield* this.getRune();
      if (r === EOF) break;
      if (!f(r)) {
        this.unreadRune();
        break;
      }
      this.buf += encodeRune(r);
    }
    return this.buf;
  }

  *consume(ok: string, accept: boolean): Gen<boolean> {
    const r = yield* this.getRune();
    if (r === EOF) return false;
    if (r < 0x80 && ok.includes(String.fromCharCode(r))) {
      if (accept) this.buf += String.fromCharCode(r);
      return true;
    }
    if (accept) this.unreadRune();
    return false;
  }

  *peek(ok: string): Gen<boolean> {
    const r = yield* this.getRune();
    if (r !== EOF) this.unreadRune();
    return r !== EOF && r < 0x80 && ok.includes(String.fromCharCode(r));
  }

  *notEOF(): Gen<void> {
    const r = yield* this.getRune();
    if (r === EOF) throw new ScanError('EOF');
    this.unreadRune();
  }

  accept(ok: string): Gen<boolean> {
    return this.consume(ok, true);
  }

  okVerb(verb: string, okVerbs: string, typ: string): boolean {
    if (okVerbs.includes(verb)) return true;
    throw new ScanError("bad verb '%" + verb + "' for " + typ);
  }

  *scanBool(verb: string): Gen<boolean> {
    yield* this.skipSpace();
    yield* this.notEOF();
    if (!this.okVerb(verb, 'tv', 'boolean')) return false;
    const r = yield* this.getRune();
    switch (r) {
      case 0x30: return false;
      case 0x31: return true;
      case 0x74: case 0x54:
        if ((yield* this.accept('rR')) && (!(yield* this.accept('uU')) || !(yield* this.accept('eE')))) {
          throw new ScanError('syntax error scanning boolean');
        }
        return true;
      case 0x66: case 0x46:
        if ((yield* this.accept('aA')) && (!(yield* this.accept('lL')) || !(yield* this.accept('sS')) || !(yield* this.accept('eE')))) {
          throw new ScanError('syntax error scanning boolean');
        }
        return false;
    }
    return false;
  }

  getBase(verb: string): [number, string] {
    this.okVerb(verb, 'bdoUxXv', 'integer');
    switch (verb) {
      case 'b': return [2, '01'];
      case 'o': return [8, '01234567'];
      case 'x': case 'X': case 'U': return [16, hexadecimalDigits];
    }
    return [10, decimalDigits];
  }

  *scanNumber(digits: string, haveDigits: boolean): Gen<string> {
    if (!haveDigits) {
      yield* this.notEOF();
      if (!(yield* this.accept(digits))) throw new ScanError('expected integer');
    }
    while (yield* this.accept(digits)) {
      // keep accepting
    }
    return this.buf;
  }

  *scanRune(bitSize: number): Gen<bigint> {
    yield* this.notEOF();
    const r = yield* this.getRune();
    const n = BigInt(bitSize);
    const x = BigInt.asIntN(Number(n), BigInt(r));
    if (x !== BigInt(r)) throw new ScanError('overflow on character value ' + encodeRune(r));
    return BigInt(r);
  }

  *scanBasePrefix(): Gen<[number, string, boolean]> {
    if (!(yield* this.peek('0'))) return [0, decimalDigits + '_', false];
    yield* this.accept('0');
    if (yield* this.peek('bB')) {
      yield* this.consume('bB', true);
      return [0, '01_', true];
    }
    if (yield* this.peek('oO')) {
      yield* this.consume('oO', true);
      return [0, '01234567_', true];
    }
    if (yield* this.peek('xX')) {
      yield* this.consume('xX', true);
      return [0, hexadecimalDigits + '_', true];
    }
    return [0, '01234567_', true];
  }

  *scanIntTok(verb: string, fn: string): Gen<[string, number]> {
    yield* this.skipSpace();
    yield* this.notEOF();
    let [base, digits] = this.getBase(verb);
    let haveDigits = false;
    if (verb === 'U') {
      if (!(yield* this.consume('U', false)) || !(yield* this.consume('+', false))) throw new ScanError('bad unicode format ');
    } else {
      if (fn === 'ParseInt') yield* this.accept(sign);
      if (verb === 'v') [base, digits, haveDigits] = yield* this.scanBasePrefix();
    }
    const tok = yield* this.scanNumber(digits, haveDigits);
    return [tok, base];
  }

  *scanInt(verb: string, bitSize: number): Gen<bigint> {
    if (verb === 'c') return yield* this.scanRune(bitSize);
    const [tok, base] = yield* this.scanIntTok(verb, 'ParseInt');
    const [v, code] = parseInt(tok, base, 64);
    if (code !== OK) throw new ScanError(numErrorText('ParseInt', tok, code, base));
    const i = BigInt(v);
    if (BigInt.asIntN(bitSize, i) !== i) throw new ScanError('integer overflow on token ' + tok);
    return i;
  }

  *scanUint(verb: string, bitSize: number): Gen<bigint> {
    if (verb === 'c') return yield* this.scanRune(bitSize);
    const [tok, base] = yield* this.scanIntTok(verb, 'ParseUint');
    const [v, code] = parseUint(tok, base, 64);
    if (code !== OK) throw new ScanError(numErrorText('ParseUint', tok, code, base));
    const i = BigInt(v);
    if (BigInt.asUintN(bitSize, i) !== i) throw new ScanError('unsigned integer overflow on token ' + tok);
    return i;
  }

  *floatToken(): Gen<string> {
    this.buf = '';
    if ((yield* this.accept('nN')) && (yield* this.accept('aA')) && (yield* this.accept('nN'))) return this.buf;
    yield* this.accept(sign);
    if ((yield* this.accept('iI')) && (yield* this.accept('nN')) && (yield* this.accept('fF'))) return this.buf;
    let digits = decimalDigits + '_';
    let exp = exponent;
    if ((yield* this.accept('0')) && (yield* this.accept('xX'))) {
      digits = hexadecimalDigits + '_';
      exp = 'pP';
    }
    while (yield* this.accept(digits)) {
      // digits
    }
    if (yield* this.accept(period)) {
      while (yield* this.accept(digits)) {
        // fraction
      }
    }
    if (yield* this.accept(exp)) {
      yield* this.accept(sign);
      while (yield* this.accept(decimalDigits + '_')) {
        // exponent
      }
    }
    return this.buf;
  }

  convertFloat(str: string, n: number): number {
    const [f, code] = parseFloat(str, n);
    if (code !== OK) throw new ScanError(numErrorText('ParseFloat', str, code, 10));
    return f;
  }

  *convertString(verb: string): Gen<string> {
    if (!this.okVerb(verb, 'svqxX', 'string')) return '';
    yield* this.skipSpace();
    yield* this.notEOF();
    switch (verb) {
      case 'q':
        return yield* this.quotedString();
      case 'x': case 'X':
        return yield* this.hexString();
    }
    return yield* this.token(true, (r) => !isSpace(r));
  }

  *quotedString(): Gen<string> {
    yield* this.notEOF();
    const q = yield* this.getRune();
    if (q === 0x60) {
      for (;;) {
        const r = yield* this.mustReadRune();
        if (r === q) break;
        this.buf += encodeRune(r);
      }
      return this.buf;
    }
    if (q !== 0x22) throw new ScanError('expected quoted string');
    this.buf += '"';
    for (;;) {
      const r = yield* this.mustReadRune();
      this.buf += encodeRune(r);
      if (r === 0x5c) this.buf += encodeRune(yield* this.mustReadRune());
      else if (r === 0x22) break;
    }
    const out = unquote(this.buf);
    if (out === null) throw new ScanError('invalid syntax');
    return out;
  }

  *hexString(): Gen<string> {
    let out = '';
    for (;;) {
      const a = yield* this.getRune();
      const d1 = hexVal(a);
      if (d1 < 0) {
        if (a !== EOF) this.unreadRune();
        break;
      }
      const b = yield* this.mustReadRune();
      const d2 = hexVal(b);
      if (d2 < 0) throw new ScanError('illegal hex digit');
      out += String.fromCharCode(d1 * 16 + d2);
    }
    if (out.length === 0) throw new ScanError('no hex data for %x string');
    return out;
  }

  /** Scans one operand (a pointer) with a verb. */
  *scanOne(verb: string, arg: Iface | null): Gen<void> {
    this.buf = '';
    if (arg === null || arg.type.kind !== 'Pointer') {
      throw new ScanError('type not a pointer: ' + (arg === null ? '<nil>' : arg.type.string));
    }
    const et = arg.type.elem as TypeDesc;
    const store = (v: unknown): void => (arg.value as Pointer).store(v);
    switch (et.kind) {
      case 'Bool':
        store(yield* this.scanBool(verb));
        return;
      case 'Int': case 'Int8': case 'Int16': case 'Int32': case 'Int64':
        store(canonInt(yield* this.scanInt(verb, bits(et))));
        return;
      case 'Uint': case 'Uint8': case 'Uint16': case 'Uint32': case 'Uint64': case 'Uintptr':
        store(canonInt(yield* this.scanUint(verb, bits(et))));
        return;
      case 'Float32': case 'Float64': {
        this.okVerb(verb, 'beEfFgGv', et.string === 'float32' || et.string === 'float64' ? et.string : 'float');
        yield* this.skipSpace();
        yield* this.notEOF();
        const size = et.kind === 'Float32' ? 32 : 64;
        store(this.convertFloat(yield* this.floatToken(), size));
        return;
      }
      case 'String':
        store(yield* this.convertString(verb));
        return;
      case 'Slice':
        if (et.elem!.kind === 'Uint8') {
          const s = yield* this.convertString(verb);
          const a: number[] = [];
          for (let i = 0; i < s.length; i++) a.push(s.charCodeAt(i));
          store(new Slice(a, 0, a.length, a.length));
          return;
        }
    }
    throw new ScanError("can't scan type: " + arg.type.string);
  }

  *advance(format: string): Gen<number> {
    let i = 0;
    while (i < format.length) {
      let [fmtc, w] = decodeRune(format, i);
      if (isSpace(fmtc)) {
        let newlines = 0;
        let trailingSpace = false;
        while (isSpace(fmtc) && i < format.length) {
          if (fmtc === 10) {
            newlines++;
            trailingSpace = false;
          } else trailingSpace = true;
          i += w;
          [fmtc, w] = decodeRune(format, i);
        }
        for (let j = 0; j < newlines; j++) {
          let inputc = yield* this.getRune();
          while (isSpace(inputc) && inputc !== 10) inputc = yield* this.getRune();
          if (inputc !== 10 && inputc !== EOF) throw new ScanError('newline in format does not match input');
        }
        if (trailingSpace) {
          let inputc = yield* this.getRune();
          if (newlines === 0) {
            if (!isSpace(inputc) && inputc !== EOF) throw new ScanError('expected space in input to match format');
            if (inputc === 10) throw new ScanError('newline in input does not match format');
          }
          while (isSpace(inputc) && inputc !== 10) inputc = yield* this.getRune();
          if (inputc !== EOF) this.unreadRune();
        }
        continue;
      }
      if (fmtc === 0x25) {
        if (i + w === format.length) throw new ScanError('missing verb: % at end of format string');
        const [nextc] = decodeRune(format, i + w);
        if (nextc !== 0x25) return i;
        i += w;
      }
      const inputc = yield* this.mustReadRune();
      if (fmtc !== inputc) {
        this.unreadRune();
        return -1;
      }
      i += w;
    }
    return i;
  }

  *doScanf(format: string, a: readonly (Iface | null)[]): Gen<number> {
    let n = 0;
    const end = format.length - 1;
    try {
      for (let i = 0; i <= end; ) {
        const w = yield* this.advance(format.slice(i));
        if (w > 0) {
          i += w;
          continue;
        }
        if (format[i] !== '%') {
          if (w < 0) throw new ScanError('input does not match format');
          break;
        }
        i++;
        let widPresent: boolean;
        [this.maxWid, widPresent, i] = parsenum(format, i, end);
        if (!widPresent) this.maxWid = Infinity;
        const [c, cw] = decodeRune(format, i);
        const verb = format.slice(i, i + cw);
        i += cw;
        if (c !== 0x63) yield* this.skipSpace();
        if (c === 0x25) {
          yield* this.skipSpace();
          yield* this.notEOF();
          if (!(yield* this.accept('%'))) throw new ScanError('missing literal %');
          continue;
        }
        this.argLimit = this.limit;
        const f = this.count + this.maxWid;
        if (f < this.argLimit) this.argLimit = f;
        if (n >= a.length) throw new ScanError("too few operands for format '%" + format.slice(i - cw) + "'");
        yield* this.scanOne(verb, a[n]!);
        n++;
        this.argLimit = this.limit;
      }
      if (n < a.length) throw new ScanError('too many operands');
    } catch (e) {
      if (e instanceof ScanError) throw new PartialScan(n, e.msg);
      throw e;
    }
    return n;
  }
}

class PartialScan {
  constructor(
    readonly n: number,
    readonly msg: string,
  ) {}
}

function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57; i++) {
    num = num * 10 + (s.charCodeAt(i) - 48);
    isnum = true;
  }
  return [num, isnum, i];
}

function hexVal(r: number): number {
  if (r >= 0x30 && r <= 0x39) return r - 0x30;
  if (r >= 0x61 && r <= 0x66) return r - 0x61 + 10;
  if (r >= 0x41 && r <= 0x46) return r - 0x41 + 10;
  return -1;
}

function bits(t: TypeDesc): number {
  switch (t.kind) {
    case 'Int8': case 'Uint8': return 8;
    case 'Int16': case 'Uint16': return 16;
    case 'Int32': case 'Uint32': return 32;
  }
  return 64;
}

function canonInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function numErrorText(fn: string, s: string, code: number, base: number): string {
  const why = code === RANGE ? 'value out of range' : code === 3 ? 'invalid base ' + base : 'invalid syntax';
  return 'strconv.' + fn + ': parsing ' + quote(s) + ': ' + why;
}

const MODES = [
  [true, false],
  [false, true],
  [false, false],
] as const;

function* scan(src: RuneSource, mode: number, format: string, a: Slice<Iface | null> | null): Gen<[number, string]> {
  const [nlIsSpace, nlIsEnd] = MODES[mode]!;
  const s = new Scanner(src, nlIsSpace, nlIsEnd);
  const args = a === null ? [] : a.array.slice(a.offset, a.offset + a.length);
  let count = 0;
  try {
    if (mode === 2) count = yield* s.doScanf(format, args);
    else {
      // doScan stores operands one by one; a failure reports how many were stored before it.
      count = 0;
      for (const arg of args) {
        yield* s.scanOne('v', arg);
        count++;
      }
      if (!s.nlIsSpace) {
        for (;;) {
          const r = yield* s.getRune();
          if (r === 10 || r === EOF) break;
          if (!isSpace(r)) return [count, 'expected newline'];
        }
      }
    }
  } catch (e) {
    if (e instanceof PartialScan) return [e.n, e.msg];
    if (e instanceof ScanError) return [count, e.msg];
    throw e;
  }
  return [count, ''];
}

export const scanImpl = {
  scanStdin: function* (mode: number, format: string, a: Slice<Iface | null> | null): Gen<[number, string]> {
    return yield* scan(new StdinSource(), mode, format, a);
  },
  scanReader: function* (r: Iface | null, mode: number, format: string, a: Slice<Iface | null> | null): Gen<[number, string]> {
    if (r === null) throw nilDeref();
    return yield* scan(new ReaderSource(r), mode, format, a);
  },
  scanString: (str: string, mode: number, format: string, a: Slice<Iface | null> | null): [number, string] =>
    runSync(scan(new StringSource(str), mode, format, a)),
};
