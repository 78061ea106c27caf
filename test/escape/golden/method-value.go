// build -gcflags=-m -l
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

var sink func() int

func main() {
	t := T{1}
	f := t.Get
	_ = f()
	sink = t.Get
}
