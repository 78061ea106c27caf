// Package bytes: Buffer and the common []byte functions, written in Go over package strings'
// searching so that results alias their input where Go's do.
import type { StdPackage } from './package.js';

const source = `package bytes

import (
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

const MinRead = 512

var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// A Buffer is a variable-sized buffer of bytes with Read and Write methods.
type Buffer struct {
	buf      []byte
	off      int
	lastRead int
}

func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) Len() int { return len(b.buf) - b.off }

func (b *Buffer) Cap() int { return cap(b.buf) }

func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = 0
}

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = 0
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

const smallBufferSize = 64

// grow makes room for n more bytes and returns where they go; capacities follow Go's Buffer
// (a first small write allocates 64 bytes; later growth doubles) so that Cap prints what Go prints.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if l := len(b.buf); n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l
	}
	if b.buf == nil && n <= smallBufferSize {
		b.buf = make([]byte, n, smallBufferSize)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		copy(b.buf, b.buf[b.off:])
	} else {
		b.buf = growSlice(b.buf[b.off:], b.off+n)
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

func growSlice(b []byte, n int) []byte {
	c := len(b) + n
	if c < 2*cap(b) {
		c = 2 * cap(b)
	}
	b2 := append([]byte(nil), make([]byte, c)...)
	copy(b2, b)
	return b2[:len(b)]
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = 0
	m := b.grow(len(p))
	return copy(b.buf[m:], p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = 0
	m := b.grow(len(s))
	return copy(b.buf[m:], s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = 0
	m := b.grow(1)
	b.buf[m] = c
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = 0
	m := b.grow(utf8.UTFMax)
	b.buf = utf8.AppendRune(b.buf[:m], r)
	return len(b.buf) - m, nil
}

func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = 0
	p := make([]byte, MinRead)
	for {
		m, e := r.Read(p)
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = append(b.buf, p[:m]...)
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = 0
	if nBytes := b.Len(); nBytes > 0 {
		m, e := w.Write(b.buf[b.off:])
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
	}
	b.Reset()
	return n, nil
}

func (b *Buffer) empty() bool { return len(b.buf) <= b.off }

func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = 0
	if b.empty() {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = -1
	}
	return n, nil
}

func (b *Buffer) Next(n int) []byte {
	b.lastRead = 0
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = -1
	}
	return data
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.empty() {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = -1
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.empty() {
		b.Reset()
		return 0, 0, io.EOF
	}
	c := b.buf[b.off]
	if c < utf8.RuneSelf {
		b.off++
		b.lastRead = 1
		return rune(c), 1, nil
	}
	r, n := utf8.DecodeRune(b.buf[b.off:])
	b.off += n
	b.lastRead = n
	return r, n, nil
}

func (b *Buffer) UnreadRune() error {
	if b.lastRead <= 0 {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= b.lastRead {
		b.off -= b.lastRead
	}
	b.lastRead = 0
	return nil
}

func (b *Buffer) UnreadByte() error {
	if b.lastRead == 0 {
		return errUnreadByte
	}
	b.lastRead = 0
	if b.off > 0 {
		b.off--
	}
	return nil
}

func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	slice, err := b.readSlice(delim)
	line = append(line, slice...)
	return line, err
}

func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = -1
	return line, err
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	slice, err := b.readSlice(delim)
	return string(slice), err
}

func Compare(a, b []byte) int { return strings.Compare(string(a), string(b)) }

func Equal(a, b []byte) bool { return string(a) == string(b) }

func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

func Contains(b, subslice []byte) bool { return strings.Contains(string(b), string(subslice)) }

func ContainsAny(b []byte, chars string) bool { return strings.ContainsAny(string(b), chars) }

func ContainsRune(b []byte, r rune) bool { return strings.ContainsRune(string(b), r) }

func Count(s, sep []byte) int { return strings.Count(string(s), string(sep)) }

func HasPrefix(s, prefix []byte) bool { return strings.HasPrefix(string(s), string(prefix)) }

func HasSuffix(s, suffix []byte) bool { return strings.HasSuffix(string(s), string(suffix)) }

func Index(s, sep []byte) int { return strings.Index(string(s), string(sep)) }

func IndexAny(s []byte, chars string) int { return strings.IndexAny(string(s), chars) }

func IndexByte(b []byte, c byte) int { return strings.IndexByte(string(b), c) }

func IndexRune(s []byte, r rune) int { return strings.IndexRune(string(s), r) }

func LastIndex(s, sep []byte) int { return strings.LastIndex(string(s), string(sep)) }

func LastIndexByte(s []byte, c byte) int { return strings.LastIndexByte(string(s), c) }

func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(string(s), f) }

func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

func Repeat(b []byte, count int) []byte { return []byte(strings.Repeat(string(b), count)) }

func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }

func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }

func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }

func Title(s []byte) []byte { return []byte(strings.Title(string(s))) }

func Replace(s, old, new []byte, n int) []byte {
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}

func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

func Map(mapping func(r rune) rune, s []byte) []byte {
	return []byte(strings.Map(mapping, string(s)))
}

func Runes(s []byte) []rune { return []rune(string(s)) }

func TrimSpace(s []byte) []byte {
	t := strings.TrimSpace(string(s))
	if t == "" {
		return nil
	}
	i := strings.Index(string(s), t)
	return s[i : i+len(t) : i+len(t)]
}

func trimmed(s []byte, t string, left bool) []byte {
	if t == "" {
		return nil
	}
	if left {
		i := len(s) - len(t)
		return s[i:]
	}
	return s[:len(t)]
}

func Trim(s []byte, cutset string) []byte {
	return TrimRight(TrimLeft(s, cutset), cutset)
}

func TrimLeft(s []byte, cutset string) []byte {
	return trimmed(s, strings.TrimLeft(string(s), cutset), true)
}

func TrimRight(s []byte, cutset string) []byte {
	return trimmed(s, strings.TrimRight(string(s), cutset), false)
}

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func TrimFunc(s []byte, f func(r rune) bool) []byte {
	t := strings.TrimFunc(string(s), f)
	if t == "" {
		return nil
	}
	i := strings.Index(string(s), t)
	return s[i : i+len(t)]
}

func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		parts := strings.SplitN(string(s), "", n)
		a := make([][]byte, len(parts))
		off := 0
		for i, p := range parts {
			a[i] = s[off : off+len(p) : off+len(p)]
			off += len(p)
		}
		return a
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

func Fields(s []byte) [][]byte {
	var a [][]byte
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if isSpace(r) {
			if start >= 0 {
				a = append(a, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		a = append(a, s[start:len(s):len(s)])
	}
	return a
}

func isSpace(r rune) bool {
	switch r {
	case '\\t', '\\n', '\\v', '\\f', '\\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

// A Reader reads from a byte slice.
type Reader struct {
	s []byte
	i int
}

func NewReader(b []byte) *Reader { return &Reader{b, 0} }

func (r *Reader) Len() int { return len(r.s) - r.i }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n = copy(b, r.s[r.i:])
	r.i += n
	return
}

func (r *Reader) ReadByte() (byte, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}
`;

export const bytesPackage: StdPackage = { path: 'bytes', source, impl: {} };
