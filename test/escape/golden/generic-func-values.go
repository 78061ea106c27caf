// build -gcflags=-m -l
package main

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T  { return b.v }
func (b Box[T]) Peek() T  { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }

func NewBox[T any](v T) *Box[T] { return &Box[T]{v} }

func Id[T any](x T) T { return x }

type Wrapper[T any] struct {
	Box[T]
	name string
}

// In shaped code, a method value or F[T] is a closure binding the dictionary.
func Outer[T any](x T) {
	b := NewBox(x)
	f := Id[T]
	g := b.Get
	fmt.Println(f(x), g())
}

func Fact[T int | int64](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

func main() {
	b := &Box[int]{v: 1}
	get := b.Get
	peek := b.Peek
	set := b.Set
	set(3)
	fmt.Println(get(), peek())
	f := Id[string]
	g := Id[*Box[int]]
	fmt.Println(f("a"), g(b))
	w := Wrapper[string]{name: "w"}
	w.Set("x")
	fmt.Println(w.Get(), w.Peek())
	fmt.Println(Fact(5), Fact[int64](3))
	Outer(2.5)
}
