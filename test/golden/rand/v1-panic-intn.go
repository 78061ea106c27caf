// run
package main

import (
	"fmt"
	"math/rand"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

// The bad-argument panics, recovered, then one unrecovered.
func main() {
	r := rand.New(rand.NewSource(1))
	try("Intn(0)", func() { r.Intn(0) })
	try("Intn(-5)", func() { r.Intn(-5) })
	try("Int63n(0)", func() { r.Int63n(0) })
	try("Int31n(-1)", func() { r.Int31n(-1) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("Perm(-1)", func() { r.Perm(-1) })
	try("top-level Intn(0)", func() { rand.Intn(0) })
	fmt.Println("still deterministic:", r.Intn(100))
	fmt.Println(rand.Intn(0))
}
