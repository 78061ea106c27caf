// build -gcflags=-m=2 -l
package main

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T   { return b.v }
func (b Box[T]) Peek() T   { return b.v }
func (b *Box[T]) Set(v T)  { b.v = v }

func Id[T any](x T) T { return x }

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprint("int", v)
	case string:
		return "string " + v
	}
	return fmt.Sprintf("%v", x)
}

type Wrapper[T any] struct {
	Box[T]
	name string
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
	fmt.Println(Describe(1), Describe("s"), Describe(2.5))
	w := Wrapper[string]{name: "w"}
	w.Set("x")
	fmt.Println(w.Get(), w.Peek())
	fmt.Println(Fact(5), Fact[int64](3))
}
