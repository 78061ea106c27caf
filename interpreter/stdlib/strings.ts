// Package strings: searching, splitting, case mapping, trimming, Builder, Reader and Replacer.
// Strings are byte strings, so byte-level searches are JS string operations; rune-level ones
// decode UTF-8 as Go does.
import type { StdPackage } from './package.js';
import type { Slice } from '../runtime/slice.js';
import { panicString } from './panics.js';
import { bytesToStr, elemsOf, num, sliceOf } from './convert.js';
import { decodeRune, encodeRune, runeCount, RuneError } from './utf8/codec.js';
import { isSpace, toLower, toTitle, toUpper, isLetter, isDigit, sameFold } from './unicode/tables.js';
import type { I64 } from '../runtime/int64.js';
import { nextCap, roundupsize } from '../runtime/slice.js';

const source = `package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

func Clone(s string) string { return s }
func Compare(a, b string) int
func Contains(s, substr string) bool
func ContainsAny(s, chars string) bool
func ContainsRune(s string, r rune) bool
func Count(s, substr string) int
func Cut(s, sep string) (before, after string, found bool)
func CutPrefix(s, prefix string) (after string, found bool)
func CutSuffix(s, suffix string) (before string, found bool)
func EqualFold(s, t string) bool
func Fields(s string) []string
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexAny(s, chars string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func Join(elems []string, sep string) string
func LastIndex(s, substr string) int
func LastIndexAny(s, chars string) int
func LastIndexByte(s string, c byte) int
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Split(s, sep string) []string
func SplitAfter(s, sep string) []string
func SplitAfterN(s, sep string, n int) []string
func SplitN(s, sep string, n int) []string
func Title(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func ToUpper(s string) string
func ToValidUTF8(s, replacement string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimRight(s, cutset string) string
func TrimSpace(s string) string
func TrimSuffix(s, suffix string) string

func Map(mapping func(rune) rune, s string) string {
	var b Builder
	for _, c := range s {
		r := mapping(c)
		if r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

func FieldsFunc(s string, f func(rune) bool) []string {
	var spans [][2]int
	start := -1
	for end, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, [2]int{start, end})
				start = -1
			}
		} else if start < 0 {
			start = end
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, span := range spans {
		a[i] = s[span[0]:span[1]]
	}
	return a
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		if !f(r) {
			break
		}
		i -= size
	}
	return s[:i]
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// A Builder builds a string with Write methods; its zero value is ready to use.
type Builder struct {
	addr *Builder // the Builder itself once written to, to catch copies
	s    string
	c    int
}

func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)

// A Reader reads from a string.
type Reader struct {
	s        string
	i        int
	prevRune int
}

func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= len(r.s) {
		return 0
	}
	return len(r.s) - r.i
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += n
	return
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= len(r.s) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = r.i
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += size
	return
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = r.prevRune
	r.prevRune = -1
	return nil
}

func (r *Reader) ReadString(delim byte) (string, error) {
	if r.i >= len(r.s) {
		return "", io.EOF
	}
	rest := r.s[r.i:]
	k := IndexByte(rest, delim)
	if k < 0 {
		r.i = len(r.s)
		return rest, io.EOF
	}
	r.i += k + 1
	return rest[:k+1], nil
}

func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// A Replacer replaces a list of strings with replacements, trying the old strings in order at
// each position.
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func replace(s string, oldnew []string) string

func (r *Replacer) Replace(s string) string { return replace(s, r.oldnew) }

func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
`;

type Str = string;

function genSplit(s: Str, sep: Str, sepSave: number, n: number): Slice<string> | null {
  if (n === 0) return null;
  if (sep === '') return explode(s, n);
  if (n < 0) n = count(s, sep) + 1;
  if (n > s.length + 1) n = s.length + 1;
  const a: string[] = [];
  let i = 0;
  while (i < n - 1) {
    const m = s.indexOf(sep);
    if (m < 0) break;
    a.push(s.slice(0, m + sepSave));
    s = s.slice(m + sep.length);
    i++;
  }
  a.push(s);
  return sliceOf(a);
}

