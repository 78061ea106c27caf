// run
package main

import (
	"fmt"
	"math/rand"
	v2 "math/rand/v2"
)

// Zipf-distributed draws from seeded generators, in both packages.
func main() {
	fmt.Println(rand.NewZipf(rand.New(rand.NewSource(1)), 1, 1, 10) == nil, v2.NewZipf(nil, 2, 0.5, 10) == nil)
	for _, p := range []struct {
		s, v float64
		imax uint64
	}{{1.1, 1, 100}, {2, 1, 10}, {1.5, 3, 1000}, {3.7, 10, 1 << 40}, {1.01, 1, 0}} {
		z := rand.NewZipf(rand.New(rand.NewSource(5)), p.s, p.v, p.imax)
		z2 := v2.NewZipf(v2.New(v2.NewPCG(5, 6)), p.s, p.v, p.imax)
		var a, b []uint64
		for i := 0; i < 12; i++ {
			a = append(a, z.Uint64())
			b = append(b, z2.Uint64())
		}
		var sum uint64
		for i := 0; i < 20000; i++ {
			sum += z.Uint64() + z2.Uint64()
		}
		fmt.Println(p, a, b, sum)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	var z *rand.Zipf
	z.Uint64()
}
