// build -gcflags=-m -l
package main

type Inner struct{ p *int }

func (in *Inner) Set(p *int) { in.p = p }

type Outer struct {
	Inner
	n int
}

func main() {
	var o Outer
	x := 1
	o.Set(&x)
	_ = o.p
}
