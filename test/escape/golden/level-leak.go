// build -gcflags=-m -l
package main

var sink *int

func f(pp **int) *int { return *pp }

func g(pp **int) { sink = *pp }

func main() {
	x, y := 1, 2
	p, q := &x, &y
	_ = f(&p)
	g(&q)
}
