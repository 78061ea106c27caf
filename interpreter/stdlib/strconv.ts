// Package strconv: Itoa/Atoi, Parse*/Format*/Append*, Quote*/Unquote, with *NumError values whose
// texts are Go's. Parsing and formatting are TypeScript; errors are built by Go code below.
import type { StdPackage } from './package.js';
import type { I64 } from '../runtime/int64.js';
import { num } from './convert.js';
import { panicString } from './panics.js';
import { atoi, parseBool, parseFloat, parseInt, parseUint } from './strconv/atoi.js';
import { formatFloat } from './strconv/ftoa.js';
import * as q from './strconv/quote.js';
import { isGraphic, isPrint } from './unicode/tables.js';

const source = `package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func numError(fn, s string, code, base, bitSize int) error {
	switch code {
	case 0:
		return nil
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func atoi(s string) (int, int)
func parseFloat(s string, bitSize int) (float64, int)
func parseBool(str string) (bool, int)

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, code := parseInt(s, base, bitSize)
	return v, numError("ParseInt", s, code, base, bitSize)
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	return v, numError("ParseUint", s, code, base, bitSize)
}

func Atoi(s string) (int, error) {
	v, code := atoi(s)
	return v, numError("Atoi", s, code, 10, 0)
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	return v, numError("ParseFloat", s, code, 10, bitSize)
}

func ParseBool(str string) (bool, error) {
	v, code := parseBool(str)
	return v, numError("ParseBool", str, code, 10, 0)
}

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
// FormatComplex writes both parts with FormatFloat at half the complex's bit size; the imaginary
// part always carries its sign.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	re := FormatFloat(real(c), fmt, prec, bitSize/2)
	im := FormatFloat(imag(c), fmt, prec, bitSize/2)
	if im[0] != '-' && im[0] != '+' {
		im = "+" + im
	}
	return "(" + re + im + "i)"
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func unquote(s string) (string, bool)

func Unquote(s string) (string, error) {
	out, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}

func QuotedPrefix(s string) (string, error) {
	for i := 1; i <= len(s); i++ {
		if _, ok := unquote(s[:i]); ok {
			return s[:i], nil
		}
	}
	return "", ErrSyntax
}
`;

function formatBits(i: I64, base: number, signed: boolean): string {
  if (base < 2 || base > 36) throw panicString('strconv: illegal AppendInt/FormatInt base');
  let v = i;
  if (!signed && v < 0) v = BigInt.asUintN(64, BigInt(v));
  return v.toString(base);
}

export const strconvPackage: StdPackage = {
  path: 'strconv',
  source,
  impl: {
    parseInt: (s: string, base: I64, bitSize: I64) => parseInt(s, num(base), num(bitSize)),
    parseUint: (s: string, base: I64, bitSize: I64) => parseUint(s, num(base), num(bitSize)),
    atoi: (s: string) => atoi(s),
    parseFloat: (s: string, bitSize: I64) => {
      const size = num(bitSize);
      if (size !== 32 && size !== 64) throw panicString('strconv: illegal bitSize');
      return parseFloat(s, size);
    },
    parseBool: (s: string) => parseBool(s),
    Itoa: (i: I64) => String(i),
    FormatInt: (i: I64, base: I64) => formatBits(i, num(base), true),
    FormatUint: (i: I64, base: I64) => formatBits(i, num(base), false),
    FormatFloat: (f: number, fmt: number, prec: I64, bitSize: I64) => {
      const size = num(bitSize) === 32 ? 32 : 64;
      return formatFloat(size === 32 ? Math.fround(f) : f, String.fromCharCode(fmt), num(prec), size);
    },
    Quote: q.quote,
    QuoteToASCII: q.quoteToASCII,
    QuoteToGraphic: q.quoteToGraphic,
    QuoteRune: q.quoteRune,
    QuoteRuneToASCII: q.quoteRuneToASCII,
    QuoteRuneToGraphic: q.quoteRuneToGraphic,
    CanBackquote: q.canBackquote,
    IsPrint: isPrint,
    IsGraphic: isGraphic,
    unquote: (s: string) => {
      const out = q.unquote(s);
      return out === null ? ['', false] : [out, true];
    },
    unquoteChar: (s: string, quote: number) => {
      const r = q.unquoteChar(s, 0, quote);
      if (r === null) return [0, false, '', false];
      return [r[0], r[1], s.slice(r[2]), true];
    },
  },
};

