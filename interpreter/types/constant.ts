// Exact constant values (cf. go/constant): untyped constant arithmetic is exact, so integers are
// BigInts and non-integer numbers are exact rationals; gc rejects results that do not fit.

export interface Rat { readonly num: bigint; readonly den: bigint } // den > 0, reduced

export type ConstValue =
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'string'; readonly value: string } // a byte string
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: Rat } // floats too large for a rational are not needed by gc's rules we cover
  | { readonly kind: 'complex'; readonly re: Rat; readonly im: Rat }
  | { readonly kind: 'unknown' };

// ---------------------------------------------------------------------------------------------
// Constructors

export const unknownValue: ConstValue = { kind: 'unknown' };
export const makeBool = (value: boolean): ConstValue => ({ kind: 'bool', value });
export const makeString = (value: string): ConstValue => ({ kind: 'string', value });
export const makeInt = (value: bigint): ConstValue => ({ kind: 'int', value });
export function makeFloat(r: Rat): ConstValue {
  return { kind: 'float', value: r };
}
export function makeComplex(re: Rat, im: Rat): ConstValue {
  return { kind: 'complex', re, im };
}

// ---------------------------------------------------------------------------------------------
// Rationals

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
export function rat(num: bigint, den: bigint = 1n): Rat {
  if (den < 0n) { num = -num; den = -den; }
  if (den === 1n) return { num, den };
  const g = gcd(num, den);
  return g === 1n || g === 0n ? { num, den } : { num: num / g, den: den / g };
}
export const ratZero: Rat = { num: 0n, den: 1n };
export const ratAdd = (a: Rat, b: Rat): Rat => rat(a.num * b.den + b.num * a.den, a.den * b.den);
export const ratSub = (a: Rat, b: Rat): Rat => rat(a.num * b.den - b.num * a.den, a.den * b.den);
export const ratMul = (a: Rat, b: Rat): Rat => rat(a.num * b.num, a.den * b.den);
export const ratQuo = (a: Rat, b: Rat): Rat => rat(a.num * b.den, a.den * b.num);
export const ratNeg = (a: Rat): Rat => ({ num: -a.num, den: a.den });
export const ratCmp = (a: Rat, b: Rat): number => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const ratIsInt = (a: Rat): boolean => a.den === 1n;
export const ratSign = (a: Rat): number => (a.num < 0n ? -1 : a.num > 0n ? 1 : 0);

function bitLen(x: bigint): number {
  if (x < 0n) x = -x;
  return x === 0n ? 0 : x.toString(2).length;
}

/** Rounds a rational to the nearest binary float with `mant` mantissa bits (53 or 24), ties to
 *  even, returning the result as a JS number (Infinity when it overflows the format). */
function ratToBinary(r: Rat, mant: number, maxExp: number, minExp: number): number {
  if (r.num === 0n) return 0;
  const neg = r.num < 0n;
  const n = neg ? -r.num : r.num;
  const d = r.den;
  // Choose e so that q = n*2^-e / d has mant+2 bits at least.
  let e = bitLen(n) - bitLen(d) - (mant + 2);
  // Subnormals: never go below the smallest exponent.
  if (e < minExp - mant) e = minExp - mant;
  let num = n, den = d;
  if (e > 0) den <<= BigInt(e); else num <<= BigInt(-e);
  let q = num / den;
  const rem = num - q * den;
  // Keep mant bits: shift off extra bits with round-half-even (sticky from rem).
  const extra = bitLen(q) - mant;
  let shift = extra > 0 ? extra : 0;
  if (e + shift < minExp - mant + 1 - 1) shift = minExp - mant - e;
  if (shift > 0) {
    const b = BigInt(shift);
    const lowMask = (1n << b) - 1n;
    const low = q & lowMask;
    const half = 1n << (b - 1n);
    q >>= b;
    if (low > half || (low === half && (rem !== 0n || (q & 1n) === 1n))) q += 1n;
    e += shift;
  } else if (rem * 2n > den || (rem * 2n === den && (q & 1n) === 1n)) {
    q += 1n;
  }
  if (bitLen(q) + e > maxExp) return neg ? -Infinity : Infinity;
  // q fits in mant(+1) bits: exact as a double; scale by 2^e exactly.
  let v = Number(q);
  if (e > 0) {
    while (e > 1000) { v *= 2 ** 1000; e -= 1000; }
    v *= 2 ** e;
  } else {
    while (e < -1000) { v /= 2 ** 1000; e += 1000; }
    v /= 2 ** -e;
  }
  return neg ? -v : v;
}

