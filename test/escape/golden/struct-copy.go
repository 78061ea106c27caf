// build -gcflags=-m -l
package main

type P struct {
	a *int
	b int
}

var sink P

func main() {
	x := 1
	p := P{&x, 2}
	q := p
	sink = q
}
