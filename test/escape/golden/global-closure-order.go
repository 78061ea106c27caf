// build -gcflags=-m -l
package main

func main() {
	y := 2
	_ = f(&y)
}

var f = func(p *int) int { return *p }

var g = func() *int { x := 1; return &x }
