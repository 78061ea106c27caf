// build -gcflags=-m -l
package main

type T struct{ p *int }

func (t *T) set(p *int) { t.p = p }

func main() {
	var t T
	x := 1
	t.set(&x)
}
