// run
package main

import (
	"fmt"
	"math"
	"math/rand"
	v2 "math/rand/v2"
)

// NormFloat64 and ExpFloat64 (ziggurat method) from seeded generators: the first draws, and a hash
// of the exact bits of many more, so every box of both ziggurats and both tails are exercised.
func main() {
	for _, seed := range []int64{1, 2, 77, -5, 1 << 33} {
		r := rand.New(rand.NewSource(seed))
		p := v2.New(v2.NewPCG(uint64(seed), 99))
		fmt.Println("seed", seed)
		for i := 0; i < 4; i++ {
			fmt.Println(" v1", r.NormFloat64(), r.ExpFloat64(), "v2", p.NormFloat64(), p.ExpFloat64())
		}
		var hn, he, hn2, he2 uint64
		var maxN, maxE float64
		for i := 0; i < 200000; i++ {
			n, e := r.NormFloat64(), r.ExpFloat64()
			hn = hn*1099511628211 ^ math.Float64bits(n)
			he = he*1099511628211 ^ math.Float64bits(e)
			maxN = math.Max(maxN, math.Abs(n))
			maxE = math.Max(maxE, e)
			hn2 = hn2*1099511628211 ^ math.Float64bits(p.NormFloat64())
			he2 = he2*1099511628211 ^ math.Float64bits(p.ExpFloat64())
		}
		fmt.Printf(" hashes %x %x %x %x max %v %v next %v\n", hn, he, hn2, he2, maxN, maxE, r.Int63())
	}
	rand.Seed(3)
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
}
