// build -gcflags=-m -l
package main

import "fmt"

// Every method of an instantiated generic type is compiled, called or not. Those nothing calls
// are reported last: gc reads bodies from a stack, so the last function declared is read first,
// and a type's methods come last to first.
type Box[T any] struct{ v T }

func (b *Box[T]) A() { fmt.Println([]T{b.v}) }
func (b *Box[T]) B() { fmt.Println([]T{b.v}) }

type Pair[K any, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) Key() { fmt.Println(p.k) }
func (p Pair[K, V]) Val() { fmt.Println(p.v) }

func f() {
	var c Box[string]
	_ = c
}

func main() {
	var b Box[int]
	var p Pair[int, string]
	_, _ = b, p
	f()
}

func g() {
	var c Box[float64]
	_ = c
}
