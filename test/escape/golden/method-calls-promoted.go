// build -gcflags=-m -l
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) M() int       { return t.n }
func (t T) V(k int) int    { return t.n + k }
func (t T) S() string      { return "s" }

type O struct {
	*T
	w T
}

func main() {
	var s fmt.Stringer = T{}
	fmt.Println(s.String())
	t := T{2}
	fmt.Println(t.V(3), t.M())
	o := O{T: &T{4}}
	fmt.Println(o.M(), o.w.V(1))
	f := t.V
	fmt.Println(f(1))
	e := errors.New("x")
	fmt.Println(e.Error())
	fmt.Println(T.V(t, 2), (*T).M(&t))
}

func (t T) String() string { return "T" }