function explode(s: Str, n: number): Slice<string> {
  const l = runeCount(s);
  if (n < 0 || n > l) n = l;
  const a: string[] = [];
  let i = 0;
  for (; i < n - 1 && s.length > 0; i++) {
    const [, size] = decodeRune(s, 0);
    a.push(s.slice(0, size));
    s = s.slice(size);
  }
  if (n > 0) a.push(s);
  return sliceOf(a);
}

function count(s: Str, sub: Str): number {
  if (sub === '') return runeCount(s) + 1;
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

function runesOf(s: Str): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    out.push([r, i]);
    i += w;
  }
  return out;
}

function indexAny(s: Str, chars: Str): number {
  if (chars === '') return -1;
  const set = new Set(runesOf(chars).map(([r]) => r));
  for (const [r, i] of runesOf(s)) if (set.has(r)) return i;
  return -1;
}

function lastIndexAny(s: Str, chars: Str): number {
  if (chars === '') return -1;
  const set = new Set(runesOf(chars).map(([r]) => r));
  const rs = runesOf(s);
  for (let k = rs.length - 1; k >= 0; k--) if (set.has(rs[k]![0])) return rs[k]![1];
  return -1;
}

/** strings.Map with a TS mapping: invalid bytes become U+FFFD, as in Go. */
export function mapRunes(s: Str, f: (r: number) => number): Str {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
  if (ascii) {
    let out = '';
    for (let i = 0; i < s.length; i++) out += String.fromCharCode(f(s.charCodeAt(i)));
    return out;
  }
  let out = '';
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    const m = f(r);
    if (m >= 0) out += encodeRune(m);
    i += w;
  }
  return out;
}

function makeCutset(cutset: Str): (r: number) => boolean {
  const set = new Set(runesOf(cutset).map(([r]) => r));
  return (r) => set.has(r);
}

function trimLeft(s: Str, inSet: (r: number) => boolean): Str {
  let i = 0;
  while (i < s.length) {
    const [r, w] = decodeRune(s, i);
    if (!inSet(r)) break;
    i += w;
  }
  return s.slice(i);
}

function trimRight(s: Str, inSet: (r: number) => boolean): Str {
  let end = s.length;
  while (end > 0) {
    let start = end - 1;
    if (s.charCodeAt(start) >= 0x80) {
      while (start > 0 && end - start < 4 && (s.charCodeAt(start) & 0xc0) === 0x80) start--;
    }
    const [r, w] = decodeRune(s, start);
    if (start + w !== end) {
      // an invalid trailing byte decodes alone
      if (!inSet(RuneError)) break;
      end--;
      continue;
    }
    if (!inSet(r)) break;
    end = start;
  }
  return s.slice(0, end);
}

function isSeparator(r: number): boolean {
  if (r <= 0x7f) {
    if ((r >= 0x30 && r <= 0x39) || (r >= 0x61 && r <= 0x7a) || (r >= 0x41 && r <= 0x5a) || r === 0x5f) return false;
    return true;
  }
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}

function equalFold(s: Str, t: Str): boolean {
  const a = runesOf(s);
  const b = runesOf(t);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]![0];
    const y = b[i]![0];
    if (!sameFold(x, y)) return false;
  }
  return true;
}

interface BuilderObj {
  addr: BuilderObj | null;
  s: string;
  c: number;
}

/** A Builder remembers itself on its first write; writing to a copy of a used Builder panics. */
function copyCheck(b: BuilderObj): void {
  if (b.addr === null) b.addr = b;
  else if (b.addr !== b) throw panicString('strings: illegal use of non-zero Builder copied by value');
}

