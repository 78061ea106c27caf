// build -gcflags=-m -l
package main

import "fmt"

type Size float64

// Constants print as gc prints them: floats with six digits (or all of them when a fraction
// would otherwise be lost), untyped shift counts as uint.
func main() {
	const big = 1 << 20
	x := 7
	fmt.Println(Size(big), 1e20, 0.00001, 1e15+0.2, 2.5e-7, float32(big))
	fmt.Println(x<<2, x>>1, uint(x)>>3)
	fmt.Println(complex(1e7, 0.5), (func() int { return x })())
}
