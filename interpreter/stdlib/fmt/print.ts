// fmt's printer (cf. fmt's print.go): Print/Println/Printf over Go values with their run-time
// types — verbs, argument indexes, `*` widths, Go's `%!verb(type=value)` error forms, and the
// Formatter, GoStringer, error and Stringer methods, called as Go calls them.
import type { TypeDesc } from '../../runtime/typedesc.js';
import { Iface, methodWhere, textMethod } from '../../runtime/iface.js';
import { GoPanic } from '../../runtime/panic.js';
import { toGoPanic } from '../../runtime/errors.js';
import type { Complex } from '../../runtime/complex.js';
import { Fmt, ldigits, udigits } from './format.js';
import { callMethod, deref, elems, pointerAddress, sortedEntries } from './values.js';
import { decodeRune } from '../utf8/codec.js';
import { makeStateType } from './state.js';

type Value = { t: TypeDesc; v: unknown } | null;

const isIntKind = (k: string): boolean => k === 'Int' || k === 'Int8' || k === 'Int16' || k === 'Int32' || k === 'Int64';
const isUintKind = (k: string): boolean =>
  k === 'Uint' || k === 'Uint8' || k === 'Uint16' || k === 'Uint32' || k === 'Uint64' || k === 'Uintptr';

/** The Formatter's view of the printer (fmt.State), built on first use. */
let stateType: TypeDesc | null = null;

/** A method of the dynamic type of `arg`, if its method set has it. */
/** The operand's Error/String/GoString() string or Format(fmt.State, rune) method: a method
 *  with the name but another signature does not make a Stringer or a Formatter. */
function method(arg: Iface, name: 'Error' | 'String' | 'GoString' | 'Format'): { fn: (...a: any[]) => any; gen: boolean } | null {
  const m = name === 'Format' ? methodWhere(arg.type, name, isFormatSig) : textMethod(arg.type, name);
  return m ? { fn: m.fn, gen: m.gen } : null;
}

function isFormatSig(sig: TypeDesc): boolean {
  const [state, verb] = sig.params;
  return sig.params.length === 2 && sig.results.length === 0 && !sig.variadic && state!.string === 'fmt.State' && verb!.kind === 'Int32';
}

export class Printer extends Fmt {
  /** The current operand as an interface value (null: none or nil). */
  arg: Iface | null = null;
  /** The current operand when reached by reflection (printValue). */
  value: Value = null;
  reordered = false;
  goodArgNum = true;
  panicking = false;
  erroring = false;
  wrapErrs = false;
  wrappedErrs: number[] = [];

  writeRuneVerb(verb: string): void {
    this.buf += verb;
  }

  badVerb(verb: string): void {
    this.erroring = true;
    this.buf += '%!' + verb + '(';
    if (this.arg !== null) {
      this.buf += this.arg.type.string + '=';
      this.printArg(this.arg, 'v');
    } else if (this.value !== null) {
      this.buf += this.value.t.string + '=';
      this.printValue(this.value.t, this.value.v, 'v', 0, true);
    } else {
      this.buf += '<nil>';
    }
    this.buf += ')';
    this.erroring = false;
  }

  fmtBool(v: boolean, verb: string): void {
    if (verb === 't' || verb === 'v') this.fmtBoolean(v);
    else this.badVerb(verb);
  }

  fmt0x64(v: number | bigint, leading0x: boolean): void {
    const sharp = this.sharp;
    this.sharp = leading0x;
    this.fmtInteger(v, 16, false, 'v', ldigits);
    this.sharp = sharp;
  }

