// run
package main

import (
	"fmt"
	"math/rand/v2"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	r := rand.New(rand.NewPCG(1, 1))
	try("IntN(0)", func() { r.IntN(0) })
	try("Int64N(-1)", func() { r.Int64N(-1) })
	try("Int32N(0)", func() { r.Int32N(0) })
	try("Uint64N(0)", func() { r.Uint64N(0) })
	try("Uint32N(0)", func() { r.Uint32N(0) })
	try("UintN(0)", func() { r.UintN(0) })
	try("Shuffle(-2)", func() { r.Shuffle(-2, nil) })
	try("N(0)", func() { rand.N(0) })
	try("N(int8(-1))", func() { rand.N(int8(-1)) })
	try("top-level IntN(0)", func() { rand.IntN(0) })
	fmt.Println(r.IntN(1000))
	r.IntN(-1)
}