function builderAdd(b: BuilderObj, s: string): void {
  copyCheck(b);
  const need = b.s.length + s.length;
  if (need > b.c) b.c = nextCap(need, b.c, 1, false);
  b.s += s;
}

export function replaceAll(s: Str, oldnew: readonly string[]): Str {
  let out = '';
  let i = 0;
  let lastEmptyAt = -1;
  outer: while (i <= s.length) {
    for (let k = 0; k < oldnew.length; k += 2) {
      const old = oldnew[k]!;
      if (old === '') {
        if (lastEmptyAt === i) continue;
        out += oldnew[k + 1]!;
        lastEmptyAt = i;
        if (i < s.length) out += s[i];
        i++;
        continue outer;
      }
      if (s.startsWith(old, i)) {
        out += oldnew[k + 1]!;
        i += old.length;
        continue outer;
      }
    }
    if (i < s.length) out += s[i];
    i++;
  }
  return out;
}

function replace(s: Str, old: Str, nw: Str, n: number): Str {
  if (old === nw || n === 0) return s;
  const m = count(s, old);
  if (m === 0) return s;
  if (n < 0 || m < n) n = m;
  let out = '';
  let start = 0;
  for (let i = 0; i < n; i++) {
    let j = start;
    if (old.length === 0) {
      if (i > 0) j += decodeRune(s, start)[1];
    } else j = s.indexOf(old, start);
    out += s.slice(start, j) + nw;
    start = j + old.length;
  }
  return out + s.slice(start);
}

