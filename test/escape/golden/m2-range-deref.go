// build -gcflags=-m=2 -l
package main

var sink []*int

func f(xs []*int) {
	for i, x := range xs {
		_ = i
		sink = append(sink, x)
	}
}

type S struct{ p *int }

func g(xs []S) {
	for _, x := range xs {
		sink = append(sink, x.p)
	}
}

func main() {}
