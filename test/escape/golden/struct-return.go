// build -gcflags=-m -l
package main

type P struct{ x *int }

func mk(p *int) P { return P{p} }

func main() {
	x := 1
	_ = mk(&x)
}
