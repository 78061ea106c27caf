// build -gcflags=-m -l
package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func run(f func()) { f() }

func main() {
	var t T
	run(t.Inc)
	p := &T{}
	g := p.Inc
	g()
}
