// build -gcflags=-m -l
package main

import "fmt"

type T int

func (t T) M() string { return fmt.Sprint(int(t)) }

type S struct{ n int }

func (s *S) M() string { return "s" }

type Outer struct{ S }

// (*T).M for a value method and promoted methods are wrappers gc generates after main is
// analysed: what they do with their receiver is not known then, so it escapes.
func main() {
	f := T.M
	g := (*T).M
	t := T(5)
	u := T(6)
	h := (*Outer).M
	fmt.Println(f(t), g(&u), h(&Outer{}), (*S).M(&S{}))
}
