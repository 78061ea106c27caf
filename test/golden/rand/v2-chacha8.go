// run
package main

import (
	"fmt"
	"math/rand/v2"
)

// math/rand/v2's ChaCha8 source: outputs across block refills and re-keying, Read, Seed, and a
// Rand on top of it.
func main() {
	var seed [32]byte
	copy(seed[:], "chacha8 seed for golesson tests")
	c := rand.NewChaCha8(seed)
	for i := 0; i < 10; i++ {
		fmt.Println(i, c.Uint64())
	}
	// 32 outputs per refill, 28 in every fourth one before the key changes: hash well past that.
	var h uint64
	for i := 10; i < 5000; i++ {
		v := c.Uint64()
		h = h*1099511628211 ^ v
		if i%97 == 0 {
			fmt.Println(i, v)
		}
	}
	fmt.Printf("hash %x\n", h)

	var zero [32]byte
	z := rand.NewChaCha8(zero)
	fmt.Println("zero seed", z.Uint64(), z.Uint64())
	var empty rand.ChaCha8
	fmt.Println("zero value", empty.Uint64(), empty.Uint64())

	c.Seed(zero)
	fmt.Println("reseeded", c.Uint64())
	c.Seed(seed)
	for _, n := range []int{3, 5, 8, 1, 13, 0, 16} {
		b := make([]byte, n)
		k, err := c.Read(b)
		fmt.Println("Read", n, k, err, b)
	}
	fmt.Println("after reads", c.Uint64())

	r := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(r.IntN(100), r.Float64(), r.Perm(8), r.NormFloat64(), r.Int64N(1<<50), r.Uint32())
}

func init() {
	c := rand.NewChaCha8([32]byte{9})
	for _, skip := range []int{0, 5, 40, 120, 200} {
		for i := 0; i < skip; i++ {
			c.Uint64()
		}
		b, err := c.MarshalBinary()
		fmt.Println("marshal", skip, len(b), err, b)
		var d rand.ChaCha8
		fmt.Println(" unmarshal", d.UnmarshalBinary(b), d.Uint64() == c.Uint64(), d.Uint64() == c.Uint64())
	}
	p := make([]byte, 3)
	c.Read(p)
	b, _ := c.MarshalBinary()
	fmt.Println("with read buffer", b)
	var d rand.ChaCha8
	fmt.Println(d.UnmarshalBinary(b))
	q := make([]byte, 7)
	c.Read(q)
	d.Read(p)
	fmt.Println(q[:5], p, d.Uint64() == c.Uint64())
	fmt.Println(d.UnmarshalBinary(b[:20]), d.UnmarshalBinary([]byte("readbuf:")), d.UnmarshalBinary([]byte("readbuf:\x09abc")))
	bad := append([]byte(nil), b[12:]...)
	bad[15] = 200
	fmt.Println(d.UnmarshalBinary(bad))
}
