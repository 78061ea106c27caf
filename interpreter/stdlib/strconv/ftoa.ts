// Float to text exactly as Go's strconv.FormatFloat prints it: formats 'b', 'e', 'E', 'f', 'F', 'g',
// 'G', 'x', 'X', shortest (precision -1) and fixed precision, for float64 and float32.
//
// Digits come from exact arithmetic rather than from a port of Ryu: the shortest digits of a
// float64 are what JS's own toExponential() yields (ECMAScript requires the shortest round-trip
// string, closest to the value), and fixed precision rounds the exact binary value half-to-even,
// which is what strconv's decimal and fixed-Ryu paths both do.

/** Decimal digits of a non-negative value: 0.d1d2d3... × 10^dp, no trailing zeros ("" for 0). */
interface Digits {
  d: string;
  dp: number;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** The IEEE-754 fields of v as float64 (size 64) or float32 (size 32). */
function floatBits(v: number, size: 32 | 64): { neg: boolean; exp: number; mant: bigint; special: boolean } {
  f64[0] = v;
  const bits = u64[0]!;
  const neg = bits >> 63n === 1n;
  if (size === 64) {
    const e = Number((bits >> 52n) & 0x7ffn);
    const m = bits & ((1n << 52n) - 1n);
    return { neg, exp: e, mant: m, special: e === 0x7ff };
  }
  // float32: re-derive from the (exactly representable) value.
  const f32 = new Float32Array(1);
  f32[0] = v;
  const b = new Uint32Array(f32.buffer)[0]!;
  const e = (b >>> 23) & 0xff;
  return { neg: b >>> 31 === 1, exp: e, mant: BigInt(b & 0x7fffff), special: e === 0xff };
}

/** mant and binary exponent such that |v| = mant × 2^exp, with mant an integer. */
function mantExp(v: number, size: 32 | 64): { mant: bigint; exp: number } {
  const mantbits = size === 64 ? 52 : 23;
  const bias = size === 64 ? -1023 : -127;
  const fb = floatBits(v, size);
  let exp = fb.exp;
  let mant = fb.mant;
  if (exp === 0) exp++;
  else mant |= 1n << BigInt(mantbits);
  exp += bias;
  return { mant, exp: exp - mantbits };
}

/** The exact decimal expansion of |v| (finite). */
function exactDigits(v: number, size: 32 | 64): Digits {
  const { mant, exp } = mantExp(v, size);
  if (mant === 0n) return { d: '', dp: 0 };
  let s: string;
  let dp: number;
  if (exp >= 0) {
    s = (mant << BigInt(exp)).toString();
    dp = s.length;
  } else {
    s = (mant * 5n ** BigInt(-exp)).toString();
    dp = s.length + exp;
  }
  return trim({ d: s, dp });
}

function trim(x: Digits): Digits {
  let n = x.d.length;
  while (n > 0 && x.d.charCodeAt(n - 1) === 48) n--;
  let i = 0;
  while (i < n && x.d.charCodeAt(i) === 48) i++;
  if (i === n) return { d: '', dp: 0 };
  return { d: x.d.slice(i, n), dp: x.dp - i };
}

/** Rounds to nd significant digits, half to even on an exact tie (cf. strconv's decimal.Round). */
function roundDigits(x: Digits, nd: number): Digits {
  if (nd < 0 || nd >= x.d.length) return x;
  const c = x.d.charCodeAt(nd);
  let up: boolean;
  if (c === 53 /* '5' */ && nd + 1 === x.d.length) {
    up = nd > 0 && (x.d.charCodeAt(nd - 1) - 48) % 2 === 1;
  } else {
    up = c >= 53;
  }
  if (!up) return trim({ d: x.d.slice(0, nd), dp: x.dp });
  // Round up: add one at position nd-1.
  let i = nd - 1;
  const arr = x.d.slice(0, nd).split('');
  while (i >= 0 && arr[i] === '9') i--;
  if (i < 0) return { d: '1', dp: x.dp + 1 };
  arr[i] = String.fromCharCode(arr[i]!.charCodeAt(0) + 1);
  return trim({ d: arr.slice(0, i + 1).join(''), dp: x.dp });
}

/** Shortest digits that read back as v at the given size. */
function shortestDigits(v: number, size: 32 | 64): Digits {
  const a = Math.abs(v);
  if (a === 0) return { d: '', dp: 0 };
  if (size === 64) return fromExponential(a.toExponential());
  for (let p = 1; p <= 9; p++) {
    const s = a.toPrecision(p);
    if (Math.fround(Number(s)) === a) return fromExponential(Number(s).toExponential());
  }
  return fromExponential(a.toExponential());
}

function fromExponential(s: string): Digits {
  const e = s.indexOf('e');
  const mant = s.slice(0, e).replace('.', '');
  return trim({ d: mant, dp: Number(s.slice(e + 1)) + 1 });
}

function digitAt(x: Digits, i: number): string {
  return i >= 0 && i < x.d.length ? x.d[i]! : '0';
}

/** %e: d.ddddde±dd */
function fmtE(neg: boolean, x: Digits, prec: number, fmt: string): string {
  let out = neg ? '-' : '';
  out += x.d.length === 0 ? '0' : x.d[0];
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += digitAt(x, i);
  }
  out += fmt;
  let exp = x.d.length === 0 ? 0 : x.dp - 1;
  if (exp < 0) {
    out += '-';
    exp = -exp;
  } else out += '+';
  out += exp < 10 ? '0' + exp : String(exp);
  return out;
}

