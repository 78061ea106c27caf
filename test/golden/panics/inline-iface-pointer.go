// run
package main

import "fmt"

type Checker interface{ Check() func() }

type limits struct{ lo, hi int }

// A value method reached through an interface holding a *limits goes through gc's wrapper
// (*limits).Check, into which limits.Check is inlined.
func (l limits) Check() func() {
	return func() {
		if l.lo > l.hi {
			panic(fmt.Sprintf("bad limits %d > %d", l.lo, l.hi))
		}
	}
}

func main() {
	var c Checker = &limits{lo: 5, hi: 1}
	check := c.Check()
	check()
}
