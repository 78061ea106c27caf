// build -gcflags=-m -l
package main

func two(p *int) (*int, int) { return p, 1 }

func main() {
	x := 0
	a, b := two(&x)
	_, _ = a, b
}