/** The float64 nearest to r (±Infinity on overflow). */
export function ratToFloat64(r: Rat): number {
  if (r.den === 1n && r.num >= -(2n ** 53n) && r.num <= 2n ** 53n) return Number(r.num);
  return ratToBinary(r, 53, 1024, -1074 + 52);
}
/** The float32 nearest to r, as a number (±Infinity on overflow). */
export function ratToFloat32(r: Rat): number {
  return ratToBinary(r, 24, 128, -149 + 23);
}
/** The exact rational value of a finite JS number. */
export function float64ToRat(f: number): Rat {
  if (Number.isInteger(f) && Math.abs(f) < 2 ** 53) return { num: BigInt(f), den: 1n };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, f);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else { mant |= 1n << 52n; e = exp - 1075; }
  return e >= 0 ? rat(sign * (mant << BigInt(e))) : rat(sign * mant, 1n << BigInt(-e));
}

// ---------------------------------------------------------------------------------------------
// Literals

function digitsValue(s: string, base: bigint): bigint {
  let v = 0n;
  for (const ch of s) {
    if (ch === '_') continue;
    v = v * base + BigInt(parseInt(ch, 16));
  }
  return v;
}

function parseIntLit(s: string): bigint {
  const l = s.toLowerCase();
  if (l.startsWith('0x')) return digitsValue(l.slice(2), 16n);
  if (l.startsWith('0b')) return digitsValue(l.slice(2), 2n);
  if (l.startsWith('0o')) return digitsValue(l.slice(2), 8n);
  if (l.length > 1 && l[0] === '0') return digitsValue(l.slice(1), 8n);
  return digitsValue(l, 10n);
}

/** Decimal exponents beyond this are far outside float64 and are kept as unknown values. */
const maxDecimalExp = 100000;

function parseFloatLit(s: string): Rat | null {
  const l = s.toLowerCase().replace(/_/g, '');
  if (l.startsWith('0x')) {
    const m = /^0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?\d+)$/.exec(l);
    if (!m) return ratZero;
    const intPart = m[1] ?? '', frac = m[2] ?? '';
    const mant = digitsValue(intPart + frac, 16n);
    const exp = parseInt(m[3]!, 10) - 4 * frac.length;
    if (Math.abs(exp) > 4 * maxDecimalExp && mant !== 0n) return null;
    return exp >= 0 ? rat(mant << BigInt(exp)) : rat(mant, 1n << BigInt(-exp));
  }
  const m = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(l);
  if (!m) return ratZero;
  const intPart = m[1] ?? '', frac = m[2] ?? '';
  const mant = BigInt((intPart + frac) || '0');
  const exp = (m[3] ? parseInt(m[3], 10) : 0) - frac.length;
  // Exponents beyond any representable float would make huge rationals: give up (unknown).
  if (Math.abs(exp) > maxDecimalExp && mant !== 0n) return null;
  return exp >= 0 ? rat(mant * 10n ** BigInt(exp)) : rat(mant, 10n ** BigInt(-exp));
}

/** Decodes the escapes of a Go interpreted string or rune literal body (a byte string) into bytes;
 *  \u and \U escapes and rune literals become UTF-8. Returns null on a malformed escape. */
export function unquoteBody(body: string, quote: string): string | null {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') { out += c; continue; }
    const e = body[++i];
    switch (e) {
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case "'": case '"':
        if (e !== quote) return null;
        out += e; break;
      case 'x': out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16)); i += 2; break;
      case 'u': case 'U': {
        const n = e === 'u' ? 4 : 8;
        const cp = parseInt(body.slice(i + 1, i + 1 + n), 16);
        i += n;
        out += runeToUTF8(cp);
        break;
      }
      default:
        if (e !== undefined && e >= '0' && e <= '7') {
          out += String.fromCharCode(parseInt(body.slice(i, i + 3), 8) & 0xff);
          i += 2;
          break;
        }
        return null;
    }
  }
  return out;
}

