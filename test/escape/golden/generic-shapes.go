// build -gcflags=-m -l
package main

import "fmt"

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Ptr[T any](x T) *T { return &x }

func Keep[T any](p *T) *T { return p }

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

func NewBox[T any](v T) *Box[T] { return &Box[T]{v} }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	p := Ptr(3)
	var a int
	q := Keep(&a)
	b := NewBox("x")
	fmt.Println(*p, *q, b.Get())
}
