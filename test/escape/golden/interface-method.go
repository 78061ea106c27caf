// build -gcflags=-m -l
package main

type S interface{ Do(p *int) }

type T struct{}

func (T) Do(p *int) {}

func call(s S) {
	x := 1
	s.Do(&x)
}

func main() { call(T{}) }
