// run
package main

import "fmt"

type Checker interface{ Check() func() }

// ref has a single pointer field, so it is pointer-shaped: an interface holding a ref calls
// ref.Check itself (no wrapper), and the literal keeps its own name main.ref.Check.func1.
type ref struct{ p *int }

func (r ref) Check() func() {
	return func() {
		if *r.p > 0 {
			panic(fmt.Sprint("value ", *r.p))
		}
	}
}

func main() {
	n := 7
	var c Checker = ref{&n}
	f := c.Check()
	f()
}
