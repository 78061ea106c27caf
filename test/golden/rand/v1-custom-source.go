// run
package main

import (
	"fmt"
	"math/rand"
)

// A Source of one's own: a counter. Without Uint64, Rand.Uint64 builds one from two Int63 draws.
type counter struct{ n int64 }

func (c *counter) Int63() int64 {
	c.n += 0x123456789abcdef
	return c.n & (1<<63 - 1)
}

func (c *counter) Seed(seed int64) { c.n = seed }

type counter64 struct{ counter }

func (c *counter64) Uint64() uint64 { return uint64(c.Int63()) * 3 }

func main() {
	r := rand.New(&counter{})
	fmt.Println(r.Int63(), r.Uint64(), r.Uint32(), r.Int31(), r.Intn(10), r.Float64())
	fmt.Println(r.Perm(6))
	b := make([]byte, 10)
	r.Read(b)
	fmt.Println(b)
	r.Seed(1)
	fmt.Println(r.Int63(), r.Int63n(1000))

	r64 := rand.New(&counter64{})
	fmt.Println(r64.Uint64(), r64.Uint64(), r64.Int63())
	_, ok := rand.Source(&counter{}).(rand.Source64)
	fmt.Println(ok)
}
