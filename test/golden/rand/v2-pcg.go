// run
package main

import (
	"fmt"
	"math/rand/v2"
)

// math/rand/v2's PCG source and every method of a seeded *rand.Rand.
func main() {
	for _, s := range [][2]uint64{{1, 2}, {0, 0}, {42, 1024}, {1<<64 - 1, 1<<63 + 5}} {
		p := rand.NewPCG(s[0], s[1])
		fmt.Println("PCG", s)
		for i := 0; i < 4; i++ {
			fmt.Println(" ", p.Uint64())
		}
		r := rand.New(p)
		for i := 0; i < 4; i++ {
			fmt.Println(" Int64", r.Int64(), "Uint32", r.Uint32(), "Uint64", r.Uint64(), "Int32", r.Int32(), "Int", r.Int(), "Uint", r.Uint())
		}
		for i := 0; i < 4; i++ {
			fmt.Println(" Float64", r.Float64(), "Float32", r.Float32())
		}
		for _, n := range []int{1, 2, 3, 6, 10, 1000, 1<<31 - 1, 1 << 32, 1<<32 + 1, 1 << 62, 1<<62 + 1, 1<<63 - 1} {
			fmt.Print(" IntN(", n, ")")
			for i := 0; i < 4; i++ {
				fmt.Print(" ", r.IntN(n))
			}
			fmt.Println()
		}
		for _, n := range []uint64{1, 3, 1 << 63, 1<<63 + 1, 1<<64 - 1} {
			fmt.Println(" Uint64N", n, r.Uint64N(n), r.Uint64N(n), r.Int64N(int64(n>>1|1)))
		}
		fmt.Println(" Int32N", r.Int32N(7), r.Int32N(1<<31-1), "Uint32N", r.Uint32N(9), r.Uint32N(1<<32-1), "UintN", r.UintN(17))
		fmt.Println(" Perm", r.Perm(0), r.Perm(1), r.Perm(10))
		x := []string{"a", "b", "c", "d", "e", "f", "g"}
		r.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
		fmt.Println(" Shuffle", x)
	}

	p := rand.NewPCG(7, 8)
	p.Uint64()
	b, err := p.MarshalBinary()
	fmt.Println(b, err)
	q := rand.NewPCG(0, 0)
	fmt.Println(q.UnmarshalBinary(b), p.Uint64() == q.Uint64())
	fmt.Println(q.UnmarshalBinary(b[:5]))
	q.Seed(1, 2)
	fmt.Println(q.Uint64())
}
