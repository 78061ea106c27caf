// run
package main

import (
	"fmt"
	"math/rand"
)

// rand.Seed (deprecated, still honoured by Go 1.23) makes the top-level functions follow
// NewSource(seed)'s sequence.
func main() {
	rand.Seed(1)
	fmt.Println(rand.Int63(), rand.Intn(6)+1, rand.Float64(), rand.Perm(5), rand.Int31n(50), rand.Uint32())
	b := make([]byte, 9)
	rand.Read(b)
	fmt.Println(b)

	rand.Seed(42)
	dice := make([]int, 7)
	for i := 0; i < 600; i++ {
		k := rand.Intn(6) + 1
		dice[k]++
	}
	fmt.Println("dice", dice[1:])
	x := []int{10, 20, 30, 40, 50}
	rand.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
	fmt.Println(x, rand.Int(), rand.Int63n(1000), rand.Int31(), rand.Uint64(), rand.Float32())

	rand.Seed(42)
	r := rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 1000; i++ {
		if rand.Intn(1000) != r.Intn(1000) {
			same = false
		}
	}
	fmt.Println("top-level equals NewSource(42):", same)
}
