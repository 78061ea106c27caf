// Package os: Exit, Args, Stdin, Stdout, Stderr and an empty environment. golesson has no file
// system: Open, ReadFile and the like are absent, so a program using them does not compile.
import { Slice } from '../runtime/slice.js';
import { OsExit } from '../runtime/panic.js';
import { programArgs, writeStderr, writeStdout } from '../runtime/process.js';
import { stdinRead } from '../runtime/stdin.js';
import type { StdPackage } from './package.js';

const source = `package os

import (
	"errors"
	"io"
)

// File's state sits behind a pointer, as in Go, so that %v of os.Stdout prints &{0xc...}.
type File struct {
	*file
}

type file struct {
	fd   int
	name string
}

var (
	Stdin  = &File{&file{0, "/dev/stdin"}}
	Stdout = &File{&file{1, "/dev/stdout"}}
	Stderr = &File{&file{2, "/dev/stderr"}}
)

var Args []string = runtimeArgs()

func runtimeArgs() []string

func Exit(code int)

func Getenv(key string) string {
	return ""
}

func LookupEnv(key string) (string, bool) {
	return "", false
}

func Environ() []string {
	return nil
}

func Getpid() int {
	return 1
}

var ErrNotExist = errors.New("file does not exist")

func (f *File) Name() string {
	return f.name
}

func writeFd(fd int, b []byte) int

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if f.fd == 0 {
		return 0, errors.New("write " + f.name + ": bad file descriptor")
	}
	return writeFd(f.fd, b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// readStdin fills b from standard input, waiting for the host; 0 means end of input.
func readStdin(b []byte) int

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if f.fd != 0 {
		return 0, errors.New("read " + f.name + ": bad file descriptor")
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = readStdin(b)
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Close() error {
	return nil
}

func (f *File) Sync() error {
	return nil
}
`;

function bytesOf(b: Slice<number> | null): string {
  if (b === null) return '';
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b.array[b.offset + i]!);
  return s;
}

export const osPackage: StdPackage = {
  path: 'os',
  source,
  impl: {
    runtimeArgs: () => {
      const a = programArgs();
      return new Slice(a, 0, a.length, a.length);
    },
    Exit: (code: number) => {
      throw new OsExit(Number(code));
    },
    writeFd: (fd: number, b: Slice<number> | null) => {
      const s = bytesOf(b);
      if (fd === 2) writeStderr(s);
      else writeStdout(s);
      return s.length;
    },
    readStdin: function* (b: Slice<number>) {
      const s = yield* stdinRead(b.length);
      for (let i = 0; i < s.length; i++) b.array[b.offset + i] = s.charCodeAt(i);
      return s.length;
    },
  },
};
