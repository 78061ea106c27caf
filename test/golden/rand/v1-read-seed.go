// run
package main

import (
	"fmt"
	"math/rand"
)

// Read takes bytes seven at a time from Int63 draws and carries the rest over; Seed resets both.
func main() {
	r := rand.New(rand.NewSource(99))
	for _, n := range []int{0, 1, 3, 7, 8, 13, 20} {
		b := make([]byte, n)
		k, err := r.Read(b)
		fmt.Println(n, k, err, b)
	}
	fmt.Println("Int63 after reads", r.Int63())

	r.Seed(99)
	b := make([]byte, 5)
	r.Read(b)
	fmt.Println("after Seed(99):", b)
	r.Seed(99)
	b = make([]byte, 5)
	r.Read(b)
	fmt.Println("again:", b)

	// Re-seeding the same Rand restarts its sequence.
	for _, seed := range []int64{5, 6, 5} {
		r.Seed(seed)
		fmt.Println("Seed", seed, r.Intn(100), r.Intn(100), r.Intn(100), r.Float64())
	}

	// Two generators with the same seed agree; a Source used directly gives the same Int63s.
	a := rand.New(rand.NewSource(123))
	s := rand.NewSource(123)
	for i := 0; i < 3; i++ {
		fmt.Println(a.Int63() == s.Int63())
	}
	s64 := rand.NewSource(8).(rand.Source64)
	fmt.Println(s64.Uint64(), s64.Int63())
	s64.Seed(8)
	fmt.Println(s64.Uint64(), s64.Int63())
	fmt.Printf("%T\n", rand.New(s64))
}
