// Package runtime: Goexit, Gosched, NumGoroutine, GOMAXPROCS, NumCPU, GC (nothing to do), the Error
// interface, and the constants a lesson prints. golesson runs goroutines on one thread, so it
// reports one CPU, like Go under GOMAXPROCS=1.
import type { StdPackage } from './package.js';
import { GoExit } from '../runtime/panic.js';
import { gosched, sched } from '../runtime/scheduler.js';

const source = `package runtime

type Error interface {
	error
	RuntimeError()
}

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func Version() string { return "go1.23.5" }

func Goexit()
func Gosched()
func NumGoroutine() int
func NumCPU() int { return 1 }

var gomaxprocs = 1

func GOMAXPROCS(n int) int {
	prev := gomaxprocs
	if n > 0 {
		gomaxprocs = n
	}
	return prev
}

func GC()                {}
func KeepAlive(x any)    {}
func LockOSThread()      {}
func UnlockOSThread()    {}
func NumCgoCall() int64  { return 0 }
`;

export const runtimePackage: StdPackage = {
  path: 'runtime',
  source,
  impl: {
    Goexit: (): never => {
      throw new GoExit();
    },
    Gosched: gosched,
    NumGoroutine: (): number => sched.all.size,
  },
};
