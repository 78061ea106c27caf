// run
package main

import (
	"fmt"
	"math/rand/v2"
	"sync"
)

// A Source of one's own (a xorshift), and callbacks that may block: Shuffle's swap takes a lock and
// talks over a channel while the shuffle runs.
type xorshift struct{ s uint64 }

func (x *xorshift) Uint64() uint64 {
	x.s ^= x.s << 13
	x.s ^= x.s >> 7
	x.s ^= x.s << 17
	return x.s
}

func main() {
	r := rand.New(&xorshift{88172645463325252})
	fmt.Println(r.Uint64(), r.IntN(100), r.Int64N(1<<40), r.Float64(), r.Float32(), r.Perm(7))
	fmt.Println(r.NormFloat64(), r.ExpFloat64(), r.Uint32N(1000), r.UintN(3))

	var mu sync.Mutex
	swaps := make(chan [2]int, 100)
	done := make(chan int)
	go func() {
		n := 0
		for range swaps {
			n++
		}
		done <- n
	}()
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) {
		mu.Lock()
		defer mu.Unlock()
		s[i], s[j] = s[j], s[i]
		swaps <- [2]int{i, j}
	})
	close(swaps)
	fmt.Println(s, <-done, "swaps")

	var src rand.Source = rand.NewPCG(1, 2)
	if p, ok := src.(*rand.PCG); ok {
		p.Seed(3, 4)
	}
	fmt.Println(rand.New(src).IntN(1000))
}
