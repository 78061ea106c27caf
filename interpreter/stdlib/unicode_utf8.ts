// Package unicode/utf8: encoding and decoding runes in byte strings and []byte.
import type { StdPackage } from './package.js';
import type { Slice } from '../runtime/slice.js';
import { bytesToStr } from './convert.js';
import * as u from './utf8/codec.js';
import { append } from '../runtime/slice.js';
import { indexOutOfRange } from '../runtime/errors.js';

const source = `package utf8

const (
	RuneError = '\\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\\U0010FFFF'
	UTFMax    = 4
)

func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func EncodeRune(p []byte, r rune) int
func AppendRune(p []byte, r rune) []byte
func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func RuneLen(r rune) int
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }
func Valid(p []byte) bool
func ValidRune(r rune) bool
func ValidString(s string) bool
`;

const byteInfo = { size: 1, hasPointers: false, valueType: false, zero: () => 0, clone: (v: unknown) => v };

function fullRune(s: string): boolean {
  if (s.length === 0) return false;
  const [r, w] = u.decodeRune(s, 0);
  if (!(r === u.RuneError && w === 1)) return true;
  // An invalid encoding counts as a full rune (it decodes as one error byte); a valid prefix of a
  // longer encoding does not.
  const c = s.charCodeAt(0);
  const need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 1;
  if (s.length >= need) return true;
  const first = c === 0xe0 ? '\xa0' : c === 0xf0 ? '\x90' : '\x80';
  let padded = s;
  if (padded.length === 1) padded += first;
  while (padded.length < need) padded += '\x80';
  return u.decodeRune(padded, 0)[1] !== need;
}

export const utf8Package: StdPackage = {
  path: 'unicode/utf8',
  source,
  impl: {
    DecodeRune: (p: Slice<number> | null) => u.decodeRune(bytesToStr(p), 0),
    DecodeRuneInString: (s: string) => (s.length === 0 ? [u.RuneError, 0] : u.decodeRune(s, 0)),
    DecodeLastRune: (p: Slice<number> | null) => {
      const s = bytesToStr(p);
      return u.decodeLastRune(s, s.length);
    },
    DecodeLastRuneInString: (s: string) => u.decodeLastRune(s, s.length),
    EncodeRune: (p: Slice<number> | null, r: number) => {
      const s = u.encodeRune(r);
      for (let i = 0; i < s.length; i++) {
        if (p === null || i >= p.length) throw indexOutOfRange(i, p === null ? 0 : p.length);
        p.array[p.offset + i] = s.charCodeAt(i);
      }
      return s.length;
    },
    AppendRune: (p: Slice<number> | null, r: number) => {
      const s = u.encodeRune(r);
      return append(p, [...s].map((c) => c.charCodeAt(0)), byteInfo);
    },
    FullRune: (p: Slice<number> | null) => fullRune(bytesToStr(p)),
    FullRuneInString: fullRune,
    RuneCount: (p: Slice<number> | null) => u.runeCount(bytesToStr(p)),
    RuneCountInString: u.runeCount,
    RuneLen: u.runeLen,
    Valid: (p: Slice<number> | null) => u.validString(bytesToStr(p)),
    ValidRune: u.validRune,
    ValidString: u.validString,
  },
};
