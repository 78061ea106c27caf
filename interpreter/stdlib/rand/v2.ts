// Package math/rand/v2: the PCG and ChaCha8 sources (exact as Go 1.23 computes them) and the Rand
// methods with Go's bounded-draw algorithms, so seeded programs print what Go prints; the top-level
// functions draw from the per-run unseeded source (runsource.ts).
import type { I64 } from '../../runtime/int64.js';
import type { StdPackage } from '../package.js';
import { canonU64, pcgNext, type PCGState } from './pcg.js';
import { runtimeRand } from './runsource.js';
import { chachaFill, chachaInit, chachaUint64, type ChaChaState } from './chacha8.js';
import { expZig, normalZig, zigBox } from './ziggurat.js';
import { zigguratSource, zipfSource } from './distributions.js';

const source = `package rand

import (
	"errors"
	"math"
	"math/bits"
)

type Source interface {
	Uint64() uint64
}

type Rand struct {
	src Source
}

func New(src Source) *Rand {
	return &Rand{src: src}
}

func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// uint64n draws uniformly from [0, n) by Lemire's multiply-and-shift method: the high word of a
// 128-bit product, redrawn only while the low word falls below 2^64 mod n.
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

func (r *Rand) Float64() float64 {
	return float64(r.Uint64()<<11>>11) / (1 << 53)
}

func (r *Rand) Float32() float32 {
	return float32(r.Uint32()<<8>>8) / (1 << 24)
}

func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.uint64n(uint64(i+1))))
	}
}

${zigguratSource('\t\tu := r.Uint64()\n\t\tj := int32(u)\n\t\ti := int32(u >> 32 & 0x7F)\n', '\t\tu := r.Uint64()\n\t\tj := uint32(u)\n\t\ti := uint32(uint8(u >> 32))\n')}
type PCG struct {
	hi uint64
	lo uint64
}

func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{seed1, seed2}
}

func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

func (p *PCG) Uint64() uint64

func (p *PCG) MarshalBinary() ([]byte, error) {
	b := make([]byte, 20)
	copy(b, "pcg:")
	putUint64(b[4:], p.hi)
	putUint64(b[12:], p.lo)
	return b, nil
}

var errUnmarshalPCG = errors.New("invalid PCG encoding")

func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errUnmarshalPCG
	}
	p.hi = getUint64(data[4:])
	p.lo = getUint64(data[12:])
	return nil
}

// putUint64 and getUint64 are big-endian, as PCG's binary form is.
func putUint64(b []byte, v uint64) {
	for i := 7; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}

func getUint64(b []byte) uint64 {
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

${zipfSource}
// ChaCha8's generator state is in its first five fields (chacha8.ts says how).
type ChaCha8 struct {
	buf     [64]uint32
	seed    [8]uint32
	i, n, c uint32
	readBuf [8]byte
	readLen int
}

func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.init(seed)
	return c
}

func (c *ChaCha8) init(seed [32]byte)

func (c *ChaCha8) Seed(seed [32]byte) {
	c.init(seed)
	c.readLen = 0
	c.readBuf = [8]byte{}
}

func (c *ChaCha8) Uint64() uint64

// Read fills p with little-endian Uint64 outputs; the bytes of a partly used output are kept for
// the next Read.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[8-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) >= 8 {
		putUint64LE(p, c.Uint64())
		p = p[8:]
		n += 8
	}
	if len(p) > 0 {
		putUint64LE(c.readBuf[:], c.Uint64())
		n += copy(p, c.readBuf[:])
		c.readLen = 8 - len(p)
	}
	return n, nil
}

// fill computes buf from seed at counter c.
func (c *ChaCha8) fill()

// MarshalBinary encodes the key and how many outputs of the current key were used (and, after a
// partial Read, the bytes kept back), as Go's encoding does.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	var out []byte
	if c.readLen > 0 {
		out = append([]byte("readbuf:"), byte(c.readLen))
		out = append(out, c.readBuf[8-c.readLen:]...)
	}
	out = append(out, "chacha8:"...)
	used := uint64(c.c/4*32 + c.i)
	for shift := 56; shift >= 0; shift -= 8 {
		out = append(out, byte(used>>shift))
	}
	for _, w := range c.seed {
		out = append(out, byte(w), byte(w>>8), byte(w>>16), byte(w>>24))
	}
	return out, nil
}

type errUnmarshalChaCha8 struct{}

func (*errUnmarshalChaCha8) Error() string { return "invalid ChaCha8 encoding" }

func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) >= 8 && string(data[:8]) == "readbuf:" {
		data = data[8:]
		if len(data) == 0 || len(data) < int(1+data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		kept := data[1 : 1+data[0]]
		data = data[1+data[0]:]
		c.readLen = copy(c.readBuf[8-len(kept):], kept)
	}
	if len(data) != 48 || string(data[:8]) != "chacha8:" {
		return new(errUnmarshalChaCha8)
	}
	used := getUint64(data[8:])
	if used > 16/4*32-4 {
		return new(errUnmarshalChaCha8)
	}
	for k := range c.seed {
		b := data[16+4*k:]
		c.seed[k] = uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	}
	c.c = 4 * (uint32(used) / 32)
	c.fill()
	c.i = uint32(used) % 32
	c.n = 32
	if c.c == 12 {
		c.n = 28
	}
	return nil
}

func putUint64LE(b []byte, v uint64) {
	for i := 0; i < 8; i++ {
		b[i] = byte(v)
		v >>= 8
	}
}

func runtime_rand() uint64

type runtimeSource struct{}

func (runtimeSource) Uint64() uint64 { return runtime_rand() }

var globalRand = &Rand{src: runtimeSource{}}

func Int64() int64                       { return globalRand.Int64() }
func Uint32() uint32                     { return globalRand.Uint32() }
func Uint64N(n uint64) uint64            { return globalRand.Uint64N(n) }
func Uint32N(n uint32) uint32            { return globalRand.Uint32N(n) }
func Uint64() uint64                     { return globalRand.Uint64() }
func Int32() int32                       { return globalRand.Int32() }
func Int() int                           { return globalRand.Int() }
func Uint() uint                         { return globalRand.Uint() }
func Int64N(n int64) int64               { return globalRand.Int64N(n) }
func Int32N(n int32) int32               { return globalRand.Int32N(n) }
func IntN(n int) int                     { return globalRand.IntN(n) }
func UintN(n uint) uint                  { return globalRand.UintN(n) }
func Float64() float64                   { return globalRand.Float64() }
func Float32() float32                   { return globalRand.Float32() }
func Perm(n int) []int                   { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func NormFloat64() float64               { return globalRand.NormFloat64() }
func ExpFloat64() float64                { return globalRand.ExpFloat64() }

func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(globalRand.uint64n(uint64(n)))
}

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}
`;

export const randV2Package: StdPackage = {
  path: 'math/rand/v2',
  source,
  impl: {
    'PCG.Uint64': (p: PCGState): I64 => canonU64(pcgNext(p)),
    runtime_rand: runtimeRand,
    'ChaCha8.init': (c: ChaChaState, seed: number[]): void => chachaInit(c, seed),
    'ChaCha8.Uint64': (c: ChaChaState): I64 => chachaUint64(c),
    'ChaCha8.fill': (c: ChaChaState): void => chachaFill(c),
    normalBox: (i: number) => zigBox(normalZig, i),
    expBox: (i: number) => zigBox(expZig, i),
  },
};
