// Package math/rand: Go 1.23's seeded generator (rand.NewSource: the lagged Fibonacci source of
// lagged.ts) and the Rand methods (the ziggurat NormFloat64 and ExpFloat64 included), with the exact draws Go makes so a seeded program prints what Go
// prints; the top-level functions use an unseeded per-run source until rand.Seed is called.
// The Rand methods are Go bodies, so user-written Sources and swap functions (which may block) work
// like any Go code.
import type { I64 } from '../../runtime/int64.js';
import type { StdPackage } from '../package.js';
import { laggedInt63, laggedUint64, newLagged, seedLagged, type Lagged } from './lagged.js';
import { runtimeRand } from './runsource.js';
import { expZig, normalZig, zigBox } from './ziggurat.js';
import { zigguratSource, zipfSource } from './distributions.js';

const source = `package rand

import "math"

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Source64 interface {
	Source
	Uint64() uint64
}

func NewSource(seed int64) Source {
	return newSource(seed)
}

func newSource(seed int64) *rngSource {
	rng := &rngSource{}
	rng.Seed(seed)
	return rng
}

// rngSource's 607 words live on the TypeScript side, attached to this struct.
type rngSource struct {
	impl int
}

func (rng *rngSource) Seed(seed int64)
func (rng *rngSource) Int63() int64
func (rng *rngSource) Uint64() uint64

type Rand struct {
	src     Source
	s64     Source64
	readVal int64
	readPos int8
}

func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

func (r *Rand) Int63() int64 { return r.src.Int63() }

func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	lowBits := uint64(r.Int63()) >> 31
	return lowBits | uint64(r.Int63())<<32
}

func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

func (r *Rand) Int() int { return int(r.Int63()) }

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	// Reject draws above the largest multiple of n, so every remainder is equally likely.
	limit := int64(1<<63 - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > limit {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	limit := int32(1<<31 - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > limit {
		v = r.Int31()
	}
	return v % n
}

// int31n is the multiply-and-shift bounded draw (Lemire's method) Shuffle uses; its draws differ
// from Int31n's, so both are kept.
func (r *Rand) int31n(n int32) int32 {
	prod := uint64(r.Uint32()) * uint64(n)
	if uint32(prod) < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for uint32(prod) < thresh {
			prod = uint64(r.Uint32()) * uint64(n)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		// Rounding can make f exactly 1; draw again then.
		if f != 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.int31n(int32(i+1))))
	}
}

// Read fills p with bytes taken 7 at a time from Int63 draws, low byte first; a partly used draw
// carries over to the next Read.
func (r *Rand) Read(p []byte) (n int, err error) {
	pos := r.readPos
	val := r.readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readPos = pos
	r.readVal = val
	return n, nil
}

${zigguratSource('\t\tj := int32(r.Uint32())\n\t\ti := j & 0x7F\n', '\t\tj := r.Uint32()\n\t\ti := j & 0xFF\n')}
${zipfSource}
// runtimeSource is the unseeded source of the top-level functions.
type runtimeSource struct{}

func runtime_rand() uint64

func (runtimeSource) Int63() int64 { return int64(runtime_rand() & (1<<63 - 1)) }

func (runtimeSource) Seed(int64) {
	panic("internal error: call to runtimeSource.Seed")
}

func (runtimeSource) Uint64() uint64 { return runtime_rand() }

var globalRandGenerator *Rand
var globalSeeded bool

func globalRand() *Rand {
	if globalRandGenerator == nil {
		globalRandGenerator = New(runtimeSource{})
	}
	return globalRandGenerator
}

// Seed makes the top-level functions deterministic: from then on they draw from NewSource(seed).
func Seed(seed int64) {
	if globalSeeded {
		globalRandGenerator.Seed(seed)
		return
	}
	globalRandGenerator = New(NewSource(seed))
	globalSeeded = true
}

func Int63() int64                       { return globalRand().Int63() }
func Uint32() uint32                     { return globalRand().Uint32() }
func Uint64() uint64                     { return globalRand().Uint64() }
func Int31() int32                       { return globalRand().Int31() }
func Int() int                           { return globalRand().Int() }
func Int63n(n int64) int64               { return globalRand().Int63n(n) }
func Int31n(n int32) int32               { return globalRand().Int31n(n) }
func Intn(n int) int                     { return globalRand().Intn(n) }
func Float64() float64                   { return globalRand().Float64() }
func Float32() float32                   { return globalRand().Float32() }
func Perm(n int) []int                   { return globalRand().Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand().Shuffle(n, swap) }
func Read(p []byte) (n int, err error)   { return globalRand().Read(p) }
func NormFloat64() float64               { return globalRand().NormFloat64() }
func ExpFloat64() float64                { return globalRand().ExpFloat64() }
`;

/** The lagged generator of each rngSource, by its struct object (a *rngSource is that object). */
const generators = new WeakMap<object, Lagged>();

/** Every rngSource comes from newSource, which seeds it before any draw. */
function generator(rng: object): Lagged {
  let g = generators.get(rng);
  if (g === undefined) {
    g = newLagged();
    seedLagged(g, 1);
    generators.set(rng, g);
  }
  return g;
}

export const randPackage: StdPackage = {
  path: 'math/rand',
  source,
  impl: {
    'rngSource.Seed': (rng: object, seed: I64): void => seedLagged(generator(rng), seed),
    'rngSource.Int63': (rng: object): I64 => laggedInt63(generator(rng)),
    'rngSource.Uint64': (rng: object): I64 => laggedUint64(generator(rng)),
    runtime_rand: runtimeRand,
    normalBox: (i: number) => zigBox(normalZig, i),
    expBox: (i: number) => zigBox(expZig, i),
  },
};