  fmtInt(v: number | bigint, isSigned: boolean, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.sharpV && !isSigned) this.fmt0x64(v, true);
        else this.fmtInteger(v, 10, isSigned, verb, ldigits);
        return;
      case 'd': this.fmtInteger(v, 10, isSigned, verb, ldigits); return;
      case 'b': this.fmtInteger(v, 2, isSigned, verb, ldigits); return;
      case 'o': case 'O': this.fmtInteger(v, 8, isSigned, verb, ldigits); return;
      case 'x': this.fmtInteger(v, 16, isSigned, verb, ldigits); return;
      case 'X': this.fmtInteger(v, 16, isSigned, verb, udigits); return;
      case 'c': this.fmtC(BigInt.asUintN(64, BigInt(v))); return;
      case 'q': this.fmtQc(BigInt.asUintN(64, BigInt(v))); return;
      case 'U': this.fmtUnicode(BigInt.asUintN(64, BigInt(v))); return;
      default: this.badVerb(verb);
    }
  }

  fmtFloatVerb(v: number, size: 32 | 64, verb: string): void {
    switch (verb) {
      case 'v': this.fmtFloat(v, size, 'g', -1); return;
      case 'b': case 'g': case 'G': case 'x': case 'X': this.fmtFloat(v, size, verb, -1); return;
      case 'f': case 'e': case 'E': case 'F': this.fmtFloat(v, size, verb, 6); return;
      default: this.badVerb(verb);
    }
  }

  fmtComplex(v: Complex, size: 64 | 128, verb: string): void {
    switch (verb) {
      case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
        const oldPlus = this.plus;
        const half = size === 64 ? 32 : 64;
        this.buf += '(';
        this.fmtFloatVerb(v.re, half, verb);
        this.plus = true;
        this.fmtFloatVerb(v.im, half, verb);
        this.buf += 'i)';
        this.plus = oldPlus;
        return;
      }
      default:
        this.badVerb(verb);
    }
  }

  fmtString(v: string, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.sharpV) this.fmtQ(v);
        else this.fmtS(v);
        return;
      case 's': this.fmtS(v); return;
      case 'x': this.fmtSbx(v, ldigits); return;
      case 'X': this.fmtSbx(v, udigits); return;
      case 'q': this.fmtQ(v); return;
      default: this.badVerb(verb);
    }
  }

  /** []byte-like operands; `bytes` is the byte string of the elements, `isNil` a nil slice. */
  fmtBytes(t: TypeDesc, v: unknown, bytes: string, isNil: boolean, verb: string, typeString: string): void {
    switch (verb) {
      case 'v': case 'd':
        if (this.sharpV) {
          this.buf += typeString;
          if (isNil) {
            this.buf += '(nil)';
            return;
          }
          this.buf += '{';
          for (let i = 0; i < bytes.length; i++) {
            if (i > 0) this.buf += ', ';
            this.fmt0x64(bytes.charCodeAt(i), true);
          }
          this.buf += '}';
        } else {
          this.buf += '[';
          for (let i = 0; i < bytes.length; i++) {
            if (i > 0) this.buf += ' ';
            this.fmtInteger(bytes.charCodeAt(i), 10, false, verb, ldigits);
          }
          this.buf += ']';
        }
        return;
      case 's': this.fmtS(this.truncateBytes(bytes)); return;
      case 'x': this.fmtSbx(bytes, ldigits); return;
      case 'X': this.fmtSbx(bytes, udigits); return;
      case 'q': this.fmtQ(bytes); return;
      default:
        this.printValue(t, v, verb, 0, true);
    }
  }

  truncateBytes(b: string): string {
    return b;
  }

  fmtPointer(t: TypeDesc, v: unknown, verb: string): void {
    switch (t.kind) {
      case 'Chan': case 'Func': case 'Map': case 'Pointer': case 'Slice': case 'UnsafePointer':
        break;
      default:
        this.badVerb(verb);
        return;
    }
    const u = t.kind === 'Slice' ? sliceAddress(v) : pointerAddress(v);
    switch (verb) {
      case 'v':
        if (this.sharpV) {
          this.buf += '(' + t.string + ')(';
          if (u === 0) this.buf += 'nil';
          else this.fmt0x64(u, true);
          this.buf += ')';
        } else if (u === 0) this.pad('<nil>');
        else this.fmt0x64(u, !this.sharp);
        return;
      case 'p':
        this.fmt0x64(u, !this.sharp);
        return;
      case 'b': case 'o': case 'd': case 'x': case 'X':
        this.fmtInt(u, false, verb);
        return;
      default:
        this.badVerb(verb);
    }
  }

  catchPanic(err: unknown, arg: Iface, verb: string, methodName: string): void {
    // A nil dereference inside compiled code surfaces as a JS TypeError until converted.
    const e = toGoPanic(err);
    if (!(e instanceof GoPanic)) throw e;
    if (arg.type.kind === 'Pointer' && arg.value === null) {
      this.buf += '<nil>';
      return;
    }
    if (this.panicking) throw e;
    const old = this.saveFlags();
    this.clearflags();
    this.buf += '%!' + verb + '(PANIC=' + methodName + ' method: ';
    this.panicking = true;
    this.printArg(e.value, 'v');
    this.panicking = false;
    this.buf += ')';
    this.restoreFlags(old);
  }

  handleMethods(verb: string): boolean {
    if (this.erroring) return false;
    const arg = this.arg;
    if (arg === null) return false;
    if (verb === 'w') {
      if (!method(arg, 'Error') || !this.wrapErrs) {
        this.badVerb(verb);
        return true;
      }
      verb = 'v';
    }
    const fm = method(arg, 'Format');
    if (fm) {
      stateType ??= makeStateType();
      try {
        callMethod(fm.fn, fm.gen, arg.value, [new Iface(stateType, this), decodeRune(verb, 0)[0]]);
      } catch (e) {
        this.catchPanic(e, arg, verb, 'Format');
      }
      return true;
    }
    if (this.sharpV) {
      const gs = method(arg, 'GoString');
      if (gs) {
        try {
          this.fmtS(callMethod(gs.fn, gs.gen, arg.value, []) as string);
        } catch (e) {
          this.catchPanic(e, arg, verb, 'GoString');
        }
        return true;
      }
      return false;
    }
    switch (verb) {
      case 'v': case 's': case 'x': case 'X': case 'q': {
        const em = method(arg, 'Error');
        const sm = em ? null : method(arg, 'String');
        const m = em ?? sm;
        if (m) {
          try {
            this.fmtString(callMethod(m.fn, m.gen, arg.value, []) as string, verb);
          } catch (e) {
            this.catchPanic(e, arg, verb, em ? 'Error' : 'String');
          }
          return true;
        }
      }
    }
    return false;
  }

  printArg(arg: Iface | null, verb: string): void {
    this.arg = arg;
    this.value = null;
    if (arg === null) {
      if (verb === 'T' || verb === 'v') this.pad('<nil>');
      else this.badVerb(verb);
      return;
    }
    const t = arg.type;
    if (verb === 'T') {
      this.fmtS(t.string);
      return;
    }
    if (verb === 'p') {
      this.fmtPointer(t, arg.value, 'p');
      return;
    }
    // Unnamed basic types print directly; named ones may have methods.
    if (t.pkgPath === '' && t.name === t.string && t.kind !== 'Interface') {
      const v = arg.value;
      switch (t.kind) {
        case 'Bool': this.fmtBool(v as boolean, verb); return;
        case 'Float32': this.fmtFloatVerb(v as number, 32, verb); return;
        case 'Float64': this.fmtFloatVerb(v as number, 64, verb); return;
        case 'Complex64': this.fmtComplex(v as Complex, 64, verb); return;
        case 'Complex128': this.fmtComplex(v as Complex, 128, verb); return;
        case 'String': this.fmtString(v as string, verb); return;
        default:
          if (isIntKind(t.kind)) {
            this.fmtInt(v as number, true, verb);
            return;
          }
          if (isUintKind(t.kind)) {
            this.fmtInt(v as number, false, verb);
            return;
          }
      }
    }
    if (t.kind === 'Slice' && t.string === '[]uint8' && !t.name) {
      this.fmtBytes(t, arg.value, byteString(t, arg.value), arg.value === null, verb, '[]byte');
      return;
    }
    if (!this.handleMethods(verb)) this.printValue(t, arg.value, verb, 0, true);
  }

  /** Prints a value reached by reflection; `canIface` is false below unexported fields. */
  printValue(t: TypeDesc | null, v: unknown, verb: string, depth: number, canIface: boolean): void {
    if (depth > 0 && t !== null && canIface) {
      this.arg = new Iface(t, v);
      if (this.handleMethods(verb)) return;
    }
    this.arg = null;
    this.value = t === null ? null : { t, v };
    if (t === null) {
      if (depth === 0) this.buf += '<invalid reflect.Value>';
      else if (verb === 'v') this.buf += '<nil>';
      else this.badVerb(verb);
      return;
    }
    switch (t.kind) {
      case 'Bool': this.fmtBool(v as boolean, verb); return;
      case 'Int': case 'Int8': case 'Int16': case 'Int32': case 'Int64':
        this.fmtInt(v as number, true, verb);
        return;
      case 'Uint': case 'Uint8': case 'Uint16': case 'Uint32': case 'Uint64': case 'Uintptr':
        this.fmtInt(v as number, false, verb);
        return;
      case 'Float32': this.fmtFloatVerb(v as number, 32, verb); return;
      case 'Float64': this.fmtFloatVerb(v as number, 64, verb); return;
      case 'Complex64': this.fmtComplex(v as Complex, 64, verb); return;
      case 'Complex128': this.fmtComplex(v as Complex, 128, verb); return;
      case 'String': this.fmtString(v as string, verb); return;
      case 'Map': {
        if (this.sharpV) {
          this.buf += t.string;
          if (v === null) {
            this.buf += '(nil)';
            return;
          }
          this.buf += '{';
        } else this.buf += 'map[';
        const entries = sortedEntries(t, v);
        entries.forEach(([k, e], i) => {
          if (i > 0) this.buf += this.sharpV ? ', ' : ' ';
          this.printValue(t.key!, k, verb, depth + 1, canIface);
          this.buf += ':';
          this.printValue(t.elem!, e, verb, depth + 1, canIface);
        });
        this.buf += this.sharpV ? '}' : ']';
        return;
      }
      case 'Struct': {
        if (this.sharpV) this.buf += t.string;
        this.buf += '{';
        const obj = v as Record<string, unknown>;
        t.fields.forEach((f, i) => {
          if (i > 0) this.buf += this.sharpV ? ', ' : ' ';
          if (this.plusV || this.sharpV) this.buf += f.name + ':';
          let ft = f.type as TypeDesc;
          let fv = obj[f.prop];
          if (ft.kind === 'Interface' && fv !== null) {
            ft = (fv as Iface).type;
            fv = (fv as Iface).value;
          }
          this.printValue(ft, fv, verb, depth + 1, canIface && f.exported);
        });
        this.buf += '}';
        return;
      }
      case 'Interface': {
        const x = v as Iface | null;
        if (x === null) {
          if (this.sharpV) this.buf += t.string + '(nil)';
          else this.buf += '<nil>';
        } else this.printValue(x.type, x.value, verb, depth + 1, canIface);
        return;
      }
      case 'Array': case 'Slice': {
        if ((verb === 's' || verb === 'q' || verb === 'x' || verb === 'X') && t.elem!.kind === 'Uint8') {
          this.fmtBytes(t, v, byteString(t, v), false, verb, t.string);
          return;
        }
        if (this.sharpV) {
          this.buf += t.string;
          if (t.kind === 'Slice' && v === null) {
            this.buf += '(nil)';
            return;
          }
          this.buf += '{';
          elems(t, v).forEach((e, i) => {
            if (i > 0) this.buf += ', ';
            this.printValue(t.elem!, e, verb, depth + 1, canIface);
          });
          this.buf += '}';
        } else {
          this.buf += '[';
          elems(t, v).forEach((e, i) => {
            if (i > 0) this.buf += ' ';
            this.printValue(t.elem!, e, verb, depth + 1, canIface);
          });
          this.buf += ']';
        }
        return;
      }
      case 'Pointer':
        if (depth === 0 && v !== null) {
          const et = t.elem!;
          switch (et.kind) {
            case 'Array': case 'Slice': case 'Struct': case 'Map':
              this.buf += '&';
              this.printValue(et, deref(t, v), verb, depth + 1, canIface);
              return;
          }
        }
        this.fmtPointer(t, v, verb);
        return;
      case 'Chan': case 'Func': case 'UnsafePointer':
        this.fmtPointer(t, v, verb);
        return;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Printf

  argNumber(argNum: number, format: string, i: number, numArgs: number): [number, number, boolean] {
    if (format.length <= i || format[i] !== '[') return [argNum, i, false];
    this.reordered = true;
    const [index, wid, ok] = parseArgNumber(format.slice(i));
    if (ok && index >= 0 && index < numArgs) return [index, i + wid, true];
    this.goodArgNum = false;
    return [argNum, i + wid, ok];
  }

  doPrintf(format: string, a: readonly (Iface | null)[]): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex = false;
    this.reordered = false;
    formatLoop: for (let i = 0; i < end; ) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format.charCodeAt(i) !== 37) i++;
      if (i > lasti) this.buf += format.slice(lasti, i);
      if (i >= end) break;
      i++;
      this.clearflags();
      simpleFormat: for (; i < end; i++) {
        const c = format[i]!;
        switch (c) {
          case '#': this.sharp = true; break;
          case '0': this.zero = true; break;
          case '+': this.plus = true; break;
          case '-': this.minus = true; break;
          case ' ': this.space = true; break;
          default:
            if (c >= 'a' && c <= 'z' && argNum < a.length) {
              if (c === 'w') this.wrappedErrs.push(argNum);
              if (c === 'v' || c === 'w') {
                this.sharpV = this.sharp;
                this.sharp = false;
                this.plusV = this.plus;
                this.plus = false;
              }
              this.printArg(a[argNum]!, c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
        }
      }
      [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      if (i < end && format[i] === '*') {
        i++;
        let ok: boolean;
        [this.wid, ok, argNum] = intFromArg(a, argNum);
        this.widPresent = ok;
        if (!ok) this.buf += '%!(BADWIDTH)';
        if (this.wid < 0) {
          this.wid = -this.wid;
          this.minus = true;
          this.zero = false;
        }
        afterIndex = false;
      } else {
        [this.wid, this.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && this.widPresent) this.goodArgNum = false;
      }
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) this.goodArgNum = false;
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
        if (i < end && format[i] === '*') {
          i++;
          let ok: boolean;
          [this.prec, ok, argNum] = intFromArg(a, argNum);
          this.precPresent = ok;
          if (this.prec < 0) {
            this.prec = 0;
            this.precPresent = false;
          }
          if (!this.precPresent) this.buf += '%!(BADPREC)';
          afterIndex = false;
        } else {
          [this.prec, this.precPresent, i] = parsenum(format, i, end);
          if (!this.precPresent) {
            this.prec = 0;
            this.precPresent = true;
          }
        }
      }
      if (!afterIndex) [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      if (i >= end) {
        this.buf += '%!(NOVERB)';
        break;
      }
      let verb = format[i]!;
      let size = 1;
      if (format.charCodeAt(i) >= 0x80) {
        const [r, w] = decodeRune(format, i);
        verb = format.slice(i, i + w);
        size = w;
        void r;
      }
      i += size;
      if (verb === '%') {
        this.buf += '%';
      } else if (!this.goodArgNum) {
        this.buf += '%!' + verb + '(BADINDEX)';
      } else if (argNum >= a.length) {
        this.buf += '%!' + verb + '(MISSING)';
      } else {
        if (verb === 'w') this.wrappedErrs.push(argNum);
        if (verb === 'v' || verb === 'w') {
          this.sharpV = this.sharp;
          this.sharp = false;
          this.plusV = this.plus;
          this.plus = false;
        }
        this.printArg(a[argNum]!, verb);
        argNum++;
      }
    }
    if (!this.reordered && argNum < a.length) {
      this.clearflags();
      this.buf += '%!(EXTRA ';
      for (let k = argNum; k < a.length; k++) {
        if (k > argNum) this.buf += ', ';
        const arg = a[k]!;
        if (arg === null) this.buf += '<nil>';
        else {
          this.buf += arg.type.string + '=';
          this.printArg(arg, 'v');
        }
      }
      this.buf += ')';
    }
  }

  doPrint(a: readonly (Iface | null)[]): void {
    let prevString = false;
    a.forEach((arg, n) => {
      const isString = arg !== null && arg.type.kind === 'String';
      if (n > 0 && !isString && !prevString) this.buf += ' ';
      this.printArg(arg, 'v');
      prevString = isString;
    });
  }

  doPrintln(a: readonly (Iface | null)[]): void {
    a.forEach((arg, n) => {
      if (n > 0) this.buf += ' ';
      this.printArg(arg, 'v');
    });
    this.buf += '\n';
  }
}

