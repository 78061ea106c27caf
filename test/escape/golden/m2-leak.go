// build -gcflags=-m=2 -l
package main

var sink *int

func f(p *int) *int {
	sink = p
	return p
}

func main() {
	x := 1
	_ = f(&x)
}
