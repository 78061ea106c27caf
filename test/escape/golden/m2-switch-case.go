// build -gcflags=-m=2 -l
package main

import "fmt"

type Sq struct{ s float64 }

func (q Sq) String() string { return "sq" }

var sink any

// -m=2 names a switch case with its body; a type switch on a non-empty interface checks its
// cases at run time (gc prints them as <node DYNAMICTYPE>), and so does an assertion.
func describe(s fmt.Stringer, p *int) {
	switch v := s.(type) {
	case Sq:
		sink = p
		fmt.Println(v.s)
	default:
		var q *int = p
		sink = q
	}
	ch := make(chan *int, 1)
	ch <- p
	if x, ok := s.(error); ok {
		sink = x
	}
	var e any = s
	if y, ok := e.(fmt.Stringer); ok {
		sink = y
	}
}

func main() {
	n := 1
	describe(Sq{2}, &n)
}