function tooLarge(x: number): boolean {
  return x > 1e6 || x < -1e6;
}

function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let newi = start;
  for (; newi < end && s.charCodeAt(newi) >= 48 && s.charCodeAt(newi) <= 57; newi++) {
    if (tooLarge(num)) return [0, false, end];
    num = num * 10 + (s.charCodeAt(newi) - 48);
    isnum = true;
  }
  return [num, isnum, newi];
}

function parseArgNumber(format: string): [number, number, boolean] {
  if (format.length < 3) return [0, 1, false];
  for (let i = 1; i < format.length; i++) {
    if (format[i] === ']') {
      const [width, ok, newi] = parsenum(format, 1, i);
      if (!ok || newi !== i) return [0, i + 1, false];
      return [width - 1, i + 1, true];
    }
  }
  return [0, 1, false];
}

function intFromArg(a: readonly (Iface | null)[], argNum: number): [number, boolean, number] {
  let num = 0;
  let isInt = false;
  let newArgNum = argNum;
  if (argNum < a.length) {
    const arg = a[argNum]!;
    if (arg !== null) {
      const k = arg.type.kind;
      if (isIntKind(k) || isUintKind(k)) {
        const n = arg.value as number | bigint;
        if (typeof n === 'number') {
          num = n;
          isInt = true;
        } else if (isIntKind(k) || n <= 0x7fffffffffffffffn) {
          num = Number(n);
          isInt = true;
        }
      }
    }
    newArgNum = argNum + 1;
    if (tooLarge(num)) {
      num = 0;
      isInt = false;
    }
  }
  return [num, isInt, newArgNum];
}

/** The bytes of a []byte / [N]byte value as a byte string. */
export function byteString(t: TypeDesc, v: unknown): string {
  const es = elems(t, v) as number[];
  let s = '';
  for (let i = 0; i < es.length; i++) s += String.fromCharCode(es[i]!);
  return s;
}

function sliceAddress(v: unknown): number {
  if (v === null) return 0;
  const s = v as { array: unknown[]; offset: number };
  return pointerAddress(s.array) + s.offset * 8;
}
