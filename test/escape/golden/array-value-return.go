// build -gcflags=-m -l
package main

func f() [4]int {
	var a [4]int
	return a
}

func g(p *[4]int) []int { return p[:] }

func main() {
	a := f()
	_ = g(&a)
}
