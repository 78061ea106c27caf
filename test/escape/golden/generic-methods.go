// build -gcflags=-m -l
package main

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T  { return b.v }
func (b Box[T]) Val() T   { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }
func (b *Box[T]) Ptr() *T { return &b.v }
func (b *Box[T]) Show()   { fmt.Println(b.v) }

func NewBox[T any](v T) *Box[T] { return &Box[T]{v: v} }

func Wrap[T any](v T) *Box[T] { return NewBox(v) }

func main() {
	b := NewBox(1)
	b.Set(2)
	fmt.Println(b.Get(), b.Val(), *b.Ptr())
	var c Box[string]
	c.Set("x")
	c.Show()
	w := Wrap(3.5)
	fmt.Println(w.Get())
	f := b.Get
	fmt.Println(f())
}
