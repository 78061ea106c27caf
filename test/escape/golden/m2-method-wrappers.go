// build -gcflags=-m=2 -l
package main

import "fmt"

// gc generates method wrappers for the types a package uses: (*T).M for value methods, methods
// promoted from embedded fields, I.M for interface methods. -m=2 explains them last.
type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type P struct{ p *int }

func (p P) Get() *int { return p.p }

func (p *P) Set(q *int) { p.p = q }

type Named struct {
	P
	name string
}

func main() {
	var s Shape = Sq{2}
	fmt.Println(s.Area())
	n := 3
	x := Named{P{&n}, "x"}
	fmt.Println(*x.Get())
}
