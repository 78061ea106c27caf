// Package fmt: Print*, Sprint*, Fprint*, Errorf (with %w), Append*, and the Scan family.
import { Iface } from '../runtime/iface.js';
import { Slice } from '../runtime/slice.js';
import { writeStdout } from '../runtime/process.js';
import type { StdPackage } from './package.js';
import { Printer } from './fmt/print.js';
import { scanImpl } from './fmt/scan.js';

const source = `package fmt

import (
	"errors"
	"io"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// errorf formats like Sprintf with %w allowed; it also returns the operand indexes of the %w
// verbs, sorted when explicit argument indexes were used.
func errorf(format string, a []any) (string, []int)

func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for i, n := range wrapped {
		if i > 0 && wrapped[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

// Scanning. scanStdin and scanString return the number of operands stored and an error text
// ("" for none, "EOF" and "unexpected EOF" for io's errors).
func scanStdin(mode int, format string, a []any) (int, string)
func scanString(str string, mode int, format string, a []any) (int, string)
func scanReader(r io.Reader, mode int, format string, a []any) (int, string)

func scanError(n int, msg string) (int, error) {
	switch msg {
	case "":
		return n, nil
	case "EOF":
		return n, io.EOF
	case "unexpected EOF":
		return n, io.ErrUnexpectedEOF
	}
	return n, errors.New(msg)
}

func Scan(a ...any) (n int, err error) {
	return scanError(scanStdin(0, "", a))
}

func Scanln(a ...any) (n int, err error) {
	return scanError(scanStdin(1, "", a))
}

func Scanf(format string, a ...any) (n int, err error) {
	return scanError(scanStdin(2, format, a))
}

func Sscan(str string, a ...any) (n int, err error) {
	return scanError(scanString(str, 0, "", a))
}

func Sscanln(str string, a ...any) (n int, err error) {
	return scanError(scanString(str, 1, "", a))
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	return scanError(scanString(str, 2, format, a))
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return scanError(scanReader(r, 0, "", a))
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return scanError(scanReader(r, 1, "", a))
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return scanError(scanReader(r, 2, format, a))
}
`;

type Args = Slice<Iface | null> | null;

function args(a: Args): (Iface | null)[] {
  if (a === null) return [];
  return a.array.slice(a.offset, a.offset + a.length);
}

export function sprint(a: readonly (Iface | null)[]): string {
  const p = new Printer();
  p.doPrint(a);
  return p.buf;
}
export function sprintln(a: readonly (Iface | null)[]): string {
  const p = new Printer();
  p.doPrintln(a);
  return p.buf;
}
export function sprintf(format: string, a: readonly (Iface | null)[]): string {
  const p = new Printer();
  p.doPrintf(format, a);
  return p.buf;
}

function out(s: string): [number, null] {
  writeStdout(s);
  return [s.length, null];
}

export const fmtPackage: StdPackage = {
  path: 'fmt',
  source,
  impl: {
    Sprint: (a: Args) => sprint(args(a)),
    Sprintln: (a: Args) => sprintln(args(a)),
    Sprintf: (format: string, a: Args) => sprintf(format, args(a)),
    Print: (a: Args) => out(sprint(args(a))),
    Println: (a: Args) => out(sprintln(args(a))),
    Printf: (format: string, a: Args) => out(sprintf(format, args(a))),
    errorf: (format: string, a: Args) => {
      const p = new Printer();
      p.wrapErrs = true;
      p.doPrintf(format, args(a));
      const w = p.wrappedErrs.slice();
      if (p.reordered) w.sort((x, y) => x - y);
      return [p.buf, new Slice(w, 0, w.length, w.length)];
    },
    ...scanImpl,
  },
};