/** %f: ddd.ddd */
function fmtF(neg: boolean, x: Digits, prec: number): string {
  let out = neg ? '-' : '';
  if (x.dp > 0) {
    const m = Math.min(x.d.length, x.dp);
    out += x.d.slice(0, m);
    for (let i = m; i < x.dp; i++) out += '0';
  } else out += '0';
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += digitAt(x, x.dp + i - 1);
  }
  return out;
}

function fmtB(neg: boolean, v: number, size: 32 | 64): string {
  const { mant, exp } = mantExp(v, size);
  return (neg ? '-' : '') + mant.toString() + 'p' + (exp >= 0 ? '+' : '') + exp;
}

const lowerhex = '0123456789abcdef';
const upperhex = '0123456789ABCDEF';

function fmtX(neg: boolean, v: number, size: 32 | 64, prec: number, fmt: 'x' | 'X'): string {
  const mantbits = size === 64 ? 52 : 23;
  let { mant, exp } = mantExp(v, size);
  exp += mantbits;
  if (mant === 0n) exp = 0;
  const M60 = 1n << 60n;
  mant <<= BigInt(60 - mantbits);
  while (mant !== 0n && (mant & M60) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & (M60 - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = fmt === 'X' ? upperhex : lowerhex;
  const mask = (1n << 64n) - 1n;
  let out = (neg ? '-' : '') + '0' + fmt + String(Number((mant >> 60n) & 1n));
  mant = (mant << 4n) & mask;
  if (prec < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) {
      out += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask;
    }
  } else if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      out += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask;
    }
  }
  out += fmt === 'X' ? 'P' : 'p';
  if (exp < 0) {
    out += '-';
    exp = -exp;
  } else out += '+';
  out += exp < 10 ? '0' + exp : String(exp);
  return out;
}

/** strconv.FormatFloat(v, fmt, prec, bitSize). `fmt` is one byte; unknown ones print "%fmt". */
export function formatFloat(v: number, fmt: string, prec: number, size: 32 | 64): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  switch (fmt) {
    case 'b':
      return fmtB(neg, v, size);
    case 'x':
    case 'X':
      return fmtX(neg, v, size, prec, fmt);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      break;
    default:
      return '%' + fmt;
  }
  const shortest = prec < 0;
  let x: Digits;
  if (shortest) {
    x = shortestDigits(v, size);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = Math.max(x.d.length - 1, 0);
        break;
      case 'f':
      case 'F':
        prec = Math.max(x.d.length - x.dp, 0);
        break;
      default:
        prec = x.d.length;
    }
  } else {
    const ex = exactDigits(v, size);
    switch (fmt) {
      case 'e':
      case 'E':
        x = roundDigits(ex, prec + 1);
        break;
      case 'f':
      case 'F':
        x = roundDigits(ex, ex.dp + prec);
        break;
      default:
        if (prec === 0) prec = 1;
        x = roundDigits(ex, prec);
    }
  }
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(neg, x, prec, fmt);
    case 'f':
    case 'F':
      return fmtF(neg, x, prec);
  }
  // %g / %G
  let eprec = prec;
  if (eprec > x.d.length && x.d.length >= x.dp) eprec = x.d.length;
  if (shortest) eprec = 6;
  const exp = x.dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > x.d.length) prec = x.d.length;
    return fmtE(neg, x, prec - 1, fmt === 'g' ? 'e' : 'E');
  }
  if (prec > x.dp) prec = x.d.length;
  return fmtF(neg, x, Math.max(prec - x.dp, 0));
}
