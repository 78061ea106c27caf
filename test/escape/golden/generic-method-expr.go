// build -gcflags=-m -l
package main

import "fmt"

type Pair[T any] struct{ a, b T }

func (p Pair[T]) First() T   { return p.a }
func (p *Pair[T]) Swap()     { p.a, p.b = p.b, p.a }
func (p *Pair[T]) Second() T { return p.b }

// Method expressions of a generic type: outside generic code the instance's own methods, in
// shaped code closures that bind the dictionary.
func Use[T any](a, b T) T {
	p := Pair[T]{a, b}
	first := Pair[T].First
	swap := (*Pair[T]).Swap
	second := (*Pair[T]).Second
	swap(&p)
	fmt.Println(first(p))
	return second(&p)
}

type Tagged[T any] struct {
	V   T
	tag string
}

func main() {
	p := Pair[int]{1, 2}
	first := Pair[int].First
	swap := (*Pair[int]).Swap
	swap(&p)
	fmt.Println(first(p), Use("x", "y"))
	fmt.Println(Tagged[struct{ int }]{tag: "t"})
}