export function runeToUTF8(cp: number): string {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

/** Decodes the first UTF-8 sequence of a byte string: [rune, byte length]; invalid bytes are U+FFFD. */
export function decodeRune(s: string, i = 0): [number, number] {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  const need = b0 >= 0xf0 && b0 < 0xf8 ? 3 : b0 >= 0xe0 ? 2 : b0 >= 0xc2 && b0 < 0xe0 ? 1 : -1;
  if (need < 0 || i + need > s.length - 1) return [0xfffd, 1];
  let cp = b0 & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    const b = s.charCodeAt(i + k);
    if (Number.isNaN(b) || (b & 0xc0) !== 0x80) return [0xfffd, 1];
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return [0xfffd, 1];
  return [cp, need + 1];
}

/** The value of a basic literal (cf. constant.MakeFromLiteral); unknown if malformed. */
export function valueOfLiteral(kind: 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING', text: string): ConstValue {
  switch (kind) {
    case 'INT': return makeInt(parseIntLit(text));
    case 'FLOAT': {
      const r = parseFloatLit(text);
      return r ? makeFloat(r) : unknownValue;
    }
    case 'IMAG': {
      const body = text.slice(0, -1);
      const im = /^0[xXbBoO]|^[0-9_]+$/.test(body) && !/[.eEpP]/.test(body) && !/^0[xX]/.test(body)
        ? rat(/^0[0-7_]+$/.test(body) ? digitsValue(body, 10n) : parseIntLit(body))
        : parseFloatLit(body);
      return im ? makeComplex(ratZero, im) : unknownValue;
    }
    case 'CHAR': {
      const s = unquoteBody(text.slice(1, -1), "'");
      if (s === null || s.length === 0) return unknownValue;
      // A rune literal written as one UTF-8 character or an escape producing its code point.
      const body = text.slice(1, -1);
      if (body.startsWith('\\') && (body[1] === 'x' || (body[1]! >= '0' && body[1]! <= '7'))) {
        return makeInt(BigInt(s.charCodeAt(0)));
      }
      return makeInt(BigInt(decodeRune(s)[0]));
    }
    case 'STRING': {
      if (text.startsWith('`')) return makeString(text.slice(1, -1).replace(/\r/g, ''));
      const s = unquoteBody(text.slice(1, -1), '"');
      return s === null ? unknownValue : makeString(s);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Conversions between kinds

export function toRat(v: ConstValue): Rat | null {
  switch (v.kind) {
    case 'int': return { num: v.value, den: 1n };
    case 'float': return v.value;
    case 'complex': return v.im.num === 0n ? v.re : null;
    default: return null;
  }
}
/** The integer value of v if it has one (floats and complexes with integral values). */
export function toInt(v: ConstValue): ConstValue {
  const r = toRat(v);
  if (r && r.den === 1n) return makeInt(r.num);
  return unknownValue;
}
export function toFloat(v: ConstValue): ConstValue {
  const r = toRat(v);
  return r ? makeFloat(r) : unknownValue;
}
export function toComplex(v: ConstValue): ConstValue {
  if (v.kind === 'complex') return v;
  const r = toRat(v);
  return r ? makeComplex(r, ratZero) : unknownValue;
}

const kindOrder = { int: 1, float: 2, complex: 3 } as const;

function matchKinds(x: ConstValue, y: ConstValue): [ConstValue, ConstValue] {
  if (x.kind === y.kind) return [x, y];
  if (x.kind in kindOrder && y.kind in kindOrder) {
    const k = Math.max(kindOrder[x.kind as 'int'], kindOrder[y.kind as 'int']);
    const conv = k === 2 ? toFloat : toComplex;
    return [k === kindOrder[x.kind as 'int'] ? x : conv(x), k === kindOrder[y.kind as 'int'] ? y : conv(y)];
  }
  return [x, y];
}

// ---------------------------------------------------------------------------------------------
// Operations

/** Float results too large to be useful (far beyond any float type) become unknown values. */
function bounded(r: Rat): ConstValue {
  if (bitLen(r.num) > 4 * maxDecimalExp * 4 || bitLen(r.den) > 4 * maxDecimalExp * 4) return unknownValue;
  return makeFloat(r);
}

/** x op y for arithmetic and bitwise operators. `intDiv` selects integer division for QUO
 *  (both operands of integer type). Division by zero must be checked by the caller. */
export function binaryOp(x: ConstValue, op: string, y: ConstValue, intDiv: boolean): ConstValue {
  [x, y] = matchKinds(x, y);
  if (x.kind === 'int' && y.kind === 'int') {
    const a = x.value, b = y.value;
    switch (op) {
      case 'ADD': return makeInt(a + b);
      case 'SUB': return makeInt(a - b);
      case 'MUL': return makeInt(a * b);
      case 'QUO': return intDiv ? makeInt(a / b) : makeFloat(rat(a, b));
      case 'REM': return makeInt(a % b);
      case 'AND': return makeInt(a & b);
      case 'OR': return makeInt(a | b);
      case 'XOR': return makeInt(a ^ b);
      case 'AND_NOT': return makeInt(a & ~b);
    }
  } else if (x.kind === 'float' && y.kind === 'float') {
    const a = x.value, b = y.value;
    switch (op) {
      case 'ADD': return bounded(ratAdd(a, b));
      case 'SUB': return bounded(ratSub(a, b));
      case 'MUL': return bounded(ratMul(a, b));
      case 'QUO': return bounded(ratQuo(a, b));
    }
  } else if (x.kind === 'complex' && y.kind === 'complex') {
    const { re: a, im: b } = x, { re: c, im: d } = y;
    switch (op) {
      case 'ADD': return makeComplex(ratAdd(a, c), ratAdd(b, d));
      case 'SUB': return makeComplex(ratSub(a, c), ratSub(b, d));
      case 'MUL': return makeComplex(ratSub(ratMul(a, c), ratMul(b, d)), ratAdd(ratMul(b, c), ratMul(a, d)));
      case 'QUO': {
        const s = ratAdd(ratMul(c, c), ratMul(d, d));
        return makeComplex(ratQuo(ratAdd(ratMul(a, c), ratMul(b, d)), s), ratQuo(ratSub(ratMul(b, c), ratMul(a, d)), s));
      }
    }
  } else if (x.kind === 'string' && y.kind === 'string' && op === 'ADD') {
    return makeString(x.value + y.value);
  } else if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === 'LAND') return makeBool(x.value && y.value);
    if (op === 'LOR') return makeBool(x.value || y.value);
  }
  return unknownValue;
}

/** op x for + - ^ !. For ^ on an unsigned type, `unsignedBits` is its size (the result is masked). */
export function unaryOp(op: string, x: ConstValue, unsignedBits: number): ConstValue {
  switch (op) {
    case 'ADD': return x;
    case 'SUB':
      if (x.kind === 'int') return makeInt(-x.value);
      if (x.kind === 'float') return makeFloat(ratNeg(x.value));
      if (x.kind === 'complex') return makeComplex(ratNeg(x.re), ratNeg(x.im));
      break;
    case 'XOR':
      if (x.kind === 'int') {
        let z = ~x.value;
        if (unsignedBits > 0) z &= (1n << BigInt(unsignedBits)) - 1n;
        return makeInt(z);
      }
      break;
    case 'NOT':
      if (x.kind === 'bool') return makeBool(!x.value);
      break;
  }
  return unknownValue;
}

export function shift(x: ConstValue, op: 'SHL' | 'SHR', s: number): ConstValue {
  const xi = toInt(x);
  if (xi.kind !== 'int') return unknownValue;
  return makeInt(op === 'SHL' ? xi.value << BigInt(s) : xi.value >> BigInt(s));
}

export function compare(x: ConstValue, op: string, y: ConstValue): boolean {
  [x, y] = matchKinds(x, y);
  let c: number;
  if (x.kind === 'int' && y.kind === 'int') c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  else if (x.kind === 'float' && y.kind === 'float') c = ratCmp(x.value, y.value);
  else if (x.kind === 'string' && y.kind === 'string') c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  else if (x.kind === 'bool' && y.kind === 'bool') c = x.value === y.value ? 0 : 1;
  else if (x.kind === 'complex' && y.kind === 'complex') c = ratCmp(x.re, y.re) === 0 && ratCmp(x.im, y.im) === 0 ? 0 : 1;
  else return false;
  switch (op) {
    case 'EQL': return c === 0;
    case 'NEQ': return c !== 0;
    case 'LSS': return c < 0;
    case 'LEQ': return c <= 0;
    case 'GTR': return c > 0;
    case 'GEQ': return c >= 0;
  }
  return false;
}

export function sign(v: ConstValue): number {
  switch (v.kind) {
    case 'int': return v.value < 0n ? -1 : v.value > 0n ? 1 : 0;
    case 'float': return ratSign(v.value);
    case 'complex': return ratSign(v.re) | ratSign(v.im);
    default: return 1;
  }
}

export function isZero(v: ConstValue): boolean {
  switch (v.kind) {
    case 'int': return v.value === 0n;
    case 'float': return v.value.num === 0n;
    case 'complex': return v.re.num === 0n && v.im.num === 0n;
    default: return false;
  }
}

export function intBitLen(v: bigint): number {
  return bitLen(v);
}

export function constEqual(a: ConstValue, b: ConstValue): boolean {
  if (a.kind === 'unknown' || b.kind === 'unknown') return false;
  return compare(a, 'EQL', b);
}

// ---------------------------------------------------------------------------------------------
// Printing (cf. constant.Value.String, used in gc's messages)

/** Go's %g (prec < 0: shortest) and %.Ng formatting of a float64. */
export function formatFloatG(f: number, prec: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  const neg = f < 0 || Object.is(f, -0);
  const a = Math.abs(f);
  let digits: string, dp: number;
  if (a === 0) { digits = '0'; dp = 1; }
  else {
    const e = prec < 0 ? a.toExponential() : a.toExponential(Math.max(prec - 1, 0));
    const [m, ex] = e.split('e') as [string, string];
    digits = m.replace('.', '').replace(/0+$/, '') || '0';
    dp = parseInt(ex, 10) + 1;
  }
  const nd = digits.length;
  let eprec = prec < 0 ? 6 : prec;
  if (prec >= 0 && eprec > nd && nd >= dp) eprec = nd;
  if (prec < 0) eprec = 6;
  const exp = dp - 1;
  let s: string;
  if (a !== 0 && (exp < -4 || exp >= eprec)) {
    s = digits[0]! + (nd > 1 ? '.' + digits.slice(1) : '');
    const ae = Math.abs(exp);
    s += 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  } else if (dp <= 0) {
    s = '0.' + '0'.repeat(-dp) + digits;
  } else if (dp >= nd) {
    s = digits + '0'.repeat(dp - nd);
  } else {
    s = digits.slice(0, dp) + '.' + digits.slice(dp);
  }
  return (neg ? '-' : '') + s;
}

function ratString(r: Rat): string {
  const f = ratToFloat64(r);
  if (Number.isFinite(f) && (r.num === 0n) === (f === 0)) {
    let s = formatFloatG(f, 6);
    if (r.den !== 1n && !s.includes('.') && !s.includes('e')) s = formatFloatG(f, -1);
    else if (r.den !== 1n && !s.includes('.')) s = formatFloatG(f, -1);
    return s;
  }
  // Out of float64 range: mantissa and decimal exponent, as go/constant prints big floats.
  const neg = r.num < 0n;
  const n = neg ? -r.num : r.num;
  const scaled = (n * 10n ** 40n) / r.den;
  const str = scaled.toString();
  const exp = str.length - 1 - 40;
  const m = (Number(str.slice(0, 17)) / 1e16).toFixed(5).replace(/\.?0+$/, '');
  return `${neg ? '-' : ''}${m}e${exp >= 0 ? '+' : '-'}${Math.abs(exp) < 10 ? '0' : ''}${Math.abs(exp)}`;
}

/** A Go-quoted form of a byte string (cf. strconv.Quote). */
export function quoteGo(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      i++;
      switch (c) {
        case 0x07: out += '\\a'; continue;
        case 0x08: out += '\\b'; continue;
        case 0x0c: out += '\\f'; continue;
        case 0x0a: out += '\\n'; continue;
        case 0x0d: out += '\\r'; continue;
        case 0x09: out += '\\t'; continue;
        case 0x0b: out += '\\v'; continue;
        case 0x22: out += '\\"'; continue;
        case 0x5c: out += '\\\\'; continue;
      }
      if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
      else out += String.fromCharCode(c);
      continue;
    }
    const [r, n] = decodeRune(s, i);
    if (r === 0xfffd && n === 1) { out += '\\x' + c.toString(16).padStart(2, '0'); i++; continue; }
    out += s.slice(i, i + n);
    i += n;
  }
  return out + '"';
}

/** The constant as gc prints it in messages (cf. constant.Value.String). Strings are byte strings
 *  and come out quoted and shortened to 72 characters. */
export function constString(v: ConstValue): string {
  switch (v.kind) {
    case 'bool': return String(v.value);
    case 'int': return v.value.toString();
    case 'string': {
      const maxLen = 72;
      let s = quoteGo(v.value);
      let runes = 0;
      for (let i = 0; i < s.length; i += decodeRune(s, i)[1]) runes++;
      if (runes > maxLen) {
        // Cut at a character boundary (count runes as go/constant does).
        let i = 0, n = 0;
        while (i < s.length && n < maxLen - 3) {
          const [, k] = decodeRune(s, i);
          i += k; n++;
        }
        s = s.slice(0, i) + '...';
      }
      return s;
    }
    case 'float': return ratString(v.value);
    case 'complex': return `(${ratString(v.re)} + ${ratString(v.im)}i)`;
    case 'unknown': return 'unknown';
  }
}
