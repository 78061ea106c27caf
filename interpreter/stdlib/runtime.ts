// Package runtime: Goexit, Gosched, NumGoroutine, GOMAXPROCS, NumCPU, Caller, GC (it empties sync.Pool
// caches), the Error interface, MemStats (all zero), and the constants a lesson prints. golesson
// runs goroutines on one thread, so it reports one CPU, like Go under GOMAXPROCS=1.
import type { StdPackage } from './package.js';
import { GoExit } from '../runtime/panic.js';
import { gosched, sched } from '../runtime/scheduler.js';
import { poolCleanup } from './sync.js';
import { callerFrames } from '../runtime/callers.js';

const source = `package runtime

type Error interface {
	error
	RuntimeError()
}

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func Version() string { return "go1.23.5" }

// Caller reports the file and line of a caller on this goroutine's stack (skip 0: the caller of
// Caller). The file is the program's own name (./prog.go), not an absolute path.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

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

// golesson has no Go heap of its own to measure: memory statistics read as zero and finalizers
// never run (Go does not promise that they run either).
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Lookups      uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64
	StackInuse   uint64
	StackSys     uint64
	NextGC       uint64
	LastGC       uint64
	PauseTotalNs uint64
	NumGC        uint32
	NumForcedGC  uint32
}

func ReadMemStats(m *MemStats) { *m = MemStats{} }

var MemProfileRate int = 512 * 1024

func SetFinalizer(obj any, finalizer any) {}

func GC()
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
    // There is no heap to collect; what a collection does that a program can see is emptying
    // sync.Pool caches.
    GC: poolCleanup,
    Caller: (skip: number): [number, string, number, boolean] => {
      const f = callerFrames()[skip];
      if (f === undefined || f.line === 0) return [0, '', 0, false];
      return [0x401000 + f.line, f.file, f.line, true];
    },
  },
};
