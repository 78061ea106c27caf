// run
package main

import "fmt"

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
)

const (
	a = iota * iota
	b
	c
	_
	e
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }

func main() {
	f := FlagA | FlagC
	fmt.Println(f, f.Has(FlagA), f.Has(FlagB), f.Has(FlagC), FlagD)
	fmt.Printf("%08b %v %T\n", f, ^f, f)
	fmt.Println(KB, MB)
	fmt.Println(a, b, c, e)
	const (
		x = iota + 'a'
		y
		z
	)
	fmt.Println(string(rune(x)), string(rune(y)), string(rune(z)))
}
