// run
package main

import (
	"fmt"
	"math/rand"
)

// Every method of a seeded *rand.Rand, many draws each, for several seeds.
func main() {
	for _, seed := range []int64{1, 0, 42, -3, 1 << 40, 2147483647, -9223372036854775808} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println("seed", seed)
		for i := 0; i < 5; i++ {
			fmt.Println(" Int63", r.Int63(), "Uint32", r.Uint32(), "Uint64", r.Uint64(), "Int31", r.Int31(), "Int", r.Int())
		}
		for i := 0; i < 5; i++ {
			fmt.Println(" Float64", r.Float64(), "Float32", r.Float32())
		}
		for _, n := range []int64{1, 2, 3, 7, 10, 100, 1000000007, 1 << 31, 1<<31 + 1, 1 << 62, 1<<62 + 1, 1<<63 - 1} {
			fmt.Print(" Int63n(", n, ")")
			for i := 0; i < 4; i++ {
				fmt.Print(" ", r.Int63n(n))
			}
			fmt.Println()
		}
		for _, n := range []int32{1, 2, 3, 6, 10, 100, 1 << 30, 1<<30 + 1, 1<<31 - 1} {
			fmt.Print(" Int31n(", n, ")")
			for i := 0; i < 4; i++ {
				fmt.Print(" ", r.Int31n(n))
			}
			fmt.Println()
		}
		for _, n := range []int{1, 2, 6, 10, 52, 1000, 1<<31 - 1, 1 << 31, 1<<31 + 3, 1 << 50, 1<<63 - 1} {
			fmt.Print(" Intn(", n, ")")
			for i := 0; i < 4; i++ {
				fmt.Print(" ", r.Intn(n))
			}
			fmt.Println()
		}
	}
}
