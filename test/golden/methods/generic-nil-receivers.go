// run
package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type N[T any] int

func (n N[T]) Get() int { return int(n) }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	g := (*Box[string]).Get
	fmt.Println(g(&Box[string]{"x"}))
	h := (*N[bool]).Get
	n := N[bool](3)
	fmt.Println(h(&n))
	var i interface{ Get() int } = n
	f := i.Get
	fmt.Println(f())
	try("method expression", func() { fmt.Println(g(nil)) })
	try("method expression on boxed", func() { fmt.Println(h(nil)) })
	try("through an interface", func() {
		var p *Box[int]
		var i interface{ Get() int } = p
		fmt.Println(i.Get())
	})
}
