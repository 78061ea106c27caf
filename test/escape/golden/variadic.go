// build -gcflags=-m -l
package main

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var keep []*int

func hold(ps ...*int) { keep = ps }

func main() {
	_ = sum(1, 2, 3)
	a, b := 1, 2
	hold(&a, &b)
}