export const stringsPackage: StdPackage = {
  path: 'strings',
  source,
  impl: {
    Compare: (a: Str, b: Str) => (a === b ? 0 : a < b ? -1 : 1),
    Contains: (s: Str, sub: Str) => s.includes(sub),
    ContainsAny: (s: Str, chars: Str) => indexAny(s, chars) >= 0,
    ContainsRune: (s: Str, r: number) => (r >= 0 && r < 0x80 ? s.includes(String.fromCharCode(r)) : runesOf(s).some(([x]) => x === r)),
    Count: (s: Str, sub: Str) => count(s, sub),
    Cut: (s: Str, sep: Str) => {
      const i = s.indexOf(sep);
      return i >= 0 ? [s.slice(0, i), s.slice(i + sep.length), true] : [s, '', false];
    },
    CutPrefix: (s: Str, p: Str) => (s.startsWith(p) ? [s.slice(p.length), true] : [s, false]),
    CutSuffix: (s: Str, p: Str) => (s.endsWith(p) ? [s.slice(0, s.length - p.length), true] : [s, false]),
    EqualFold: equalFold,
    Fields: (s: Str) => {
      const a: string[] = [];
      let start = -1;
      for (let i = 0; i < s.length; ) {
        const [r, w] = decodeRune(s, i);
        if (isSpace(r)) {
          if (start >= 0) a.push(s.slice(start, i));
          start = -1;
        } else if (start < 0) start = i;
        i += w;
      }
      if (start >= 0) a.push(s.slice(start));
      return sliceOf(a);
    },
    HasPrefix: (s: Str, p: Str) => s.startsWith(p),
    HasSuffix: (s: Str, p: Str) => s.endsWith(p),
    Index: (s: Str, sub: Str) => s.indexOf(sub),
    IndexAny: indexAny,
    IndexByte: (s: Str, c: number) => s.indexOf(String.fromCharCode(c)),
    IndexRune: (s: Str, r: number) => {
      if (r >= 0 && r < 0x80) return s.indexOf(String.fromCharCode(r));
      if (r === RuneError) {
        for (const [x, i] of runesOf(s)) if (x === RuneError) return i;
        return -1;
      }
      return s.indexOf(encodeRune(r));
    },
    Join: (elems: Slice<string> | null, sep: Str) => elemsOf(elems).join(sep),
    LastIndex: (s: Str, sub: Str) => s.lastIndexOf(sub),
    LastIndexAny: lastIndexAny,
    LastIndexByte: (s: Str, c: number) => s.lastIndexOf(String.fromCharCode(c)),
    Repeat: (s: Str, n: I64) => {
      const c = num(n);
      if (c < 0) throw panicString('strings: negative Repeat count');
      return s.repeat(c);
    },
    Replace: (s: Str, old: Str, nw: Str, n: I64) => replace(s, old, nw, num(n)),
    ReplaceAll: (s: Str, old: Str, nw: Str) => replace(s, old, nw, -1),
    Split: (s: Str, sep: Str) => genSplit(s, sep, 0, -1),
    SplitAfter: (s: Str, sep: Str) => genSplit(s, sep, sep.length, -1),
    SplitAfterN: (s: Str, sep: Str, n: I64) => genSplit(s, sep, sep.length, num(n)),
    SplitN: (s: Str, sep: Str, n: I64) => genSplit(s, sep, 0, num(n)),
    Title: (s: Str) => {
      let prev = 0x20;
      return mapRunes(s, (r) => {
        const out = isSeparator(prev) ? toTitle(r) : r;
        prev = r;
        return out;
      });
    },
    ToLower: (s: Str) => mapRunes(s, toLower),
    ToUpper: (s: Str) => mapRunes(s, toUpper),
    ToTitle: (s: Str) => mapRunes(s, toTitle),
    ToValidUTF8: (s: Str, rep: Str) => {
      let out = '';
      let invalid = false;
      for (let i = 0; i < s.length; ) {
        const [r, w] = decodeRune(s, i);
        if (r === RuneError && w === 1) {
          if (!invalid) out += rep;
          invalid = true;
        } else {
          out += s.slice(i, i + w);
          invalid = false;
        }
        i += w;
      }
      return out;
    },
    Trim: (s: Str, cutset: Str) => {
      const f = makeCutset(cutset);
      return trimRight(trimLeft(s, f), f);
    },
    TrimLeft: (s: Str, cutset: Str) => trimLeft(s, makeCutset(cutset)),
    TrimRight: (s: Str, cutset: Str) => trimRight(s, makeCutset(cutset)),
    TrimPrefix: (s: Str, p: Str) => (s.startsWith(p) ? s.slice(p.length) : s),
    TrimSuffix: (s: Str, p: Str) => (p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s),
    TrimSpace: (s: Str) => trimRight(trimLeft(s, isSpace), isSpace),
    'Builder.String': (b: BuilderObj) => b.s,
    'Builder.Len': (b: BuilderObj) => b.s.length,
    'Builder.Cap': (b: BuilderObj) => b.c,
    'Builder.Reset': (b: BuilderObj) => {
      b.addr = null;
      b.s = '';
      b.c = 0;
    },
    'Builder.Grow': (b: BuilderObj, n: I64) => {
      copyCheck(b);
      if (num(n) < 0) throw panicString('strings.Builder.Grow: negative count');
      // Go allocates 2*cap+n bytes, rounded up to the allocator's size class.
      if (b.c - b.s.length < num(n)) b.c = roundupsize(2 * b.c + num(n), true);
    },
    'Builder.Write': (b: BuilderObj, p: Slice<number> | null) => {
      const s = bytesToStr(p);
      builderAdd(b, s);
      return [s.length, null];
    },
    'Builder.WriteByte': (b: BuilderObj, c: number) => {
      builderAdd(b, String.fromCharCode(c));
      return null;
    },
    'Builder.WriteRune': (b: BuilderObj, r: number) => {
      const s = encodeRune(r);
      builderAdd(b, s);
      return [s.length, null];
    },
    'Builder.WriteString': (b: BuilderObj, s: Str) => {
      builderAdd(b, s);
      return [s.length, null];
    },
    replace: (s: Str, oldnew: Slice<string> | null) => replaceAll(s, elemsOf(oldnew)),
  },
};
